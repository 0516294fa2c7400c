"""Every statistics table of every report, in memory, for exact figures.

Built from the published Statistic rows when the index is built (documents.stat_rows())
and stored with it: answering never queries the database for a figure. A table
(one slug) gathers its cells from every report that prints it; where two reports
print the same fiscal year, the newer report's cell is the one given and the older
printing is kept on the cell (`older`), so the answer can say the report differs.
"""
from collections import defaultdict
from dataclasses import dataclass, field

from assistant.retrieval.text import tokens

# Order in which tables answer a question that could fit several: the general
# ones first; the others need their own words ("cell phone", "HSS", "COVID").
CATEGORY_ORDER = ["product", "economy", "transport_mode", "center", "commodity", "source_country", "covid_product", "allegation"]
GENERAL = {"product", "economy", "transport_mode"}
# Tables about a subset of seizures (cell phones, HSS, COVID-19): their totals are not CBP's totals.
SUBSET_CATEGORIES = {"source_country", "commodity", "covid_product"}

# Words of table names that say nothing about which table is meant.
NAME_GENERIC = {
    "fy", "ipr", "seizure", "seized", "line", "number", "msrp", "total", "related", "percentage", "million",
    "year", "fiscal", "amount", "estimated", "value", "trademark", "copyright", "counterfeit", "piratical",
    "received", "overall", "commodity", "product", "cee", "modes", "mode", "transportation", "transport", "economy",
    "source", "country", "trading", "partner", "center", "centers", "by", "of", "and", "as",
}
# Words of row labels that never identify a row on their own.
LABEL_GENERIC = {"all", "other", "countries", "country", "commodity", "product", "total", "grand", "number", "of", "and"}


@dataclass
class Cell:
    id: int
    table_slug: str
    table: str  # the table's name as this report prints it
    year: int
    category: str
    label: str
    measure: str
    value: float
    printed: str
    is_total: bool
    order: int
    note: str
    url: str  # the report section it is printed in
    section_title: str
    report_year: int  # fiscal year of the report that printed it
    older: list[tuple[int, str]] = field(default_factory=list)  # (report year, printed) where an older report differs


@dataclass
class Table:
    slug: str
    category: str
    names: dict[int, str] = field(default_factory=dict)  # year -> name as printed for that year
    cells: list[Cell] = field(default_factory=list)
    keywords: set[str] = field(default_factory=set)
    index: dict[tuple, Cell] = field(default_factory=dict)
    labels: dict[str, list[str]] = field(default_factory=dict)  # non-total label -> tokens
    phrases: dict[str, set[tuple[str, ...]]] = field(default_factory=dict)  # label -> word runs that name it
    in_millions: bool = False

    @property
    def years(self) -> list[int]:
        return sorted({c.year for c in self.cells})

    @property
    def url(self) -> str:
        newest = max(self.cells, key=lambda c: (c.report_year, c.year), default=None)
        return newest.url if newest else ""

    def measures(self, year: int | None = None, rows_only: bool = False) -> set[str]:
        """Measures the table has (for `year`); rows_only: leave out total-only ones."""
        return {c.measure for c in self.cells if (year is None or c.year == year) and not (rows_only and c.is_total)}

    def get(self, year: int, label: str, measure: str) -> Cell | None:
        return self.index.get((year, label.lower(), measure))

    def rows(self, year: int, measure: str) -> list[Cell]:
        """Rankable rows: no totals, no "All Other ..." buckets."""
        return [
            c for c in self.cells
            if c.year == year and c.measure == measure and not c.is_total and not c.label.lower().startswith("all other")
        ]

    def total(self, year: int, measure: str) -> Cell | None:
        totals = [c for c in self.cells if c.year == year and c.measure == measure and c.is_total]
        return totals[0] if totals else None

    def percent_of(self, year: int) -> str:
        """The measure this table's percentages are shares of, read off its own figures.

        Headers do not say: the economy table prints "Seizure Lines  % of Total  MSRP"
        and its percentages are shares of seizure lines, while the product MSRP
        table's are shares of MSRP. The measure whose row/total ratios match the
        printed percentages (to rounding) wins; "" when none does.
        """
        best, best_hits = "", 0
        shares = [c for c in self.cells if c.year == year and c.measure == "percentage" and not c.is_total]
        for measure in sorted(self.measures(year) - {"percentage"}):
            total = self.total(year, measure)
            if total is None or not total.value:
                continue
            hits = sum(
                1 for share in shares
                if (cell := self.get(year, share.label, measure)) is not None and abs(cell.value / total.value * 100 - share.value) <= 1.0
            )
            if hits > best_hits:
                best, best_hits = measure, hits
        return best

    def name(self, year: int | None = None) -> str:
        if year in self.names:
            return self.names[year]
        return self.names[max(self.names)] if self.names else self.slug


@dataclass
class Catalog:
    tables: list[Table]
    report_year: int  # the newest report's fiscal year: questions without a year are about it
    label_df: dict[str, int]
    report_years: list[int] = field(default_factory=list)
    prefixes: dict[str, set[str]] = field(default_factory=dict)  # a short form ("pharma") -> the row words it starts

    def table(self, slug: str) -> Table | None:
        return next((t for t in self.tables if t.slug == slug), None)

    @property
    def years(self) -> set[int]:
        return {year for table in self.tables for year in table.years}


def _sort_key(table: Table) -> tuple:
    cat = CATEGORY_ORDER.index(table.category) if table.category in CATEGORY_ORDER else len(CATEGORY_ORDER)
    # Within a category, the table with counts comes before the MSRP one.
    counts_first = 0 if table.measures(rows_only=True) & {"seizure_lines", "seizures", "count"} else 1
    return (cat, counts_first, min((c.order for c in table.cells), default=0), table.slug)


def build(rows: list[dict], report_years: list[int]) -> Catalog:
    """rows: published statistics as documents.stat_rows() gives them, newest report first."""
    tables: dict[str, Table] = {}
    for row in sorted(rows, key=lambda r: (-r["report_year"], r["table_slug"], r["year"], r["order"], r["id"])):
        table = tables.get(row["table_slug"])
        if table is None:
            table = tables[row["table_slug"]] = Table(slug=row["table_slug"], category=row["category"])
        table.names.setdefault(row["year"], row["table"])
        cell = Cell(**{k: row[k] for k in Cell.__dataclass_fields__ if k in row})
        key = (cell.year, cell.label.lower(), cell.measure)
        kept = table.index.get(key)
        if kept is not None:  # an older report printing a year a newer one prints too
            if kept.printed != cell.printed and cell.report_year != kept.report_year:
                kept.older.append((cell.report_year, cell.printed))
            continue
        table.index[key] = cell
        table.cells.append(cell)
        if not cell.is_total:
            table.labels.setdefault(cell.label, [t for t in tokens(cell.label) if t not in LABEL_GENERIC])
        if "million" in row["table"].lower():
            table.in_millions = True
    _name_keywords(tables)
    ordered = sorted(tables.values(), key=_sort_key)
    _find_phrases(ordered)
    df: dict[str, int] = defaultdict(int)
    for toks in {label: toks for t in ordered for label, toks in t.labels.items()}.values():
        for tok in set(toks):
            df[tok] += 1
    years = sorted(set(report_years)) or sorted({c.year for t in ordered for c in t.cells}) or [2021]
    prefixes: dict[str, set[str]] = defaultdict(set)
    for tok in df:
        if len(tok) >= 6 and tok.isalpha():
            for n in range(4, len(tok)):
                prefixes[tok[:n]].add(tok)
    return Catalog(tables=ordered, report_year=years[-1], label_df=dict(df), report_years=years, prefixes=dict(prefixes))


def _name_keywords(tables: dict[str, Table]) -> None:
    """The words of a table's names that tell it apart ("cell", "phone", "hss", "covid").

    A name word that is also a row word of another table names nothing for sure:
    "accessories" is in "Cell Phones and Accessories" and in "Computers/Accessories".
    """
    for table in tables.values():
        words = {w for name in table.names.values() for w in tokens(name.replace("(in Millions)", ""))}
        table.keywords = {w for w in words if w not in NAME_GENERIC and not w.isdigit() and len(w) > 1}
    for table in tables.values():
        elsewhere = {w for other in tables.values() if other is not table for toks in other.labels.values() for w in toks}
        table.keywords -= elsewhere


def _pairs(toks: list[str]) -> set[tuple[str, str]]:
    return set(zip(toks, toks[1:]))


def _find_phrases(tables: list[Table]) -> None:
    """Word runs that name a label even when each word alone is common: the whole
    label ("consumer products" is "Consumer Products", though "consumer" is in three
    labels and "products" in many) and two words in a row no other label has
    ("mass merchandising"). Figures ("covid 19") and totals name no row."""
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for table in tables:
        for label in table.labels:
            for pair in _pairs(tokens(label)):
                owners[pair].add(label.lower())
    for table in tables:
        for label in table.labels:
            toks = tokens(label)
            if set(toks) <= LABEL_GENERIC or any(t.isdigit() for t in toks) or label.lower().startswith("all other"):
                continue
            found: set[tuple[str, ...]] = {p for p in _pairs(toks) if len(owners[p]) == 1 and not set(p) <= LABEL_GENERIC}
            if len(toks) >= 2:
                found.add(tuple(toks))
            if found:
                table.phrases[label] = found
