"""Default beat schedules, created in the database where staff can edit them.

install() adds the jobs that are missing and leaves existing ones alone (staff
may have changed a time or disabled a job); reset=True restores the defaults.
"""
from django.db import transaction
from django_celery_beat.models import CrontabSchedule, IntervalSchedule, PeriodicTask

# name -> (task, schedule); crontab as (minute, hour) in UTC, interval in minutes.
DEFAULTS = {
    "Refresh reports from their sources (daily)": ("content.tasks.refresh_reports", {"crontab": ("0", "3")}),
    "Check contact links (daily)": ("content.tasks.check_links", {"crontab": ("30", "3")}),
    "Delete chat logs past retention (daily)": ("assistant.tasks.purge_chat_logs", {"crontab": ("15", "2")}),
    "Group unanswered questions into FAQ suggestions (hourly)": (
        "assistant.tasks.update_suggestions",
        {"crontab": ("5", "*")},
    ),
    "Send hand-off requests whose next attempt is due (every minute)": (
        "handoff.tasks.sweep_handoffs",
        {"interval": 1},
    ),
    "Rebuild the search index for edits a lost rebuild left waiting (every minute)": (
        "assistant.tasks.rebuild_if_pending",
        {"interval": 1},
    ),
    "Rebuild the search index if content changed unnoticed (every 10 minutes)": (
        "assistant.tasks.check_index",
        {"interval": 10},
    ),
}


def _schedule(spec: dict) -> dict:
    if "crontab" in spec:
        minute, hour = spec["crontab"]
        crontab, _ = CrontabSchedule.objects.get_or_create(
            minute=minute, hour=hour, day_of_week="*", day_of_month="*", month_of_year="*", timezone="UTC"
        )
        return {"crontab": crontab, "interval": None}
    interval, _ = IntervalSchedule.objects.get_or_create(every=spec["interval"], period=IntervalSchedule.MINUTES)
    return {"interval": interval, "crontab": None}


@transaction.atomic
def install(reset: bool = False) -> dict:
    """Returns {"created": [...], "reset": [...], "kept": [...]} by job name."""
    out = {"created": [], "reset": [], "kept": []}
    for name, (task, spec) in DEFAULTS.items():
        existing = PeriodicTask.objects.filter(name=name).first()
        if existing and not reset:
            out["kept"].append(name)
            continue
        fields = {"task": task, "enabled": True, **_schedule(spec)}
        if existing:
            for key, value in fields.items():
                setattr(existing, key, value)
            existing.save()
            out["reset"].append(name)
        else:
            PeriodicTask.objects.create(name=name, **fields)
            out["created"].append(name)
    return out
