"""The widget by keyboard alone: reach the launcher, open, ask, read, close."""
import pytest

from tests.browser.helpers import active, answers

pytestmark = pytest.mark.browser


def test_it_answers_a_question_asked_by_keyboard_only(site, page):
    page.goto(site + "/privacy/")
    panel = page.locator("ipr-assistant .panel")
    assert panel.is_hidden()

    for _ in range(60):  # Tab through the page's links until the launcher has focus
        page.keyboard.press("Tab")
        if active(page) == "launcher":
            break
    assert active(page) == "launcher"

    page.keyboard.press("Enter")
    assert panel.is_visible()
    assert active(page) == "input"
    assert page.locator("ipr-assistant .launcher").get_attribute("aria-expanded") == "true"

    page.keyboard.type("How do I report a counterfeit seller?")
    page.keyboard.press("Enter")
    answer = answers(page).first
    answer.wait_for()
    assert answer.locator(".text").inner_text().strip()
    assert answer.locator(".sources a").count() >= 1
    assert answer.locator(".links a.link-card").count() >= 1
    for href in answer.locator(".links a.link-card").evaluate_all("els => els.map(e => e.getAttribute('href'))"):
        assert "/go/" in href
    # The answer arrived without pulling focus away from where the visitor was typing.
    assert active(page) == "input"
    assert page.locator("ipr-assistant [role=log]").get_attribute("aria-live") == "polite"

    page.keyboard.press("Escape")
    assert panel.is_hidden()
    assert active(page) == "launcher"
    assert page.locator("ipr-assistant .launcher").get_attribute("aria-expanded") == "false"
    assert page.errors == []


def test_it_sends_a_suggested_question_from_a_chip(site, page):
    page.goto(site + "/")
    chip = page.locator("ipr-assistant .chip").first
    chip.wait_for()
    question = chip.inner_text()
    chip.focus()
    page.keyboard.press("Enter")
    answers(page).first.wait_for()
    assert page.locator("ipr-assistant .msg.user").first.inner_text().endswith(question)
    assert active(page) == "input"  # the chip was replaced, focus went somewhere useful
