from django.db import migrations, models
from django.db.models import F
from django.utils import timezone


def schedule_existing(apps, schema_editor):
    # Rows from before retries were scheduled: count their day of retries from
    # creation, and let the next sweep try the queued ones at once.
    Request = apps.get_model("handoff", "HandoffRequest")
    Request.objects.update(queued_at=F("created_at"))
    Request.objects.filter(status="queued").update(next_attempt_at=timezone.now())


class Migration(migrations.Migration):

    dependencies = [
        ('handoff', '0001_initial'),
    ]

    operations = [
        migrations.AddField(
            model_name='handoffrequest',
            name='last_attempt_at',
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name='handoffrequest',
            name='next_attempt_at',
            field=models.DateTimeField(blank=True, db_index=True, help_text='When the sweep sends it again if it is still queued.', null=True),
        ),
        migrations.AddField(
            model_name='handoffrequest',
            name='queued_at',
            field=models.DateTimeField(blank=True, help_text='When it was (last) queued; retries stop a day after this.', null=True),
        ),
        migrations.RunPython(schedule_existing, migrations.RunPython.noop),
    ]
