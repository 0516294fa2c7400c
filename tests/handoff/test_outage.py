"""Long mail-server and broker outages: a hand-off is kept and retried for a day,
sent when the server comes back, and only then failed with staff told.

Time passing is simulated by moving the requests' timestamps back (what the
sweep and delivery read); the SMTP server is a real one (aiosmtpd) on a port
that refuses connections until it starts, and tasks run eagerly in-process.
"""
import datetime
import logging

import pytest
from aiosmtpd.controller import Controller
from django.db.models import F
from django.utils import timezone

from handoff import services
from handoff.models import HandoffRequest
from tests.handoff.conftest import HELPDESK, Inbox, free_port, post

pytestmark = pytest.mark.django_db

FIELDS = ("created_at", "queued_at", "last_attempt_at", "next_attempt_at", "sent_at")


def elapse(delta: datetime.timedelta) -> None:
    """As if `delta` had passed: every hand-off timestamp moves back by it."""
    HandoffRequest.objects.update(**{name: F(name) - delta for name in FIELDS})


def wait_for_next_attempt(capture, request: HandoffRequest) -> None:
    """Let time pass until the request is due, then run the periodic sweep (beat's job)."""
    request.refresh_from_db()
    elapse(request.next_attempt_at - timezone.now() + datetime.timedelta(seconds=1))
    with capture(execute=True):
        services.sweep()


@pytest.fixture
def smtp_port(settings):
    """A port for the mail server, closed (connection refused) until `start` is called."""
    port = free_port()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", port, 2
    settings.HELPDESK_EMAIL = HELPDESK
    server = {"inbox": Inbox(), "controller": None}

    def start() -> Inbox:
        server["controller"] = Controller(server["inbox"], hostname="127.0.0.1", port=port)
        server["controller"].start()
        return server["inbox"]

    server["start"] = start
    yield server
    if server["controller"]:
        server["controller"].stop()


def test_it_sends_a_request_when_smtp_comes_back_after_twenty_hours(
    api, smtp_port, eager, django_capture_on_commit_callbacks
):
    # Before: five retries over about 15.5 minutes, then `failed` for good.
    with django_capture_on_commit_callbacks(execute=True):
        reference = post(api, {"questions": ["Can I import one replica watch?"], "confirm": True}).json()["reference"]
    request = HandoffRequest.objects.get(reference=reference)
    assert request.attempts == 1 and request.public_status == "retrying"

    started = timezone.now()
    while True:
        request.refresh_from_db()
        waited = started - request.queued_at
        if waited >= datetime.timedelta(hours=20):
            break
        assert request.status == "queued", f"gave up after {waited}"
        wait_for_next_attempt(django_capture_on_commit_callbacks, request)
    # Backoff: a few quick retries, then hourly (not hundreds of attempts).
    assert 20 <= request.attempts <= 30
    assert api.get(f"/api/v1/handoff/{reference}/").json()["status"] == "retrying"

    inbox = smtp_port["start"]()
    wait_for_next_attempt(django_capture_on_commit_callbacks, request)
    request.refresh_from_db()
    assert request.status == "sent" and request.last_error == ""
    assert len(inbox.envelopes) == 1 and inbox.envelopes[0].rcpt_tos == [HELPDESK]
    assert api.get(f"/api/v1/handoff/{reference}/").json()["status"] == "sent"


def test_it_fails_a_request_after_a_day_and_alerts_staff(
    api, smtp_port, eager, settings, caplog, django_capture_on_commit_callbacks
):
    settings.ALERT_EMAILS = ["ops@example.test"]
    with django_capture_on_commit_callbacks(execute=True):
        reference = post(api, {"questions": ["Who do I call?"], "confirm": True}).json()["reference"]
    request = HandoffRequest.objects.get(reference=reference)
    caplog.set_level(logging.WARNING, logger="handoff.services")
    for _ in range(100):
        request.refresh_from_db()
        if request.status != "queued":
            break
        wait_for_next_attempt(django_capture_on_commit_callbacks, request)
    assert request.status == "failed"
    assert timezone.now() - request.queued_at >= services.RETRY_FOR
    assert request.last_error.startswith("Gave up after") and request.questions == ["Who do I call?"]
    alerts = [r for r in caplog.records if r.levelno == logging.ERROR and "resend it from the admin" in r.getMessage()]
    assert len(alerts) == 1 and reference in alerts[0].getMessage()
    # The alert email goes through the same mail server, which is down: that is logged too.
    assert any("staff alert email failed" in r.getMessage() for r in caplog.records)
    assert api.get(f"/api/v1/handoff/{reference}/").json()["status"] == "failed"
    # Failed requests are not swept again; staff resend them.
    with django_capture_on_commit_callbacks(execute=True):
        assert services.sweep()["requeued"] == 0


def test_it_emails_staff_when_it_gives_up(smtp, settings):
    settings.ALERT_EMAILS = ["ops@example.test", "desk-lead@example.test"]
    request = HandoffRequest.objects.create(reference="IPR-AAAA-2222", questions=["private question"], status="failed", attempts=29)
    services.alert_staff(request)
    (envelope,) = smtp.envelopes
    assert envelope.rcpt_tos == ["ops@example.test", "desk-lead@example.test"]
    message = smtp.messages()[0]
    assert "IPR-AAAA-2222" in message["Subject"]
    assert "private question" not in message.get_content()  # staff read it in the admin, not in an alert


def test_it_sends_a_request_created_while_the_broker_was_down_within_minutes(
    smtp, eager, monkeypatch, django_capture_on_commit_callbacks
):
    # Before: the sweep only looked at requests queued more than an hour ago.
    def broker_down(request_id):
        raise ConnectionError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    with monkeypatch.context() as patch:
        patch.setattr(services, "queue", broker_down)
        with django_capture_on_commit_callbacks(execute=True):
            request = services.create_request(["Is my shipment seized?"])
    assert request.attempts == 0 and smtp.envelopes == []

    with django_capture_on_commit_callbacks(execute=True):
        assert services.sweep()["requeued"] == 0  # its own task may still be on the way
    elapse(services.QUEUE_GRACE + datetime.timedelta(seconds=1))
    with django_capture_on_commit_callbacks(execute=True):
        assert services.sweep()["requeued"] == 1
    request.refresh_from_db()
    assert request.status == "sent" and len(smtp.envelopes) == 1


def test_the_sweep_queues_a_due_request_once_until_its_lease_runs_out(monkeypatch, django_capture_on_commit_callbacks):
    queued = []
    monkeypatch.setattr(services, "queue", queued.append)
    request = HandoffRequest.objects.create(
        reference="IPR-BBBB-3333", questions=["q"], queued_at=timezone.now(), next_attempt_at=timezone.now()
    )
    with django_capture_on_commit_callbacks(execute=True):
        services.sweep()
        services.sweep()  # the worker has not got to it yet
    assert queued == [request.pk]
    elapse(services.SWEEP_LEASE)
    with django_capture_on_commit_callbacks(execute=True):
        services.sweep()
    assert queued == [request.pk, request.pk]  # its task was lost: queued again


def test_it_schedules_the_sweep_every_minute():
    from assistant.schedules import DEFAULTS

    (spec,) = [spec for task, spec in DEFAULTS.values() if task == "handoff.tasks.sweep_handoffs"]
    assert spec == {"interval": 1}


def test_an_installed_hourly_sweep_moves_to_every_minute():
    import importlib

    from django.apps import apps
    from django_celery_beat.models import CrontabSchedule, PeriodicTask

    from assistant.schedules import DEFAULTS

    migration = importlib.import_module("handoff.migrations.0003_sweep_every_minute")
    hourly, _ = CrontabSchedule.objects.get_or_create(minute="20", hour="*", timezone="UTC")
    PeriodicTask.objects.create(name=migration.OLD, task="handoff.tasks.sweep_handoffs", crontab=hourly)
    migration.every_minute(apps, None)
    (task,) = PeriodicTask.objects.filter(task="handoff.tasks.sweep_handoffs")
    assert task.name == migration.NEW and migration.NEW in DEFAULTS
    assert DEFAULTS[migration.NEW][0] == "handoff.tasks.sweep_handoffs"
    assert task.crontab is None and (task.interval.every, task.interval.period) == (1, "minutes")
