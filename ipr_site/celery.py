"""The Celery app: configured from Django settings under the CELERY_ namespace.

Beat uses ipr_site.beat.LockedScheduler (the admin-editable DatabaseScheduler
behind a lock), so starting a second beat by mistake never sends a job twice.
"""
import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ipr_site.settings")

app = Celery("ipr_site")
app.config_from_object("django.conf:settings", namespace="CELERY")
# Only one beat sends; the others wait on the lock (see docs/jobs.md).
app.conf.beat_scheduler = "ipr_site.beat:LockedScheduler"
# Write last-run times after every sent job, so a standby beat that takes over
# knows what already ran.
app.conf.beat_sync_every = 1
# No result backend, so no nightly celery.backend_cleanup entry either.
app.conf.result_expires = None
app.autodiscover_tasks()
