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

    real = index_store.Retriever

    class Stalling(real):
        @classmethod
        def build(cls, *args, **kwargs):
            if MARKER.exists():
                (MARKER.parent / "build-started").touch()
                time.sleep(60)
            return real.build(*args, **kwargs)

    index_store.Retriever = Stalling


_stall_builds()
