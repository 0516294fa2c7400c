"""Check that every contact's web address and every FAQ source still answers.

HEAD first (cheap), then GET when the server refuses HEAD or errors; redirects
are followed up to MAX_REDIRECTS; every request has a timeout; at most WORKERS
requests run at once, and an address several rows share is requested once. A
source on this site (/report/2021/executive-summary/) is checked without HTTP:
the page must resolve to a published report section, report or FAQ. The outcome
goes to link_status / link_ok / link_error / link_checked_at of each Contact and
FAQSource, for staff (the FAQ admin filters FAQs with a broken source). A broken
link is still shown to visitors (it may be a temporary outage), and nothing here
runs in a request.
"""
import logging
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from django.urls import Resolver404, resolve
from django.utils import timezone

from content.models import FAQ, Contact, FAQSource, Report, Section

log = logging.getLogger(__name__)

TIMEOUT = 10  # seconds per connect/read
MAX_REDIRECTS = 5
WORKERS = 4
USER_AGENT = "ipr-assistant-linkcheck/1.0"
# Servers that reject HEAD with these get a GET.
HEAD_REFUSED = {400, 403, 404, 405, 429, 500, 501, 502, 503}


@dataclass(frozen=True)
class Result:
    ok: bool
    status: int | None  # last HTTP status seen, None when there was no answer
    error: str  # empty when ok


class _Redirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS
    max_repeats = 2

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        new = super().redirect_request(req, fp, code, msg, headers, newurl)
        if new is not None:
            new.method = req.get_method()  # keep HEAD as HEAD across redirects
        return new


_opener = urllib.request.build_opener(_Redirects)


def _request(url: str, method: str, timeout: float) -> int:
    request = urllib.request.Request(url, method=method, headers={"User-Agent": USER_AGENT})
    with _opener.open(request, timeout=timeout) as response:  # noqa: S310 (scheme checked)
        if method == "GET":
            response.read(1024)  # enough to know it answers; never the whole page
        return response.status


def check_url(url: str, timeout: float = TIMEOUT) -> Result:
    if not url.lower().startswith(("http://", "https://")):
        return Result(False, None, "not an http(s) address")
    status = None
    for method in ("HEAD", "GET"):
        try:
            status = _request(url, method, timeout)
            return Result(200 <= status < 400, status, "" if status < 400 else f"HTTP {status}")
        except urllib.error.HTTPError as exc:
            status, error = exc.code, f"HTTP {exc.code}"
            if exc.code in (301, 302, 303, 307, 308):
                error = f"more than {MAX_REDIRECTS} redirects"
            elif method == "HEAD" and exc.code in HEAD_REFUSED:
                continue
            return Result(False, status, error)
        except urllib.error.URLError as exc:
            reason = exc.reason
            error = f"timed out after {timeout:g} s" if isinstance(reason, TimeoutError) else f"cannot connect: {reason}"
            return Result(False, None, error[:300])
        except TimeoutError:
            return Result(False, None, f"timed out after {timeout:g} s")
        except Exception as exc:  # connection reset, bad status line, ...
            if method == "HEAD":
                continue
            return Result(False, status, f"{type(exc).__name__}: {exc}"[:300])
    return Result(False, status, f"HTTP {status}" if status else "no answer")


def check_site_path(path: str) -> Result:
    """A page of this site, checked by what it shows rather than by HTTP."""
    try:
        match = resolve(path.split("?")[0].split("#")[0])
    except Resolver404:
        return Result(False, 404, "no such page on this site")
    kwargs = match.kwargs
    if match.url_name == "section":
        found = Section.objects.filter(report__fiscal_year=kwargs["fiscal_year"], slug=kwargs["slug"], published=True).exists()
    elif match.url_name == "section-newest":
        found = Section.objects.filter(slug=kwargs["slug"], published=True).exists()
    elif match.url_name == "report":
        found = Report.objects.filter(fiscal_year=kwargs["fiscal_year"], sections__published=True).exists()
    elif match.url_name == "faq":
        found = FAQ.objects.filter(pk=kwargs["pk"], published=True).exists()
    else:
        found = True
    return Result(True, 200, "") if found else Result(False, 404, "the page this names is not published")


def check_address(url: str, timeout: float = TIMEOUT) -> Result:
    return check_site_path(url) if url.startswith("/") and not url.startswith("//") else check_url(url, timeout)


def check_all(timeout: float | None = None) -> dict:
    """Check every contact with a URL and every FAQ source.

    Returns {"checked": n, "ok": n, "broken": [contact slug...], "sources": {"checked": n,
    "ok": n, "broken": [url...]}} (contacts at the top, as before sources were checked).
    """
    timeout = timeout or TIMEOUT
    contacts = list(Contact.objects.exclude(url="").values_list("pk", "slug", "url"))
    sources = list(FAQSource.objects.values_list("pk", "url"))
    urls = sorted({url for _, _, url in contacts} | {url for _, url in sources})
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        results = dict(zip(urls, pool.map(lambda url: check_address(url, timeout), urls)))
    now = timezone.now()
    broken = []
    for pk, slug, url in contacts:
        result = results[url]
        # update(): no history row and no index rebuild for a status check.
        Contact.objects.filter(pk=pk).update(
            link_status=result.status, link_ok=result.ok, link_error=result.error, link_checked_at=now
        )
        if not result.ok:
            broken.append(slug)
            log.warning("link check: %s (%s) is broken: %s", slug, url, result.error)
    broken_sources = []
    for url in sorted({url for _, url in sources}):
        result = results[url]
        FAQSource.objects.filter(url=url).update(
            link_status=result.status, link_ok=result.ok, link_error=result.error, link_checked_at=now
        )
        if not result.ok:
            broken_sources.append(url)
            log.warning("link check: FAQ source %s is broken: %s", url, result.error)
    checked_sources = len({url for _, url in sources})
    return {
        "checked": len(contacts),
        "ok": len(contacts) - len(broken),
        "broken": broken,
        "sources": {"checked": checked_sources, "ok": checked_sources - len(broken_sources), "broken": broken_sources},
    }
