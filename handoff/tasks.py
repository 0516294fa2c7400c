"""Background jobs for hand-offs: email one request, and the periodic sweep."""
from celery import shared_task

from handoff import services


@shared_task(acks_late=True, ignore_result=True)
def send_handoff(request_id: int) -> str:
    """Email a request to the help desk.

    A failure is not retried here: the attempt and the next one's time are
    recorded in the row, and sweep_handoffs queues it again when it is due
    (so retries survive worker restarts and broker outages).
    """
    try:
        return "sent" if services.deliver(request_id) else "nothing to do"
    except services.DeliveryError as exc:
        return "failed for good" if exc.retry_at is None else f"failed; next attempt at {exc.retry_at:%H:%M:%S}"


@shared_task(ignore_result=True)
def sweep_handoffs() -> dict:
    """Every minute: queue requests whose next attempt is due, delete those past retention."""
    return services.sweep()
