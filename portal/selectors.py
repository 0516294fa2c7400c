"""Reads for the public pages: published content only, shaped for templates."""
from dataclasses import dataclass, field

from django.db.models import Prefetch, QuerySet
from django.http import Http404

from content.models import FAQ, Audience, Contact, Report, Section, Statistic
from portal.markup import safe_url


@dataclass
class Row:
    label: str
    cells: list[str]
    is_total: bool = False


@dataclass
class Table:
    caption: str
    columns: list[str]
    rows: list[Row]
    notes: list[str] = field(default_factory=list)
    row_heading: str = "Item"


def published_contact(slug: str) -> Contact:
    """The contact a /go/ link names, if it is published and has a followable address."""
    contact = Contact.objects.filter(slug=slug, published=True).first()
    if contact is None or not safe_url(contact.href()) or contact.href().startswith("/"):
        raise Http404("No such channel")
    return contact


def contacts() -> QuerySet[Contact]:
    return Contact.objects.filter(published=True)


def current_report() -> Report | None:
    return Report.objects.order_by("-fiscal_year").first()


def published_section(slug: str) -> Section:
    section = (
        Section.objects.select_related("report")
        .prefetch_related(Prefetch("faqs", queryset=FAQ.objects.filter(published=True)))
        .filter(slug=slug, published=True)
        .first()
    )
    if section is None:
        raise Http404("No such report section")
    return section


def published_faq(pk: int) -> FAQ:
    faq = (
        FAQ.objects.select_related("section")
        .prefetch_related(Prefetch("contacts", queryset=Contact.objects.filter(published=True)))
        .filter(pk=pk, published=True)
        .first()
    )
    if faq is None:
        raise Http404("No such FAQ")
    return faq


def sections() -> QuerySet[Section]:
    return Section.objects.filter(published=True).select_related("report").order_by("report", "order")


def faqs_by_audience() -> list[tuple[str, list[FAQ]]]:
    """Published FAQs grouped for the index page: consumers, businesses, everyone."""
    groups: dict[str, list[FAQ]] = {value: [] for value in Audience.values}
    for faq in FAQ.objects.filter(published=True):
        groups.setdefault(faq.audience, []).append(faq)
    headings = {
        Audience.CONSUMER: "For shoppers and consumers",
        Audience.BUSINESS: "For businesses and rights holders",
        Audience.BOTH: "For everyone",
    }
    return [(headings[Audience(key)], items) for key, items in groups.items() if items]


def neighbours(section: Section) -> tuple[Section | None, Section | None]:
    """Previous and next published sections of the same report, for page navigation."""
    siblings = Section.objects.filter(report=section.report, published=True)
    before = siblings.filter(order__lt=section.order).order_by("-order").first()
    after = siblings.filter(order__gt=section.order).order_by("order").first()
    return before, after


def section_tables(section: Section) -> list[Table]:
    """The section's statistics pivoted into tables: one row per label, one column
    per fiscal year and measure actually present, figures as printed in the report."""
    stats = list(
        Statistic.objects.filter(section=section, published=True).order_by("table_slug", "order", "-fiscal_year")
    )
    by_table: dict[str, list[Statistic]] = {}
    for stat in stats:
        by_table.setdefault(stat.table_slug, []).append(stat)
    tables = [_pivot(cells) for cells in by_table.values()]
    return sorted(tables, key=lambda t: t._order)  # type: ignore[attr-defined]


def _pivot(cells: list[Statistic]) -> Table:
    years = sorted({c.fiscal_year for c in cells}, reverse=True)
    measures: list[str] = []
    for c in sorted(cells, key=lambda c: c.order):
        if c.measure not in measures:
            measures.append(c.measure)
    labels: dict[str, int] = {}
    for c in cells:
        labels[c.label] = min(labels.get(c.label, c.order), c.order)
    measure_names = dict(Statistic.Measure.choices)

    columns: list[tuple[int, str]] = [(y, m) for y in years for m in measures]
    present = {(c.fiscal_year, c.measure) for c in cells}
    columns = [col for col in columns if col in present]

    def heading(year: int, measure: str) -> str:
        if len(years) == 1:
            return measure_names.get(measure, measure)
        if len(measures) == 1:
            return f"FY {year}"
        return f"FY {year} {measure_names.get(measure, measure)}"

    lookup = {(c.label, c.fiscal_year, c.measure): c for c in cells}
    rows = []
    for label in sorted(labels, key=lambda name: labels[name]):
        row_cells = [lookup[(label, y, m)].printed if (label, y, m) in lookup else "" for y, m in columns]
        total = any(c.is_total for c in cells if c.label == label)
        rows.append(Row(label=label, cells=row_cells, is_total=total))
    caption = cells[0].table + (f", FY {years[0]}" if len(years) == 1 and str(years[0]) not in cells[0].table else "")
    notes = sorted({c.note.strip() for c in cells if c.note.strip()})
    categories = {c.category for c in cells}
    row_heading = dict(Statistic.Category.choices).get(categories.pop(), "Item") if len(categories) == 1 else "Item"
    table = Table(caption=caption, columns=[heading(y, m) for y, m in columns], rows=rows, notes=notes, row_heading=row_heading)
    table._order = min(c.order for c in cells)  # type: ignore[attr-defined]
    return table
