"""Writes for hand-offs: create a request, email it to the help desk, resend, purge.

The visitor gets a reference at once; the email goes out from a Celery task
(handoff.tasks.send_handoff) queued after the commit. Delivery is idempotent:
the row is locked and only a `queued` request is sent, so a redelivered task
does not email twice.
"""
import datetime
import logging
import re
import secrets
import smtplib
import unicodedata
import uuid
from collections.abc import Iterable

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.utils import timezone

from assistant.counts import bump
from handoff.models import HandoffRequest

log = logging.getLogger(__name__)

# No 0/O, 1/I/L: a reference read out over the phone cannot be misheard.
ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
MAX_QUESTIONS = 10
MAX_QUESTION_CHARS = 1000
MAX_TOTAL_CHARS = 5000
MAX_EMAIL_CHARS = 254
RETRY_BASE_SECONDS = 30  # 30 s, 1, 2, 4, 8 min: about a quarter of an hour in all
MAX_RETRIES = 5
STALE_AFTER = datetime.timedelta(hours=1)
EALLEGATIONS_URL = "https://eallegations.cbp.gov/s/"

Status = HandoffRequest.Status

# Control and invisible format characters (bidi overrides, zero-width...).
_INVISIBLE = re.compile(r"[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")


class HandoffError(ValueError):
    """Bad input for a hand-off; `field` names the field at fault."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class DeliveryError(Exception):
    """The email could not be handed to the mail server (worth retrying)."""


def new_reference() -> str:
    """"IPR-7F3K-9Q2D": 31^8 (about 8.5e11) possibilities, from a CSPRNG."""
    chars = "".join(secrets.choice(ALPHABET) for _ in range(8))
    return f"IPR-{chars[:4]}-{chars[4:]}"


def clean_question(text: str) -> str:
    """One line of plain text: control characters gone, line breaks become spaces."""
    text = unicodedata.normalize("NFC", text)
    text = text.encode("utf-8", "ignore").decode("utf-8")  # lone surrogates
    text = _INVISIBLE.sub(" ", text)
    return " ".join(text.split())


def clean_questions(questions: object) -> list[str]:
    if not isinstance(questions, list):
        raise HandoffError("'questions' must be a list of strings.", "questions")
    if not questions:
        raise HandoffError("'questions' must contain at least one question.", "questions")
    if len(questions) > MAX_QUESTIONS:
        raise HandoffError(f"'questions' may hold at most {MAX_QUESTIONS} questions.", "questions")
    out = []
    for item in questions:
        if not isinstance(item, str):
            raise HandoffError("'questions' must be a list of strings.", "questions")
        text = clean_question(item)
        if len(text) > MAX_QUESTION_CHARS:
            raise HandoffError(
                f"Each question must be at most {MAX_QUESTION_CHARS:,} characters.", "questions"
            )
        if text:
            out.append(text)
    if not out:
        raise HandoffError("'questions' must contain at least one non-empty question.", "questions")
    if sum(len(q) for q in out) > MAX_TOTAL_CHARS:
        raise HandoffError(f"The questions together must be at most {MAX_TOTAL_CHARS:,} characters.", "questions")
    return out


def valid_email(value: str) -> bool:
    """True for one plain address: no CR/LF or other controls, Django's validator passes."""
    if not value or len(value) > MAX_EMAIL_CHARS or _INVISIBLE.search(value) or "," in value:
        return False
    try:
        validate_email(value)
    except ValidationError:
        return False
    return True


def clean_email(value: object) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise HandoffError("'email' must be a string.", "email")
    value = value.strip(" ")
    if value and not valid_email(value):
        raise HandoffError("'email' is not a valid email address.", "email")
    return value


def create_request(questions: list, email: str = "", conversation: uuid.UUID | str | None = None) -> HandoffRequest:
    """Store a hand-off and queue its email after the commit; raises HandoffError."""
    cleaned = clean_questions(questions)
    email = clean_email(email)
    with transaction.atomic():
        request = _create(cleaned, email, conversation)
        bump("handoff")
        # robust: a broker outage must not fail the visitor's request; the
        # row stays `queued` and sweep() queues it again later.
        transaction.on_commit(lambda: queue(request.pk), robust=True)
    return request


def _create(questions: list[str], email: str, conversation) -> HandoffRequest:
    for _ in range(5):
        try:
            with transaction.atomic():
                return HandoffRequest.objects.create(
                    reference=new_reference(), questions=questions, email=email, conversation=conversation or None
                )
        except IntegrityError:  # reference already taken: draw again
            continue
    raise RuntimeError("could not draw an unused hand-off reference")


def queue(request_id: int) -> None:
    from handoff.tasks import send_handoff

    send_handoff.delay(request_id)


def build_message(request: HandoffRequest) -> EmailMessage:
    # Only the reference goes into headers; visitor text stays in the body.
    lines = [
        "A visitor to the IPR public-information assistant asked for a person to answer these questions.",
        "",
        f"Reference: {request.reference}",
        f"Received: {request.created_at:%Y-%m-%d %H:%M} UTC" if request.created_at else "",
    ]
    reply_to = [request.email] if valid_email(request.email) else []
    if reply_to:
        lines.append(f"Reply to: {request.email}")
    else:
        lines.append("The visitor gave no reply address.")
    lines += ["", "Questions:"]
    lines += [f"{n}. {clean_question(q)}" for n, q in enumerate(request.questions, 1)]
    lines += [
        "",
        "The visitor was told this is not a way to file an allegation and was pointed to e-Allegations:",
        EALLEGATIONS_URL,
    ]
    return EmailMessage(
        subject=f"IPR assistant hand-off {request.reference}",
        body="\n".join(lines) + "\n",
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[settings.HELPDESK_EMAIL],
        reply_to=reply_to,
        headers={"X-IPR-Reference": request.reference},
    )


def deliver(request_id: int) -> bool:
    """Email one queued request. True: sent now; False: nothing to do (gone, or
    not queued, e.g. already sent by an earlier delivery). Raises DeliveryError."""
    with transaction.atomic():
        request = HandoffRequest.objects.select_for_update().filter(pk=request_id).first()
        if request is None or request.status != Status.QUEUED:
            return False
        request.attempts += 1
        try:
            build_message(request).send(fail_silently=False)
        except (smtplib.SMTPException, OSError) as exc:
            error = f"{type(exc).__name__}: {exc}"[:1000]
            request.last_error = error
            request.save(update_fields=["attempts", "last_error"])
        else:
            request.status = Status.SENT
            request.sent_at = timezone.now()
            request.last_error = ""
            request.save(update_fields=["attempts", "status", "sent_at", "last_error"])
            return True
    log.warning("hand-off %s: delivery attempt %s failed: %s", request.reference, request.attempts, error)
    raise DeliveryError(error)


def retry_delay(retries: int) -> int:
    """Seconds before retry number `retries` + 1: exponential backoff."""
    return RETRY_BASE_SECONDS * 2**retries


def mark_failed(request_id: int, reason: str) -> None:
    """Give up on a queued request; staff can resend it from the admin."""
    HandoffRequest.objects.filter(pk=request_id, status=Status.QUEUED).update(
        status=Status.FAILED, last_error=f"Gave up after retries. {reason}"[:1000]
    )
    log.error("hand-off #%s failed: %s", request_id, reason)


def resend(requests: Iterable[HandoffRequest]) -> int:
    """Queue requests again (failed, stuck or sent on purpose); answered ones are left."""
    count = 0
    with transaction.atomic():
        for request in requests:
            if request.status == Status.ANSWERED:
                continue
            HandoffRequest.objects.filter(pk=request.pk).update(status=Status.QUEUED, attempts=0, last_error="")
            transaction.on_commit(lambda pk=request.pk: queue(pk), robust=True)
            count += 1
    return count


def mark_answered(requests: Iterable[HandoffRequest]) -> int:
    ids = [r.pk for r in requests]
    return HandoffRequest.objects.filter(pk__in=ids).exclude(status=Status.ANSWERED).update(
        status=Status.ANSWERED, answered_at=timezone.now()
    )


def purge_expired(now: datetime.datetime | None = None) -> int:
    """Delete requests older than settings.CHAT_LOG_DAYS (they hold personal data).

    The daily "handoff" counter survives in assistant.DailyCount.
    """
    cutoff = (now or timezone.now()) - datetime.timedelta(days=settings.CHAT_LOG_DAYS)
    deleted, _ = HandoffRequest.objects.filter(created_at__lt=cutoff).delete()
    return deleted


def requeue_stale(now: datetime.datetime | None = None) -> int:
    """Queue again requests still `queued` an hour on (e.g. the broker was down).

    Safe even if their task is still pending: delivery sends only once.
    """
    cutoff = (now or timezone.now()) - STALE_AFTER
    ids = list(HandoffRequest.objects.filter(status=Status.QUEUED, created_at__lt=cutoff).values_list("pk", flat=True))
    for pk in ids:
        transaction.on_commit(lambda pk=pk: queue(pk), robust=True)
    return len(ids)


def sweep() -> dict:
    """The periodic job: purge expired requests, requeue stuck ones."""
    return {"purged": purge_expired(), "requeued": requeue_stale()}
