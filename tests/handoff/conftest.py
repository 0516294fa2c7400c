"""Fixtures for hand-off tests: a real SMTP server, eager Celery, API helpers."""
import email
import email.policy
import socket

import pytest
from aiosmtpd.controller import Controller
from rest_framework.test import APIClient

from ipr_site.celery import app as celery_app

SMTP_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
HELPDESK = "helpdesk@example.test"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Inbox:
    """aiosmtpd handler keeping every message it receives."""

    def __init__(self) -> None:
        self.envelopes = []

    async def handle_DATA(self, server, session, envelope):
        self.envelopes.append(envelope)
        return "250 OK"

    def messages(self) -> list:
        return [email.message_from_bytes(e.content, policy=email.policy.default) for e in self.envelopes]


@pytest.fixture
def smtp(settings):
    """A real SMTP server on 127.0.0.1 that Django's SMTP backend sends to."""
    inbox = Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    settings.EMAIL_BACKEND = SMTP_BACKEND  # pytest-django swaps in locmem otherwise
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.HELPDESK_EMAIL = HELPDESK
    inbox.port = port
    yield inbox
    controller.stop()


@pytest.fixture
def smtp_down(settings):
    """SMTP settings pointing at a port nobody listens on."""
    settings.EMAIL_BACKEND = SMTP_BACKEND
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = free_port()
    settings.EMAIL_TIMEOUT = 2
    settings.HELPDESK_EMAIL = HELPDESK


@pytest.fixture
def eager():
    """Run Celery tasks in-process; retries run at once (countdown ignored)."""
    old = celery_app.conf.task_always_eager, celery_app.conf.task_eager_propagates
    # Propagating would surface Retry itself instead of running the retry.
    celery_app.conf.task_always_eager, celery_app.conf.task_eager_propagates = True, False
    yield
    celery_app.conf.task_always_eager, celery_app.conf.task_eager_propagates = old


@pytest.fixture
def api():
    return APIClient()


def post(api, body, **extra):
    return api.post("/api/v1/handoff/", body, format="json", **extra)
