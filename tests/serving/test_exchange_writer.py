"""The batch writer: chat logs and counters off the request path, nothing lost.

PostgreSQL only (the batched path's statement). The writer thread has its own
database connection, so the data it refers to is committed (live_db). The last
test sends SIGTERM to a real gunicorn with rows waiting.
"""
import uuid

import pytest
from django.db import connection
from django.utils import timezone

from assistant import exchange_store, exchange_writer
from assistant.models import ChatLog, Conversation, DailyCount
from tests.assistant.test_exchange_store import exchange, today_counts

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="the batched path is PostgreSQL's"),
]


@pytest.fixture
def batched(live_db, settings, monkeypatch):
    settings.EXCHANGE_WRITES = "batched"
    writer = exchange_writer.Writer(delay=0.2)
    monkeypatch.setattr(exchange_writer, "writer", writer)
    yield writer
    writer.shutdown()


def test_it_answers_before_the_log_is_written_and_writes_it_soon(batched):
    cid = uuid.uuid4()
    conversation, log = exchange_store.store(exchange(cid))
    assert Conversation.objects.filter(pk=cid).exists()  # the next question needs it at once
    assert log.pk and not ChatLog.objects.filter(pk=log.pk).exists()  # not yet: it waits for others
    assert batched.flush(5)
    stored = ChatLog.objects.get(pk=log.pk)
    assert stored.conversation_id == cid and stored.question == log.question
    assert today_counts() == {"questions": 1, "answered": 1}


def test_a_batch_of_many_is_one_write_with_the_same_counts(batched):
    logs = [exchange_store.store(exchange(uuid.uuid4()))[1] for _ in range(50)]
    exchange_store.store(exchange(uuid.uuid4(), kind="fallback", metrics=["questions", "fallback"]))
    assert batched.flush(5)
    assert ChatLog.objects.filter(pk__in=[log.pk for log in logs]).count() == 50
    assert today_counts() == {"questions": 51, "answered": 50, "fallback": 1}


def test_nothing_waiting_is_lost_on_shutdown(live_db, settings, monkeypatch):
    settings.EXCHANGE_WRITES = "batched"
    writer = exchange_writer.Writer(delay=60)  # would wait a minute for more
    monkeypatch.setattr(exchange_writer, "writer", writer)
    ids = [exchange_store.store(exchange(uuid.uuid4()))[1].pk for _ in range(5)]
    assert ChatLog.objects.filter(pk__in=ids).count() == 0
    writer.shutdown()
    assert ChatLog.objects.filter(pk__in=ids).count() == 5


def test_a_full_writer_makes_the_request_write_its_own_row(live_db, settings, monkeypatch):
    settings.EXCHANGE_WRITES = "batched"
    writer = exchange_writer.Writer(delay=60, capacity=3)
    monkeypatch.setattr(exchange_writer, "writer", writer)
    ids = [exchange_store.store(exchange(uuid.uuid4()))[1].pk for _ in range(5)]
    assert writer.pending() <= 3  # bounded memory
    assert ChatLog.objects.filter(pk__in=ids[3:]).count() == 2  # written in the request
    writer.shutdown()
    assert ChatLog.objects.filter(pk__in=ids).count() == 5


def test_a_row_the_database_refuses_is_dropped_alone(batched):
    good = exchange_store.store(exchange(uuid.uuid4()))[1]
    bad = exchange_store.store(exchange(uuid.uuid4(), kind="k" * 50))[1]  # longer than ChatLog.kind allows
    assert batched.flush(5)
    assert ChatLog.objects.filter(pk=good.pk).exists() and not ChatLog.objects.filter(pk=bad.pk).exists()


def test_feedback_on_an_answer_still_in_the_writer_waits_for_it(batched):
    from assistant import index_store, services

    index_store.build_and_publish()
    result = services.chat("What is e-Allegations?")
    assert not ChatLog.objects.filter(pk=result.log.pk).exists()
    feedback = services.record_feedback(result.answer_id, False, "not what I asked")
    assert feedback.log_id == result.log.pk
    assert DailyCount.objects.get(day=timezone.localdate(), metric="not_helpful").count == 1


def test_gunicorn_writes_every_waiting_log_when_stopped_with_sigterm(gunicorn):
    import json
    import urllib.request

    server = gunicorn(workers=2, threads=2, DJANGO_SETTINGS_MODULE="tests.serving.web_settings")
    before = ChatLog.objects.count()
    questions = today_counts().get("questions", 0)
    sent = 40
    for i in range(sent):
        request = urllib.request.Request(
            f"http://127.0.0.1:{server.port}/api/v1/chat/", data=json.dumps({"message": f"What is e-Allegations? {i}"}).encode(),
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            assert response.status == 200
    assert ChatLog.objects.count() == before  # all still waiting in the workers' writers (30 s delay)
    server.stop()  # SIGTERM: gunicorn's worker_exit hook writes them
    assert server.process.returncode == 0
    assert ChatLog.objects.count() == before + sent
    assert today_counts()["questions"] == questions + sent
