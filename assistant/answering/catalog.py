"""Every statistics table of the report, in memory, for exact figures.

Built from Statistic rows once per index version (the retriever object): the
answering layer never queries the database for a figure.
"""
import re
import threading
import weakref
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
_NAME_GENERIC = {
    "fy", "ipr", "seizure", "seized", "line", "number", "msrp", "total", "related", "percentage", "million",
    "year", "fiscal", "amount", "estimated", "value", "trademark", "copyright", "counterfeit", "piratical",
    "received", "overall", "commodity", "product", "cee", "modes", "mode", "transportation", "transport", "economy",
    "source", "country", "trading", "partner", "center", "centers",
}
# Words of row labels that never identify a row on their own.
_LABEL_GENERIC = {"all", "other", "countries", "country", "commodity", "product", "total", "grand", "number", "of", "and"}


@dataclass
class Cell:
    id: int
    table_slug: str
    table: str
    year: int
    category: str
    label: str
    measure: str
    value: float
    printed: str
    is_total: bool
    order: int
    note: str
    url: str
    section_title: str


@dataclass
class Table:
    slug: str
    category: str
    names: dict[int, str] = field(default_factory=dict)
    url: str = ""
    section_title: str = ""
    cells: list[Cell] = field(default_factory=list)
    keywords: set[str] = field(default_factory=set)
    index: dict[tuple, Cell] = field(default_factory=dict)
    labels: dict[str, list[str]] = field(default_factory=dict)  # non-total label -> tokens
    phrases: dict[str, set[tuple[str, ...]]] = field(default_factory=dict)  # label -> word runs that name it
    in_millions: bool = False

    @property
    def years(self) -> list[int]:
        return sorted({c.year for c in self.cells})

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
            hits = 0
            for share in shares:
                cell = self.get(year, share.label, measure)
                if cell is not None and abs(cell.value / total.value * 100 - share.value) <= 1.0:
                    hits += 1
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
    report_year: int
    label_df: dict[str, int]

    def table(self, slug: str) -> Table | None:
        for t in self.tables:
            if t.slug == slug:
                return t
        return None


def _sort_key(table: Table) -> tuple:
    cat = CATEGORY_ORDER.index(table.category) if table.category in CATEGORY_ORDER else len(CATEGORY_ORDER)
    # Within a category, the table with counts comes before the MSRP one.
    counts_first = 0 if table.measures(rows_only=True) & {"seizure_lines", "seizures", "count"} else 1
    return (cat, counts_first, min((c.order for c in table.cells), default=0), table.slug)


def build_catalog() -> Catalog:
    from content.models import Report, Statistic

    tables: dict[str, Table] = {}
    rows = Statistic.objects.filter(published=True).select_related("section").order_by("table_slug", "fiscal_year", "order", "pk")
    for row in rows:
        table = tables.get(row.table_slug)
        if table is None:
            table = tables[row.table_slug] = Table(slug=row.table_slug, category=row.category)
        table.names.setdefault(row.fiscal_year, row.table)
        if row.section_id and not table.url:
            table.url = row.section.get_absolute_url()
            table.section_title = row.section.title
        cell = Cell(
            id=row.pk, table_slug=row.table_slug, table=row.table, year=row.fiscal_year, category=row.category,
            label=row.label, measure=row.measure, value=float(row.value), printed=row.printed, is_total=row.is_total,
            order=row.order, note=row.note, url="", section_title="",
        )
        table.cells.append(cell)
        table.index.setdefault((cell.year, cell.label.lower(), cell.measure), cell)
        if not cell.is_total:
            table.labels.setdefault(cell.label, [t for t in tokens(cell.label) if t not in _LABEL_GENERIC])
        if "million" in row.table.lower():
            table.in_millions = True
    for table in tables.values():
        for cell in table.cells:
            cell.url, cell.section_title = table.url, table.section_title
        words = set()
        for name in table.names.values():
            words.update(tokens(re.sub(r"\(in millions\)", "", name, flags=re.I)))
        table.keywords = {w for w in words if w not in _NAME_GENERIC and not w.isdigit() and len(w) > 1}
    # A name word that is also a row word of another table names nothing for sure:
    # "accessories" is in "Cell Phones and Accessories" and in "Computers/Accessories".
    for table in tables.values():
        elsewhere = {w for other in tables.values() if other is not table for toks in other.labels.values() for w in toks}
        table.keywords -= elsewhere
    ordered = sorted(tables.values(), key=_sort_key)
    _find_phrases(ordered)
    df: dict[str, int] = defaultdict(int)
    for toks in {label: toks for t in ordered for label, toks in t.labels.items()}.values():
        for tok in set(toks):
            df[tok] += 1
    report = Report.objects.order_by("-fiscal_year").first()
    years = [c.year for t in ordered for c in t.cells]
    report_year = report.fiscal_year if report else (max(years) if years else 2021)
    return Catalog(tables=ordered, report_year=report_year, label_df=dict(df))


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
            if set(toks) <= _LABEL_GENERIC or any(t.isdigit() for t in toks) or label.lower().startswith("all other"):
                continue
            found: set[tuple[str, ...]] = {p for p in _pairs(toks) if len(owners[p]) == 1 and not set(p) <= _LABEL_GENERIC}
            if len(toks) >= 2:
                found.add(tuple(toks))
            if found:
                table.phrases[label] = found


def says(words: list[str], phrase: tuple[str, ...]) -> bool:
    """Whether `phrase` occurs in `words` as a run."""
    n = len(phrase)
    return any(tuple(words[i : i + n]) == phrase for i in range(len(words) - n + 1))


_lock = threading.Lock()
_cache: "weakref.WeakKeyDictionary[object, Catalog]" = weakref.WeakKeyDictionary()


def for_index(retriever: object) -> Catalog:
    """The catalog matching this index version (rebuilt when a new index is served)."""
    catalog = _cache.get(retriever)
    if catalog is None:
        with _lock:
            catalog = _cache.get(retriever)
            if catalog is None:
                catalog = build_catalog()
                _cache[retriever] = catalog
    return catalog


def clear() -> None:
    with _lock:
        _cache.clear()
