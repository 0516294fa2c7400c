"""A resolved statistics question and the cells that answer it.

The statistic strategy decides the table, row, measure, years and kind; fill()
reads the cells off the catalog. Rankings, totals and comparisons are computed
from the rows, never read from prose. When the right table lacks the year or
the row, `missing` says so instead of a figure.
"""
from dataclasses import dataclass, field

from assistant.answering.catalog import Catalog, Cell, Table
from assistant.answering.frame import Frame
from assistant.retrieval.text import tokens


@dataclass
class Figure:
    kind: str  # value | total | rank | ranks (one per year) | changes | place | compare | rows | year_rank
    table: Table
    measure: str
    years: list[int]
    frame: Frame
    cells: list[Cell] = field(default_factory=list)
    label: str = ""
    year_assumed: bool = False
    missing: str = ""  # why the exact figure is not in the tables: year | row | kind | one_year | compare (wording.missing says it)
    exact: list[Cell | None] = field(default_factory=list)  # unrounded twins of cells from an "in millions" table
    table_named: bool = False  # the question named the table ("cell phones and accessories")
    sibling: Cell | None = None  # the row, printed only in a sibling table
    sibling_table: Table | None = None
    named: list[str] = field(default_factory=list)  # rows named side by side
    share_of: Cell | None = None  # the total a share not printed was worked out against
    place: int = 0  # kind "place": the row's place in the ranking (1 = first), of `of` rows
    of: int = 0
    pairs: list[tuple[Cell, Cell]] = field(default_factory=list)  # kind "changes": (earlier, later) of each row given


def _fill_rank(fig: Figure, cells: list, frame) -> None:
    """The row(s) a ranking asks for, from the year's cells of the measure."""
    rows = sorted(cells, key=lambda c: c.value, reverse=frame.rank != "min")
    if frame.excepted:
        # "besides China, which had the most?": the first of the others, said with its own place.
        kept = [i for i, c in enumerate(rows) if not set(tokens(c.label)) <= set(frame.after)]
        if frame.top_n > 1:
            fig.cells, fig.missing = [rows[i] for i in kept][max(0, frame.position - 1):][: frame.top_n], "" if rows else "year"
            return
        frame.position = kept[frame.position - 1] + 1 if 0 < frame.position <= len(kept) else 0
        frame.after = []
    # Counted from the last of the rows named ("after China and Hong Kong": from Hong Kong).
    at = max((i for i, c in enumerate(rows) if set(tokens(c.label)) <= set(frame.after)), default=None) if frame.after else None
    if at is not None and frame.position == 1:
        # "después de China, ¿cuál tuvo más?": the one ranked next ("2nd after China" says its place);
        # "right above Colombia": the one before it (none above the first).
        frame.position = at if frame.above else at + 2
    start = max(0, frame.position - 1)
    fig.cells = rows[start : start + max(1, frame.top_n)] if frame.position >= 1 else []
    if fig.cells and frame.top_n <= 1 and start == 0:
        # "which product had the fewest seizures?": Respirator/Ventilator and Lanyards had 1 each; naming
        # one alone would say the other had more.
        fig.cells += [c for c in rows[1:] if c.value == fig.cells[0].value]
    fig.missing = "" if rows else "year"


def fill(fig: Figure, catalog: Catalog, named: list[str] | None = None) -> None:
    """Read the cells `fig` asks for; set `missing` when the table lacks them."""
    t, m, frame = fig.table, fig.measure, fig.frame
    year = fig.years[-1]
    if fig.kind == "value":
        cell = t.get(year, fig.label, m)
        fig.cells = [cell] if cell else []
        fig.missing = "" if cell else _why(t, year)
    elif fig.kind == "total":
        cell = t.total(year, m)
        fig.cells = [cell] if cell else []
        fig.missing = "" if cell or year in t.years else "year"
        every = [c for c in t.cells if c.year == year and c.measure == m and not c.is_total]
        if cell is None and frame.sum and frame.measure in ("", m) and len(every) > 1:
            # "Adding up every row of the COVID-19 table": a table printing no total, its rows added up as
            # asked (never unasked: the rows a table lists need not be all there is).
            fig.kind, fig.named, fig.cells = "rows", [c.label for c in every], every
    elif fig.kind == "rank":
        _fill_rank(fig, t.rows(year, m), frame)
        if frame.sum and len(fig.cells) > 1:
            # "those two together": the rows ranked, added up.
            fig.kind, fig.named = "rows", [c.label for c in fig.cells]
    elif fig.kind == "ranks":
        # Two years' rankings side by side, at least the top five ("which two were in the top five in FY
        # 2020 but not in FY 2021?" asks for two, found among five; "which led in both?" reads the first).
        n = max(frame.top_n, 5)
        ranked = [sorted(t.rows(y, m), key=lambda c: c.value, reverse=frame.rank != "min")[:n] for y in sorted(set(fig.years))]
        fig.cells = [c for rows in ranked for c in rows]
        fig.missing = "" if all(ranked) else "year"
    elif fig.kind == "changes":
        _fill_changes(fig)
    elif fig.kind == "place":
        # Among the rows the report names: "All Other" groups the small ones and holds no place.
        rows = sorted((c for c in t.rows(year, m) if not c.label.lower().startswith("all other")), key=lambda c: c.value, reverse=True)
        at = next((i for i, c in enumerate(rows) if c.label == fig.label), None)
        fig.cells = [rows[at], rows[0]] if at is not None else []
        fig.place, fig.of = (at + 1, len(rows)) if at is not None else (0, 0)
        fig.missing = "" if at is not None else _why(t, year)
    elif fig.kind == "year_rank":
        years = [y for y in t.years if len(fig.years) < 2 or min(fig.years) <= y <= max(fig.years)]
        if frame.top_n > len(years):
            years = t.years[-frame.top_n:]  # "of those four years": the four the table prints
        found = [t.get(y, fig.label, m) if fig.label else t.total(y, m) for y in years]
        fig.cells = sorted((c for c in found if c), key=lambda c: c.value, reverse=frame.rank != "min")
        if len(fig.cells) < 2:
            fig.cells, fig.missing = [], "one_year"
    elif fig.kind == "rows":
        fig.named = list(named or [])
        fig.cells = [c for c in (t.get(year, n, m) for n in fig.named[:5]) if c]
        if len(fig.cells) < 2:
            fig.cells, fig.missing = [], _why(t, year)
    else:
        _fill_compare(fig)
    if t.in_millions:
        fig.exact = [exact_twin(catalog, c) for c in fig.cells]


def _fill_compare(fig: Figure) -> None:
    t = fig.table
    cells = [t.get(y, fig.label, fig.measure) if fig.label else t.total(y, fig.measure) for y in fig.years[-2:]]
    if len(cells) == 2 and all(cells):
        fig.cells = cells
    else:
        fig.missing = "compare"


def _fill_changes(fig: Figure) -> None:
    """The rows ranked by their change between two years ("grew the most": the largest rise first), or,
    asked with no ranking ("did any fall?"), every row that changed the way asked; none may have."""
    t, frame = fig.table, fig.frame
    first, last = fig.years[-2:]
    pairs = []
    for later in t.rows(last, fig.measure):
        earlier = t.get(first, later.label, fig.measure)
        if earlier is not None and not later.label.lower().startswith("all other"):
            pairs.append((earlier, later))
    if not pairs:
        fig.missing = "compare"
        return

    def change(pair: tuple[Cell, Cell]) -> float:
        a, b = pair
        return (b.value - a.value) / a.value if frame.percent_change and a.value else b.value - a.value

    # The way asked first: a rise ("grew the most") from the largest change up, a fall from the largest down;
    # "grew the least" the other way round.
    downward = frame.by_change == "down"
    pairs.sort(key=change, reverse=not downward)
    if frame.rank == "min":
        pairs.reverse()
    if frame.rank in ("max", "min"):
        fig.pairs = pairs[: max(1, min(frame.top_n, 5))]
    else:
        fig.pairs = [p for p in pairs if (change(p) < 0 if downward else change(p) > 0)] or pairs[:1]
    fig.cells = [c for pair in fig.pairs for c in pair]


def compare_years(years: list[int], table: Table, since: bool = False) -> list[int]:
    """The two years a comparison is between: both named, or the one named and the year before it in the
    table; or, when the one named is where the comparison starts, it and the table's latest year."""
    years = sorted(set(years))
    if len(years) >= 2:
        return years[-2:]
    later = [y for y in table.years if y > years[0]]
    if since and later:
        return [years[0], later[-1]]
    earlier = [y for y in table.years if y < years[0]]
    return [earlier[-1], years[0]] if earlier else years


def sibling_row(catalog: Catalog, table: Table, scored) -> Cell | None:
    """A row the question names in full that `table` lacks but a table of the same kind prints
    ("Vietnam" is only in the cell-phone MSRP table, not in its seizure-lines one).
    `scored(other, label)` says whether the question names that row in full."""
    for other in catalog.tables:
        if other is table or other.category != table.category:
            continue
        for name, toks in other.labels.items():
            if not toks or name.lower().startswith("all other") or any(name.lower() == key[1] for key in table.index):
                continue
            if scored(other, name):
                year = max(c.year for c in other.cells if c.label == name)
                return next((c for c in other.cells if c.label == name and c.year == year and c.measure != "percentage"), None)
    return None


def exact_twin(catalog: Catalog, cell: Cell) -> Cell | None:
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


def _why(table: Table, year: int) -> str:
    """A row asked for that the table lacks: the year ("year") or the row itself ("row")."""
    return "year" if year not in table.years else "row"
