"""Store one chat exchange: the conversation's context, the redacted log row and
the day's counters.

With settings.EXCHANGE_WRITES = "batched" (production on PostgreSQL) only the
conversation is written while the visitor waits, in one statement that also
draws the log row's id; the log row and counters go to the per-process batch
writer (assistant/exchange_writer.py). "inline" writes all three in one
statement, all or nothing (the test settings, and how it worked until issue 17).

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
import time
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from assistant import exchange_writer
from assistant.exchange_writer import column_names, table_name
from assistant.counts import bump_many
from assistant.models import ChatLog, Conversation, DailyCount


@dataclass
class Exchange:
    conversation_id: uuid.UUID
    token_hash: str  # of a new conversation; "" when continuing one (its hash is kept)
    context: dict
    question: str  # already redacted
    kind: str
    answer: str
    sources: list
    confidence: float
    latency_ms: float
    metrics: list[str]  # DailyCount metrics to add one to
    language: str = "en"


def batched() -> bool:
    return connection.vendor == "postgresql" and getattr(settings, "EXCHANGE_WRITES", "inline") == "batched"


def store(exchange: Exchange, existing: Conversation | None = None) -> tuple[Conversation, ChatLog]:
    """Save the exchange; `existing` is the conversation it continues, if any."""
    now = timezone.now()
    if batched():
        log_id = _store_conversation(exchange, now)
        exchange_writer.writer.submit(exchange_writer.Row(
            id=log_id, conversation_id=exchange.conversation_id, created_at=now, day=timezone.localdate(now),
            question=exchange.question, kind=exchange.kind, answer=exchange.answer, sources=exchange.sources,
            confidence=exchange.confidence, latency_ms=exchange.latency_ms, metrics=tuple(exchange.metrics),
            language=exchange.language,
        ))
    elif connection.vendor == "postgresql":
        log_id = _store_postgresql(exchange, now, timezone.localdate(now))
    if connection.vendor == "postgresql":
        conversation = existing or Conversation(id=exchange.conversation_id, created_at=now,
                                                token_hash=exchange.token_hash)
        conversation.context, conversation.updated_at = exchange.context, now
        log = ChatLog(
            pk=log_id, conversation=conversation, created_at=now, question=exchange.question, kind=exchange.kind,
            answer=exchange.answer, sources=exchange.sources, confidence=exchange.confidence,
            latency_ms=exchange.latency_ms, language=exchange.language,
        )
        conversation._state.adding = log._state.adding = False  # they are in the database
        return conversation, log
    with transaction.atomic():
        if existing is None:
            conversation = Conversation.objects.create(
                id=exchange.conversation_id, context=exchange.context, token_hash=exchange.token_hash
            )
        else:
            conversation = existing
            conversation.context = exchange.context
            conversation.save(update_fields=["context", "updated_at"])
        log = ChatLog.objects.create(
            conversation=conversation, question=exchange.question, kind=exchange.kind, answer=exchange.answer,
            sources=exchange.sources, confidence=exchange.confidence, latency_ms=exchange.latency_ms,
            language=exchange.language,
        )
        bump_many(exchange.metrics)
    return conversation, log


def wait_for_log(log_id: int, timeout: float = 2.0) -> bool:
    """True once the ChatLog row exists: this process's writer is flushed, other
    processes' writers are given `timeout` seconds (they write every WRITE_DELAY)."""
    if not batched():
        return ChatLog.objects.filter(pk=log_id).exists()
    exchange_writer.writer.flush(timeout)
    deadline = time.monotonic() + timeout
    while True:
        if ChatLog.objects.filter(pk=log_id).exists():
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(exchange_writer.WRITE_DELAY)


def _store_conversation(exchange: Exchange, now: datetime.datetime) -> int:
    """Upsert the conversation; returns a fresh ChatLog id (one round trip)."""
    row = exchange_writer.execute_bound(
        _conversation_sql(), [exchange.conversation_id, now, now, json.dumps(exchange.context), exchange.token_hash],
        fetch=True,
    )
    return row[0]


def _conversation_upsert() -> str:
    """`conv`: inserts the conversation or updates its context; parameters id,
    created_at, updated_at, context (JSON), token_hash (kept when it exists)."""
    q = connection.ops.quote_name
    return f"""conv AS (
            INSERT INTO {table_name(Conversation)} ({column_names(Conversation, "id", "created_at", "updated_at", "context",
                                                          "token_hash")})
            VALUES (%s, %s, %s, %s::jsonb, %s)
            ON CONFLICT ({q("id")}) DO UPDATE
                SET {q("context")} = EXCLUDED.{q("context")}, {q("updated_at")} = EXCLUDED.{q("updated_at")}
            RETURNING {q("id")}
        )"""


@functools.cache
def _conversation_sql() -> str:
    sequence = f"pg_get_serial_sequence('{ChatLog._meta.db_table}', '{ChatLog._meta.pk.column}')"
    return f"WITH {_conversation_upsert()} SELECT nextval({sequence}) FROM conv"


def _store_postgresql(exchange: Exchange, now: datetime.datetime, day: datetime.date) -> int:
    metrics = sorted(set(exchange.metrics))  # one row each, locked in the same order by every writer
    params: list = [exchange.conversation_id, now, now, json.dumps(exchange.context), exchange.token_hash]
    for metric in metrics:
        params += [day, metric]
    params += [now, exchange.question, exchange.kind, exchange.answer, json.dumps(exchange.sources),
               exchange.confidence, exchange.latency_ms, exchange.language]
    with connection.cursor() as cursor:
        cursor.execute(_sql(len(metrics)), params)
        return cursor.fetchone()[0]


@functools.cache
def _sql(metrics: int) -> str:
    """The statement for an exchange that counts `metrics` metrics (built once)."""
    counts, q = table_name(DailyCount), connection.ops.quote_name
    counted = f""", counted AS (
            INSERT INTO {counts} ({column_names(DailyCount, "day", "metric", "key", "count")})
            VALUES {", ".join(["(%s, %s, '', 1)"] * metrics)}
            ON CONFLICT ({column_names(DailyCount, "day", "metric", "key")}) DO UPDATE
                SET {q("count")} = {counts}.{q("count")} + EXCLUDED.{q("count")}
        )""" if metrics else ""
    return f"""
        WITH {_conversation_upsert()}{counted}
        INSERT INTO {table_name(ChatLog)} ({column_names(ChatLog, "conversation", "created_at", "question", "kind", "answer",
                                                  "sources", "confidence", "latency_ms", "language")})
        SELECT conv.{q("id")}, %s, %s, %s, %s, %s::jsonb, %s, %s, %s FROM conv
        RETURNING {q("id")}
    """
