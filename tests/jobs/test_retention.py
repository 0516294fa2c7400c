"""Retention: chat logs, feedback and idle conversations older than CHAT_LOG_DAYS go.

Base cases: old rows deleted, recent ones kept, daily counters kept, a second
run deletes nothing more, the setting moves the cut-off.
"""
import datetime

import pytest
from django.utils import timezone

from assistant import retention
from assistant.counts import bump
from assistant.models import ChatLog, Conversation, DailyCount, Feedback
from assistant.tasks import purge_chat_logs


def make_log(days_old: int, question: str = "where do fake watches come from") -> ChatLog:
    conversation = Conversation.objects.create()
    log = ChatLog.objects.create(conversation=conversation, question=question, kind="faq", answer="...")
    Feedback.objects.create(log=log, helpful=False)
    then = timezone.now() - datetime.timedelta(days=days_old)
    ChatLog.objects.filter(pk=log.pk).update(created_at=then)
    Feedback.objects.filter(log=log).update(created_at=then)
    Conversation.objects.filter(pk=conversation.pk).update(updated_at=then)
    return log


@pytest.fixture
def logs(db, settings):
    settings.CHAT_LOG_DAYS = 30
    return {"old": make_log(31), "recent": make_log(29)}


def test_it_deletes_logs_feedback_and_conversations_past_retention(logs):
    counts = purge_chat_logs.apply().get()
    assert counts["chat_logs"] == 1 and counts["feedback"] == 1 and counts["conversations"] == 1
    assert list(ChatLog.objects.values_list("pk", flat=True)) == [logs["recent"].pk]
    assert Feedback.objects.filter(log=logs["old"]).count() == 0
    assert Conversation.objects.filter(pk=logs["old"].conversation_id).count() == 0
    assert Conversation.objects.filter(pk=logs["recent"].conversation_id).count() == 1


def test_it_keeps_daily_counts(logs):
    bump("questions", day=(timezone.now() - datetime.timedelta(days=31)).date())
    retention.purge()
    assert DailyCount.objects.get(metric="questions").count == 1


def test_it_is_safe_to_run_twice(logs):
    retention.purge()
    again = retention.purge()
    assert again["chat_logs"] == 0 and again["feedback"] == 0 and again["conversations"] == 0
    assert ChatLog.objects.count() == 1


def test_it_follows_the_setting(logs, settings):
    settings.CHAT_LOG_DAYS = 60
    assert retention.purge()["chat_logs"] == 0
    settings.CHAT_LOG_DAYS = 1
    assert retention.purge()["chat_logs"] == 2


def test_it_deletes_in_batches(db, settings, monkeypatch):
    settings.CHAT_LOG_DAYS = 30
    monkeypatch.setattr(retention, "BATCH", 2)
    for _ in range(5):
        make_log(40)
    assert retention.purge()["chat_logs"] == 5
    assert ChatLog.objects.count() == 0
