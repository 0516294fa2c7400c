"""Reads of the content: published sections, tables, FAQs and contacts."""
from django.db.models import QuerySet

from content.models import FAQ, Contact, Report, Section, Statistic
from content.parsing import ContactMention, contact_mentions


def sections(report: Report | None = None) -> QuerySet[Section]:
    rows = Section.objects.filter(published=True).select_related("report")
    return rows.filter(report=report) if report else rows


def section(slug: str) -> Section | None:
    return sections().filter(slug=slug).first()


def table(table_slug: str, fiscal_year: int | None = None) -> QuerySet[Statistic]:
    """One table's published cells, in printed order."""
    rows = Statistic.objects.filter(published=True, table_slug=table_slug)
    if fiscal_year:
        rows = rows.filter(fiscal_year=fiscal_year)
    return rows.order_by("-fiscal_year", "order", "measure")


def tables_of(section: Section) -> dict[str, list[Statistic]]:
    """The section's tables by printed name, cells in printed order (for rendering)."""
    out: dict[str, list[Statistic]] = {}
    for cell in section.statistics.filter(published=True).order_by("table_slug", "-fiscal_year", "order", "pk"):
        out.setdefault(cell.table, []).append(cell)
    return out


def faqs() -> QuerySet[FAQ]:
    return FAQ.objects.filter(published=True).prefetch_related("contacts")


def contacts() -> QuerySet[Contact]:
    return Contact.objects.filter(published=True)


def points_of_contact(report: Report | None = None) -> list[ContactMention]:
    """The channels the report's "CBP IPR Points of Contact" page names."""
    found = sections(report).filter(title="CBP IPR Points of Contact").first()
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
