"""Hand-off as a visitor sees it: they tick which questions to send, see exactly
what will be sent, and are told "queued" until the email has really gone (the
mail server is a real one, down and then up); never offered for off-topic
questions."""
import datetime
import re

import pytest
from aiosmtpd.controller import Controller
from django.db.models import F
from django.utils import timezone
from playwright.sync_api import expect

from handoff import services
from handoff.models import HandoffRequest
from tests.browser.helpers import ask
from tests.handoff.conftest import HELPDESK, Inbox, free_port

pytestmark = [pytest.mark.browser, pytest.mark.slow]

TRADEMARK = "How do I record my trademark with CBP?"
PENGUINS = "Can you tell me a joke about penguins?"
PERSON = "I want to talk to a real person about my seized shipment"


@pytest.fixture
def mail(settings, monkeypatch):
    """A mail server port that refuses connections until started; tasks are not
    queued to a broker (the test delivers, as a worker would)."""
    queued = []
    monkeypatch.setattr(services, "queue", queued.append)
    port = free_port()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", port, 2
    settings.HELPDESK_EMAIL = HELPDESK
    state = {"inbox": Inbox(), "queued": queued, "controller": None}

    def start():
        state["controller"] = Controller(state["inbox"], hostname="127.0.0.1", port=port)
        state["controller"].start()

    state["start"] = start
    yield state
    if state["controller"]:
        state["controller"].stop()


def test_it_sends_only_the_ticked_questions_and_says_queued_until_sent(site, page, mail):
    page.goto(site + "/")
    ask(page, TRADEMARK)
    off_topic = ask(page, PENGUINS)
    assert off_topic.get_by_role("button", name="Send my questions to the IPR help desk").count() == 0
    answer = ask(page, PERSON)
    answer.get_by_role("button", name="Send my questions to the IPR help desk").click()

    form = page.locator("ipr-assistant .handoff")
    boxes = form.get_by_role("checkbox")
    assert [form.locator(f"label[for={b.get_attribute('id')}]").inner_text() for b in boxes.all()] == [TRADEMARK, PENGUINS, PERSON]
    assert [b.is_checked() for b in boxes.all()] == [False, False, True]  # the current question only
    preview = form.locator(".handoff-preview")
    assert preview.locator("li").all_inner_texts() == [PERSON]
    assert "No reply address" in preview.inner_text()
    # The "not an allegation" note, once.
    assert form.inner_text().count("a way to file an allegation") == 1
    assert form.get_by_role("link", name="e-Allegations").count() == 1

    form.get_by_label(TRADEMARK).check()
    assert preview.locator("li").all_inner_texts() == [TRADEMARK, PERSON]
    form.get_by_label(TRADEMARK).uncheck()
    form.get_by_label(PERSON).uncheck()
    assert "Nothing yet" in preview.inner_text()
    form.get_by_role("button", name="Send to the help desk").click()
    page.locator("ipr-assistant [role=alert]").get_by_text("Tick at least one question").wait_for()
    form.get_by_label(TRADEMARK).check()
    form.get_by_label(PERSON).check()
    assert HandoffRequest.objects.count() == 0  # nothing is sent before the visitor confirms

    form.get_by_label("Your email address").fill("not-an-email")
    form.get_by_role("button", name="Send to the help desk").click()
    page.locator("ipr-assistant [role=alert]").get_by_text("email address").wait_for()
    assert HandoffRequest.objects.count() == 0
    form.get_by_label("Your email address").fill("visitor@example.com")
    assert "Reply address: visitor@example.com" in preview.inner_text()
    form.get_by_role("button", name="Send to the help desk").click()

    note = page.locator("ipr-assistant .handoff-note")
    note.wait_for()
    request = HandoffRequest.objects.get()
    assert list(request.questions) == [TRADEMARK, PERSON]  # exactly the ticked ones, in order
    assert request.email == "visitor@example.com"
    reference = note.locator(".reference").inner_text()
    assert re.fullmatch(r"IPR-[0-9A-Z]{4}-[0-9A-Z]{4}", reference) and reference == request.reference
    assert note.inner_text().startswith(f"Queued, reference {reference}")
    assert "Not emailed to the help desk yet" in note.inner_text()
    assert "a way to file an allegation" not in page.locator("ipr-assistant .log").inner_text()
    assert mail["queued"] == [request.pk]

    # The worker's first attempt: the mail server is down.
    with pytest.raises(services.DeliveryError):
        services.deliver(request.pk)
    expect(note).to_contain_text("Not sent yet: the mail server did not accept it", timeout=15000)
    assert note.inner_text().startswith(f"Queued, reference {reference}")

    # The mail server comes back; when the next attempt is due, the sweep sends it.
    mail["start"]()
    HandoffRequest.objects.update(last_attempt_at=F("last_attempt_at") - datetime.timedelta(minutes=2),
                                  next_attempt_at=timezone.now())
    services.sweep()
    assert services.deliver(request.pk) is True
    expect(note).to_contain_text(f"Sent, reference {reference}", timeout=20000)
    assert len(mail["inbox"].envelopes) == 1

    # The status page says the same, with nothing personal on it.
    page.goto(site + f"/handoff/{reference}/")
    assert "Sent: the IPR help desk received it" in page.locator("main").inner_text()
    assert TRADEMARK not in page.content() and "visitor@example.com" not in page.content()


def test_it_shows_the_status_again_after_a_reload(site, page, mail):
    page.goto(site + "/")
    answer = ask(page, PERSON)
    answer.get_by_role("button", name="Send my questions to the IPR help desk").click()
    page.locator("ipr-assistant .handoff").get_by_role("button", name="Send to the help desk").click()
    page.locator("ipr-assistant .handoff-note").wait_for()
    request = HandoffRequest.objects.get()
    page.reload()
    note = page.locator("ipr-assistant .handoff-note")
    if note.is_hidden():
        page.locator("ipr-assistant .launcher").click()
    expect(note).to_contain_text(f"Queued, reference {request.reference}")
    mail["start"]()
    assert services.deliver(request.pk) is True
    expect(note).to_contain_text(f"Sent, reference {request.reference}", timeout=20000)
