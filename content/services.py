"""Writes to content: loading the report, FAQs, contacts and synonyms.

Rules for every loader (docs/content.md):
- idempotent: a second run with the same input saves nothing (no history rows);
- a row a staff member edited (Loaded.edited_by_staff) is kept as it is;
- a row that disappears from the source is unpublished, never deleted;
- bad input raises ContentError with the reason, before anything is written.
"""
import hashlib
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from content.loaders import Counts, staff_touched, unpublish_missing, upsert, writing
from content.models import FAQ, FAQSuggestion, Report, ReportSource, Section, Statistic
from content.parsing import ParsedReport, parse_report, slugify
from content.parsing.layout import REQUIRED_PAGES, REQUIRED_TABLES, TABLES
from content.parsing.tables import table_name
from content.pdf import report_text
from content.reading import REPORT_FILES, ContentError, check_text

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
# Parse warnings that mean a table was found but not read whole.
UNREAD = re.compile(r"has no rows|has a label with no figures|no fiscal year for table|has no total row|far off the printed total")


@dataclass
class LoadResult:
    report: Report
    sections: Counts = field(default_factory=Counts)
    statistics: Counts = field(default_factory=Counts)
    warnings: list[str] = field(default_factory=list)
    created: bool = False

    @property
    def changed(self) -> bool:
        return self.sections.changed or self.statistics.changed

    def lines(self) -> list[str]:
        return [f"sections: {self.sections}", f"statistics: {self.statistics}"]


def checksum_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _shapes(report: Report) -> tuple[int, int]:
    """Published loader-made sections and printed tables of a loaded report."""
    sections = report.sections.filter(published=True).exclude(origin_hash="").count()
    tables = report.statistics.filter(published=True).order_by().values("table_slug", "fiscal_year", "table").distinct().count()
    return sections, tables


def read_whole_problems(parsed: ParsedReport) -> list[str]:
    """Why the parser did not read this report whole ([] when it did).

    Every annual report prints its Executive Summary first and its Points of
    Contact last, and the main statistics tables for its own year; a table the
    parser found must have rows with all their figures.
    """
    problems = []
    titles = {s.title for s in parsed.sections}
    for page in REQUIRED_PAGES:
        if page not in titles:
            problems.append(f"no {page!r} page")
    have = {c.table_slug for c in parsed.statistics if c.fiscal_year == parsed.fiscal_year}
    names = {spec.slug: table_name(spec, parsed.fiscal_year) for spec in TABLES}
    for slug in REQUIRED_TABLES:
        if slug not in have:
            problems.append(f"no {names.get(slug, slug)!r} table")
    problems += [w for w in parsed.warnings if UNREAD.search(w)]
    return problems


def parse_checked(
    text: str, report: Report | None = None, parsed: ParsedReport | None = None, reference: Report | None = None
) -> ParsedReport:
    """Parse, and refuse results that look like a wrong, truncated or half-read file.

    `report` is the loaded report of the same year (a refresh must not shrink it);
    `reference` the newest other report (a new year must look like a whole report).
    """
    parsed = parsed or parse_report(text)
    if not parsed.sections:
        raise ContentError("no report sections were found: this does not look like the IPR seizure statistics report")
    problems = read_whole_problems(parsed)
    if problems:
        raise ContentError(
            f"the FY {parsed.fiscal_year} report could not be read whole ({'; '.join(problems[:5])}): "
            "the file looks truncated or its tables did not extract, so nothing was changed"
        )
    got_tables = len({(c.table_slug, c.fiscal_year, c.table) for c in parsed.statistics})
    for loaded, what in ((report, "loaded"), (reference, f"in the FY {reference.fiscal_year} report" if reference else "")):
        if loaded is None:
            continue
        have_sections, have_tables = _shapes(loaded)
        if len(parsed.sections) < MIN_SHARE * have_sections:
            raise ContentError(
                f"only {len(parsed.sections)} sections found where {have_sections} are {what}: "
                "the file looks truncated, so nothing was changed"
            )
        if got_tables < MIN_SHARE * have_tables:
            raise ContentError(
                f"only {got_tables} tables found where {have_tables} are {what}: "
                "the file looks truncated, so nothing was changed"
            )
    return parsed


def load_report_text(
    text: str | bytes,
    source: str,
    *,
    fiscal_year: int | None = None,
    report_slug: str = "",
    checksum: str = "",
    data: bytes | None = None,
    reason: str = "",
) -> LoadResult:
    """Load one report's text (or its PDF or text bytes) into the Report of its fiscal year.

    Raises ContentError (nothing written) when refused: unreadable input, a report
    of another year than `fiscal_year` (when given), or one the parser cannot read
    whole. Other reports are never changed. `source` is recorded on the Report;
    `checksum` defaults to the SHA-256 of the source bytes or of the UTF-8 text;
    `reason` goes into the history of every row written (with the loader as user).
    """
    if isinstance(text, bytes):
        data, text = text, report_text(text, name=source or "the report")
    else:
        check_text(text, name=source or "the report")
    checksum = checksum or checksum_of(data if data is not None else text.encode("utf-8"))
    parsed = parse_report(text)
    year = parsed.fiscal_year
    if fiscal_year and year != fiscal_year:
        raise ContentError(
            f"{source or 'the source'} is the FY {year} report, not FY {fiscal_year}: nothing was changed"
            if year else f"{source or 'the source'} names no fiscal year: nothing was changed"
        )
    existing = Report.objects.filter(fiscal_year=year).first()
    if report_slug:
        named = Report.objects.filter(slug=report_slug).first()
        if named is not None and named.fiscal_year != year:
            raise ContentError(f"report {report_slug!r} is the FY {named.fiscal_year} report; this text is FY {year}")
    reference = Report.objects.exclude(fiscal_year=year).order_by("-fiscal_year").first()
    parsed = parse_checked(text, existing, parsed, reference)
    with writing(reason or f"loaded from {source}"), transaction.atomic():
        report, created = Report.objects.get_or_create(
            fiscal_year=year,
            defaults={"title": parsed.title, "slug": report_slug or f"ipr-seizure-statistics-fy{year}", "source": source},
        )
        result = LoadResult(report=report, warnings=list(parsed.warnings), created=created)
        _load_sections(report, parsed, result)
        _load_statistics(report, parsed, result)
        if created or result.changed or report.checksum != checksum or report.source != source:
            report.checksum = checksum
            report.source = source
            report.loaded_at = timezone.now()
            report.save()
    return result


def load_report_file(path: str | Path, *, report_slug: str = "", fiscal_year: int | None = None) -> LoadResult:
    """Load a report from a text or PDF file."""
    path = Path(path)
    if not path.is_file():
        raise ContentError(f"{path}: no such file")
    data = path.read_bytes()
    return load_report_text(data, source_path(path), report_slug=report_slug, fiscal_year=fiscal_year, data=data)


def _load_sections(report: Report, parsed: ParsedReport, result: LoadResult) -> None:
    keep, touched = set(), staff_touched(Section)
    for s in parsed.sections:
        keep.add(s.slug)
        outcome = upsert(
            Section,
            {"report": report, "slug": s.slug},
            loaded={
                "title": s.title,
                "body": s.body,
                "page_headings": s.page_headings,
                "footnotes": s.footnotes,
                "audience": s.audience,
            },
            other={"order": s.order},
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


def shipped_reports(data_dir: str | Path = DATA_DIR) -> list[tuple[int, Path]]:
    """The report files shipped in `data_dir`, oldest fiscal year first."""
    found = []
    for path in Path(data_dir).iterdir():
        match = REPORT_FILES.match(path.name)
        if match:
            found.append((int(match.group(1)), path))
    return sorted(found)


def source_path(path: Path) -> str:
    """A shipped file as a source: relative to the project when inside it (the same on every machine)."""
    try:
        return str(path.resolve().relative_to(Path(settings.BASE_DIR).resolve()))
    except ValueError:
        return str(path)


def load_content_dir(data_dir: str | Path = DATA_DIR, log=lambda line: None) -> dict:
    """Everything shipped: the reports (oldest first), then contacts, FAQs, synonyms and examples when present.

    The files are checked first (content.checks); an error refuses the load before
    anything is written, a warning is printed.
    """
    from content.checks import check_data_dir
    from content.loaders import load_contacts, load_examples, load_faqs, load_glossary, load_synonyms

    data_dir = Path(data_dir)
    problems = check_data_dir(data_dir)
    refuse_errors(problems)
    for problem in problems:
        log(f"  warning: {problem}")
    out: dict = {}
    reports = shipped_reports(data_dir)
    if not reports:
        raise ContentError(f"{data_dir}: no report file (cbp-ipr-seizure-statistics-fy<year>.txt or .pdf)")
    for year, path in reports:
        data = path.read_bytes()
        result = load_report_text(data, source_path(path), fiscal_year=year, data=data)
        # A shipped report is refreshed from its file until staff point it elsewhere.
        ReportSource.objects.get_or_create(fiscal_year=year, defaults={"url": source_path(path)})
        out["report"] = result
        out.setdefault("reports", {})[year] = result
        log(f"report FY {year}:")
        for line in result.lines():
            log(line)
    loaders = (
        ("contacts", load_contacts), ("faqs", load_faqs), ("synonyms", load_synonyms),
        ("synonyms_es", lambda path: load_synonyms(path, "es")), ("examples", load_examples), ("glossary", load_glossary),
    )
    for name, loader in loaders:
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


def refuse_errors(problems) -> None:
    errors = [p for p in problems if p.is_error]
    if errors:
        more = f" (and {len(errors) - 10} more)" if len(errors) > 10 else ""
        raise ContentError("content files have errors: " + "; ".join(str(p) for p in errors[:10]) + more)


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


def mark_out_of_scope(suggestion: FAQSuggestion) -> int:
    """The suggestion's questions become out-of-scope examples (content.Example); safe to run twice.

    Returns how many examples were added.
    """
    from content.models import Example

    texts = [suggestion.question] + [e for e in suggestion.examples if isinstance(e, str)]
    added = 0
    with transaction.atomic():
        for text in dict.fromkeys(t.strip()[:500] for t in texts if t and t.strip()):
            _, created = Example.objects.get_or_create(
                text=text, language="en", defaults={"kind": Example.Kind.OUT_OF_SCOPE, "note": "from the unanswered queue"}
            )
            added += created
        suggestion.status = FAQSuggestion.Status.DISMISSED
        suggestion.save(update_fields=["status"])
    return added
