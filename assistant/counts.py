"""Daily counters that survive chat-log retention (see DailyCount)."""
import datetime

from django.db.models import F
from django.utils import timezone

from assistant.models import DailyCount


def bump(metric: str, key: str = "", by: int = 1, day: datetime.date | None = None) -> None:
    """Add `by` to today's counter, creating it on first use; safe under concurrency."""
    day = day or timezone.localdate()
    updated = DailyCount.objects.filter(day=day, metric=metric, key=key).update(count=F("count") + by)
    if not updated:
        obj, created = DailyCount.objects.get_or_create(day=day, metric=metric, key=key, defaults={"count": by})
        if not created:
            DailyCount.objects.filter(pk=obj.pk).update(count=F("count") + by)
