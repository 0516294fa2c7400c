"""Settings for worker and beat processes that tests start (see conftest.py)."""
from ipr_site.settings_test import *  # noqa: F401,F403

WORKER_VISIBILITY = 4  # seconds; the same as conftest.WORKER_VISIBILITY

# Like production: content changes queue index rebuilds.
INDEX_AUTO_REBUILD = True
if REDIS_URL:  # noqa: F405
    # A job whose worker was killed comes back in seconds, not 20 minutes.
    # kombu looks for such jobs every interval * throttle seconds (100 s by default).
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "visibility_timeout": WORKER_VISIBILITY,
        "unacked_restore_interval": 1,
        "unacked_restore_throttle": 1,
    }
