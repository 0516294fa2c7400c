"""The project's Celery app with a rebuild that stalls while a marker file exists.

Used by tests/jobs/test_faults.py to SIGKILL a worker in the middle of an index
build: `celery -A tests.jobs.slow_app worker` with JOBS_SLOW_MARKER=<path>.
"""
import os
import time
from pathlib import Path

from ipr_site.celery import app  # noqa: F401  (what -A loads)

MARKER = Path(os.environ.get("JOBS_SLOW_MARKER", "/nonexistent"))


def _stall_builds() -> None:
    import django

    django.setup()
    from assistant import index_store

    real = index_store.build_knowledge

    def stalling(*args, **kwargs):
        if MARKER.exists():
            (MARKER.parent / "build-started").touch()
            time.sleep(60)
        return real(*args, **kwargs)

    index_store.build_knowledge = stalling


_stall_builds()
