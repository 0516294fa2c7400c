"""Read each fiscal year's report from its source (a file path or an http(s) URL) and load it.

One ReportSource per fiscal year; staff add next year's in the admin. The source
is fetched with timeouts and a size cap; a PDF (as CBP publishes the report) has
its text extracted (content/pdf.py), other bytes are read as UTF-8 text. When the
sha256 equals the loaded Report's checksum nothing is loaded. Otherwise the text
goes to the loader (content.services.load_report_text), which loads it into the
Report of that fiscal year only, keeps staff edits, unpublishes rather than
deletes, refuses a report of another year, or one it cannot read whole, and runs
in one transaction. The outcome and, when refused or failed, the reason are
recorded on the source (refresh_status, refresh_message, refreshed_at).
"""
import hashlib
import logging
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

from django.conf import settings
from django.utils import timezone

from content.models import RefreshStatus, Report, ReportSource

log = logging.getLogger(__name__)

MAX_BYTES = 60 * 1024 * 1024  # CBP's report PDFs are a few MB (charts and photos); anything huge is wrong
TIMEOUT = 20  # seconds per connect/read
DEADLINE = 60  # seconds for the whole download (a trickling server is cut off)
USER_AGENT = "ipr-assistant-refresh/1.0"

Status = RefreshStatus


class FetchError(Exception):
    """The source could not be read; the message says why."""


def fetch(source: str, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES, deadline: float = DEADLINE) -> bytes:
    """The bytes at `source`: an http(s) URL, a file:// URL or a path (relative to the project)."""
    scheme = urlparse(source).scheme.lower()
    if scheme in ("http", "https"):
        return _fetch_url(source, timeout, max_bytes, deadline)
    if scheme == "file":
        return _read_file(Path(urlparse(source).path), max_bytes)
    if scheme and len(scheme) > 1:  # "c:" would be a Windows drive, not a scheme
        raise FetchError(f"unsupported source {scheme}:; use a file path or an http(s) URL")
    path = Path(source)
    return _read_file(path if path.is_absolute() else Path(settings.BASE_DIR) / path, max_bytes)


def _read_file(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise FetchError(f"{path} is {size} bytes, over the {max_bytes}-byte limit")
        return path.read_bytes()
    except FileNotFoundError:
        raise FetchError(f"{path} does not exist") from None
    except OSError as exc:
        raise FetchError(f"cannot read {path}: {exc.strerror or exc}") from None


def _fetch_url(url: str, timeout: float, max_bytes: int, deadline: float) -> bytes:
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    started = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (scheme checked)
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise FetchError(f"{url} is {length} bytes, over the {max_bytes}-byte limit")
            chunks, total = [], 0
            while chunk := response.read1(64 * 1024):  # what has arrived, so the deadline holds
                total += len(chunk)
                if total > max_bytes:
                    raise FetchError(f"{url} is over the {max_bytes}-byte limit")
                if time.monotonic() - started > deadline:
                    raise FetchError(f"{url} took over {deadline:g} s to download")
                chunks.append(chunk)
            if length and length.isdigit() and total < int(length):
                raise FetchError(f"{url} ended after {total} of {length} bytes")
            return b"".join(chunks)
    except urllib.error.HTTPError as exc:
        raise FetchError(f"{url} answered HTTP {exc.code}") from None
    except urllib.error.URLError as exc:
        raise FetchError(f"cannot reach {url}: {exc.reason}") from None
    except TimeoutError:
        raise FetchError(f"{url} timed out after {timeout:g} s") from None
    except OSError as exc:  # connection reset, incomplete read...
        raise FetchError(f"cannot read {url}: {exc}") from None


def refresh(source: ReportSource) -> str:
    """Refresh one fiscal year's report from its source; returns the status recorded on the source."""
    from content.services import ContentError, load_report_text

    try:
        data = fetch(source.url)
    except FetchError as exc:
        return _record(source, Status.FAILED, str(exc))
    checksum = hashlib.sha256(data).hexdigest()
    report = Report.objects.filter(fiscal_year=source.fiscal_year).first()
    if report is not None and checksum == report.checksum:
        return _record(source, Status.UNCHANGED, "")
    try:
        # Bytes: a PDF's text is extracted; other input must be UTF-8 report text.
        result = load_report_text(
            data, source=source.url, fiscal_year=source.fiscal_year, checksum=checksum, reason=f"refreshed from {source.url}"
        )
    except ContentError as exc:
        return _record(source, Status.REFUSED, str(exc))
    log.info("refreshed FY %s from %s: %s", source.fiscal_year, source.url, "; ".join(result.lines()))
    done = f"{'created' if result.created else 'loaded'} {result.report.title}: " + "; ".join(result.lines())
    return _record(source, Status.LOADED, done)


def _record(source: ReportSource, status: str, message: str) -> str:
    if status in (Status.FAILED, Status.REFUSED):
        log.warning("refresh of FY %s (%s) %s: %s", source.fiscal_year, source.url, status, message)
    # update(): the outcome is bookkeeping, not an edit worth a history row.
    fields = {"refresh_status": status, "refresh_message": message[:2000], "refreshed_at": timezone.now()}
    ReportSource.objects.filter(pk=source.pk).update(**fields)
    for name, value in fields.items():
        setattr(source, name, value)
    return status


def queue(source_ids: list[int]) -> str:
    """Refresh these report sources in the background; inline when the broker is down."""
    from content.tasks import refresh_source

    try:
        for source_id in source_ids:
            refresh_source.apply_async(args=[source_id], retry=True, retry_policy={"max_retries": 2, "interval_max": 0.5})
        return "queued"
    except Exception as exc:
        log.warning("refresh: broker unavailable (%s); refreshing inline", exc)
        for source in ReportSource.objects.filter(pk__in=source_ids):
            refresh(source)
        return "inline"
