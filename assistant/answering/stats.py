"""Answer statistics questions from the report's tables, with the printed figure.

resolve() picks the table, row, measure and year(s) a question asks for and
says how sure it is; render() writes the answer. Ranking, totals and
comparisons are computed from the rows, never read from prose.
"""
import re
from dataclasses import dataclass, field

from assistant.answering.catalog import GENERAL, Catalog, Cell, Table, says
from assistant.answering.figures import phrase
from assistant.answering.query import HOW_TO, Frame, asks_figure
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
    "first", "2nd", "third", "3rd", "fourth", "4th", "fifth", "5th",
    # What IPR is about and who files: "IPR e-Allegations (counterfeit trademark or piratical copyright)".
    "trademark", "copyright", "piratical", "people", "person", "someone", "list",
    "jump", "jumped", "spike", "spiked", "climb", "climbed", "soar", "soared", "surge", "surged", "plunge",
    "plunged", "shrink", "shrank", "dip", "dipped",
}
_WHICH_YEAR = re.compile(r"\b(which|what)\s+(fiscal\s+)?year\b|\bwhen\s+(was|were|did)\b.*\b(most|highest|lowest|fewest|least|peak)")
_ENFORCEMENT = re.compile(r"\b(counterfeit\w*|fakes?|knock-?offs?|pirat\w*|ipr|cbp|customs|infring\w*)\b")
_MORE = re.compile(r"\b(more|fewer|less|higher|lower|bigger|larger|greater)\b")
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
    table_named: bool = False  # the question named the table ("cell phones and accessories")


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
    if not word or re.search(rf"\b(leaving\s+out|excluding|not\s+counting|except|without|ignoring)\s+(the\s+)?\W?{re.escape(word)}", text):
        return False  # "which came last, leaving out 'all other products'"
    return re.search(rf"(?<!all )\b{re.escape(word)}\b(?! than)", text) is not None


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
    catalog: Catalog, message: str, frame: Frame, q: dict[str, float], unexplained: list[str], prefer: str = "",
    story: bool = False, wants_figure: bool | None = None,
) -> Result | None:
    """Find what `message` asks; q = question tokens -> weight (1 typed, <1 via synonyms).

    prefer: the table of the previous question, for follow-ups; story: a long message naming IPR (coverage.is_story);
    wants_figure: whether the asking sentences ask for a figure (the caller knows; else read from `message`).
    """
    preferred = catalog.table(prefer) if prefer else None
    text = fold(message)
    # "all kinds of violation, not only the IPR ones": a word ruled out names no row.
    q = {t: w for t, w in with_prefixes(catalog, q).items() if t not in _ruled_out(text)}
    mentioned = {t.slug for t in catalog.tables if t.keywords & set(q)}
    mention_toks = {w for t in catalog.tables if t.slug in mentioned for w in t.keywords}
    best = None
    which_year = bool(_WHICH_YEAR.search(text))
    said = tokens(message)
    for table in catalog.tables:
        cat = bool(re.search(CATEGORY_WORDS.get(table.category, r"$^"), text))
        label, lscore, full = "", 0.0, False
        named: list[str] = []  # every row named in full, for "mail vs express"
        for name, toks in table.labels.items():
            if not toks:
                if cat and not label and _bare_label(name, text):
                    label, lscore, full = name, 1.0, True
                continue
            s, whole = _label_score(toks, q, catalog.label_df, mention_toks)
            runs = [len(p) for p in table.phrases.get(name, ()) if says(said, p)]
            if runs:
                # Words in a row beat the same words scattered, and a longer run beats a shorter one:
                # "consumer products and mass merchandising" over "consumer products".
                s, whole = max(s, 1.05 + 0.1 * (max(runs) - 2)), True
            if whole or s >= 0.85:
                named.append(name)
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
            best = (key, table, label, lscore, measures[0], mention, cat, full, named)
    if best is None:
        return None
    (score, _), table, label, lscore, measure, mention, cat, full, named = best
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
    result.table_named = mention
    # "dollars" or "price" alone is no sign of a question about seizures ("the best laptop under 800 dollars").
    measure_signal = frame.measure not in ("", "msrp") or bool(re.search(r"\bmsrp\b", text)) or (
        bool(frame.measure) and (frame.year_given or full)  # "how much were handbags worth in 2020"
    )
    signal = bool(SEIZURE_WORDS.search(text) or _ENFORCEMENT.search(text)) or measure_signal or mention or frame.rank != "" or preferred is not None
    if frame.rank and which_year:
        result.kind = "year_rank"  # "which year had the most seizures": years ranked, not rows
    elif (frame.compare or frame.rank or _MORE.search(text)) and len(named) >= 2 and len(set(years)) == 1:
        # "mail vs express in FY 2021", "did China or Hong Kong have more": rows side by side, one year.
        result.kind = "rows"
        result.label = ""
        result.cells = [c for c in (table.get(years[0], n, measure) for n in _in_order(named, text)[:3]) if c]
        if len(result.cells) < 2:
            result.cells, result.missing = [], _missing(table, " and ".join(named[:2]), years[0])
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
    if result.kind != "rows":
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
    # A word no table speaks to may ask for what no table holds; in a long story it is more often chatter.
    penalty = (0.125 if story else 0.25) * len(unexplained)
    if result.kind == "rank" and cat and result.frame and (result.frame.measure or result.frame.year_given):
        # "which product type sat at the bottom of the seizure-lines list, not counting the catch-all":
        # a ranking over a named category with a measure or year; extra words are how it is put.
        penalty = min(penalty, 0.25)
    conf -= penalty
    if wants_figure is None:
        wants_figure = asks_figure(frame, message)
    if not wants_figure and (story or HOW_TO.search(text)):
        # "I bought sneakers online ... what can I do?", "how do I report a site selling fakes at a tenth of
        # the real price?": a row or a measure word is named, but no figure is asked for.
        conf -= 0.5
    if mentioned and not mention:
        conf -= 0.4  # the question names a table this answer is not from
    if result.kind == "value" and not full:
        conf -= 0.15
    if not result.cells and not result.missing:
        conf = 0.0
    result.confidence = max(0.0, min(1.0, conf))
    return result


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


_RULED_OUT = re.compile(r"\b(?:not\s+(?:just|only)|excluding|except|besides|apart\s+from)\s+(?:the\s+)?(\w+)")


def _ruled_out(text: str) -> set[str]:
    return {tok for word in _RULED_OUT.findall(text) for tok in tokens(word)}


def _in_order(labels: list[str], text: str) -> list[str]:
    """Labels in the order the question names them (by their first word found)."""
    def where(label: str) -> int:
        spots = [text.find(w) for w in fold(label).replace("/", " ").split() if len(w) > 2 and w in text]
        return min(spots) if spots else len(text)

    return sorted(labels, key=where)


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
