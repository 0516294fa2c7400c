"""The transcript survives a reload (sessionStorage) and opens at the newest
message; "Start over" clears it."""
import pytest

from tests.browser.conftest import artifact
from tests.browser.helpers import DESKTOP, PHONE_320, answers, ask, in_view

pytestmark = pytest.mark.browser

QUESTIONS = [
    "How do I report a counterfeit seller?",
    "How do I record my trademark with CBP?",
    "How many seizures did CBP make in FY 2021?",
    "Are counterfeit phone chargers dangerous?",
]


def stored(page) -> str:
    return page.evaluate("() => JSON.stringify(Object.entries(sessionStorage))")


def test_it_keeps_the_transcript_across_a_reload_and_start_over_clears_it(site, page):
    page.goto(site + "/")
    ask(page, "How do I report a counterfeit seller?")
    answer_text = answers(page).first.locator(".text").inner_text()
    conversation = page.evaluate("() => JSON.parse(Object.values(sessionStorage)[0]).conversation")
    assert conversation

    page.reload()
    assert page.locator("ipr-assistant .msg.user").first.inner_text().endswith("How do I report a counterfeit seller?")
    assert answers(page).first.locator(".text").inner_text() == answer_text
    assert answers(page).first.locator(".sources a").count() >= 1

    # A follow-up after the reload continues the same conversation, with the value sent back unchanged.
    with page.expect_request("**/api/v1/chat/") as sent:
        ask(page, "What about by phone?")
    assert sent.value.post_data_json["conversation"] == conversation

    page.get_by_role("button", name="Start over").click()
    assert answers(page).count() == 0
    assert page.locator("ipr-assistant .msg").count() == 0
    assert conversation not in stored(page)
    assert page.locator("ipr-assistant .chip").count() >= 2  # the starter questions are back
    page.reload()
    assert page.locator("ipr-assistant .msg").count() == 0

    with page.expect_request("**/api/v1/chat/") as sent:
        ask(page, "How do I record my trademark with CBP?")
    assert "conversation" not in sent.value.post_data_json


def test_it_sends_back_whatever_conversation_value_the_server_gave(site, page, monkeypatch):
    monkeypatch.setattr("handoff.services.queue", lambda request_id: None)  # no broker in this test
    # The chat API's value is an opaque handle; the widget must not parse or check it.
    handle = "6f1c0c8e-2d5b-4c1e-9a51-0d2f1b9b6a11.Zm9vYmFy-opaque_token"

    def answer_with_handle(route):
        response = route.fetch()
        body = response.json()
        body["conversation"] = handle
        route.fulfill(response=response, json=body)

    page.route("**/api/v1/chat/", answer_with_handle)
    page.goto(site + "/")
    ask(page, "How do I record my trademark with CBP?")
    sent = []

    def record(route):
        # This server's chat API may not issue handles yet: answer here, keep what was sent.
        sent.append(route.request.post_data_json)
        route.fulfill(json={**answer_body, "conversation": handle})

    answer_body = {"answer": "It costs a fee per class.", "kind": "faq", "confidence": 1.0, "sources": [],
                   "links": [], "suggestions": [], "answer_id": "x", "offer_handoff": True}
    page.unroute("**/api/v1/chat/")
    page.route("**/api/v1/chat/", record)
    answer = ask(page, "What does it cost?")
    assert sent[0]["conversation"] == handle
    # The hand-off sends it back unchanged too.
    with page.expect_request("**/api/v1/handoff/") as handoff:
        answer.get_by_role("button", name="Send my questions to the IPR help desk").click()
        page.locator("ipr-assistant .handoff").get_by_role("button", name="Send to the help desk").click()
    assert handoff.value.post_data_json["conversation"] == handle
    page.locator("ipr-assistant .handoff-note").wait_for()  # stored before the test's database is emptied


@pytest.mark.parametrize("size,name", [(DESKTOP, "desktop"), (PHONE_320, "phone-320")])
def test_after_a_reload_the_transcript_shows_the_newest_message(site, browser, size, name):
    context = browser.new_context(**size)
    context.set_default_timeout(15000)
    page = context.new_page()
    page.goto(site + "/")
    for question in QUESTIONS:
        ask(page, question)
    newest = page.locator("ipr-assistant .msg.bot").last.locator(".text").inner_text()

    page.reload()
    page.locator("ipr-assistant .launcher").wait_for()
    if page.locator("ipr-assistant .panel").is_hidden():  # a phone never reopens it by itself
        page.locator("ipr-assistant .launcher").click()
    page.locator("ipr-assistant .msg.bot").last.wait_for()
    page.wait_for_timeout(300)
    assert page.locator("ipr-assistant .msg.bot").count() == len(QUESTIONS)
    assert in_view(page, ".log > .msg:last-child"), "the newest answer is not in view after a reload"
    assert not in_view(page, ".log > .msg:first-child"), "the view is at the oldest message"
    assert page.locator("ipr-assistant .msg.bot").last.locator(".text").inner_text() == newest
    page.screenshot(path=artifact(f"widget-{name}-after-reload.png"))
    context.close()
