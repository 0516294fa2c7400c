"""Reads for the staff dashboard and its CSV export.

Counts come from assistant.DailyCount, which outlives chat-log retention; the
top-question lists come from ChatLog, so they only reach back as far as
settings.CHAT_LOG_DAYS.
"""
import datetime
from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Count, Min, Sum
from django.db.models.functions import Lower, Trim
from django.utils import timezone

from assistant.models import ChatLog, DailyCount
from content.models import Contact
from handoff.models import HandoffRequest

METRICS = ("questions", "answered", "fallback", "helpful", "not_helpful", "click", "handoff")
DEFAULT_DAYS = 30
MAX_DAYS = 366


@dataclass(frozen=True)
class Period:
    start: datetime.date
    end: datetime.date

    @classmethod
    def last(cls, days: int = DEFAULT_DAYS, today: datetime.date | None = None) -> "Period":
        end = today or timezone.localdate()
        return cls(end - datetime.timedelta(days=days - 1), end)

    def bounds(self) -> tuple[datetime.datetime, datetime.datetime]:
        """[start of the first day, start of the day after the last) in local time.

        A plain range on the indexed column: filtering on created_at__date
        would cast every row (a Python function per row on SQLite).
        """
        tz = timezone.get_current_timezone()
        first = datetime.datetime.combine(self.start, datetime.time.min, tzinfo=tz)
        after = datetime.datetime.combine(self.end + datetime.timedelta(days=1), datetime.time.min, tzinfo=tz)
        return first, after

    def days(self) -> list[datetime.date]:
        return [self.start + datetime.timedelta(days=n) for n in range((self.end - self.start).days + 1)]


def _counts(period: Period):
    return DailyCount.objects.filter(day__gte=period.start, day__lte=period.end)


def daily(period: Period) -> dict[str, list[int]]:
    """metric -> counts per day of the period (keys summed, missing days 0)."""
    index = {day: n for n, day in enumerate(period.days())}
    out = {metric: [0] * len(index) for metric in METRICS}
    rows = _counts(period).filter(metric__in=METRICS).values("day", "metric").annotate(total=Sum("count"))
    for row in rows:
        out[row["metric"]][index[row["day"]]] = row["total"]
    return out


def totals(period: Period) -> dict[str, int]:
    rows = _counts(period).filter(metric__in=METRICS).values("metric").annotate(total=Sum("count"))
    out = dict.fromkeys(METRICS, 0)
    out.update({row["metric"]: row["total"] for row in rows})
    return out


def clicks_by_channel(period: Period) -> list[tuple[str, int]]:
    """(channel name, clicks), most clicked first; unknown slugs shown as they are."""
    rows = _counts(period).filter(metric="click").values("key").annotate(total=Sum("count")).order_by("-total", "key")
    names = dict(Contact.objects.values_list("slug", "name"))
    return [(names.get(row["key"], row["key"] or "(none)"), row["total"]) for row in rows]


def top_questions(period: Period, fallback_only: bool = False, limit: int = 10) -> list[tuple[str, int]]:
    """Most asked questions (case and outer spaces ignored), from the chat logs kept."""
    first, after = period.bounds()
    logs = ChatLog.objects.filter(created_at__gte=first, created_at__lt=after)
    logs = logs.filter(kind="fallback") if fallback_only else logs.exclude(kind="smalltalk")
    rows = (
        logs.annotate(norm=Lower(Trim("question")))
        .values("norm")
        .annotate(n=Count("id"), sample=Min("question"))
        .order_by("-n", "norm")[:limit]
    )
    return [(row["sample"].strip(), row["n"]) for row in rows]


def handoff_statuses(period: Period) -> dict[str, int]:
    """Hand-off requests still kept (retention applies), by status."""
    first, after = period.bounds()
    rows = (
        HandoffRequest.objects.filter(created_at__gte=first, created_at__lt=after)
        .values("status")
        .annotate(n=Count("id"))
    )
    out = dict.fromkeys(HandoffRequest.Status.values, 0)
    out.update({row["status"]: row["n"] for row in rows})
    return out


def share(part: int, whole: int) -> float | None:
    return round(100.0 * part / whole, 1) if whole else None


def dashboard(period: Period) -> dict:
    series = daily(period)
    total = totals(period)
    return {
        "period": period,
        "days": period.days(),
        "series": series,
        "totals": total,
        "answered_share": share(total["answered"], total["answered"] + total["fallback"]),
        "helpful_share": share(total["helpful"], total["helpful"] + total["not_helpful"]),
        "clicks": clicks_by_channel(period),
        "top_questions": top_questions(period),
        "top_fallbacks": top_questions(period, fallback_only=True),
        "handoff_statuses": handoff_statuses(period),
    }


def export_rows(period: Period):
    """(day, metric, key, count): one row per day per metric (and key), for the CSV."""
    return _counts(period).order_by("day", "metric", "key").values_list("day", "metric", "key", "count").iterator()


def daily_table(period: Period) -> list[dict]:
    """One row per day with every metric: the data behind the charts, as a table."""
    series = daily(period)
    rows = defaultdict(dict)
    for n, day in enumerate(period.days()):
        rows[day] = {metric: series[metric][n] for metric in METRICS}
    return [{"day": day, **values} for day, values in rows.items()]
