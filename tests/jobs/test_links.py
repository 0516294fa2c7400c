"""The link checker against a local HTTP server: 200, 301 -> 200, 404, 500, a hang.

Base cases per status, then check_all(): results recorded on each contact, a
broken link stays visible to visitors, at most WORKERS requests at once.
"""
import threading
import time

import pytest

from content import links
from content.models import FAQ, Contact, FAQSource
from content.tasks import check_links


@pytest.fixture
def site(http_server):
    busy = http_server.slow_busy = {"lock": threading.Lock(), "now": 0, "peak": 0}

    def hang(handler):
        time.sleep(3)

    def slow(handler):
        # Counted here, not by the server: its own count ends after the response is
        # sent, when the client may already have started its next request.
        with busy["lock"]:
            busy["now"] += 1
            busy["peak"] = max(busy["peak"], busy["now"])
        time.sleep(0.3)
        with busy["lock"]:
            busy["now"] -= 1
        handler.send_response(200)
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    http_server.routes.update(
        {
            "/ok": (200, {}, b"fine"),
            "/moved": (301, {"Location": "/ok"}, b""),
            "/loop": (302, {"Location": "/loop2"}, b""),
            "/loop2": (302, {"Location": "/loop"}, b""),
            "/gone": (404, {}, b"not here"),
            "/broken": (500, {}, b"oops"),
            "/hang": (200, {}, hang),
            "/slow": (200, {}, slow),
        }
    )
    return http_server


def test_it_accepts_a_200(site):
    assert links.check_url(site.url + "/ok") == links.Result(True, 200, "")
    assert site.hits == [("HEAD", "/ok")]  # HEAD was enough


def test_it_follows_a_redirect(site):
    assert links.check_url(site.url + "/moved") == links.Result(True, 200, "")
    assert [path for _, path in site.hits] == ["/moved", "/ok"]


def test_it_stops_following_redirect_loops(site):
    result = links.check_url(site.url + "/loop")
    assert not result.ok and "redirect" in result.error
    assert len(site.hits) <= 2 * (links.MAX_REDIRECTS + 2)


def test_it_reports_a_404_after_trying_get(site):
    assert links.check_url(site.url + "/gone") == links.Result(False, 404, "HTTP 404")
    assert [method for method, _ in site.hits] == ["HEAD", "GET"]


def test_it_reports_a_500(site):
    assert links.check_url(site.url + "/broken") == links.Result(False, 500, "HTTP 500")


def test_it_uses_get_when_head_is_refused(site):
    def no_head(handler):
        handler.send_response(405 if handler.command == "HEAD" else 200)
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    site.routes["/nohead"] = (200, {}, no_head)
    assert links.check_url(site.url + "/nohead") == links.Result(True, 200, "")


def test_it_times_out_on_a_hang(site):
    result = links.check_url(site.url + "/hang", timeout=0.5)
    assert result == links.Result(False, None, "timed out after 0.5 s")


def test_it_reports_a_refused_connection():
    from tests.jobs.conftest import free_port

    result = links.check_url(f"http://127.0.0.1:{free_port()}/")
    assert not result.ok and result.status is None and "cannot connect" in result.error


def test_it_rejects_addresses_that_are_not_web_pages():
    assert links.check_url("javascript:alert(1)") == links.Result(False, None, "not an http(s) address")


def test_it_records_every_contact_and_keeps_broken_ones_published(loaded, site, monkeypatch):
    contacts = list(Contact.objects.exclude(url="").order_by("pk"))
    paths = ["/ok", "/moved", "/gone", "/broken", "/hang"]
    for contact, path in zip(contacts, paths * len(contacts)):
        Contact.objects.filter(pk=contact.pk).update(url=site.url + path)
    monkeypatch.setattr(links, "TIMEOUT", 0.5)
    FAQSource.objects.update(url=site.url + "/ok")  # no requests leave this machine

    summary = check_links.apply().get()

    assert summary["checked"] == len(contacts)
    expected = {"/ok": (True, 200), "/moved": (True, 200), "/gone": (False, 404), "/broken": (False, 500), "/hang": (False, None)}
    for contact in Contact.objects.exclude(url="").order_by("pk"):
        path = contact.url.removeprefix(site.url)
        assert (contact.link_ok, contact.link_status) == expected[path], contact.slug
        assert contact.link_checked_at is not None
        assert contact.published  # a broken link is still shown
        assert (contact.slug in summary["broken"]) == (not expected[path][0])


def test_it_runs_at_most_four_requests_at_once(loaded, site):
    for n, contact in enumerate(Contact.objects.exclude(url="")):
        site.routes[f"/slow{n}"] = site.routes["/slow"]
        Contact.objects.filter(pk=contact.pk).update(url=site.url + f"/slow{n}")
    FAQSource.objects.update(url="/report/2021/executive-summary/")  # checked without HTTP
    assert Contact.objects.exclude(url="").count() > links.WORKERS
    links.check_all()
    assert 1 < site.slow_busy["peak"] <= links.WORKERS


def test_it_requests_an_address_many_rows_share_once(loaded, site):
    Contact.objects.exclude(url="").update(url=site.url + "/ok")
    FAQSource.objects.update(url=site.url + "/ok")
    summary = links.check_all()
    assert site.hits.count(("HEAD", "/ok")) == 1
    assert summary["sources"] == {"checked": 1, "ok": 1, "broken": []}
    assert not FAQSource.objects.exclude(link_ok=True).exists()


def test_it_checks_faq_sources_on_this_site_and_the_web(loaded, site):
    sources = [FAQSource.objects.filter(faq=faq).first() for faq in FAQ.objects.order_by("pk")[:4]]  # four FAQs, one each
    urls = ["/report/2021/executive-summary/", "/report/2021/no-such-section/", site.url + "/gone", "/faq/999999/"]
    for source, url in zip(sources, urls):
        FAQSource.objects.filter(pk=source.pk).update(url=url)
    FAQSource.objects.exclude(pk__in=[s.pk for s in sources]).update(url=site.url + "/ok")
    summary = links.check_all()
    got = {s.url: (s.link_ok, s.link_status) for s in FAQSource.objects.filter(pk__in=[s.pk for s in sources])}
    assert got == {urls[0]: (True, 200), urls[1]: (False, 404), urls[2]: (False, 404), urls[3]: (False, 404)}
    assert sorted(summary["sources"]["broken"]) == sorted(urls[1:])
    # The FAQ admin lists FAQs with a broken source.
    broken = {s.faq_id for s in FAQSource.objects.filter(link_ok=False)}
    assert len(broken) == 3
