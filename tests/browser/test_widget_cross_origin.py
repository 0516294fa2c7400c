"""The widget embedded in a page on another origin: answers only when CORS allows it."""
import functools
import http.server
import shutil
import threading
from pathlib import Path

import pytest

from assistant.models import ChatLog
from tests.browser.helpers import answers

pytestmark = pytest.mark.browser


@pytest.fixture
def other_origin(tmp_path, site):
    """A plain static server on another port (so another origin) embedding the widget.

    It serves its own copy of the widget's files with api= pointing at the site:
    a module script from the site itself needs Access-Control-Allow-Origin, which
    WhiteNoise sends in production (tests/ops/test_production_static.py) but the
    test server's static handler does not, and routing the request in Playwright
    would make Playwright answer the API's CORS preflights itself.
    """
    static = Path(__file__).resolve().parents[2] / "assistant" / "static" / "assistant"
    for name in ("widget.js", "widget.css"):
        shutil.copy(static / name, tmp_path / name)
    (tmp_path / "embed.html").write_text(
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Partner page</title>"
        "<script type='module' src='/widget.js'></script></head>"
        f"<body><main><h1>A partner site</h1></main><ipr-assistant open api='{site}'></ipr-assistant></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "bare.html").write_text(
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Partner page</title>"
        "<script type='module' src='/widget.js'></script></head>"
        "<body><main><h1>No widget asked for</h1></main></body></html>",
        encoding="utf-8",
    )
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def page(browser):
    """A plain context: request routing would make Playwright answer CORS preflights
    itself, hiding what a real browser does."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    context.set_default_timeout(15000)
    outside = []
    page = context.new_page()
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(("http://127.0.0.1", "http://localhost")) else None)
    yield page
    context.close()
    assert outside == []


def send(page, text):
    box = page.locator("ipr-assistant #input")
    box.fill(text)
    box.press("Enter")


def test_it_answers_on_an_allowed_origin(site, page, other_origin, settings):
    settings.CORS_ALLOWED_ORIGINS = [other_origin]
    page.goto(other_origin + "/embed.html")
    send(page, "How do I report a counterfeit seller?")
    answer = answers(page).first
    answer.wait_for()
    # Our own pages (report sections, FAQs, /go/ links) resolve to the assistant's site, not the
    # partner's; a source on another site (a cbp.gov page an FAQ cites) keeps its own https address.
    hrefs = answer.locator(".sources a, a.link-card").evaluate_all("els => els.map(e => e.href)")
    assert hrefs
    for href in hrefs:
        assert not href.startswith(other_origin), href
        assert href.startswith(site + "/") or href.startswith("https://"), href
    assert any(href.startswith(site + "/") for href in hrefs), hrefs
    assert page.locator("ipr-assistant [role=alert]").inner_text() == ""


def test_it_gets_no_answer_on_an_origin_that_is_not_allowed(site, page, other_origin, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://partner.example"]
    page.goto(other_origin + "/embed.html")
    send(page, "How do I report a counterfeit seller?")
    alert = page.locator("ipr-assistant [role=alert]")
    alert.get_by_text("can't be reached").wait_for()
    assert "internet connection" not in alert.inner_text()  # the visitor's connection is fine
    assert answers(page).count() == 0
    assert ChatLog.objects.count() == 0  # the browser never sent the question (preflight refused)
    assert page.locator("ipr-assistant #input").input_value() == "How do I report a counterfeit seller?"


def test_it_adds_itself_to_a_page_only_when_asked(site, page, other_origin):
    page.goto(other_origin + "/bare.html")
    page.wait_for_function("() => !!customElements.get('ipr-assistant')")
    assert page.locator("ipr-assistant").count() == 0  # importing the module only defines the element
    page.evaluate("async () => (await import('/widget.js')).mount({api: '%s'})" % site)
    page.locator("ipr-assistant .launcher").wait_for()
    assert page.locator("ipr-assistant").count() == 1
