"""The widget embedded in a page on another origin: answers only when CORS allows it."""
import functools
import http.server
import threading

import pytest

from assistant.models import ChatLog
from tests.browser.helpers import answers

pytestmark = pytest.mark.browser


@pytest.fixture
def other_origin(tmp_path, site):
    """A plain static server on another port (so another origin) embedding the widget."""
    (tmp_path / "embed.html").write_text(
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Partner page</title>"
        f"<script src='{site}/static/assistant/widget.js' defer></script></head>"
        "<body><main><h1>A partner site</h1><ipr-assistant open></ipr-assistant></main></body></html>",
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
    context = browser.new_context()
    context.set_default_timeout(15000)
    outside = []
    page = context.new_page()
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(("http://127.0.0.1", "http://localhost")) else None)
    yield page
    context.close()
    assert outside == []


def send(page, text):
    box = page.locator("ipr-assistant textarea")
    box.fill(text)
    box.press("Enter")


def test_it_answers_on_an_allowed_origin(site, page, other_origin, settings):
    settings.CORS_ALLOWED_ORIGINS = [other_origin]
    page.goto(other_origin + "/embed.html")
    send(page, "How do I report a counterfeit seller?")
    answer = answers(page).first
    answer.wait_for()
    # Citations and channel links point back to the assistant's site, not the partner's.
    for href in answer.locator(".sources a, a.link-card").evaluate_all("els => els.map(e => e.href)"):
        assert href.startswith(site + "/"), href
    assert page.locator("ipr-assistant [role=alert]").inner_text() == ""


def test_it_gets_no_answer_on_an_origin_that_is_not_allowed(site, page, other_origin, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://partner.example"]
    page.goto(other_origin + "/embed.html")
    send(page, "How do I report a counterfeit seller?")
    page.locator("ipr-assistant [role=alert]").get_by_text("can't be reached").wait_for()
    assert answers(page).count() == 0
    assert ChatLog.objects.count() == 0  # the browser never sent the question (preflight refused)
    assert page.locator("ipr-assistant textarea").input_value() == "How do I report a counterfeit seller?"
