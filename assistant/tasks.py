"""Background jobs of the assistant: index rebuilds, retention, FAQ suggestions.

Each is safe to run twice and to redeliver after a worker died mid-run
(acks_late): rebuilds reuse an already built version, retention deletes what
is still expired, suggestions recount rather than add.
"""
from celery import shared_task
from celery.signals import worker_init
from django.db import DatabaseError

# Exponential backoff with jitter: 5 s, 10 s, 20 s... capped at 5 minutes.
RETRY = {"retry_backoff": 5, "retry_backoff_max": 300, "retry_jitter": True, "max_retries": 5}


@worker_init.connect
def preload_for_rebuilds(**kwargs) -> None:
    """Sent once in the worker's main process, before a prefork pool forks its children (they share
    what it loaded) and before any job: a rebuild is what waits on these loads otherwise, and the
    first rebuild after a worker (re)start is then the slowest, with an edit waiting on it."""
    from assistant import index_store

    index_store.preload()


@shared_task(autoretry_for=(Exception,), **RETRY)
def rebuild_index() -> str:
    from assistant import rebuild

    return rebuild.run()


@shared_task(autoretry_for=(Exception,), **RETRY)
def check_index() -> str:
    """Periodic safety net: publishes a rebuild if content changed unnoticed."""
    from assistant import rebuild

    return rebuild.run()


@shared_task(autoretry_for=(Exception,), **RETRY)
def rebuild_if_pending() -> str | None:
    """Every minute: builds for edits whose queued rebuild was lost with its worker."""
    from assistant import rebuild

    return rebuild.run_if_pending()


@shared_task(autoretry_for=(DatabaseError,), **RETRY)
def purge_chat_logs() -> dict:
    from assistant import retention

    return retention.purge()


@shared_task(autoretry_for=(DatabaseError,), **RETRY)
def update_suggestions() -> dict:
    from assistant import suggestions

    return suggestions.update()
