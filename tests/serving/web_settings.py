"""gunicorn in tests/serving with production's batched chat-log writes."""
from tests.jobs.worker_settings import *  # noqa: F401,F403

EXCHANGE_WRITES = "batched"
# Long enough that rows are surely waiting when the test stops the server.
EXCHANGE_WRITE_DELAY = 30.0
