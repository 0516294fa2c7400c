"""Retention: personal data in hand-offs goes after CHAT_LOG_DAYS; stuck ones are requeued."""
import datetime

import pytest
from django.utils import timezone

from assistant.models import DailyCount
from handoff import services
from handoff.models import HandoffRequest

pytestmark = pytest.mark.django_db


def aged(reference: str, days: float, status: str = "sent") -> HandoffRequest:
    request = HandoffRequest.objects.create(reference=reference, questions=["q"], email="v@example.com", status=status)
    HandoffRequest.objects.filter(pk=request.pk).update(created_at=timezone.now() - datetime.timedelta(days=days))
    return request


# Base case: requests older than the retention period are deleted, the rest kept.
def test_it_deletes_requests_older_than_the_retention_period(settings):
    settings.CHAT_LOG_DAYS = 30
    aged("IPR-AAAA-2222", 31)
    aged("IPR-BBBB-3333", 31, status="failed")
    aged("IPR-CCCC-4444", 29)
    assert services.purge_expired() == 2
    assert list(HandoffRequest.objects.values_list("reference", flat=True)) == ["IPR-CCCC-4444"]


def test_it_keeps_the_daily_count_when_requests_are_purged(settings):
    settings.CHAT_LOG_DAYS = 1
    DailyCount.objects.create(day=timezone.localdate() - datetime.timedelta(days=5), metric="handoff", count=1)
    aged("IPR-AAAA-2222", 5)
    services.purge_expired()
    assert DailyCount.objects.get(metric="handoff").count == 1


def test_it_requeues_requests_stuck_in_the_queue(monkeypatch, django_capture_on_commit_callbacks):
    ids = []
    monkeypatch.setattr(services, "queue", ids.append)
    stuck = aged("IPR-AAAA-2222", 0.5, status="queued")
    aged("IPR-BBBB-3333", 0.5, status="sent")
    fresh = HandoffRequest.objects.create(reference="IPR-CCCC-4444", questions=["q"])  # its task is on the way
    with django_capture_on_commit_callbacks(execute=True):
        result = services.sweep()
    assert result == {"purged": 0, "requeued": 1}
    assert ids == [stuck.pk] and fresh.pk not in ids


def test_the_sweep_task_runs_the_sweep(monkeypatch):
    from handoff import tasks

    monkeypatch.setattr(services, "sweep", lambda: {"purged": 3, "requeued": 0})
    assert tasks.sweep_handoffs.apply().get() == {"purged": 3, "requeued": 0}
