"""Statistics tables: rows of printed figures, and checks that they add up."""
import re
from dataclasses import dataclass, field
from decimal import Decimal

from content.parsing.layout import PCT, TableSpec, norm
from content.parsing.text import Line

NUMBER = re.compile(r"^\$?-?\d[\d,]*(\.\d+)?%?$")
OFF_TOTAL = Decimal("0.01")  # rows more than 1% off their printed total were not all read
YEARS_HEADER = re.compile(r"^(Fiscal Year )?(FY \d{4} ?)+$")


@dataclass
class Cell:
    table: str
    table_slug: str
    category: str
    fiscal_year: int
    label: str
    measure: str
    value: Decimal
    printed: str
    is_total: bool = False
    order: int = 0
    note: str = ""
    section: str = ""  # section slug, filled by the assembler


@dataclass
class Table:
    spec: TableSpec
    name: str
    fiscal_year: int | None
    cells: list[Cell] = field(default_factory=list)
    first_line: int = 0


def value_of(printed: str, scale: int = 1) -> Decimal:
    return Decimal(printed.replace("$", "").replace(",", "").replace("%", "")) * scale


def split_row(text: str, n: int) -> tuple[str, list[str]] | None:
    """("Handbags/Wallets", ["28,331", "28%"]) when the line ends with n figures."""
    tokens = text.replace("$ ", "$").split()
    figures = []
    while tokens and NUMBER.match(tokens[-1]):
        figures.insert(0, tokens.pop())
    if not figures:
        return None
    if len(figures) > n:  # a numeric label, such as a year
        tokens += figures[: len(figures) - n]
        figures = figures[len(figures) - n :]
    return " ".join(tokens), figures


def table_name(spec: TableSpec, fy: int | None) -> str:
    """The stored table name: the spec's title (or name) with the table's own fiscal year."""
    name = re.sub(r"\s+", " ", spec.name or spec.title)
    if fy is None:
        return name
    return re.sub(r"FY \d{4}", f"FY {fy}", name).replace("{fy}", str(fy))


def parse_table(
    spec: TableSpec, lines: list[Line], start: int, warnings: list[str], *, fy: int | None, report_year: int
) -> tuple[Table, int]:
    """Parse the table whose title ends at lines[start - 1]; returns (table, next index).

    `fy` is the year printed in the table's title (None when it prints none);
    columns counted back from the report's year use `report_year`.
    """
    table = Table(spec, table_name(spec, fy), fy, first_line=lines[start - 1].no)
    years = [report_year - c.back if c.back is not None else None for c in spec.columns]
    n = len(spec.columns)
    i, pending, row_no, seen_row, done = start, [], 0, False, False
    totals = {norm(t) for t in spec.totals}
    while i < len(lines) and not done:
        text = lines[i].text
        if spec.years_header and YEARS_HEADER.match(text):
            printed_years = [int(y) for y in re.findall(r"FY (\d{4})", text)]
            if len(printed_years) == n:
                years = printed_years
            i += 1
            continue
        if not seen_row and spec.header and re.match(spec.header, text, re.I):
            i += 1
            continue
        row = split_row(text, n)
        if row is None or len(row[1]) < n:
            if row is not None and seen_row and len(row[1]) < n:
                break  # a one-figure line after the table: not ours
            if not seen_row and not spec.multiline_labels:
                i += 1  # header text of a simple table
                continue
            if spec.multiline_labels and len(pending) < 4:
                pending.append(text)
                i += 1
                continue
            break
        label, figures = row
        label = " ".join(pending + ([label] if label else []))
        pending = []
        seen_row = True
        row_no += 1
        is_total = norm(label) in totals
        if spec.year_rows:
            year = int(label)
            for col, printed in zip(spec.columns, figures):
                table.cells.append(_cell(table, spec, year, col.label, col.measure, printed, row_no, col.total))
        else:
            for col, year, printed in zip(spec.columns, years, figures):
                year = year or fy
                if year is None:
                    warnings.append(f"line {lines[i].no}: no fiscal year for table {spec.title!r}")
                    continue
                table.cells.append(_cell(table, spec, year, label, col.measure, printed, row_no, is_total))
        i += 1
        if is_total:
            done = True
    if spec.after_total and i < len(lines):
        row = split_row(lines[i].text, 1)
        if row and norm(row[0]) == norm(spec.after_total) and fy:
            table.cells.append(_cell(table, spec, fy, row[0], spec.after_total_measure, row[1][0], row_no + 1, True))
            i += 1
    if pending:
        warnings.append(f"line {lines[start].no}: table {table.name!r} has a label with no figures: {' '.join(pending)!r}")
    if not table.cells:
        warnings.append(f"line {lines[start - 1].no}: table {table.name!r} has no rows")
    elif spec.sums and not any(c.is_total for c in table.cells):
        warnings.append(f"line {lines[start - 1].no}: table {table.name!r} has no total row (it was not read to its end)")
    return table, i


def _cell(table: Table, spec: TableSpec, year: int, label: str, measure: str, printed: str, order: int, total: bool) -> Cell:
    scale = spec.scale if measure != PCT else 1
    return Cell(
        table=table.name,
        table_slug=spec.slug,
        category=spec.category,
        fiscal_year=year,
        label=label,
        measure=measure,
        value=value_of(printed, scale),
        printed=printed,
        is_total=total,
        order=order,
    )


def _unit(printed: str) -> Decimal:
    digits = printed.replace("%", "").split(".")
    return Decimal(1).scaleb(-len(digits[1])) if len(digits) == 2 else Decimal(1)


def check_sums(cells: list[Cell], warnings: list[str], parts: frozenset[str] = frozenset()) -> None:
    """Compare each printed total with the sum of its rows; note any difference.

    Rounded figures (percentages, "$1,036.1" millions) may be off by half a unit per
    row, as the report itself says; exact counts must match exactly. `parts`: tables
    whose rows are only some parts of their total (IPR e-Allegations of all e-Allegations).
    """
    groups: dict[tuple, list[Cell]] = {}
    for c in cells:
        if c.table_slug in parts:
            continue
        groups.setdefault((c.table_slug, c.table, c.fiscal_year, c.measure), []).append(c)
    for (slug, name, year, measure), group in groups.items():
        rows = [c for c in group if not c.is_total]
        totals = [c for c in group if c.is_total]
        if not rows or len(totals) != 1:
            continue
        total = totals[0]
        got = sum((c.value for c in rows), Decimal(0))
        scale = total.value / value_of(total.printed) if value_of(total.printed) else Decimal(1)
        units = [_unit(c.printed) for c in group]
        rounded = any(u < 1 for u in units) or measure == PCT
        tolerance = max(units) * scale * Decimal("0.5") * (len(rows) + 1) if rounded else Decimal(0)
        if total.value and abs(got - total.value) > OFF_TOTAL * abs(total.value):
            # Far more than rounding: a row was lost (or misread) on the way.
            warnings.append(f"{name}, FY {year}, {measure}: rows are far off the printed total {total.printed} (not read whole)")
        if abs(got - total.value) > tolerance:
            note = (
                f"The report prints {total.printed} as the total, but its rows add up to "
                f"{_fmt(got, total.printed, scale)}; the printed figure is kept."
            )
            if measure == "msrp" and abs(got - total.value) <= len(rows):
                note += " (A difference of a few dollars, likely from rounding cents.)"
            total.note = _add(total.note, note)
            warnings.append(f"{name}, FY {year}, {measure}: {note}")


def check_across(cells: list[Cell], warnings: list[str]) -> None:
    """The same year's total seizure lines should agree across tables; note the odd one out."""
    by_year: dict[int, list[Cell]] = {}
    for c in cells:
        if c.is_total and c.measure == "seizure_lines" and c.category in ("product", "economy"):
            by_year.setdefault(c.fiscal_year, []).append(c)
    for year, group in by_year.items():
        counts: dict[Decimal, int] = {}
        for c in group:
            counts[c.value] = counts.get(c.value, 0) + 1
        if len(counts) < 2:
            continue
        usual = max(counts, key=counts.get)
        usual_printed = next(c.printed for c in group if c.value == usual)
        for c in group:
            if c.value != usual:
                note = (
                    f"Printed as {c.printed}, but the other FY {year} tables print {usual_printed} "
                    "seizure lines; the printed figure is kept."
                )
                c.note = _add(c.note, note)
                warnings.append(f"{c.table}, FY {year}, {c.label}: {note}")


def _fmt(value: Decimal, like: str, scale: Decimal) -> str:
    v = value / scale
    decimals = len(like.replace("%", "").split(".")[1]) if "." in like else 0
    text = f"{v:,.{decimals}f}"
    return ("$" if like.startswith("$") else "") + text + ("%" if like.endswith("%") else "")


def _add(note: str, more: str) -> str:
    return f"{note} {more}".strip() if more not in note else note
