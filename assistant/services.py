"""Writes of the assistant: answer and log a chat message, record feedback.

answer_message() answers without storing anything (staff console, `ask`);
chat() is what the public API calls: it answers, remembers the conversation's
context, stores a redacted ChatLog and counts the day's questions. A
conversation is continued only with the handle chat() returned for it
(assistant/conversations.py).
"""
import time
from dataclasses import dataclass

from django.core import signing
from django.db import transaction
from django.utils import timezone

from assistant import conversations, exchange_store
from assistant.answer_cache import cached_answer
from assistant.answering.engine import answer
from assistant.answering.reply import Answer
from assistant.counts import bump, unbump
from assistant.models import ChatLog, Conversation, Feedback
from assistant.redaction import redact

ANSWER_ID_SALT = "assistant.answer-id"


class InvalidAnswerId(ValueError):
    """The answer_id was not issued by this site, or its exchange is gone."""


@dataclass
class ChatResult:
    answer: Answer
    conversation: Conversation
    log: ChatLog
    answer_id: str
    handle: str  # what the visitor sends back to continue: "<public id>.<token>"


def answer_message(message: str, context: dict | None = None, language: str = "") -> Answer:
    """The answer the public would get, with nothing stored or counted."""
    return answer(message, context or {}, language=language)


def sign_answer_id(log_id: int) -> str:
    return signing.dumps(log_id, salt=ANSWER_ID_SALT, compress=False)


def read_answer_id(answer_id: str) -> int:
    try:
        value = signing.loads(answer_id, salt=ANSWER_ID_SALT)
    except signing.BadSignature:
        raise InvalidAnswerId("This answer_id is not valid.") from None
    if not isinstance(value, int):
        raise InvalidAnswerId("This answer_id is not valid.")
    return value


def chat(message: str, handle: str | None = None, language: str = "") -> ChatResult:
    """Answer `message` within its conversation and log the exchange (question redacted).

    `language` is the page's or widget's ("en", "es"): a message too short to tell follows it.

    `handle` continues a conversation only when its token matches; anything else
    (a public id alone, a wrong token, an expired conversation) starts a new one.
    """
    started = time.perf_counter()
    found = conversations.verified(handle)
    conversation, token = found if found else (None, None)
    issued = None if found else conversations.issue()
    question = redact(message)
    result = cached_answer(message, (conversation.context or {}) if conversation else {}, question, language)
    latency_ms = (time.perf_counter() - started) * 1000
    conversation, log = exchange_store.store(
        exchange_store.Exchange(
            conversation_id=conversation.pk if conversation else issued.id,
            token_hash=issued.token_hash if issued else "",
            context=result.context or {},
            question=question,
            kind=result.kind,
            answer=result.text,
            sources=result.sources,
            confidence=result.confidence,
            latency_ms=round(latency_ms, 3),
            metrics=["questions", "fallback" if result.kind == "fallback" else "answered"],
            language=result.language or "en",
        ),
        existing=conversation,
    )
    handle = conversations.make_handle(conversation.pk, token) if found else issued.handle
    return ChatResult(answer=result, conversation=conversation, log=log, answer_id=sign_answer_id(log.pk), handle=handle)


def record_feedback(answer_id: str, helpful: bool, comment: str = "") -> Feedback:
    """Store a visitor's rating of one answer; the comment is redacted first.

    An answer belongs to one visitor's conversation, so it has at most one
    rating: rating it again (the widget's "Not helpful" and then a comment)
    updates that rating, adds the comment and keeps the daily counters right.
    """
    log_id = read_answer_id(answer_id)
    comment = redact(comment or "")
    # The log row of an answer given moments ago may still be in a batch writer.
    exchange_store.wait_for_log(log_id)
    with transaction.atomic():
        # Locking the exchange serialises two ratings of it sent at once.
        log = ChatLog.objects.select_for_update().filter(pk=log_id).first()
        if log is None:
            raise InvalidAnswerId("This answer is no longer available for feedback.")
        feedback = log.feedback.order_by("-created_at").first()
        if feedback is None:
            feedback = Feedback.objects.create(log=log, helpful=helpful, comment=comment)
            bump(_vote(helpful))
            return feedback
        if feedback.helpful != helpful:
            unbump(_vote(feedback.helpful), day=timezone.localdate(feedback.created_at))
            bump(_vote(helpful))
            feedback.helpful = helpful
        if comment:
            feedback.comment = comment
        feedback.save(update_fields=["helpful", "comment"])
    return feedback


def _vote(helpful: bool) -> str:
    return "helpful" if helpful else "not_helpful"
