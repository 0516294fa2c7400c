"""Reads for the staff dashboard and its CSV export.

Counts come from assistant.DailyCount, which outlives chat-log retention; the
top-question lists and the split by language come from ChatLog (and the feedback
on it), so they only reach back as far as settings.CHAT_LOG_DAYS.
"""
import datetime
from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, Min, Q, Sum
from django.db.models.functions import Lower, Trim
from django.utils import timezone

from assistant.models import ChatLog, DailyCount, Feedback
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


def _logs(period: Period, fallback_only: bool = False, language: str | None = None):
    first, after = period.bounds()
    logs = ChatLog.objects.filter(created_at__gte=first, created_at__lt=after)
    logs = logs.filter(kind="fallback") if fallback_only else logs.exclude(kind="smalltalk")
    return logs.filter(language=language) if language else logs


def top_questions(
    period: Period, fallback_only: bool = False, limit: int = 10, language: str | None = None
) -> list[tuple[str, int]]:
    """Most asked questions (case and outer spaces ignored), from the chat logs kept; of one language when given."""
    rows = (
        _logs(period, fallback_only, language)
        .annotate(norm=Lower(Trim("question")))
        .values("norm")
        .annotate(n=Count("id"), sample=Min("question"))
        .order_by("-n", "norm")[:limit]
    )
    return [(row["sample"].strip(), row["n"]) for row in rows]


def top_questions_with_language(period: Period, fallback_only: bool = False, limit: int = 100) -> list[tuple[str, int, str]]:
    """(question, times asked, language): the CSV's lists, each question counted per language."""
    rows = (
        _logs(period, fallback_only)
        .annotate(norm=Lower(Trim("question")))
        .values("norm", "language")
        .annotate(n=Count("id"), sample=Min("question"))
        .order_by("-n", "norm", "language")[:limit]
    )
    return [(row["sample"].strip(), row["n"], row["language"]) for row in rows]


def language_name(code: str) -> str:
    return dict(settings.LANGUAGES).get(code, code or "(unknown)")


def by_language(period: Period, top: int = 5) -> list[dict]:
    """Questions, fallbacks and feedback per language the visitors used, from the chat logs kept.

    [{code, name, questions, answered, fallback, fallback_share, helpful, not_helpful,
    helpful_share, top_questions, top_fallbacks}], the site's languages first (also when
    nobody used one), then any other code the logs hold.
    """
    first, after = period.bounds()
    asked = (
        ChatLog.objects.filter(created_at__gte=first, created_at__lt=after)
        .values("language")
        .annotate(questions=Count("id"), fallback=Count("id", filter=Q(kind="fallback")))
    )
    rated = (
        Feedback.objects.filter(created_at__gte=first, created_at__lt=after)
        .values("log__language")
        .annotate(yes=Count("id", filter=Q(helpful=True)), no=Count("id", filter=Q(helpful=False)))
    )
    asked = {row["language"]: row for row in asked}
    rated = {row["log__language"]: row for row in rated}
    codes = [code for code, _ in settings.LANGUAGES]
    codes += sorted((set(asked) | set(rated)) - set(codes))
    out = []
    for code in codes:
        questions = asked.get(code, {}).get("questions", 0)
        fallback = asked.get(code, {}).get("fallback", 0)
        helpful = rated.get(code, {}).get("yes", 0)
        not_helpful = rated.get(code, {}).get("no", 0)
        out.append({
            "code": code,
            "name": language_name(code),
            "questions": questions,
            "answered": questions - fallback,
            "fallback": fallback,
            "fallback_share": share(fallback, questions),
            "helpful": helpful,
            "not_helpful": not_helpful,
            "helpful_share": share(helpful, helpful + not_helpful),
            "top_questions": top_questions(period, limit=top, language=code) if questions else [],
            "top_fallbacks": top_questions(period, fallback_only=True, limit=top, language=code) if fallback else [],
        })
    return out


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


def handoff_languages(period: Period) -> list[tuple[str, int]]:
    """Hand-off requests still kept, by the language the visitor used: [(language name, n)]."""
    first, after = period.bounds()
    rows = (
        HandoffRequest.objects.filter(created_at__gte=first, created_at__lt=after)
        .values("language")
        .annotate(n=Count("id"))
        .order_by("-n", "language")
    )
    return [(language_name(row["language"]), row["n"]) for row in rows]


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
        "languages": by_language(period),
        "handoff_languages": handoff_languages(period),
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
