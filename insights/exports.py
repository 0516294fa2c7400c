"""CSV exports of the dashboard data, safe to open in a spreadsheet."""
import csv
from collections.abc import Iterable

from django.http import HttpResponse

from insights import selectors
from insights.selectors import Period

# A cell starting with one of these is run as a formula by spreadsheets.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """Text that a spreadsheet would evaluate gets a leading apostrophe; numbers pass."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _csv(name: str, header: list[str], rows: Iterable) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    writer = csv.writer(response)  # quotes commas, quotes and line breaks
    writer.writerow(header)
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])
    return response


def counts_csv(period: Period) -> HttpResponse:
    rows = ((day.isoformat(), metric, key, count) for day, metric, key, count in selectors.export_rows(period))
    return _csv(f"ipr-daily-counts-{period.start}-to-{period.end}.csv", ["day", "metric", "key", "count"], rows)


def questions_csv(period: Period) -> HttpResponse:
    """The 100 most asked questions and fallbacks, each with the language it was asked in."""
    rows = [("top", q, n, lang) for q, n, lang in selectors.top_questions_with_language(period)]
    rows += [("fallback", q, n, lang) for q, n, lang in selectors.top_questions_with_language(period, fallback_only=True)]
    return _csv(f"ipr-top-questions-{period.start}-to-{period.end}.csv", ["list", "question", "count", "language"], rows)
