"""Store one chat exchange: the conversation's context, the redacted log row and
the day's counters, all or nothing.

Every public question comes through here, so on PostgreSQL it is one statement
(one round trip, one implicit transaction) instead of four ORM queries: with the
ORM, building and sending those queries took about a quarter of a web worker's
CPU per question (py-spy under bench/load.py). Other databases (SQLite, the
local default) take the plain ORM path; both leave the same rows behind
(tests/assistant/test_exchange_store.py).
"""
import datetime
import functools
import json
import uuid
from dataclasses import dataclass

from django.db import connection, transaction
from django.utils import timezone

from assistant.counts import bump_many
from assistant.models import ChatLog, Conversation, DailyCount


@dataclass
class Exchange:
    conversation_id: uuid.UUID
    context: dict
    question: str  # already redacted
    kind: str
    answer: str
    sources: list
    confidence: float
    latency_ms: float
    metrics: list[str]  # DailyCount metrics to add one to


def store(exchange: Exchange, existing: Conversation | None = None) -> tuple[Conversation, ChatLog]:
    """Save the exchange; `existing` is the conversation it continues, if any."""
    now = timezone.now()
    if connection.vendor == "postgresql":
        log_id = _store_postgresql(exchange, now, timezone.localdate(now))
        conversation = existing or Conversation(id=exchange.conversation_id, created_at=now)
        conversation.context, conversation.updated_at = exchange.context, now
        log = ChatLog(
            pk=log_id, conversation=conversation, created_at=now, question=exchange.question, kind=exchange.kind,
            answer=exchange.answer, sources=exchange.sources, confidence=exchange.confidence,
            latency_ms=exchange.latency_ms,
        )
        conversation._state.adding = log._state.adding = False  # they are in the database
        return conversation, log
    with transaction.atomic():
        if existing is None:
            conversation = Conversation.objects.create(id=exchange.conversation_id, context=exchange.context)
        else:
            conversation = existing
            conversation.context = exchange.context
            conversation.save(update_fields=["context", "updated_at"])
        log = ChatLog.objects.create(
            conversation=conversation, question=exchange.question, kind=exchange.kind, answer=exchange.answer,
            sources=exchange.sources, confidence=exchange.confidence, latency_ms=exchange.latency_ms,
        )
        bump_many(exchange.metrics)
    return conversation, log


def _table(model) -> str:
    return connection.ops.quote_name(model._meta.db_table)


def _columns(model, *names: str) -> str:
    return ", ".join(connection.ops.quote_name(model._meta.get_field(n).column) for n in names)


def _store_postgresql(exchange: Exchange, now: datetime.datetime, day: datetime.date) -> int:
    metrics = sorted(set(exchange.metrics))  # one row each, locked in the same order by every writer
    params: list = [exchange.conversation_id, now, now, json.dumps(exchange.context)]
    for metric in metrics:
        params += [day, metric]
    params += [now, exchange.question, exchange.kind, exchange.answer, json.dumps(exchange.sources),
               exchange.confidence, exchange.latency_ms]
    with connection.cursor() as cursor:
        cursor.execute(_sql(len(metrics)), params)
        return cursor.fetchone()[0]


@functools.cache
def _sql(metrics: int) -> str:
    """The statement for an exchange that counts `metrics` metrics (built once)."""
    counts, q = _table(DailyCount), connection.ops.quote_name
    counted = f""", counted AS (
            INSERT INTO {counts} ({_columns(DailyCount, "day", "metric", "key", "count")})
            VALUES {", ".join(["(%s, %s, '', 1)"] * metrics)}
            ON CONFLICT ({_columns(DailyCount, "day", "metric", "key")}) DO UPDATE
                SET {q("count")} = {counts}.{q("count")} + EXCLUDED.{q("count")}
        )""" if metrics else ""
    return f"""
        WITH conv AS (
            INSERT INTO {_table(Conversation)} ({_columns(Conversation, "id", "created_at", "updated_at", "context")})
            VALUES (%s, %s, %s, %s::jsonb)
            ON CONFLICT ({q("id")}) DO UPDATE
                SET {q("context")} = EXCLUDED.{q("context")}, {q("updated_at")} = EXCLUDED.{q("updated_at")}
            RETURNING {q("id")}
        ){counted}
        INSERT INTO {_table(ChatLog)} ({_columns(ChatLog, "conversation", "created_at", "question", "kind", "answer",
                                                  "sources", "confidence", "latency_ms")})
        SELECT conv.{q("id")}, %s, %s, %s, %s, %s::jsonb, %s, %s FROM conv
        RETURNING {q("id")}
    """
