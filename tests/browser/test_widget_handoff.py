"""Hand-off: the visitor sees exactly what will be sent, confirms, and gets a reference."""
import re

import pytest

from tests.browser.helpers import ask

pytestmark = pytest.mark.browser


def hand_off_request():
    from handoff.models import HandoffRequest

    return HandoffRequest.objects.get()


def test_it_sends_the_conversation_to_the_help_desk_after_confirmation(site, page):
    page.goto(site + "/")
    ask(page, "How do I record my trademark with CBP?")
    answer = ask(page, "I need to talk to a person about my seized shipment")
    offer = answer.get_by_role("button", name="Send my question to the IPR help desk")
    if offer.count() == 0:  # the assistant may have answered: ask something it cannot
        answer = ask(page, "Please connect me with a human at the help desk")
        offer = answer.get_by_role("button", name="Send my question to the IPR help desk")
    offer.click()

    form = page.locator("ipr-assistant .handoff")
    shown = form.locator(".handoff-questions li").all_inner_texts()
    asked = page.locator("ipr-assistant .msg.user .text").all_inner_texts()
    assert shown == asked  # exactly the visitor's questions, nothing else
    assert "not" in form.inner_text() and form.get_by_role("link", name="e-Allegations").count() == 1
    from handoff.models import HandoffRequest

    assert HandoffRequest.objects.count() == 0  # nothing is sent before the visitor confirms

    form.get_by_label("Your email address").fill("not-an-email")
    form.get_by_role("button", name="Send to the help desk").click()
    page.locator("ipr-assistant [role=alert]").get_by_text("email address").wait_for()
    assert HandoffRequest.objects.count() == 0

    form.get_by_label("Your email address").fill("visitor@example.com")
    form.get_by_role("button", name="Send to the help desk").click()
    reference = form.locator(".reference")
    reference.wait_for()
    assert re.fullmatch(r"IPR-[0-9A-Z]{4}-[0-9A-Z]{4}", reference.inner_text())
    assert "not" in form.inner_text() and form.get_by_role("link", name="e-Allegations").count() >= 1

    sent = hand_off_request()
    assert sent.reference == reference.inner_text()
    assert list(sent.questions) == shown
    assert sent.email == "visitor@example.com"
