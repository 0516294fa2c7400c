"""Fast settings for the test suite: cheap password hashing, quiet logs."""
from ipr_site.settings import *  # noqa: F401,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}
# Rate limits off, so suites that send many requests are not throttled;
# tests/ops/test_throttling.py turns them on with override_settings.
THROTTLE_RATES = {"chat": None, "feedback": None, "handoff": None, "handoff_status": None}
# Content saves in tests don't queue index rebuilds; tests/jobs/ turns it on.
INDEX_AUTO_REBUILD = False
# Chat logs written in the request, so tests can read them at once;
# tests/assistant/test_exchange_writer.py and tests/serving turn batching on.
EXCHANGE_WRITES = "inline"
