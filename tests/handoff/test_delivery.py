"""The email to the help desk: content, headers, idempotency, retries, failure."""
import pytest

from handoff import services, tasks
from handoff.models import HandoffRequest
from tests.handoff.conftest import HELPDESK, post

pytestmark = pytest.mark.django_db


def make(**fields) -> HandoffRequest:
    values = {"reference": services.new_reference(), "questions": ["How do I record a trademark?"], "email": ""}
    return HandoffRequest.objects.create(**{**values, **fields})


# Base case: through the API, an eager task and a real SMTP server.
def test_it_emails_the_help_desk_with_the_questions(api, smtp, eager, django_capture_on_commit_callbacks):
    questions = ["Can I import one replica watch?", "Qué pasa con mi paquete?"]
    with django_capture_on_commit_callbacks(execute=True):
        response = post(api, {"questions": questions, "email": "visitor@example.com", "confirm": True})
    reference = response.json()["reference"]
    assert len(smtp.envelopes) == 1
    envelope = smtp.envelopes[0]
    assert envelope.rcpt_tos == [HELPDESK]
    message = smtp.messages()[0]
    assert message["Subject"] == f"IPR assistant hand-off {reference}"
    assert message["To"] == HELPDESK
    assert message["Reply-To"] == "visitor@example.com"
    body = message.get_content()
    assert f"1. {questions[0]}" in body and f"2. {questions[1]}" in body
    assert "Reply to: visitor@example.com" in body
    saved = HandoffRequest.objects.get(reference=reference)
    assert saved.status == "sent" and saved.attempts == 1 and saved.sent_at is not None


def test_it_sends_no_reply_to_without_an_email(smtp):
    request = make()
    assert services.deliver(request.pk) is True
    message = smtp.messages()[0]
    assert message["Reply-To"] is None
    assert "no reply address" in message.get_content()


def test_it_puts_no_visitor_text_in_the_subject(smtp):
    request = make(questions=["URGENT!!! read me"])
    services.deliver(request.pk)
    assert "URGENT" not in smtp.messages()[0]["Subject"]


def test_it_does_not_send_a_request_twice_when_redelivered(smtp, eager):
    request = make()
    tasks.send_handoff.delay(request.pk)
    tasks.send_handoff.delay(request.pk)  # e.g. redelivered after a worker died
    assert services.deliver(request.pk) is False
    assert len(smtp.envelopes) == 1
    request.refresh_from_db()
    assert request.attempts == 1


def test_it_ignores_a_request_that_no_longer_exists(smtp, eager):
    tasks.send_handoff.delay(999_999)
    assert smtp.envelopes == []


# Header injection: visitor text can never become a header or a recipient.
def test_it_keeps_line_breaks_in_questions_out_of_the_headers(smtp):
    request = make(questions=["hi\r\nBcc: victim@example.org\r\nSubject: free money", "x\nTo: other@example.org"])
    services.deliver(request.pk)
    envelope, message = smtp.envelopes[0], smtp.messages()[0]
    assert envelope.rcpt_tos == [HELPDESK]
    assert message["Bcc"] is None
    assert message.get_all("Subject") == [f"IPR assistant hand-off {request.reference}"]
    assert message.get_all("To") == [HELPDESK]
    assert "1. hi Bcc: victim@example.org Subject: free money" in message.get_content()


@pytest.mark.parametrize(
    "email",
    ["a@b.com\r\nBcc: victim@example.org", "a@b.com\nCc: victim@example.org", "a@b.com, victim@example.org", "nope"],
)
def test_it_drops_a_reply_to_that_does_not_validate(smtp, email):
    # The API refuses these; a row edited behind its back still cannot inject.
    request = make(email=email)
    services.deliver(request.pk)
    envelope, message = smtp.envelopes[0], smtp.messages()[0]
    assert envelope.rcpt_tos == [HELPDESK]
    assert message["Reply-To"] is None and message["Bcc"] is None and message["Cc"] is None


# SMTP down: the request stays queued and is retried with backoff for a day;
# only then is it failed, and staff are told. Nothing is lost.
def test_it_keeps_a_request_queued_with_a_retry_scheduled_when_smtp_is_down(smtp_down, eager):
    request = make(questions=["q1", "q2"], email="visitor@example.com")
    tasks.send_handoff.delay(request.pk)
    request.refresh_from_db()
    assert request.status == "queued" and request.public_status == "retrying"
    assert request.attempts == 1 and request.last_error and request.sent_at is None
    assert request.next_attempt_at - request.last_attempt_at == services.RETRY_BASE
    assert request.questions == ["q1", "q2"] and request.email == "visitor@example.com"


def test_it_sends_a_failed_request_once_resent(smtp_down, eager, settings, django_capture_on_commit_callbacks):
    request = make(status="failed", attempts=30, last_error="Gave up")
    # The mail server comes back; staff resend from the admin.
    from tests.handoff.conftest import Inbox, free_port
    from aiosmtpd.controller import Controller

    inbox, port = Inbox(), free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        settings.EMAIL_PORT = port
        with django_capture_on_commit_callbacks(execute=True):
            assert services.resend(HandoffRequest.objects.all()) == 1
    finally:
        controller.stop()
    request.refresh_from_db()
    assert request.status == "sent" and request.attempts == 1 and request.last_error == ""
    assert len(inbox.envelopes) == 1


def test_it_records_each_failed_attempt_and_says_when_it_retries(smtp_down):
    request = make()
    with pytest.raises(services.DeliveryError) as failed:
        services.deliver(request.pk)
    request.refresh_from_db()
    assert request.status == "queued" and request.attempts == 1 and request.last_error
    assert failed.value.retry_at == request.next_attempt_at


def test_it_backs_off_exponentially_up_to_an_hour():
    delays = [services.retry_delay(n).total_seconds() for n in range(1, 12)]
    assert delays[:7] == [60, 120, 240, 480, 960, 1920, 3600]
    assert set(delays[6:]) == {3600}


def test_it_ignores_a_duplicate_delivery_moments_after_an_attempt(smtp_down):
    # The sweep and a redelivered task can both hold the same request.
    request = make()
    with pytest.raises(services.DeliveryError):
        services.deliver(request.pk)
    assert services.deliver(request.pk) is False
    request.refresh_from_db()
    assert request.attempts == 1


def test_it_does_not_retry_a_request_marked_failed_or_answered(smtp):
    failed, answered = make(status="failed"), make(status="answered")
    assert services.deliver(failed.pk) is False
    assert services.deliver(answered.pk) is False
    assert smtp.envelopes == []
