"""Write the answer to a resolved statistics question (stats.Result): the printed
figure with its unit, year and table; rankings, comparisons and side-by-side rows.
"""
import re
from typing import TYPE_CHECKING

from assistant.answering import compose, smalltalk
from assistant.answering.catalog import SUBSET_CATEGORIES, Cell, Table

if TYPE_CHECKING:
    from assistant.answering.stats import Result

UNITS = {"seizure_lines": "seizure lines", "seizures": "seizures", "quantity": "items", "count": ""}


def printed(cell: Cell, table: Table) -> str:
    """The figure as printed, with "million" where the table is in millions."""
    text = cell.printed.strip()
    if cell.measure == "msrp" and table.in_millions and "million" not in text.lower() and cell.value >= 1e6:
        text += " million"
    return text.replace("$ ", "$")


def phrase(cell: Cell, table: Table) -> str:
    """'28,331 seizure lines', '$972,495,390 in MSRP', '28% of all seizure lines'."""
    fig = printed(cell, table)
    if cell.measure == "msrp":
        return f"{fig} in MSRP"
    if cell.measure == "percentage":
        of = {"msrp": "total MSRP", "seizure_lines": "all seizure lines", "seizures": "all seizures"}
        return f"{fig} of {of.get(table.percent_of(cell.year), 'the total')}"
    if cell.measure == "count":
        return fig
    return f"{fig} {UNITS.get(cell.measure, '')}".strip()


def _extras(cell: Cell, table: Table) -> str:
    """The row's other figures in the same table, e.g. '(28% of total)'."""
    others = [
        c for c in table.cells
        if c.year == cell.year and c.label == cell.label and c.measure != cell.measure and not (c.is_total and c.measure == "percentage")
    ]
    return "; ".join(phrase(c, table) for c in others[:2])


def _change(a: Cell, b: Cell, table: Table) -> str:
    """'up 30,133 (42%)': the difference, worked out from the printed figures, and the change in percent."""
    if a.value == 0:
        return ""
    diff = b.value - a.value
    pct = diff / a.value * 100
    word = "up" if diff >= 0 else "down"
    amount = ""
    if a.measure in ("seizure_lines", "seizures", "count", "quantity"):
        amount = f"{abs(diff):,.0f} "
    elif a.measure == "msrp":
        amount = f"${abs(diff):,.1f} million " if table.in_millions else f"${abs(diff):,.0f} "
    return f"{word} {amount}({abs(pct):.0f}%)" if amount else f"{word} {abs(pct):.0f}%"


def render(result: "Result") -> str:
    t, cells = result.table, result.cells
    source = f"(Source: {t.name(result.years[-1] if result.years else None)}.)"
    assumed = ""
    if result.year_assumed and result.kind != "compare":
        assumed = f"You didn't name a year, so this is for FY {result.years[-1]}, the latest year in the report. "
    if result.missing and not cells:
        return result.missing
    if result.kind == "value":
        cell = cells[0]
        extra = _extras(cell, t)
        body = f"In FY {cell.year}, **{cell.label}** accounted for **{phrase(cell, t)}**"
        body += f" ({extra})." if extra else "."
        if t.category == "allegation":
            body = f"In FY {cell.year}, CBP received **{printed(cell, t)}** {cell.label}."
        return assumed + body + " " + source
    if result.kind == "total":
        cell = cells[0]
        what = phrase(cell, t)
        named = "" if cell.label.strip().lower() in ("total", "grand total") else f" ({cell.label})"
        body = f"In FY {cell.year}, the total was **{what}**{named}."
        if t.category in SUBSET_CATEGORIES:
            # Not all seizures: say which ones the total counts.
            body = f"In FY {cell.year}, the total in the report's table \"{t.name(cell.year)}\" was **{what}**."
        elif cell.measure in ("seizures", "seizure_lines"):
            body = f"In FY {cell.year}, CBP made **{what}** in total."
        elif cell.measure == "msrp":
            body = f"In FY {cell.year}, goods seized for IPR violations had a total estimated MSRP of **{printed(cell, t)}**."
        twin = result.exact[0] if result.exact else None
        if twin:
            body = body[:-1] + f" ({twin.printed} in {twin.table})."
        if cell.note:
            body += f" Note: {cell.note}"
        return assumed + body + " " + source
    if result.kind == "rows":
        first, *rest = cells
        body = f"In FY {first.year}, **{first.label}** accounted for **{phrase(first, t)}**"
        body += "".join(f", and **{c.label}** for **{phrase(c, t)}**" for c in rest) + "."
        top = max(cells, key=lambda c: c.value)
        others = [c for c in cells if c is not top]
        low = others[0] if len(cells) == 2 else None
        if low and top.measure != "percentage" and low.value > 0 and top.value >= 2 * low.value:
            body += f" {top.label} had about {top.value / low.value:.1f} times as much."
        elif low and top.measure != "percentage":
            change = _change(low, top, t).replace("up ", "")
            body += f" {top.label} had {change} more." if change else ""
        return assumed + body + " " + source
    if result.kind == "year_rank":
        best, what = cells[0], f"**{result.label}**" if result.label else "the total"
        most = "lowest" if result.frame.rank == "min" else "highest"
        others = "; ".join(f"FY {c.year}: {printed(c, t)}" for c in sorted(cells[1:], key=lambda c: c.year))
        body = (f"Of FY {min(c.year for c in cells)} to FY {max(c.year for c in cells)}, **FY {best.year}** had the "
                f"{most} figure for {what}: **{phrase(best, t)}** ({others}).")
        return body + " " + source
    if result.kind == "rank":
        frame = result.frame
        unit = UNITS.get(result.measure, "") or ("MSRP" if result.measure == "msrp" else "share")
        most = "the fewest" if frame.rank == "min" else "the most"
        if result.measure == "msrp":
            most = "the lowest MSRP" if frame.rank == "min" else "the highest MSRP"
            unit = "MSRP"
        elif unit:
            most += f" {unit}"
        year = cells[0].year
        if len(cells) == 1:
            cell = cells[0]
            pos = {2: "second", 3: "third", 4: "fourth", 5: "fifth"}.get(frame.position, "")
            lead = f"had the {pos} {most.replace('the ', '')}" if pos else f"had {most}"
            body = f"In FY {year}, **{cell.label}** {lead}: {printed(cell, t)}"
            extra = _extras(cell, t)
            body += f" ({extra})." if extra else "."
        else:
            items = "; ".join(f"{i + 1}. **{c.label}** ({printed(c, t)})" for i, c in enumerate(cells))
            body = f"In FY {year}, {'lowest' if frame.rank == 'min' else 'top'} by {unit}: {items}."
        if frame.rank == "min" and any(c.label.lower().startswith("all other") for c in t.cells):
            body += " (Among the rows the report lists; smaller ones are grouped under \"All Other\".)"
        return assumed + body + " " + source
    a, b = cells
    who = f"**{a.label}**" if result.label else "The total"
    change = _change(a, b, t)
    pa, pb = phrase(a, t), phrase(b, t)
    if len(result.exact) == 2 and all(result.exact):
        pa += f" ({result.exact[0].printed})"
        pb += f" ({result.exact[1].printed})"
    body = (
        f"{who} went from **{pa}** in FY {a.year} to **{pb}** in FY {b.year}"
        + (f", {change}." if change else ".")
    )
    return body + " " + source


_MEASURE_TALK = {"msrp": r"MSRP|valued|value", "seizures": r"seizures", "seizure_lines": r"seizure lines"}


def prose_change(result: "Result", hits) -> str:
    """The sentence where the report itself states this change (it may round differently)."""
    a, b = result.cells
    pattern = _MEASURE_TALK.get(result.measure)
    if not pattern or b.year != a.year + 1:
        return ""
    for hit in hits:
        for sentence in hit.doc.meta["sentences"]:
            if (
                re.search(r"\d+(\.\d+)?\s?(%|percent)", sentence)
                and re.search(r"increas|decreas|rose|fell|grew|up from|down from", sentence, re.I)
                and re.search(pattern, sentence)
                and (str(a.year) in sentence or "previous" in sentence.lower())
                and str(b.year) in hit.doc.text
            ):
                return compose.trim(sentence, 50)
    return ""


def suggestions(result: "Result") -> list[str]:
    """Follow-ups a statistics answer offers: another year, another measure, the ranking."""
    t = result.table
    year = result.years[-1] if result.years else None
    out = []
    others = [y for y in t.years if y != year]
    if others and result.label:
        out.append(f"What about FY {others[-1]}?")
    measures = t.measures(year) - {result.measure}
    if "msrp" in measures and result.label:
        out.append("What was the MSRP?")
    elif "percentage" in measures and result.label:
        out.append("What share of the total was that?")
    if result.kind != "rank":
        out.append(f"Which had the most {UNITS.get(result.measure) or 'MSRP'} in FY {year}?".replace("most MSRP", "highest MSRP"))
    out.append("How do I report a website selling counterfeit goods?")
    return compose.suggestions(out, set(), smalltalk.STARTERS, n=3)
