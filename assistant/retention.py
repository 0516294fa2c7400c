"""Forget visitors' questions after settings.CHAT_LOG_DAYS.

Chat logs, their feedback and idle conversations (whose context may quote a
question) older than the cut-off are deleted in batches, so a large backlog
never holds a long lock. Daily counts (assistant.DailyCount) were bumped when
the rows were written and are kept. Hand-off requests follow the same setting
through handoff.services.purge_expired() when that app is installed.
"""
import datetime
import logging

from django.apps import apps
from django.conf import settings
from django.utils import timezone

from assistant.models import ChatLog, Conversation, Feedback

log = logging.getLogger(__name__)

BATCH = 1000


def cutoff(now: datetime.datetime | None = None) -> datetime.datetime:
    return (now or timezone.now()) - datetime.timedelta(days=settings.CHAT_LOG_DAYS)


def _delete_in_batches(queryset) -> int:
    total = 0
    while True:
        ids = list(queryset.values_list("pk", flat=True)[:BATCH])
        if not ids:
            return total
        total += queryset.model.objects.filter(pk__in=ids).delete()[1].get(queryset.model._meta.label, 0)


def purge(now: datetime.datetime | None = None) -> dict:
    """Delete what is past retention; returns counts per kind. Safe to run any time."""
    before = cutoff(now)
    counts = {
        "feedback": _delete_in_batches(Feedback.objects.filter(created_at__lt=before)),
        "chat_logs": _delete_in_batches(ChatLog.objects.filter(created_at__lt=before)),
        "conversations": _delete_in_batches(Conversation.objects.filter(updated_at__lt=before, logs__isnull=True)),
    }
    if apps.is_installed("handoff"):
        try:
            from handoff.services import purge_expired
        except ImportError:
            purge_expired = None
        if purge_expired is not None:
            counts["handoffs"] = purge_expired(now)
    log.info("retention (%d days): deleted %s", settings.CHAT_LOG_DAYS, counts)
    return counts
