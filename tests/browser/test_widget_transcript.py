"""The transcript survives a reload (sessionStorage); "Start over" clears it."""
import pytest

from tests.browser.helpers import answers, ask

pytestmark = pytest.mark.browser


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

    # A follow-up after the reload continues the same conversation.
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
