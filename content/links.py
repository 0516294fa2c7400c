"""Check that every contact's web address still answers.

HEAD first (cheap), then GET when the server refuses HEAD or errors; redirects
are followed up to MAX_REDIRECTS; every request has a timeout; at most WORKERS
requests run at once. The outcome goes to Contact.link_status / link_ok /
link_error / link_checked_at for staff. A broken link is still shown to
visitors (it may be a temporary outage), and nothing here runs in a request.
"""
import logging
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from django.utils import timezone

from content.models import Contact

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


def check_all(timeout: float | None = None) -> dict:
    """Check every contact with a URL; returns {"checked": n, "ok": n, "broken": [slug...]}."""
    timeout = timeout or TIMEOUT
    contacts = list(Contact.objects.exclude(url="").values_list("pk", "slug", "url"))
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        results = list(pool.map(lambda row: check_url(row[2], timeout), contacts))
    broken = []
    now = timezone.now()
    for (pk, slug, url), result in zip(contacts, results):
        # update(): no history row and no index rebuild for a status check.
        Contact.objects.filter(pk=pk).update(
            link_status=result.status, link_ok=result.ok, link_error=result.error, link_checked_at=now
        )
        if not result.ok:
            broken.append(slug)
            log.warning("link check: %s (%s) is broken: %s", slug, url, result.error)
    return {"checked": len(contacts), "ok": len(contacts) - len(broken), "broken": broken}
