"""Default beat schedules: created once, staff changes kept, --reset restores them."""
from django.core.management import call_command
from django_celery_beat.models import PeriodicTask

from assistant import schedules
from ipr_site.celery import app


def test_it_creates_every_default_job(db):
    call_command("setup_schedules", verbosity=0)
    tasks = dict(PeriodicTask.objects.values_list("name", "task"))
    assert tasks == {name: task for name, (task, _) in schedules.DEFAULTS.items()}
    app.loader.import_default_modules()
    assert all(task in app.tasks for task in tasks.values())  # every name is a real task
    daily = PeriodicTask.objects.get(task="content.tasks.refresh_reports")
    assert (daily.crontab.minute, daily.crontab.hour) == ("0", "3")
    assert PeriodicTask.objects.get(task="assistant.tasks.check_index").interval.every == 10


def test_it_is_idempotent(db):
    schedules.install()
    before = list(PeriodicTask.objects.order_by("pk").values("pk", "name", "task", "crontab", "interval"))
    assert schedules.install()["created"] == []
    assert list(PeriodicTask.objects.order_by("pk").values("pk", "name", "task", "crontab", "interval")) == before


def test_it_keeps_staff_changes_unless_reset(db):
    schedules.install()
    PeriodicTask.objects.filter(task="content.tasks.check_links").update(enabled=False)
    schedules.install()
    assert not PeriodicTask.objects.get(task="content.tasks.check_links").enabled
    call_command("setup_schedules", "--reset", verbosity=0)
    assert PeriodicTask.objects.get(task="content.tasks.check_links").enabled
