"""Reads of the content for its pages and for other apps: published rows only.

Reports are per fiscal year; the newest loaded report is the default one.
"""
from dataclasses import dataclass, field

from django.db.models import Count, Prefetch, Q, QuerySet
from django.http import Http404
from django.utils.text import capfirst
from django.utils.translation import gettext, override, pgettext, pgettext_lazy

from content.models import FAQ, Audience, Contact, FAQSource, GlossaryTerm, Report, Section, Statistic
from content.parsing import ContactMention, contact_mentions
from content.translations import Glossary, Text
from ops.charts import Chart, figure_chart

# --- reports and sections ----------------------------------------------------


def reports() -> QuerySet[Report]:
    """Loaded reports with published sections, newest first, with their section counts."""
    return (
        Report.objects.annotate(published_sections=Count("sections", filter=Q(sections__published=True)))
        .filter(published_sections__gt=0)
        .order_by("-fiscal_year")
    )


def newest_report() -> Report | None:
    return reports().first()


def report(fiscal_year: int) -> Report:
    found = reports().filter(fiscal_year=fiscal_year).first()
    if found is None:
        raise Http404("No report for that fiscal year")
    return found


def sections(report: Report | None = None) -> QuerySet[Section]:
    rows = Section.objects.filter(published=True).select_related("report").order_by("-report__fiscal_year", "order")
    return rows.filter(report=report) if report else rows


def published_section(fiscal_year: int, slug: str) -> Section:
    section = (
        Section.objects.select_related("report")
        .prefetch_related(Prefetch("faqs", queryset=FAQ.objects.filter(published=True)))
        .filter(report__fiscal_year=fiscal_year, slug=slug, published=True)
        .first()
    )
    if section is None:
        raise Http404("No such report section")
    return section


def newest_section(slug: str) -> Section:
    """The newest report's section with this slug (older addresses had no year)."""
    section = sections().filter(slug=slug).first()
    if section is None:
        raise Http404("No such report section")
    return section


def other_years(section: Section) -> list[Section]:
    """The same section in the other reports, newest first."""
    return list(sections().filter(slug=section.slug).exclude(pk=section.pk))


def neighbours(section: Section) -> tuple[Section | None, Section | None]:
    """Previous and next published sections of the same report, for page navigation."""
    siblings = Section.objects.filter(report=section.report, published=True).select_related("report")
    before = siblings.filter(order__lt=section.order).order_by("-order").first()
    after = siblings.filter(order__gt=section.order).order_by("order").first()
    return before, after


def section_for(fiscal_year: int | None, slug: str) -> Section | None:
    """A published section by its report's year and slug (no year: the newest report's)."""
    rows = sections().filter(slug=slug)
    if fiscal_year:
        rows = rows.filter(report__fiscal_year=fiscal_year)
    return rows.first()


# --- statistics tables ----------------------------------------------------------


def glossary(language: str) -> Glossary:
    """Report names in `language`, as staff keep them (admin: Glossary terms)."""
    if language == "en":
        return Glossary("en")
    return Glossary(language, dict(GlossaryTerm.objects.values_list("english", "spanish")))


@dataclass
class Row:
    label: str
    cells: list[str]
    is_total: bool = False


@dataclass
class Table:
    """One table as the report prints it: rows, columns, printed figures, and its chart."""

    caption: str
    columns: list[str]
    rows: list[Row]
    notes: list[str] = field(default_factory=list)
    row_heading: str = "Item"
    extras: list[tuple[str, str]] = field(default_factory=list)  # one-figure lines printed under it
    chart: Chart | None = None
    order: int = 0


def table(table_slug: str, fiscal_year: int | None = None, report: Report | None = None) -> QuerySet[Statistic]:
    """One table's published cells (of one report when given), in printed order."""
    rows = Statistic.objects.filter(published=True, table_slug=table_slug)
    if fiscal_year:
        rows = rows.filter(fiscal_year=fiscal_year)
    if report is not None:
        rows = rows.filter(report=report)
    return rows.order_by("-report__fiscal_year", "-fiscal_year", "order", "measure")


def section_tables(section: Section, names: Glossary | None = None) -> list[Table]:
    """The section's tables, each as printed: the FY 2021 and FY 2020 versions of a
    table are two tables (so no row is empty where a year did not print it); a
    table printing several years keeps them as columns. `names` gives the report's
    table and row names in the page's language (English when not given)."""
    names = names or Glossary("en")
    # pk breaks ties in printed order: the cells of one printed row were created left to right.
    cells = list(Statistic.objects.filter(section=section, published=True).order_by("table_slug", "order", "-fiscal_year", "pk"))
    printed: dict[tuple[str, str], list[Statistic]] = {}
    for cell in cells:
        printed.setdefault((cell.table_slug, cell.table), []).append(cell)
    tables = [_pivot(group, names) for group in printed.values()]
    return sorted(tables, key=lambda t: t.order)


# Column and row headings the pages write (the report's own names go through the
# glossary). Not the model's choices: the answering layer reads those as English words.
_MEASURES = {
    "seizure_lines": pgettext_lazy("table column", "Seizure lines"),
    "seizures": pgettext_lazy("table column", "Seizures"),
    "msrp": pgettext_lazy("table column", "MSRP (USD)"),
    "percentage": pgettext_lazy("table column", "Percentage"),
    "quantity": pgettext_lazy("table column", "Quantity"),
    "count": pgettext_lazy("table column", "Count"),
}
_CATEGORIES = {
    "product": pgettext_lazy("table rows", "Product"),
    "economy": pgettext_lazy("table rows", "Economy (trading partner)"),
    "transport_mode": pgettext_lazy("table rows", "Mode of transport"),
    "commodity": pgettext_lazy("table rows", "Health, safety and security commodity"),
    "center": pgettext_lazy("table rows", "Center of Excellence and Expertise"),
    "source_country": pgettext_lazy("table rows", "Source country"),
    "covid_product": pgettext_lazy("table rows", "COVID-19 product"),
    "allegation": pgettext_lazy("table rows", "e-Allegations"),
}


def _fy(year: int, language: str) -> str:
    """ "FY 2021" in `language` (a name left in English keeps an English year)."""
    with override(language):
        return pgettext("fiscal year", "FY %(year)s") % {"year": year}


def _pivot(cells: list[Statistic], names: Glossary) -> Table:
    years = sorted({c.fiscal_year for c in cells}, reverse=True)
    labels: dict[str, tuple[int, int]] = {}  # label -> (printed row, first cell), for the row order
    for c in cells:
        labels[c.label] = min(labels.get(c.label, (c.order, c.pk)), (c.order, c.pk))
    # A label printed with a measure no other row has (the MSRP table's closing
    # "Number of Seizure Lines 102,490") is a line under the table, not a row.
    measures_of: dict[str, set[str]] = {}
    for c in cells:
        measures_of.setdefault(c.label, set()).add(c.measure)
    extra_labels = {label for label in measures_of if len(measures_of) > 1 and not _shared(label, measures_of)}
    row_measures = set().union(*(m for label, m in measures_of.items() if label not in extra_labels))
    measures: list[str] = []
    for c in sorted(cells, key=lambda c: (c.order, c.pk)):
        if c.measure in row_measures and c.measure not in measures:
            measures.append(c.measure)
    present = {(c.fiscal_year, c.measure) for c in cells if c.measure in row_measures}
    columns = [(y, m) for y in years for m in measures if (y, m) in present]

    def heading(year: int, measure: str) -> str:
        if len(years) == 1:
            return str(_MEASURES.get(measure, measure))
        if len(measures) == 1:
            return capfirst(_fy(year, names.language))
        return pgettext("table column", "%(year)s %(measure)s") % {
            "year": _fy(year, names.language), "measure": _MEASURES.get(measure, measure)}

    lookup = {(c.label, c.fiscal_year, c.measure): c for c in cells}
    rows, extras = [], []
    for label in sorted(labels, key=lambda name: labels[name]):
        if label in extra_labels:
            extras += [(names(label), c.printed) for c in cells if c.label == label]
            continue
        row_cells = [lookup[(label, y, m)].printed if (label, y, m) in lookup else "" for y, m in columns]
        total = any(c.is_total for c in cells if c.label == label)
        rows.append(Row(label=names(label), cells=row_cells, is_total=total))
    name = names(cells[0].table)
    caption = name
    if len(years) == 1 and str(years[0]) not in cells[0].table:
        # The year in the caption's own language, so an English name reads "..., FY 2021" throughout.
        caption = Text(f"{name}, {_fy(years[0], name.language)}", name.language)
    notes = sorted({c.note.strip() for c in cells if c.note.strip()})  # the report's words, in English
    categories = {c.category for c in cells}
    item = pgettext("table rows", "Item")
    row_heading = str(_CATEGORIES.get(categories.pop(), item)) if len(categories) == 1 else item
    out = Table(
        caption=caption, columns=[heading(y, m) for y, m in columns], rows=rows, notes=notes,
        row_heading=row_heading, extras=extras, order=min(c.order for c in cells),
    )
    out.chart = _chart(cells, caption, measures, years, names)
    return out


def _shared(label: str, measures_of: dict[str, set[str]]) -> bool:
    """Whether some other label has one of this label's measures."""
    return any(measures_of[label] & m for other, m in measures_of.items() if other != label)


def _chart(cells: list[Statistic], caption: str, measures: list[str], years: list[int], names: Glossary) -> Chart | None:
    """The table's main figure as a chart: its first measure that is not a share,
    for the newest year, row by row; a table of one row (or two, such as "IPR
    e-Allegations" and "Total e-Allegations") over several years, year by year."""
    measure = next((m for m in measures if m != "percentage"), measures[0] if measures else None)
    if measure is None:
        return None
    rows = [c for c in cells if c.measure == measure and not c.is_total]
    labels = list(dict.fromkeys(c.label for c in sorted(rows, key=lambda c: (c.order, c.pk))))
    word = _MEASURES.get(measure, measure)
    if len(years) > 2 and len(labels) <= 2 and labels:
        first = labels[0]
        points = [(c.fiscal_year, float(c.value), c.printed) for c in rows if c.label == first]
        return figure_chart(points, gettext("%(name)s by fiscal year") % {"name": names(first)})
    newest = years[0]
    points = [(names(c.label), float(c.value), c.printed) for c in sorted(rows, key=lambda c: (c.order, c.pk)) if c.fiscal_year == newest]
    if len(points) < 2:
        return None
    title = f"{caption}: {word}" + ("" if str(newest) in caption else f", {_fy(newest, names.language)}")
    return figure_chart(points, title)


# --- FAQs and contacts -------------------------------------------------------------


def faqs() -> QuerySet[FAQ]:
    return FAQ.objects.filter(published=True).prefetch_related("contacts", "sources")


def published_faq(pk: int) -> FAQ:
    faq = (
        FAQ.objects.select_related("section__report")
        .prefetch_related(
            Prefetch("contacts", queryset=Contact.objects.filter(published=True)),
            Prefetch("sources", queryset=FAQSource.objects.order_by("order", "pk")),
        )
        .filter(pk=pk, published=True)
        .first()
    )
    if faq is None:
        raise Http404("No such FAQ")
    return faq


def faqs_by_audience() -> list[tuple[str, list[FAQ]]]:
    """Published FAQs grouped for the index page: consumers, businesses, everyone."""
    groups: dict[str, list[FAQ]] = {value: [] for value in Audience.values}
    for faq in FAQ.objects.filter(published=True):
        groups.setdefault(faq.audience, []).append(faq)
    headings = {
        Audience.CONSUMER: gettext("For shoppers and consumers"),
        Audience.BUSINESS: gettext("For businesses and rights holders"),
        Audience.BOTH: gettext("For everyone"),
    }
    return [(headings[Audience(key)], items) for key, items in groups.items() if items]


def contacts() -> QuerySet[Contact]:
    return Contact.objects.filter(published=True)


def points_of_contact(report: Report | None = None) -> list[ContactMention]:
    """The channels the (newest) report's "CBP IPR Points of Contact" page names."""
    report = report or newest_report()
    found = sections(report).filter(title="CBP IPR Points of Contact").first() if report else None
    return contact_mentions(found.body) if found else []


def uncovered_channels(mentions: list[ContactMention], rows: list[Contact]) -> list[str]:
    """Addresses (e-mail, URL, phone) named in the report that no contact carries."""
    have = {v.strip().lower().rstrip("/") for c in rows for v in (c.url, c.email, c.phone) if v}
    missing = []
    for m in mentions:
        for value in m.emails + m.urls + m.phones:
            if value.lower().rstrip("/") not in have:
                missing.append(f"{m.name}: {value}")
    return missing
