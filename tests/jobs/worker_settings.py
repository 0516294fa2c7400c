"""Settings for worker and beat processes that tests start (see conftest.py)."""
import os

from ipr_site.settings_test import *  # noqa: F401,F403

# Seconds; the same as conftest.WORKER_VISIBILITY. JOBS_VISIBILITY sets the
# production value for tests where a job lost with its worker must stay lost.
WORKER_VISIBILITY = int(os.environ.get("JOBS_VISIBILITY", "4"))

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
