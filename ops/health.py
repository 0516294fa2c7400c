"""Health checks behind /healthz: cheap, bounded, and they never leak secrets.

Each check returns (ok, details). Details hold only statuses, versions and
exception class names: exception messages can contain hostnames or URLs with
credentials, so they go to the log, not the response.
"""
import logging
import time
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import connection

from ops.redis_client import bounded_client

log = logging.getLogger(__name__)


def database() -> tuple[bool, dict]:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as exc:
        log.warning("healthz: database check failed: %s", exc)
        return False, {"ok": False, "error": type(exc).__name__}
    return True, {"ok": True, "vendor": connection.vendor}


def cache_check() -> tuple[bool, dict]:
    key = f"healthz:{uuid.uuid4().hex}"
    try:
        cache.set(key, "1", timeout=10)
        ok = cache.get(key) == "1"
        cache.delete(key)
    except Exception as exc:
        log.warning("healthz: cache check failed: %s", exc)
        return False, {"ok": False, "error": type(exc).__name__}
    if not ok:
        return False, {"ok": False, "error": "value written was not read back"}
    return True, {"ok": True}


def broker() -> tuple[bool, dict]:
    url = getattr(settings, "CELERY_BROKER_URL", "") or ""
    if not url.startswith(("redis://", "rediss://")):
        return True, {"ok": True, "kind": url.split(":", 1)[0] or "none"}
    try:
        client = bounded_client(url)
        try:
            client.ping()
        finally:
            client.close()
    except Exception as exc:
        log.warning("healthz: broker check failed: %s", exc)
        return False, {"ok": False, "kind": "redis", "error": type(exc).__name__}
    return True, {"ok": True, "kind": "redis"}


def index() -> tuple[bool, dict]:
    try:
        from assistant import index_store

        status = index_store.status()
    except Exception as exc:
        log.warning("healthz: index status failed: %s", exc)
        return False, {"ok": False, "error": type(exc).__name__}
    if not status or status.get("version") in (None, ""):
        return False, {"ok": False, "error": "no index has been built yet"}
    details = {"ok": True}
    for key in ("version", "built_at", "age_seconds", "documents"):
        value = status.get(key)
        details[key] = value.isoformat() if hasattr(value, "isoformat") else value
    return True, details


CHECKS = {"database": database, "cache": cache_check, "broker": broker, "index": index}


def run() -> tuple[bool, dict]:
    started = time.perf_counter()
    results = {}
    healthy = True
    for name, check in CHECKS.items():
        ok, details = check()
        healthy = healthy and ok
        results[name] = details
    failed = [name for name, details in results.items() if not details["ok"]]
    body = {"status": "ok" if healthy else "fail", "failed": failed, "checks": results}
    body["took_ms"] = round((time.perf_counter() - started) * 1000, 1)
    return healthy, body
