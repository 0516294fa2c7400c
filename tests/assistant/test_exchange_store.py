"""Storing a chat exchange: one statement on PostgreSQL, the ORM elsewhere, the
same rows either way, and nothing at all when part of it fails."""
import uuid

import pytest
from django.db import DatabaseError, connection, transaction
from django.utils import timezone

from assistant import exchange_store
from assistant.exchange_store import Exchange
from assistant.models import ChatLog, Conversation, DailyCount


def exchange(conversation_id: uuid.UUID, **changes) -> Exchange:
    fields = dict(
        conversation_id=conversation_id,
        token_hash="0" * 64,
        context={"frame": {"table": "Seizure lines by product"}, "topic": "statistic"},
        question="How many handbags? [email removed]",
        kind="statistic",
        answer="**1,234** seizure lines",
        sources=[{"title": "Seizures by product", "url": "/report/products/", "kind": "statistic"}],
        confidence=0.91,
        latency_ms=1.25,
        metrics=["questions", "answered"],
    )
    fields.update(changes)
    return Exchange(**fields)


def today_counts() -> dict:
    return {c.metric: c.count for c in DailyCount.objects.filter(day=timezone.localdate(), key="")}


def test_it_stores_a_new_conversation_its_log_and_counters(db):
    cid = uuid.uuid4()
    conversation, log = exchange_store.store(exchange(cid))
    stored = ChatLog.objects.get()
    assert stored.pk == log.pk and stored.conversation_id == cid == conversation.pk
    assert (stored.question, stored.kind, stored.answer) == ("How many handbags? [email removed]", "statistic",
                                                             "**1,234** seizure lines")
    assert stored.sources[0]["url"] == "/report/products/"
    assert (stored.confidence, stored.latency_ms) == (0.91, 1.25)
    assert Conversation.objects.get().context["frame"]["table"] == "Seizure lines by product"
    assert today_counts() == {"questions": 1, "answered": 1}


def test_it_updates_a_continued_conversation(db):
    cid = uuid.uuid4()
    first, _ = exchange_store.store(exchange(cid))
    before = Conversation.objects.get().updated_at
    existing = Conversation.objects.get()
    conversation, _ = exchange_store.store(exchange(cid, context={"topic": "faq"}, kind="faq",
                                                    metrics=["questions", "answered"]), existing=existing)
    stored = Conversation.objects.get()
    assert stored.context == {"topic": "faq"} and stored.updated_at >= before
    assert conversation.pk == cid and ChatLog.objects.filter(conversation_id=cid).count() == 2
    assert today_counts() == {"questions": 2, "answered": 2}


def test_it_counts_a_metric_it_has_not_seen_today(db):
    exchange_store.store(exchange(uuid.uuid4()))
    exchange_store.store(exchange(uuid.uuid4(), kind="fallback", metrics=["questions", "fallback"]))
    assert today_counts() == {"questions": 2, "answered": 1, "fallback": 1}


def test_it_handles_missing_metrics(db):
    exchange_store.store(exchange(uuid.uuid4(), metrics=[]))
    assert ChatLog.objects.count() == 1 and today_counts() == {}


def test_the_returned_log_is_the_stored_one(db):
    _, log = exchange_store.store(exchange(uuid.uuid4()))
    assert ChatLog.objects.filter(pk=log.pk).exists()
    log.kind = "faq"
    log.save(update_fields=["kind"])  # an instance the ORM treats as already stored
    assert ChatLog.objects.get().kind == "faq"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the one-statement path runs on PostgreSQL")
def test_it_stores_nothing_when_the_statement_fails_on_postgresql(db):
    exchange_store.store(exchange(uuid.uuid4()))
    # atomic(): the test runs inside a transaction, which the failure would abort.
    with pytest.raises(DatabaseError), transaction.atomic():
        exchange_store.store(exchange(uuid.uuid4(), kind="k" * 50))  # longer than ChatLog.kind allows
    assert Conversation.objects.count() == 1 and ChatLog.objects.count() == 1
    assert today_counts() == {"questions": 1, "answered": 1}


@pytest.mark.skipif(connection.vendor == "postgresql", reason="the ORM path runs on other databases")
def test_it_stores_nothing_when_the_log_insert_fails_elsewhere(db, monkeypatch):
    exchange_store.store(exchange(uuid.uuid4()))

    def fail(**kwargs):
        raise DatabaseError("disk full")

    monkeypatch.setattr(ChatLog.objects, "create", fail)
    with pytest.raises(DatabaseError):
        exchange_store.store(exchange(uuid.uuid4()))
    assert Conversation.objects.count() == 1 and ChatLog.objects.count() == 1
    assert today_counts() == {"questions": 1, "answered": 1}


def test_it_stores_the_answers_language(db):
    # The staff dashboard splits questions, fallbacks and feedback by it (both paths).
    _, log = exchange_store.store(exchange(uuid.uuid4(), language="es"))
    exchange_store.store(exchange(uuid.uuid4()))
    assert ChatLog.objects.get(pk=log.pk).language == "es"
    assert sorted(ChatLog.objects.values_list("language", flat=True)) == ["en", "es"]
