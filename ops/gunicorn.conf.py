"""Gunicorn settings for production and bench/load.py.

    .venv/bin/gunicorn -c ops/gunicorn.conf.py ipr_site.wsgi

Worker model: gthread, WEB_CONCURRENCY processes (default: one per core) x
GUNICORN_THREADS threads (default 2). Answering a question is mostly CPU
(TF-IDF scoring in Python/NumPy), so processes, not threads, give the
parallelism: more processes than cores only adds context switches and one more
copy of the search index per process. Two threads let one request compute
while another waits on PostgreSQL or Redis, and keep idle keep-alive
connections from the widget from pinning a whole worker, which a sync worker
would do; more threads only queue more requests behind the GIL. The figures
behind this choice are in docs/operations.md ("Load").
"""
import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count()))
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "2"))
# Load the app (and import scikit-learn) once in the master, then fork.
preload_app = True
keepalive = 5
timeout = 30
graceful_timeout = 20
# Recycle workers now and then so a slow leak cannot grow without bound.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "20000"))
max_requests_jitter = 2000
# Cap request line and headers; bodies are capped by ops.middleware.
limit_request_line = 4096
limit_request_fields = 50
limit_request_field_size = 8190
# Trust X-Forwarded-* only from the local reverse proxy.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = os.environ.get("GUNICORN_ACCESSLOG") or None  # off: access logs would hold IPs
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOGLEVEL", "warning")


def worker_exit(server, worker):
    """Write the chat logs still waiting in this worker (assistant/exchange_writer.py)
    before it exits: on SIGTERM, on recycling after max_requests, on HUP."""
    from assistant import exchange_writer

    exchange_writer.shutdown()
