"""Writes to content: loading the report, FAQs, contacts and synonyms.

Rules for every loader (docs/content.md):
- idempotent: a second run with the same input saves nothing (no history rows);
- a row a staff member edited (Loaded.edited_by_staff) is kept as it is;
- a row that disappears from the source is unpublished, never deleted;
- bad input raises ContentError with the reason, before anything is written.
"""
import hashlib
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from content.loaders import ContentError, Counts, check_text, decode, staff_touched, unpublish_missing, upsert
from content.models import FAQ, FAQSuggestion, Report, Section, Statistic
from content.parsing import ParsedReport, parse_report, slugify

__all__ = [
    "ContentError",
    "LoadResult",
    "load_report_text",
    "load_report_file",
    "load_content_dir",
    "create_faq_from_suggestion",
]

MIN_SHARE = 0.5  # refuse a source with fewer than half the sections or tables loaded now
DATA_DIR = Path(__file__).resolve().parent / "data"
REPORT_FILE = "cbp-ipr-seizure-statistics-fy2021.txt"


@dataclass
class LoadResult:
    report: Report
    sections: Counts = field(default_factory=Counts)
    statistics: Counts = field(default_factory=Counts)
    warnings: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return self.sections.changed or self.statistics.changed

    def lines(self) -> list[str]:
        return [f"sections: {self.sections}", f"statistics: {self.statistics}"]


def checksum_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def parse_checked(text: str, report: Report | None = None, parsed: ParsedReport | None = None) -> ParsedReport:
    """Parse, and refuse results that look like a wrong or truncated file."""
    parsed = parsed or parse_report(text)
    if not parsed.sections:
        raise ContentError("no report sections were found: this does not look like the IPR seizure statistics report")
    if report is not None:
        have_sections = report.sections.filter(published=True).exclude(origin_hash="").count()
        have_tables = (
            report.statistics.filter(published=True).order_by().values("table_slug", "fiscal_year", "table").distinct().count()
        )
        got_tables = len({(c.table_slug, c.fiscal_year, c.table) for c in parsed.statistics})
        if len(parsed.sections) < MIN_SHARE * have_sections:
            raise ContentError(
                f"only {len(parsed.sections)} sections found where {have_sections} are loaded: "
                "the file looks truncated, so nothing was changed"
            )
        if got_tables < MIN_SHARE * have_tables:
            raise ContentError(
                f"only {got_tables} tables found where {have_tables} are loaded: "
                "the file looks truncated, so nothing was changed"
            )
    return parsed


def load_report_text(
    text: str, source: str, *, report_slug: str = "", checksum: str = "", data: bytes | None = None
) -> LoadResult:
    """Load one report's text. Raises ContentError (nothing written) when refused.

    `source` is recorded on the Report (a path or URL); `checksum` defaults to the
    SHA-256 of `data` (the source bytes) or of the UTF-8 text.
    """
    if isinstance(text, bytes):
        data, text = text, decode(text, name=source or "the report")
    else:
        check_text(text, name=source or "the report")
    checksum = checksum or checksum_of(data if data is not None else text.encode("utf-8"))
    parsed = parse_report(text)
    report_slug = report_slug or f"ipr-seizure-statistics-fy{parsed.fiscal_year}"
    parsed = parse_checked(text, Report.objects.filter(slug=report_slug).first(), parsed)
    with transaction.atomic():
        report, created = Report.objects.get_or_create(
            slug=report_slug,
            defaults={"title": parsed.title, "fiscal_year": parsed.fiscal_year, "source": source},
        )
        result = LoadResult(report=report, warnings=list(parsed.warnings))
        _load_sections(report, parsed, result)
        _load_statistics(report, parsed, result)
        if created or result.changed or report.checksum != checksum or report.source != source:
            report.checksum = checksum
            report.source = source
            report.loaded_at = timezone.now()
            report.save()
    return result


def load_report_file(path: str | Path, *, report_slug: str = "") -> LoadResult:
    path = Path(path)
    if not path.is_file():
        raise ContentError(f"{path}: no such file")
    data = path.read_bytes()
    text = decode(data, name=str(path))
    return load_report_text(text, str(path), report_slug=report_slug, data=data)


def _load_sections(report: Report, parsed: ParsedReport, result: LoadResult) -> None:
    keep, touched = set(), staff_touched(Section)
    for s in parsed.sections:
        keep.add(s.slug)
        outcome = upsert(
            Section,
            {"slug": s.slug},
            loaded={
                "title": s.title,
                "body": s.body,
                "page_headings": s.page_headings,
                "footnotes": s.footnotes,
                "audience": s.audience,
            },
            other={"report": report, "order": s.order},
            touched=touched,
        )
        result.sections.add(outcome)
    result.sections.unpublished += unpublish_missing(
        Section.objects.filter(report=report), "slug", keep, result.sections, touched
    )


def _load_statistics(report: Report, parsed: ParsedReport, result: LoadResult) -> None:
    sections = dict(Section.objects.filter(report=report).values_list("slug", "id"))
    keep, touched = set(), staff_touched(Statistic)
    for c in parsed.statistics:
        key = (c.table_slug, c.fiscal_year, c.label, c.measure)
        if key in keep:
            result.warnings.append(f"duplicate cell {key} skipped")
            continue
        keep.add(key)
        outcome = upsert(
            Statistic,
            {"report": report, "table_slug": c.table_slug, "fiscal_year": c.fiscal_year, "label": c.label, "measure": c.measure},
            loaded={"value": Decimal(c.value).quantize(Decimal("0.0001")), "printed": c.printed, "label": c.label},
            other={
                "table": c.table,
                "category": c.category,
                "is_total": c.is_total,
                "order": c.order,
                "note": c.note,
                "section_id": sections.get(c.section),
            },
            touched=touched,
        )
        result.statistics.add(outcome)
    rows = Statistic.objects.filter(report=report)
    result.statistics.unpublished += unpublish_missing(
        rows, ("table_slug", "fiscal_year", "label", "measure"), keep, result.statistics, touched
    )


def load_content_dir(data_dir: str | Path = DATA_DIR, log=lambda line: None) -> dict:
    """Everything shipped: the report, then contacts, FAQs and synonyms when present."""
    from content.loaders import load_contacts, load_faqs, load_synonyms

    data_dir = Path(data_dir)
    out: dict = {}
    report = load_report_file(data_dir / REPORT_FILE)
    out["report"] = report
    for line in report.lines():
        log(line)
    for name, loader in (("contacts", load_contacts), ("faqs", load_faqs), ("synonyms", load_synonyms)):
        path = data_dir / f"{name}.json"
        if not path.is_file():
            log(f"{name}: {path.name} not found, skipped")
            continue
        counts, warnings = loader(path)
        out[name] = counts
        log(f"{name}: {counts}")
        for w in warnings:
            log(f"  warning: {w}")
    return out


def create_faq_from_suggestion(suggestion: FAQSuggestion) -> FAQ:
    """An unpublished draft FAQ from a suggestion; safe to run twice (returns the same FAQ)."""
    if suggestion.faq_id:
        return suggestion.faq
    with transaction.atomic():
        base = slugify(suggestion.question)[:100] or "suggested-question"
        key, n = base, 2
        while FAQ.objects.filter(key=key).exists():
            key, n = f"{base}-{n}", n + 1
        examples = [e for e in suggestion.examples if isinstance(e, str) and e.strip() and e != suggestion.question]
        faq = FAQ.objects.create(
            key=key,
            question=suggestion.question[:300],
            answer="",
            alternate_phrasings="\n".join(examples[:8]),
            published=False,
        )
        suggestion.faq = faq
        suggestion.status = FAQSuggestion.Status.DONE
        suggestion.save(update_fields=["faq", "status"])
    return faq
