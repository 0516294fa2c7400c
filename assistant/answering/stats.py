"""Answer statistics questions from the report's tables, with the printed figure.

resolve() picks the table, row, measure and year(s) a question asks for and
says how sure it is; render() writes the answer. Ranking, totals and
comparisons are computed from the rows, never read from prose.
"""
import re
from dataclasses import dataclass, field

from assistant.answering.catalog import GENERAL, Catalog, Cell, Table, says
from assistant.answering.query import Frame
from assistant.retrieval.text import fold, tokens

CATEGORY_WORDS = {
    "economy": r"\b(countr(y|ies)|econom(y|ies)|trading\s+partners?|origin|originat\w*|come\s+from|came\s+from|coming\s+from|sources?|where|nations?)\b",
    "source_country": r"\b(countr(y|ies)|origin|originat\w*|come\s+from|came\s+from|coming\s+from|sources?|where)\b",
    "product": r"\b(products?|categor(y|ies)|commodit(y|ies)|types?\s+of\s+(goods|products|items)|kinds?\s+of\s+(goods|products|items)|what\s+(goods|items))\b",
    "commodity": r"\b(health|safety|hss|dangerous|unsafe)\b",
    "transport_mode": r"\b(modes?|transport\w*|environments?|shipping\s+(method|route)s?|how\s+(were|are)\s+\w+\s+shipped|by\s+(air|sea))\b",
    "center": r"\b(cent(er|re)s?|cees?|excellence)\b",
    "covid_product": r"\b(covid|coronavirus|pandemic|covid-19)\b",
    "allegation": r"\b(e-?allegations?|allegations?|tips?\s+received)\b",
}
SEIZURE_WORDS = re.compile(r"\b(seiz\w*|siez\w*|confiscat\w*|intercept\w*|stopped|caught|held|detained|msrp|allegations?)\b")
# Words a statistics question may use without naming anything the tables lack.
STAT_WORDS = {
    "cbp", "ipr", "counterfeit", "fake", "knockoff", "bootleg", "replica", "good", "seized", "seize", "seizure", "siezure",
    "item", "product", "category", "categorie", "country", "economy", "trading", "partner", "customs", "border",
    "intellectual", "property", "right", "shipment", "import", "imported", "year", "fiscal", "fy", "report",
    "number", "total", "value", "worth", "msrp", "percent", "percentage", "share", "line", "happen", "happened",
    "make", "made", "record", "recorded", "account", "accounted", "come", "came", "source", "origin", "kind", "type",
    "rank", "mode", "transport", "transportation", "environment", "list", "largest", "biggest", "highest", "lowest",
    "smallest", "leading", "second", "quantity", "price", "retail", "dollar", "many", "much", "did", "caught",
    "stopped", "confiscated", "compared", "change", "increase", "decrease", "grow", "grew", "rise", "rose", "fell",
    "previous", "prior", "latest", "recent", "overall", "combined", "u.s", "united", "states", "america", "american",
    "express", "mail", "cargo", "consignment", "entered", "coming", "originated", "shipped", "sent", "arrived",
    "worst", "offender", "main", "primary", "common", "popular", "position", "place", "center", "centre", "cee",
    "commodity", "commoditie", "counterfeited", "pirated", "infringing", "violation", "illegal", "illicit", "stuff",
    "thing", "estimated", "suggested", "manufacturer", "versus", "difference", "trend", "time", "approximately",
    "roughly", "exact", "exactly", "figure", "statistic", "stat", "data", "give", "tell", "compare", "proportion",
    "nation", "origin", "originate", "percentage", "received", "filed", "dollars", "usd", "amount", "brand", "branded",
    "unit", "piece", "individual", "lines", "nation", "nations", "sum", "altogether", "accessory", "category",
    "fewest", "least", "lowest", "smallest", "rank", "ranked", "ranking", "biggest", "largest", "highest",
    "receive", "receiving", "submitted", "submit", "reported",
}
_WHICH_YEAR = re.compile(r"\b(which|what)\s+(fiscal\s+)?year\b|\bwhen\s+(was|were|did)\b.*\b(most|highest|lowest|fewest|least|peak)")
# Words that ask for a figure when the frame found no measure, count or rank.
_FIGURE = re.compile(r"\bhow\s+(many|much|big|large)\b|\bstatistics?\b|\bstats?\b|\bfigures?\b|\bnumbers?\b|\bdata\b")
# Asking what a term means, not for its figure.
_DEFINE = re.compile(
    r"\bwhat\s+(does|do|did)\s[^?.!]{1,60}?\s(mean|stand\s+for)\b|\bwhat\s+is\s+meant\s+by\b|\bmeaning\s+of\b|\bdefin(e|ition)\b"
    r"|\bdifference\s+between\s[^?.!]{1,80}?\sand\b|\bwhat\s+(is|are|s)\s+(a|an)\s|\bwhat's\s+(a|an)\s|^explain\b"
)
# Tables about a subset of seizures (cell phones, HSS, COVID-19): their totals are not CBP's totals.
SUBSET_CATEGORIES = {"source_country", "commodity", "covid_product"}
MEASURE_NAMES = ["seizure_lines", "seizures", "count", "msrp", "quantity", "percentage"]


@dataclass
class Result:
    """A resolved statistics question, ready to render."""

    kind: str  # "value" | "total" | "rank" | "compare" | "year_rank"
    table: Table
    measure: str
    years: list[int]
    cells: list[Cell] = field(default_factory=list)
    label: str = ""
    confidence: float = 0.0
    year_assumed: bool = False
    missing: str = ""  # why the exact figure is not in the tables
    exact: list[Cell] = field(default_factory=list)  # unrounded twins of cells from an "in millions" table
    frame: Frame | None = None


def _label_score(label_toks: list[str], q: dict[str, float], df: dict[str, int], ignore: set[str]) -> tuple[float, bool]:
    """(strength, whole label named). A word shared by fewer labels weighs more:
    "pharmaceuticals" names a row, "consumer" alone does not."""
    # Words of a table the question names ("cell phones and accessories") do not
    # pick its rows, unless they are all the row has ("Total e-Allegations").
    # Digits in a label come from a name ("Covid-19 Test Kits"), not a figure asked for.
    toks = [t for t in label_toks if t not in ignore and not t.isdigit()] or list(label_toks)
    if not toks:
        return 0.0, False
    got = sum(q.get(t, 0.0) / df.get(t, 1) for t in toks)
    missed = sum(1.0 / df.get(t, 1) for t in toks if not q.get(t))
    if got < 0.5:
        return 0.0, False
    # Past the cap, more named words still break a tie: "antibody test kits" names
    # "Antibody Test Kits" better than "Covid-19 Test Kits".
    return min(1.0, got) + 0.01 * min(got, 3.0) - 0.1 * missed, all(q.get(t) for t in toks)


def _bare_label(name: str, text: str) -> bool:
    """A label made only of common words ("Other") is named when the question says it
    outright and is not "all other"/"other than"; the caller checks the table was asked about."""
    word = fold(name).strip()
    return bool(word) and re.search(rf"(?<!all )\b{re.escape(word)}\b(?! than)", text) is not None


def with_prefixes(catalog: Catalog, q: dict[str, float]) -> dict[str, float]:
    """q plus the row words its short forms stand for ("pharma" -> "pharmaceutical")."""
    extra = {}
    for tok in catalog.label_df:
        if tok not in q:
            w = _prefix(tok, q)
            if w:
                extra[tok] = w
    return {**extra, **q} if extra else q


def _prefix(label_tok: str, q: dict[str, float]) -> float:
    """Short forms: "pharma" names "pharmaceutical", "auto" names "automotive"."""
    if len(label_tok) < 6:
        return 0.0
    for tok in q:
        if len(tok) >= 4 and label_tok.startswith(tok) and tok.isalpha():
            return 1.0
    return 0.0


def has_row(catalog: Catalog, q: dict[str, float]) -> bool:
    """Whether the words name a row of some table ("footwear", "mail")."""
    q = with_prefixes(catalog, q)
    for table in catalog.tables:
        for toks in table.labels.values():
            if _label_score(toks, q, catalog.label_df, set())[0] > 0:
                return True
    return False


def _measure_order(frame: Frame, text: str, available: set[str]) -> list[str]:
    if frame.measure:
        prefs = {
            "seizures": ["seizures", "seizure_lines", "count"],
            "seizure_lines": ["seizure_lines", "seizures"],
            "msrp": ["msrp"],
            "percentage": ["percentage"],
            "quantity": ["quantity"],
        }[frame.measure]
    elif frame.count and not SEIZURE_WORDS.search(text.replace("seized", "")) and "quantity" in available:
        prefs = ["quantity", "seizures", "seizure_lines", "count"]
    else:
        prefs = ["seizure_lines", "seizures", "count", "msrp", "quantity", "percentage"]
    return [m for m in prefs if m in available]


def resolve(
    catalog: Catalog, message: str, frame: Frame, q: dict[str, float], unexplained: list[str], prefer: str = ""
) -> Result | None:
    """Find what `message` asks; q = question tokens -> weight (1 typed, <1 via synonyms).

    prefer: the table of the previous question, for follow-ups.
    """
    preferred = catalog.table(prefer) if prefer else None
    text = fold(message)
    q = with_prefixes(catalog, q)
    mentioned = {t.slug for t in catalog.tables if t.keywords & set(q)}
    mention_toks = {w for t in catalog.tables if t.slug in mentioned for w in t.keywords}
    best = None
    which_year = bool(_WHICH_YEAR.search(text))
    said = tokens(message)
    for table in catalog.tables:
        cat = bool(re.search(CATEGORY_WORDS.get(table.category, r"$^"), text))
        label, lscore, full = "", 0.0, False
        for name, toks in table.labels.items():
            if not toks:
                if cat and not label and _bare_label(name, text):
                    label, lscore, full = name, 1.0, True
                continue
            s, whole = _label_score(toks, q, catalog.label_df, mention_toks)
            if any(says(said, p) for p in table.phrases.get(name, ())):
                s, whole = max(s, 1.0), True
            if s > lscore + 1e-9:
                label, lscore, full = name, s, whole
        mention = table.slug in mentioned
        near = preferred is not None and table.category == preferred.category
        if table.category not in GENERAL and not mention and not cat and not full and not near:
            continue  # special tables answer only when asked about
        score = 2.0 * mention + 1.0 * cat + 2.5 * lscore + (0.3 if table.category in GENERAL else 0.0)
        if mentioned and not mention:
            score -= 1.5
        if preferred is not None:
            score += 1.2 if table is preferred else (0.8 if table.category == preferred.category else 0.0)
            cat = cat or table.category == preferred.category
        years = list(frame.years) or [catalog.report_year]
        year = years[-1]
        rows_only = bool(label) or bool(frame.rank)
        avail = table.measures(year if year in table.years else None, rows_only)
        measures = _measure_order(frame, text, avail)
        if not measures:
            continue
        if measures[0] == _measure_order(frame, text, set(MEASURE_NAMES))[0]:
            score += 0.6  # the table has exactly the measure asked for
        if year not in table.years:
            score -= 0.8 if frame.year_given else 0.5  # a year asked for outright: the table that has it
        if frame.also and set(frame.also) <= avail:
            score += 0.4  # "share of total MSRP": the table that has both
        if frame.compare and not set(years[-2:]) <= set(table.years):
            score -= 1.0  # a comparison needs both years in one table
        if table.in_millions:
            score -= 0.2  # rounded; an exact table answers better
        if frame.rank and which_year:
            score += 0.3 * (len(table.years) - 1)  # ranking years: the table with the most of them
        key = (score, -catalog.tables.index(table))
        if best is None or key > best[0]:
            best = (key, table, label, lscore, measures[0], mention, cat, full)
    if best is None:
        return None
    (score, _), table, label, lscore, measure, mention, cat, full = best
    if frame.label and not label and frame.table == table.slug:
        label = frame.label  # a follow-up keeps the row it was about
        lscore = 1.0
    sibling = None
    if not label and not frame.rank and not frame.compare:
        sibling = _sibling_row(catalog, table, q, mention_toks)
        if sibling:
            label = sibling.label  # named, but printed only in the sibling table: say so, with its figure
    years = list(frame.years) or [catalog.report_year]
    result = Result(kind="value", table=table, measure=measure, years=years, label=label, frame=frame)
    result.year_assumed = not frame.years
    signal = bool(SEIZURE_WORDS.search(text)) or bool(frame.measure) or mention or frame.rank != "" or preferred is not None
    if frame.rank and which_year:
        result.kind = "year_rank"  # "which year had the most seizures": years ranked, not rows
    elif frame.compare:
        result.kind = "compare"
        result.years = sorted(set(years))  # "went from ... in the earlier year to ... in the later one"
        if len(years) < 2:
            base = years[0]
            earlier = [y for y in table.years if y < base]
            result.years = [earlier[-1], base] if earlier else years
    elif frame.rank and (not label or (cat and not full)):
        result.kind = "rank"
        result.label = ""
    elif not label:
        result.kind = "total"
        if measure == "percentage":
            return None  # "100% of the total" answers nothing
    _fill(result)
    if sibling and result.missing:
        result.missing = _missing(table, label, result.years[-1]) + f" The report's table \"{sibling.table}\" gives it: {phrase(sibling, catalog.table(sibling.table_slug))}."
    if table.in_millions:
        result.exact = [_exact_twin(catalog, c) for c in result.cells]
    conf = 0.9 if signal else 0.55
    if frame.count and not frame.measure and measure in ("msrp", "percentage"):
        conf -= 0.4  # "how many ..." asks for a count; a value or share does not answer it
    if result.kind == "total" and not (frame.total or frame.count or frame.measure):
        conf -= 0.3
    if result.kind == "rank" and not (cat or mention or label):
        conf -= 0.3
    conf -= 0.25 * len(unexplained)
    if mentioned and not mention:
        conf -= 0.4  # the question names a table this answer is not from
    if result.kind == "value" and not full:
        conf -= 0.15
    if not result.cells and not result.missing:
        conf = 0.0
    result.confidence = max(0.0, min(1.0, conf))
    return result


def asks_figure(frame: Frame, message: str) -> bool:
    """Whether the question asks for a number at all ("my shoes were seized, what happens now?" does not).

    A question about what a word means ("what does MSRP stand for", "the difference
    between a seizure and a seizure line") names measures but asks for none.
    """
    text = fold(message)
    if _FIGURE.search(text):
        return True
    if _DEFINE.search(text) and not frame.year_given:
        return False
    return bool(frame.count or frame.measure or frame.rank or frame.total or frame.compare or frame.year_given)


def _fill(result: Result) -> None:
    t, m = result.table, result.measure
    if result.kind == "value":
        for year in result.years[-1:]:
            cell = t.get(year, result.label, m)
            if cell:
                result.cells = [cell]
            else:
                result.missing = _missing(t, result.label, year)
    elif result.kind == "total":
        year = result.years[-1]
        cell = t.total(year, m)
        if cell:
            result.cells = [cell]
        elif year not in t.years:
            result.missing = _missing(t, "", year)
    elif result.kind == "rank":
        year = result.years[-1]
        rows = sorted(t.rows(year, m), key=lambda c: c.value, reverse=result.frame.rank != "min")
        if rows:
            start = max(0, result.frame.position - 1)
            result.cells = rows[start : start + max(1, result.frame.top_n)]
        else:
            result.missing = _missing(t, "", year)
    elif result.kind == "year_rank":
        years = [y for y in t.years if len(result.years) < 2 or min(result.years) <= y <= max(result.years)]
        found = [t.get(y, result.label, m) if result.label else t.total(y, m) for y in years]
        result.cells = sorted((c for c in found if c), key=lambda c: c.value, reverse=result.frame.rank != "min")
        if len(result.cells) < 2:
            result.cells, result.missing = [], f"The report's table ({t.name()}) gives this for only one year."
    elif result.kind == "compare":
        cells = []
        for year in result.years[-2:]:
            cell = t.get(year, result.label, m) if result.label else t.total(year, m)
            if cell:
                cells.append(cell)
        if len(cells) == 2:
            result.cells = cells
        else:
            result.missing = f"The report's tables do not give both years for this comparison ({t.name()})."


def _sibling_row(catalog: Catalog, table: Table, q: dict[str, float], ignore: set[str]) -> Cell | None:
    """A row the question names in full that `table` lacks but a table of the same kind prints
    ("Vietnam" is only in the cell-phone MSRP table, not in its seizure-lines one)."""
    for other in catalog.tables:
        if other is table or other.category != table.category:
            continue
        for name, toks in other.labels.items():
            if not toks or name.lower().startswith("all other") or any(name.lower() == key[1] for key in table.index):
                continue
            score, whole = _label_score(toks, q, catalog.label_df, ignore)
            if whole and score >= 0.9:
                year = max(c.year for c in other.cells if c.label == name)
                cell = next((c for c in other.cells if c.label == name and c.year == year and c.measure != "percentage"), None)
                if cell:
                    return cell
    return None


def _exact_twin(catalog: Catalog, cell: Cell) -> Cell | None:
    """The same total printed in full by another table ($1,399.8 million -> $1,399,873,842)."""
    if not cell.is_total:
        return None
    for table in catalog.tables:
        if table.in_millions:
            continue
        twin = table.total(cell.year, cell.measure)
        if twin and cell.value and abs(twin.value - cell.value) / cell.value < 0.001:
            return twin
    return None


def _missing(table: Table, label: str, year: int) -> str:
    years = ", ".join(f"FY {y}" for y in table.years)
    if year not in table.years:
        return f"The report gives this table ({table.name()}) for {years} only, not FY {year}."
    return f"The report's table \"{table.name(year)}\" does not list {label} separately (it may be counted under an \"All Other\" row)."


# -- rendering -------------------------------------------------------------

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


def render(result: Result) -> str:
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
