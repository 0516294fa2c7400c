"""Background jobs on content: refresh reports from their sources, check links.

Safe to run twice or to redeliver after a worker died: a refresh of unchanged
source is skipped by checksum and a load is one transaction; a link check only
records what it saw.
"""
from celery import shared_task
from django.db import DatabaseError

from assistant.tasks import RETRY


@shared_task(autoretry_for=(DatabaseError,), **RETRY)
def refresh_reports() -> list[int]:
    """Queue one refresh per active report source (one per fiscal year), so one slow
    source does not hold up the rest."""
    from content.models import ReportSource

    ids = list(ReportSource.objects.filter(active=True).values_list("pk", flat=True))
    for source_id in ids:
        refresh_source.delay(source_id)
    return ids


@shared_task(autoretry_for=(DatabaseError,), **RETRY)
def refresh_source(source_id: int) -> str:
    from content import refresh
    from content.models import ReportSource

    source = ReportSource.objects.filter(pk=source_id).first()
    return refresh.refresh(source) if source else "missing"


@shared_task(autoretry_for=(DatabaseError,), **RETRY)
def check_links() -> dict:
    from content import links

    return links.check_all()
