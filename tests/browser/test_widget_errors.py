"""Errors in words: server down, network down, rate limited, too long; nothing typed is lost."""
import re

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import open_widget

pytestmark = pytest.mark.browser


def send(page, text="How do I report a counterfeit seller?"):
    open_widget(page)
    box = page.locator("ipr-assistant #input")
    box.fill(text)
    box.press("Enter")


def alert_text(page) -> str:
    alert = page.locator("ipr-assistant [role=alert]")
    expect(alert).to_have_text(re.compile(r"\S"))
    return alert.inner_text()


def test_it_explains_a_server_error_and_keeps_the_question(site, page):
    page.route("**/api/v1/chat/", lambda route: route.fulfill(status=500, body="<h1>oops</h1>", content_type="text/html"))
    page.goto(site + "/")
    send(page)
    assert "not working right now" in alert_text(page)
    assert page.locator("ipr-assistant #input").input_value() == "How do I report a counterfeit seller?"
    assert page.locator("ipr-assistant .msg.user.failed").count() == 1


def test_it_explains_a_network_error(site, page):
    page.route("**/api/v1/chat/", lambda route: route.abort())
    page.goto(site + "/")
    send(page)
    message = alert_text(page)
    assert "can't be reached" in message and "internet connection" not in message
    assert page.locator("ipr-assistant #input").input_value() == "How do I report a counterfeit seller?"


def test_it_says_so_when_the_visitor_is_offline(site, page, context):
    page.goto(site + "/")
    open_widget(page)
    context.set_offline(True)
    send(page)
    assert "offline" in alert_text(page)
    context.set_offline(False)


def test_it_says_how_long_to_wait_when_rate_limited(site, page):
    calls = []

    def limited(route):
        calls.append(1)
        route.fulfill(status=429, headers={"Retry-After": "42"}, json={"error": "Too many requests.", "retry_after": 42})

    page.route("**/api/v1/chat/", limited)
    page.goto(site + "/")
    send(page)
    assert "Please wait 42 seconds" in alert_text(page)
    send(page)  # a second try inside the wait is refused without bothering the server
    page.locator("ipr-assistant [role=alert]").get_by_text("before asking again").wait_for()
    assert len(calls) == 1


def test_it_shows_the_servers_reason_for_bad_input(site, page):
    page.route(
        "**/api/v1/chat/",
        lambda route: route.fulfill(status=400, json={"error": "The message must not be empty.", "field": "message"}),
    )
    page.goto(site + "/")
    send(page)
    assert alert_text(page) == "The message must not be empty."


def test_it_counts_characters_and_blocks_sending_over_the_limit(site, page):
    requests = []
    page.on("request", lambda r: requests.append(r.url) if "/api/v1/chat/" in r.url else None)
    page.goto(site + "/privacy/")
    open_widget(page)
    counter = page.locator("ipr-assistant #counter")
    expect(counter).to_have_text("0 / 1,000 characters")  # the limit comes from GET /api/v1/widget/
    box = page.locator("ipr-assistant #input")
    box.fill("x" * 1000)
    assert counter.inner_text() == "1,000 / 1,000 characters"
    assert box.get_attribute("aria-invalid") == "false"
    box.press("End")
    page.keyboard.type("yz")
    assert counter.inner_text() == "1,002 / 1,000 characters: 2 too many"
    assert box.get_attribute("aria-invalid") == "true"
    assert "limit" in page.locator("ipr-assistant [role=alert]").inner_text()
    box.press("Enter")
    page.locator("ipr-assistant button[type=submit]").click(force=True)  # aria-disabled, still clickable
    page.wait_for_timeout(200)
    assert requests == []
    assert len(box.input_value()) == 1002  # nothing lost
    box.press("Backspace")
    box.press("Backspace")
    assert page.locator("ipr-assistant [role=alert]").inner_text() == ""
