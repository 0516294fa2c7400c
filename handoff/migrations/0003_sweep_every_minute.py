"""The hand-off sweep ran hourly and only looked at requests an hour old; it now
queues whatever is due every minute. An installed schedule is moved over
(renamed, every minute) so a deployment does not keep the hourly one."""
from django.db import migrations

OLD = "Resend hand-off requests still queued after an hour (hourly)"
NEW = "Send hand-off requests whose next attempt is due (every minute)"


def every_minute(apps, schema_editor):
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    IntervalSchedule = apps.get_model("django_celery_beat", "IntervalSchedule")
    old = PeriodicTask.objects.filter(name=OLD, task="handoff.tasks.sweep_handoffs").first()
    if old is None or PeriodicTask.objects.filter(name=NEW).exists():
        return
    minute, _ = IntervalSchedule.objects.get_or_create(every=1, period="minutes")
    old.name, old.interval, old.crontab = NEW, minute, None
    old.save()


class Migration(migrations.Migration):
    dependencies = [
        ("handoff", "0002_retry_schedule"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]

    operations = [migrations.RunPython(every_minute, migrations.RunPython.noop)]
