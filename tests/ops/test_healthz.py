"""/healthz: 200 when database, cache, broker and index are fine, else 503 naming the part."""
import sys
import types

import pytest
from django.db import connection
from django.test import override_settings

import assistant

pytestmark = pytest.mark.django_db


@pytest.fixture
def index_status(monkeypatch):
    """Replace assistant.index_store.status with a settable fake (no index build)."""
    state = {"status": {"version": "v7", "built_at": "2025-01-01T00:00:00+00:00", "age_seconds": 12.5, "documents": 321}}
    fake = types.ModuleType("assistant.index_store")

    def status():
        if isinstance(state["status"], Exception):
            raise state["status"]
        return state["status"]

    fake.status = status
    fake.build_and_publish = lambda *a, **k: pytest.fail("healthz must never build the index")
    monkeypatch.setitem(sys.modules, "assistant.index_store", fake)
    monkeypatch.setattr(assistant, "index_store", fake, raising=False)
    return state


def test_it_reports_healthy_with_200(client, index_status):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["failed"] == []
    assert set(body["checks"]) == {"database", "cache", "broker", "index"}
    assert body["checks"]["index"] == {
        "ok": True, "version": "v7", "built_at": "2025-01-01T00:00:00+00:00", "age_seconds": 12.5, "documents": 321,
    }
    assert "no-cache" in response["Cache-Control"]


def test_it_reports_the_database_down_with_503(client, index_status, monkeypatch):
    def broken_cursor(*args, **kwargs):
        raise connection.Database.OperationalError("could not connect to server at db.internal:5432 password=hunter2")

    monkeypatch.setattr(connection, "cursor", broken_cursor)
    response = client.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body["failed"] == ["database"]
    assert body["checks"]["database"] == {"ok": False, "error": "OperationalError"}
    # The exception text (hostnames, credentials) stays out of the response.
    assert b"hunter2" not in response.content and b"db.internal" not in response.content


def test_it_reports_the_cache_down_with_503(client, index_status, monkeypatch):
    from django.core.cache import cache

    def broken(*args, **kwargs):
        raise ConnectionError("redis://:secret@cache.internal:6379 refused")

    monkeypatch.setattr(cache, "set", broken)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["failed"] == ["cache"]
    assert b"secret" not in response.content


def test_it_reports_a_cache_that_loses_writes(client, index_status, monkeypatch):
    from django.core.cache import cache

    monkeypatch.setattr(cache, "get", lambda *a, **k: None)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["failed"] == ["cache"]


@override_settings(CELERY_BROKER_URL="redis://:secret@127.0.0.1:1/0")
def test_it_reports_an_unreachable_redis_broker_with_503(client, index_status):
    response = client.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body["failed"] == ["broker"]
    assert body["checks"]["broker"]["ok"] is False
    assert b"secret" not in response.content and b"127.0.0.1" not in response.content


def test_it_reports_no_index_yet_with_503(client, index_status):
    index_status["status"] = {"version": None, "built_at": None, "age_seconds": None, "documents": 0}
    response = client.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body["failed"] == ["index"]
    assert body["checks"]["index"] == {"ok": False, "error": "no index has been built yet"}


def test_it_reports_an_index_store_that_fails(client, index_status):
    index_status["status"] = RuntimeError("disk /secret/path unreadable")
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"]["index"] == {"ok": False, "error": "RuntimeError"}
    assert b"/secret/path" not in response.content


@override_settings(THROTTLE_RATES={"chat": "1/min", "feedback": "1/min", "handoff": "1/day"})
def test_it_is_never_throttled(client, index_status):
    assert all(client.get("/healthz").status_code == 200 for _ in range(5))


def test_it_sets_no_cookies(client, index_status):
    assert not client.get("/healthz").cookies


def test_it_only_answers_get_and_head(client, index_status):
    assert client.head("/healthz").status_code == 200
    assert client.post("/healthz").status_code == 405
