"""Daily counters that survive chat-log retention (see DailyCount)."""
import datetime

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from assistant.models import DailyCount


def bump(metric: str, key: str = "", by: int = 1, day: datetime.date | None = None) -> None:
    """Add `by` to today's counter, creating it on first use; safe under concurrency."""
    bump_many([metric], key=key, by=by, day=day)


def bump_many(metrics: list[str], key: str = "", by: int = 1, day: datetime.date | None = None) -> None:
    """Add `by` to several of today's counters in one UPDATE (the chat's hot path).

    Only the first use of a counter on a day needs more: the missing rows are
    created, and a concurrent creator's row is incremented instead.
    """
    day = day or timezone.localdate()
    rows = DailyCount.objects.filter(day=day, metric__in=metrics, key=key)
    if rows.update(count=F("count") + by) == len(set(metrics)):
        return
    present = set(rows.values_list("metric", flat=True))
    for metric in set(metrics) - present:
        try:
            with transaction.atomic():
                DailyCount.objects.create(day=day, metric=metric, key=key, count=by)
        except IntegrityError:  # created meanwhile by another process
            DailyCount.objects.filter(day=day, metric=metric, key=key).update(count=F("count") + by)


def unbump(metric: str, key: str = "", day: datetime.date | None = None) -> None:
    """Take one back from a counter (a visitor changed their rating); never below zero."""
    day = day or timezone.localdate()
    DailyCount.objects.filter(day=day, metric=metric, key=key, count__gt=0).update(count=F("count") - 1)
