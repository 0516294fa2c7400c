"""Writes for hand-offs: create a request, email it to the help desk, resend, purge.

The visitor gets a reference at once; the email goes out from a Celery task
(handoff.tasks.send_handoff) queued after the commit. Delivery is idempotent:
the row is locked and only a `queued` request is sent, so a redelivered task
does not email twice.

While the mail server refuses, a request stays `queued` and the next attempt is
scheduled in the row (next_attempt_at, backing off from a minute to an hour);
the sweep (handoff.tasks.sweep_handoffs, every minute) queues whatever is due,
including requests whose task never reached the broker. Only after RETRY_FOR
of failures is a request `failed`, and then staff are alerted.
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
from django.core.mail import EmailMessage, send_mail
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from assistant.counts import bump
from handoff.models import LANGUAGES, HandoffRequest

log = logging.getLogger(__name__)

# No 0/O, 1/I/L: a reference read out over the phone cannot be misheard.
ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
MAX_QUESTIONS = 10
MAX_QUESTION_CHARS = 1000
MAX_TOTAL_CHARS = 5000
MAX_EMAIL_CHARS = 254
# Failed attempts are retried after 1, 2, 4 ... minutes, then hourly, for a day:
# a mail server down for a night is no reason to give up on a visitor.
RETRY_BASE = datetime.timedelta(minutes=1)
RETRY_MAX_DELAY = datetime.timedelta(hours=1)
RETRY_FOR = datetime.timedelta(hours=24)
# A new request's own task normally runs within seconds; if it has not (the
# broker was down when it was created), the sweep sends it after this long.
QUEUE_GRACE = datetime.timedelta(minutes=1)
# How long a request the sweep queued waits before the sweep queues it again
# (its task lost, or the workers far behind).
SWEEP_LEASE = datetime.timedelta(minutes=5)
# Two deliveries of one request closer than this are duplicates (the sweep and
# a redelivered task): the second does nothing.
MIN_GAP = datetime.timedelta(seconds=30)
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
    """The email could not be handed to the mail server; `retry_at` says when
    it is tried again (None: retries are over and the request is `failed`)."""

    def __init__(self, message: str, retry_at: datetime.datetime | None = None) -> None:
        super().__init__(message)
        self.retry_at = retry_at


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


def clean_language(value: object) -> str:
    """'en' or 'es': the language the visitor used (English when not given)."""
    if value is None or value == "":
        return "en"
    codes = [code for code, _ in LANGUAGES]
    if not isinstance(value, str) or value not in codes:
        raise HandoffError(f"'language' must be one of {', '.join(codes)}.", "language")
    return value


def create_request(
    questions: list, email: str = "", conversation: uuid.UUID | str | None = None, language: str = "en"
) -> HandoffRequest:
    """Store a hand-off and queue its email after the commit; raises HandoffError."""
    cleaned = clean_questions(questions)
    email = clean_email(email)
    language = clean_language(language)
    with transaction.atomic():
        request = _create(cleaned, email, conversation, language, timezone.now())
        bump("handoff")
        # robust: a broker outage must not fail the visitor's request; the
        # row stays `queued` and sweep() queues it again later.
        transaction.on_commit(lambda: queue(request.pk), robust=True)
    return request


def _create(questions: list[str], email: str, conversation, language: str, now: datetime.datetime) -> HandoffRequest:
    for _ in range(5):
        try:
            with transaction.atomic():
                return HandoffRequest.objects.create(
                    reference=new_reference(),
                    questions=questions,
                    email=email,
                    conversation=conversation or None,
                    language=language,
                    queued_at=now,
                    next_attempt_at=now + QUEUE_GRACE,
                )
        except IntegrityError:  # reference already taken: draw again
            continue
    raise RuntimeError("could not draw an unused hand-off reference")


def queue(request_id: int) -> None:
    from handoff.tasks import send_handoff

    send_handoff.delay(request_id)


def _language(request: HandoffRequest) -> tuple[str, str]:
    """(code, English name) of the visitor's language; a value edited into the row that is
    not one of LANGUAGES counts as English, so it never reaches a header or the body."""
    names = dict(LANGUAGES)
    code = request.language if request.language in names else "en"
    return code, names[code]


def language_line(request: HandoffRequest) -> str:
    """What the help desk is told about the visitor's language (the email itself is in English)."""
    code, name = _language(request)
    if code == "en":
        return f"Language: {name}"
    return f"Language: {name}. The visitor used the assistant in {name}: please reply in {name} if you can."


def build_message(request: HandoffRequest) -> EmailMessage:
    # Only the reference and the language code (one of LANGUAGES) go into headers; visitor text stays in the body.
    lines = [
        "A visitor to the IPR public-information assistant asked for a person to answer these questions.",
        "",
        f"Reference: {request.reference}",
        f"Received: {request.created_at:%Y-%m-%d %H:%M} UTC" if request.created_at else "",
        language_line(request),
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
    code, name = _language(request)
    in_language = "" if code == "en" else f" (in {name})"
    return EmailMessage(
        subject=f"IPR assistant hand-off {request.reference}{in_language}",
        body="\n".join(lines) + "\n",
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[settings.HELPDESK_EMAIL],
        reply_to=reply_to,
        headers={"X-IPR-Reference": request.reference, "X-IPR-Language": code},
    )


def deliver(request_id: int, now: datetime.datetime | None = None) -> bool:
    """Email one queued request. True: sent now; False: nothing to do (gone, not
    queued, or attempted moments ago by a duplicate task). Raises DeliveryError,
    after scheduling the next attempt or, a day on, marking the request failed."""
    now = now or timezone.now()
    with transaction.atomic():
        request = HandoffRequest.objects.select_for_update().filter(pk=request_id).first()
        if request is None or request.status != Status.QUEUED:
            return False
        if request.last_attempt_at and now - request.last_attempt_at < MIN_GAP:
            return False
        request.attempts += 1
        request.last_attempt_at = now
        try:
            build_message(request).send(fail_silently=False)
        except (smtplib.SMTPException, OSError) as exc:
            error = f"{type(exc).__name__}: {exc}"[:1000]
            retry_at = _schedule_retry(request, error, now)
        else:
            request.status = Status.SENT
            request.sent_at = now
            request.last_error = ""
            request.next_attempt_at = None
            request.save(update_fields=["attempts", "last_attempt_at", "status", "sent_at", "last_error", "next_attempt_at"])
            return True
    if retry_at is None:
        log.error("hand-off %s: gave up after %s attempts: %s", request.reference, request.attempts, error)
    else:
        log.warning(
            "hand-off %s: delivery attempt %s failed (%s); next attempt at %s",
            request.reference, request.attempts, error, f"{retry_at:%Y-%m-%d %H:%M:%S}",
        )
    raise DeliveryError(error, retry_at)


def retry_delay(attempts: int) -> datetime.timedelta:
    """How long after failed attempt number `attempts` (1, 2, ...) to try again."""
    return min(RETRY_BASE * 2 ** max(attempts - 1, 0), RETRY_MAX_DELAY)


def _schedule_retry(request: HandoffRequest, error: str, now: datetime.datetime) -> datetime.datetime | None:
    """Record a failed attempt; returns when to try again, or None once RETRY_FOR is over."""
    deadline = (request.queued_at or request.created_at or now) + RETRY_FOR
    request.last_error = error
    if now >= deadline:
        request.status = Status.FAILED
        request.next_attempt_at = None
        request.last_error = f"Gave up after {request.attempts} attempts over {_hours(RETRY_FOR)}. {error}"[:1000]
        transaction.on_commit(lambda: alert_staff(request), robust=True)
    else:
        # One last attempt at the deadline rather than none after the last hourly one.
        request.next_attempt_at = min(now + retry_delay(request.attempts), deadline)
    request.save(update_fields=["attempts", "last_attempt_at", "status", "last_error", "next_attempt_at"])
    return request.next_attempt_at


def _hours(delta: datetime.timedelta) -> str:
    hours = delta.total_seconds() / 3600
    return f"{hours:g} hour{'' if hours == 1 else 's'}"


def alert_staff(request: HandoffRequest) -> None:
    """Tell staff a request could not be sent: an error in the log always, and an
    email to settings.ALERT_EMAILS when set (it may fail too: the mail server may
    be what is down; the admin lists failed requests either way)."""
    log.error(
        "hand-off %s could not be sent to the help desk in %s (%s attempts); resend it from the admin",
        request.reference, _hours(RETRY_FOR), request.attempts,
    )
    if not settings.ALERT_EMAILS:
        return
    try:
        send_mail(
            subject=f"IPR assistant: hand-off {request.reference} could not be sent",
            message=(
                f"Hand-off {request.reference} (received {request.created_at:%Y-%m-%d %H:%M} UTC) could not be "
                f"emailed to {settings.HELPDESK_EMAIL} after {request.attempts} attempts over {_hours(RETRY_FOR)}.\n"
                f"Last error: {request.last_error}\n\n"
                "It is kept, marked failed. Once the mail server works, resend it from the admin "
                "(Hand-off requests, action 'Resend').\n"
            ),
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=settings.ALERT_EMAILS,
        )
    except (smtplib.SMTPException, OSError) as exc:
        log.error("hand-off %s: the staff alert email failed too: %s", request.reference, exc)


def resend(requests: Iterable[HandoffRequest]) -> int:
    """Queue requests again (failed, stuck or sent on purpose) with a fresh day of
    retries; answered ones are left."""
    count = 0
    now = timezone.now()
    with transaction.atomic():
        for request in requests:
            if request.status == Status.ANSWERED:
                continue
            HandoffRequest.objects.filter(pk=request.pk).update(
                status=Status.QUEUED,
                attempts=0,
                last_error="",
                queued_at=now,
                last_attempt_at=None,
                next_attempt_at=now + QUEUE_GRACE,
            )
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


def requeue_due(now: datetime.datetime | None = None) -> int:
    """Queue every queued request whose next attempt is due: retries after a failed
    attempt, and new requests whose own task never ran (the broker was down).

    Each is leased for SWEEP_LEASE so a slow queue does not fill with copies;
    a copy that does run is harmless (deliver() sends once and skips attempts
    moments apart).
    """
    now = now or timezone.now()
    due = HandoffRequest.objects.filter(status=Status.QUEUED).filter(
        Q(next_attempt_at__lte=now) | Q(next_attempt_at__isnull=True, created_at__lte=now - QUEUE_GRACE)
    )
    with transaction.atomic():
        # skip_locked: a row a delivery holds is being tried right now.
        ids = list(due.select_for_update(skip_locked=True).values_list("pk", flat=True)[:1000])
        HandoffRequest.objects.filter(pk__in=ids).update(next_attempt_at=now + SWEEP_LEASE)
    for pk in ids:
        transaction.on_commit(lambda pk=pk: queue(pk), robust=True)
    return len(ids)


def sweep(now: datetime.datetime | None = None) -> dict:
    """The periodic job (every minute): queue due requests, purge expired ones."""
    return {"purged": purge_expired(now), "requeued": requeue_due(now)}
