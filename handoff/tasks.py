"""Background jobs for hand-offs: email one request, and the periodic sweep."""
from celery import shared_task

from handoff import services


@shared_task(bind=True, max_retries=services.MAX_RETRIES, acks_late=True, ignore_result=True)
def send_handoff(self, request_id: int) -> None:
    """Email a request to the help desk; retry with backoff, then mark it failed."""
    try:
        services.deliver(request_id)
    except services.DeliveryError as exc:
        if self.request.retries >= self.max_retries:
            services.mark_failed(request_id, str(exc))
            return
        raise self.retry(exc=exc, countdown=services.retry_delay(self.request.retries)) from None


@shared_task(ignore_result=True)
def sweep_handoffs() -> dict:
    """Daily/hourly: delete requests past retention, requeue stuck ones."""
    return services.sweep()
