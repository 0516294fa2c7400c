"""Write the answer to a resolved statistics question (figure.Figure) in the visitor's language:
the printed figure with its unit, year and table; rankings, comparisons and rows side by
side; which report printed it and where an older report printed another figure.

Every sentence comes from messages.py (one template per language); table, row and
measure names go through the glossary staff keep (content.GlossaryTerm), so a Spanish
answer says "Relojes/Joyería" for Watches/Jewelry. Figures keep the report's U.S. format.
"""
import re
from typing import TYPE_CHECKING, Callable

from assistant.answering import compose, messages
from assistant.answering.catalog import GENERAL, SUBSET_CATEGORIES, Cell, Table

if TYPE_CHECKING:
    from assistant.answering.figure import Figure

_CHANGE_WORDS = re.compile(r"increas|decreas|rose|fell|grew|up from|down from", re.I)


class Speaker:
    """Writes figures in one language; `translate` names tables and rows (the glossary)."""

    def __init__(self, language: str = "en", translate: Callable[[str], str] | None = None):
        self.language = language
        self.tr = translate or (lambda text: text)

    def say(self, key: str, **values) -> str:
        return messages.say(key, self.language).format(**values)

    # -- figures and their units -------------------------------------------------

    def printed(self, cell: Cell, table: Table) -> str:
        """The figure as printed, with "million" where the table is in millions."""
        text = _without_zero_decimal(cell.printed.strip().replace("$ ", "$"))
        if cell.measure == "msrp" and table.in_millions and "million" not in text.lower() and cell.value >= 1e6:
            text = self.say("fig.millions", figure=text)
        return text

    def billions(self, cell: Cell, table: Table) -> str:
        """' (about $3.3 billion)' after an MSRP of a billion dollars or more: the size at a glance."""
        dollars = _millions(cell.value) * 1e6 if table.in_millions else cell.value
        if cell.measure != "msrp" or dollars < 1e9:
            return ""
        return self.say("fig.about_billions", figure=f"{dollars / 1e9:.1f}")

    def phrase(self, cell: Cell, table: Table) -> str:
        """'28,331 seizure lines', '$972,495,390 in MSRP', '28% of all seizure lines'."""
        fig = self.printed(cell, table)
        if cell.measure == "percentage":
            of = table.percent_of(cell.year) or "other"
            # A special table's shares are of its own total (Hong Kong's 59% of cell-phone seizure
            # lines), never of all seizure lines.
            whole = "fig.share_of" if table.category in GENERAL else "fig.share_of_table"
            return self.say("fig.share", figure=fig, of=self.say(f"{whole}.{of}"))
        if cell.measure == "count":
            return fig
        return self.say(f"fig.unit.{cell.measure}", figure=fig)

    def label(self, cell_or_name) -> str:
        return self.tr(cell_or_name.label if isinstance(cell_or_name, Cell) else cell_or_name)

    def printed_as(self, cell: Cell) -> str:
        """' (Wearing Apparel/Accessories)' after a translated row an answer is about: the cited
        report is in English, and a reader checking it looks for the label it prints."""
        if self.language == "en" or self.label(cell).strip().lower() == cell.label.strip().lower():
            return ""
        return f" ({cell.label.strip()})"

    def table_name(self, table: Table, year: int | None = None) -> str:
        return self.tr(table.name(year))

    def measure(self, measure: str) -> str:
        return self.say(f"fig.measure.{measure}")

    def extras(self, cell: Cell, table: Table) -> str:
        """The row's other figures in the same table, e.g. '28% of all seizure lines'."""
        others = [
            c for c in table.cells
            if c.year == cell.year and c.label == cell.label and c.measure != cell.measure and not (c.is_total and c.measure == "percentage")
        ]
        return "; ".join(self.phrase(c, table) for c in others[:2])

    def change(self, a: Cell, b: Cell, table: Table, more: bool = False) -> str:
        """'an increase of 30,133 (42%)': the difference, worked out from the printed figures, and the
        change in percent; more: only how much more b has ('30,133 (42%)', for "X had ... more")."""
        if a.value == 0:
            return ""
        diff = b.value - a.value
        share = abs(diff / a.value * 100)
        pct = f"{share:.1f}%" if 0 < share < 1 else f"{share:.0f}%"  # 75 of 17,001 is 0.4%, not "0%"
        direction = "fig.more" if more else "fig.up" if diff >= 0 else "fig.down"
        if a.measure in ("seizure_lines", "seizures", "count", "quantity"):
            return self.say(direction + ".amount", amount=f"{abs(diff):,.0f}", percent=pct)
        if a.measure == "msrp":
            if table.in_millions:
                # A table in millions may carry a year's exact dollars (from the table that prints them):
                # the difference is said in millions either way.
                diff = _millions(b.value) - _millions(a.value)
            amount = f"${abs(diff):,.1f}" if table.in_millions else f"${abs(diff):,.0f}"
            amount = self.say("fig.millions", figure=amount) if table.in_millions else amount
            return self.say(direction + ".amount", amount=amount, percent=pct)
        return self.say(direction, percent=pct)


def _millions(value: float) -> float:
    """A figure of a table in millions, in millions: as printed (1,399.8), or exact dollars (1,399,873,842)."""
    return value / 1e6 if abs(value) >= 1e6 else value


def render(fig: "Figure", newest_report: int, speaker: Speaker) -> str:
    """The answer's text: what was understood, the figure(s), and the table it is from."""
    if fig.missing and not fig.cells:
        return missing(fig, speaker)
    body = {"value": _value, "total": _total, "rows": _rows, "year_rank": _year_rank, "rank": _rank, "ranks": _ranks,
            "changes": _changes, "place": _place}.get(fig.kind, _compare)(fig, speaker)
    lead = ""
    frame = fig.frame
    if frame.measure_read:
        typed, read = frame.measure_read
        lead = speaker.say("fig.read_as", measure=speaker.measure(fig.measure), typed=typed, read=read) + " "
    elif frame.measure and fig.measure != frame.measure and fig.share_of is None and (fig.kind != "compare" or not frame.percent_change):
        lead = speaker.say("fig.other_measure", given=speaker.measure(fig.measure), asked=speaker.measure(frame.measure)) + " "
    if fig.year_assumed and fig.kind not in ("compare", "year_rank"):
        lead += speaker.say("fig.year_assumed", year=fig.years[-1]) + " "
    return lead + body + " " + _provenance(fig, newest_report, speaker)


def missing(fig: "Figure", speaker: Speaker) -> str:
    """Why there is no figure to give: the table covers other years, lists no such row, or one year only."""
    why, t = fig.missing, fig.table
    if why == "year":
        text = speaker.say("fig.missing.year", table=speaker.table_name(t), years=", ".join(speaker.say("fig.fy", year=y) for y in t.years),
                           year=fig.years[-1])
    elif why == "row":
        label = fig.label or " / ".join(speaker.tr(n) for n in fig.named[:2])
        text = speaker.say("fig.missing.row", table=speaker.table_name(t, fig.years[-1]), label=label)
    elif why == "kind":
        text = speaker.say("fig.missing.kind", table=speaker.table_name(t, fig.years[-1]), label=speaker.label(fig.label))
    elif why == "one_year":
        text = speaker.say("fig.missing.one_year", table=speaker.table_name(t))
    else:
        text = speaker.say("fig.missing.compare", table=speaker.table_name(t))
    if fig.sibling is not None and why in ("row", "year") and fig.sibling_table is not None:
        text += " " + speaker.say("fig.missing.sibling", table=speaker.tr(fig.sibling.table),
                                  figure=speaker.phrase(fig.sibling, fig.sibling_table))
    return text


def _provenance(fig: "Figure", newest_report: int, speaker: Speaker) -> str:
    """The table, which report printed it when that is not the newest, and other printings."""
    year = fig.years[-1] if fig.years else None
    reports = sorted({c.report_year for c in fig.cells})
    report = speaker.say("fig.in_report", year=reports[-1]) if reports and reports[-1] != newest_report else ""
    out = speaker.say("fig.source", table=speaker.table_name(fig.table, year), report=report)
    for cell in fig.cells:
        for report_year, other in cell.older:
            out += " " + speaker.say("fig.older", report=report_year, figure=other, year=cell.year)
    return out


def _value(fig: "Figure", sp: Speaker) -> str:
    cell, t = fig.cells[0], fig.table
    if fig.share_of is not None:
        share = f"{cell.value / fig.share_of.value * 100:.1f}%"
        return sp.say("fig.share_computed", year=cell.year, label=sp.label(cell), figure=sp.phrase(cell, t), share=share,
                      measure=sp.measure(fig.measure), total=sp.printed(fig.share_of, t))
    if t.category == "allegation":
        return sp.say("fig.received", year=cell.year, figure=sp.printed(cell, t), label=sp.label(cell))
    extra = sp.extras(cell, t)
    return sp.say("fig.value", year=cell.year, label=sp.label(cell), printed_as=sp.printed_as(cell), figure=sp.phrase(cell, t) + sp.billions(cell, t)) + (f" ({extra})." if extra else ".")


def _total(fig: "Figure", sp: Speaker) -> str:
    cell, t = fig.cells[0], fig.table
    what = sp.phrase(cell, t)
    if t.category in SUBSET_CATEGORIES:
        body = sp.say("fig.total.subset", year=cell.year, table=sp.table_name(t, cell.year), figure=what)  # not all seizures
    elif cell.measure in ("seizures", "seizure_lines"):
        body = sp.say("fig.total.count", year=cell.year, figure=what)
    elif cell.measure == "msrp":
        body = sp.say("fig.total.msrp", year=cell.year, figure=sp.printed(cell, t) + sp.billions(cell, t))
    else:
        named = "" if cell.label.strip().lower() in ("total", "grand total") else f" ({sp.label(cell)})"
        body = sp.say("fig.total.other", year=cell.year, figure=what, label=named)
    # "how many seizure lines in 2021 and what was the total msrp": the table's total of each measure asked.
    also = [c for c in (t.total(cell.year, m) for m in fig.frame.also if m not in (cell.measure, "percentage")) if c]
    if also:
        body = body[:-1] + "".join(sp.say("fig.with", figure=sp.phrase(c, t)) for c in also) + "."
    twin = fig.exact[0] if fig.exact else None
    if twin:
        body = body[:-1] + " " + sp.say("fig.exact", figure=twin.printed, table=sp.tr(twin.table)) + "."
    return body + (" " + sp.say("fig.note", note=cell.note) if cell.note else "")


def _rows(fig: "Figure", sp: Speaker) -> str:
    t = fig.table
    first, *rest = fig.cells
    body = sp.say("fig.value", year=first.year, label=sp.label(first), printed_as="", figure=sp.phrase(first, t))
    body += "".join(sp.say("fig.rows.and", label=sp.label(c), figure=sp.phrase(c, t)) for c in rest) + "."
    if fig.frame.sum and first.measure == "percentage":
        return body + _shares_added(fig, sp)
    if fig.frame.sum and first.measure != "percentage":
        total = sum(_millions(c.value) if t.in_millions else c.value for c in fig.cells)
        amount = f"${total:,.0f}" if first.measure == "msrp" and not t.in_millions else f"{total:,.1f}" if t.in_millions else f"{total:,.0f}"
        amount = sp.say("fig.millions", figure=f"${total:,.1f}") if t.in_millions and first.measure == "msrp" else amount
        return body + " " + sp.say("fig.rows.sum", figure=sp.say(f"fig.unit.{first.measure}", figure=amount) if first.measure in messages.MEASURES and first.measure != "count" else amount)
    top = max(fig.cells, key=lambda c: c.value)
    if fig.frame.rank in ("max", "min") and len(fig.cells) > 2:
        # "which had the highest MSRP: express, mail, cargo or other?": the answer says which.
        pick = top if fig.frame.rank == "max" else min(fig.cells, key=lambda c: c.value)
        return body + " " + sp.say(f"fig.rows.{fig.frame.rank}", label=sp.label(pick), printed_as=sp.printed_as(pick))
    low = [c for c in fig.cells if c is not top][0] if len(fig.cells) == 2 else None
    if low and top.measure != "percentage" and low.value > 0 and top.value >= 2 * low.value:
        body += " " + sp.say("fig.rows.times", label=sp.label(top), times=f"{top.value / low.value:.1f}")
    elif low and top.measure != "percentage":
        diff = sp.change(low, top, t, more=True)
        body += " " + sp.say("fig.rows.more", label=sp.label(top), change=diff) if diff else ""
    return body


def _shares_added(fig: "Figure", sp: Speaker) -> str:
    """Shares added up from the counts they are shares of (59% and 32% make 91.0%: 1,724 of 1,895), not from
    the rounded percentages; nothing when the table does not say what they are shares of."""
    t, year = fig.table, fig.cells[0].year
    of = t.percent_of(year)
    parts = [t.get(year, c.label, of) for c in fig.cells] if of else []
    total = t.total(year, of) if of else None
    if not parts or None in parts or total is None or not total.value:
        return ""
    amount = sum(c.value for c in parts)
    share = f"{amount / total.value * 100:.1f}%"
    return " " + sp.say("fig.rows.sum_share", share=share, amount=f"{amount:,.0f}", total=sp.printed(total, t), measure=sp.measure(of))


def _year_rank(fig: "Figure", sp: Speaker) -> str:
    t, cells = fig.table, fig.cells
    best = cells[0]
    what = f"**{sp.tr(fig.label)}**" if fig.label else sp.say("fig.the_total")
    others = "; ".join(f"{sp.say('fig.fy', year=c.year)}: {sp.printed(c, t)}" for c in sorted(cells[1:], key=lambda c: c.year))
    key = "fig.year_rank.min" if fig.frame.rank == "min" else "fig.year_rank.max"
    figure = sp.phrase(best, t)
    twin = fig.exact[0] if fig.exact else None
    if twin is not None:
        figure += f" ({twin.printed})"  # the year's dollars in full, where another table prints them
    return sp.say(key, first=min(c.year for c in cells), last=max(c.year for c in cells), year=best.year, what=what,
                  figure=figure, others=others)


def _rank(fig: "Figure", sp: Speaker) -> str:
    t, cells, frame = fig.table, fig.cells, fig.frame
    direction = "min" if frame.rank == "min" else "max"
    measure = fig.measure if fig.measure in ("msrp", "seizure_lines", "seizures", "quantity") else "other"
    year = cells[0].year
    if len(cells) == 1:
        cell = cells[0]
        extra = sp.extras(cell, t)
        position = frame.position if frame.position in (2, 3, 4, 5) else 1
        body = sp.say(f"fig.rank.{direction}.{measure}", year=year, label=sp.label(cell), printed_as=sp.printed_as(cell), figure=sp.printed(cell, t),
                      position=sp.say(f"fig.position.{position}") if position > 1 else "")
        body = " ".join(body.split()) + (f" ({extra})." if extra else ".")
    else:
        body = sp.say(f"fig.rank.list.{direction}", year=year, measure=sp.measure(fig.measure), items=_items(cells, t, sp))
    if frame.rank == "min" and any(c.label.lower().startswith("all other") for c in t.cells):
        body += " " + sp.say("fig.rank.catchall")
    return body


def _ranks(fig: "Figure", sp: Speaker) -> str:
    """Each year's ranking, one after the other."""
    direction = "min" if fig.frame.rank == "min" else "max"
    return " ".join(sp.say(f"fig.rank.list.{direction}", year=year, measure=sp.measure(fig.measure),
                           items=_items([c for c in fig.cells if c.year == year], fig.table, sp))
                    for year in sorted({c.year for c in fig.cells}))


def _changes(fig: "Figure", sp: Speaker) -> str:
    """Rows by their change between two years: the ones ranked, or every one that went the way asked."""
    t, frame = fig.table, fig.frame
    way = fig.frame.by_change
    items = "; ".join(sp.say("fig.changes.item", label=sp.label(a), first=sp.printed(a, t), second=sp.printed(b, t),
                             change=sp.change(a, b, t) or "=") for a, b in fig.pairs[:10])
    first, last = fig.pairs[0][0].year, fig.pairs[0][1].year
    went = (fig.pairs[0][1].value < fig.pairs[0][0].value) == (way == "down")
    if frame.rank in ("max", "min"):
        key = f"fig.changes.rank.{way}.{frame.rank}"
    else:
        key = f"fig.changes.list.{way}" if went else f"fig.changes.none.{way}"
    return sp.say(key, first=first, last=last, measure=sp.measure(fig.measure), items=items)


def _items(cells: list, t, sp: Speaker) -> str:
    """"1. **China** (33,323); 2. **Hong Kong** (18,466)": a ranking's rows in order."""
    return "; ".join(f"{i + 1}. **{sp.label(c)}** ({sp.printed(c, t)})" for i, c in enumerate(cells))


def _place(fig: "Figure", sp: Speaker) -> str:
    """'In FY 2020, Wearing Apparel/Accessories ranked fourth of the 10 rows the report names by MSRP, with
    $157,226,661; the first was Handbags/Wallets ($X).'"""
    cell, first = fig.cells
    t = fig.table
    ordinals = sp.say("fig.ordinal").split()
    place = ordinals[fig.place - 1] if fig.place <= len(ordinals) else f"#{fig.place}"
    key = "fig.place.first" if fig.place == 1 else "fig.place"
    body = sp.say(key, year=cell.year, label=sp.label(cell), printed_as=sp.printed_as(cell), place=place, count=fig.of, measure=sp.measure(fig.measure),
                  figure=sp.printed(cell, t))
    if fig.place > 1:
        body += "; " + sp.say("fig.place.leader", label=sp.label(first), figure=sp.printed(first, t))
    return body + "."


def _compare(fig: "Figure", sp: Speaker) -> str:
    a, b = fig.cells
    t = fig.table
    who = f"**{sp.label(a)}**" if fig.label else sp.say("fig.the_total_cap")
    pa, pb = sp.phrase(a, t), sp.phrase(b, t)
    if len(fig.exact) == 2 and all(fig.exact):
        pa += f" ({fig.exact[0].printed})"
        pb += f" ({fig.exact[1].printed})"
    diff = sp.change(a, b, t)
    return sp.say("fig.compare", who=who, first=pa, first_year=a.year, second=pb, second_year=b.year) + (f", {diff}." if diff else ".")


_MEASURE_TALK = {"msrp": ("MSRP", "valued", "value"), "seizures": ("seizures",), "seizure_lines": ("seizure lines",)}


def prose_change(fig: "Figure", sentences: list[str], years_text: str) -> str:
    """The sentence where the report itself states this change (it may round differently)."""
    a, b = fig.cells
    talk = _MEASURE_TALK.get(fig.measure)
    if not talk or b.year != a.year + 1 or str(b.year) not in years_text:
        return ""
    for sentence in sentences:
        if (
            any(ch.isdigit() for ch in sentence) and ("%" in sentence or "percent" in sentence)
            and _CHANGE_WORDS.search(sentence) and any(word in sentence for word in talk)
            and (str(a.year) in sentence or "previous" in sentence.lower())
        ):
            return sentence
    return ""


def suggestions(fig: "Figure", sp: Speaker) -> list[str]:
    """Follow-ups a figure offers, each a whole question the assistant answers the way it promises."""
    t = fig.table
    year = fig.years[-1] if fig.years else max(t.years)
    out = []
    others = [y for y in t.years if y != year and t.get(y, fig.label, fig.measure)]
    if fig.label and others:
        key = f"suggest.row.{fig.measure}" if fig.measure in messages.MEASURES else "suggest.row.count"
        out.append(sp.say(key, label=sp.tr(fig.label), year=others[-1]))
    if fig.label and fig.measure != "msrp" and t.get(year, fig.label, "msrp"):
        out.append(sp.say("suggest.row.msrp", label=sp.tr(fig.label), year=year))
    if t.category in messages.CATEGORIES and fig.kind != "rank" and t.rows(year, fig.measure):
        measure = fig.measure if fig.measure in ("msrp", "seizure_lines", "seizures", "quantity") else "other"
        out.append(sp.say(f"suggest.rank.{measure}", noun=sp.say(f"category.{t.category}"), year=year))
    starters = messages.starters(sp.language)
    return compose.suggestions(out + starters[:1], set(), starters, n=3)


def chart(fig: "Figure", sp: Speaker) -> dict | None:
    """A picture for a trend (a row or total over the table's years) or a ranking (the table's rows):
    server-drawn SVG with its text alternative and the numbers as rows for a table."""
    from ops.charts import figure_chart

    t, frame = fig.table, fig.frame
    if fig.kind in ("compare", "year_rank"):
        years = t.years
        cells = [t.get(y, fig.label, fig.measure) if fig.label else t.total(y, fig.measure) for y in years]
        points = [(c.year, c.value, sp.printed(c, t)) for c in cells if c is not None]
        what = sp.label(fig.label) if fig.label else sp.say("fig.the_total_cap")
        title = sp.say("chart.title.trend", what=f"{what} ({sp.measure(fig.measure)})", first=years[0], last=years[-1])
    elif fig.kind == "rank" or (fig.kind == "rows" and len(fig.cells) >= 2):
        year = fig.cells[0].year
        rows = fig.cells if fig.kind == "rows" else sorted(t.rows(year, fig.measure), key=lambda c: c.value, reverse=frame.rank != "min")[:8]
        points = [(sp.label(c), c.value, sp.printed(c, t)) for c in rows]
        name = sp.table_name(t, year)
        title = name if str(year) in name else sp.say("chart.title.rank", table=name, year=year)
    else:
        return None
    if len(points) < 2:
        return None
    drawn = figure_chart(points, title, year_label=sp.say("fig.fy", year="{year}"),
                         kinds=(sp.say("chart.trend"), sp.say("chart.ranking")))
    rows = [[sp.say("fig.fy", year=p[0]) if isinstance(p[0], int) else p[0], p[2]] for p in sorted(points, key=lambda p: p[0]) ] \
        if all(isinstance(p[0], int) for p in points) else [[p[0], p[2]] for p in points]
    return {"svg": str(drawn.svg), "alt": drawn.alt, "title": title, "rows": rows}


def _without_zero_decimal(text: str) -> str:
    """A zero decimal of an amount says nothing: "$3,330.0" (million) is $3,330. A share keeps its printed
    precision ("59.0%"): a table printing one decimal is quoted as printed."""
    return text[:-2] if text.endswith(".0") else text
