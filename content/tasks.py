"""Background jobs on content: refresh reports from their source, check links.

Safe to run twice or to redeliver after a worker died: a refresh of unchanged
source is skipped by checksum and a load is one transaction; a link check only
records what it saw.
"""
from celery import shared_task
from django.db import DatabaseError

from assistant.tasks import RETRY


@shared_task(autoretry_for=(DatabaseError,), **RETRY)
def refresh_reports() -> list[int]:
    """Queue one refresh per report, so one slow source does not hold up the rest."""
    from content.models import Report

    ids = list(Report.objects.values_list("pk", flat=True))
    for report_id in ids:
        refresh_report.delay(report_id)
    return ids


@shared_task(autoretry_for=(DatabaseError,), **RETRY)
def refresh_report(report_id: int) -> str:
    from content import refresh
    from content.models import Report

    report = Report.objects.filter(pk=report_id).first()
    return refresh.refresh(report) if report else "missing"


@shared_task(autoretry_for=(DatabaseError,), **RETRY)
def check_links() -> dict:
    from content import links

    return links.check_all()
