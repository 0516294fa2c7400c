"""Fixtures for background-job tests: our own Redis, real Celery workers, local HTTP servers.

Real workers are separate processes, so they must see the test database: with
SQLite the test database is a file (set below, before pytest-django creates it)
and with PostgreSQL it is the test database by name. Tests that share data with
a worker commit it (`live_db`); afterwards the database is restored to what the
session loaded, so other suites still find the shipped content.
"""
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]

# Workers can't open an in-memory SQLite database: give the test database a file.
# With PostgreSQL, a name of its own, so parallel runs don't drop each other's.
_db = settings.DATABASES["default"]
if not (_db.get("TEST") or {}).get("NAME"):
    if _db["ENGINE"].endswith("sqlite3"):
        _db.setdefault("TEST", {})["NAME"] = os.path.join(tempfile.gettempdir(), f"ipr-test-{os.getpid()}.sqlite3")
    else:
        _db.setdefault("TEST", {})["NAME"] = f"test_{_db['NAME']}_{os.getpid()}"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(predicate, timeout: float, interval: float = 0.2, message: str = "condition"):
    """Poll until predicate() is truthy; returns its value or fails the test."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout} s waiting for {message}")
        time.sleep(interval)


class RedisServer:
    """A private redis-server on a free port, so stopping it disturbs nobody."""

    def __init__(self, workdir: Path):
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.workdir = workdir
        self.process = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
             "--daemonize", "no", "--dir", str(self.workdir)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        wait_for(self.ping, 10, 0.05, "redis-server to start")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def ping(self) -> bool:
        import redis

        try:
            return redis.Redis.from_url(self.url, socket_timeout=1).ping()
        except redis.RedisError:
            return False

    def client(self):
        import redis

        return redis.Redis.from_url(self.url)


@pytest.fixture
def redis_server(tmp_path):
    if not shutil.which("redis-server"):
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    server = RedisServer(tmp_path)
    server.start()
    yield server
    server.stop()


def database_url() -> str:
    """The test database, as a URL a child process can use."""
    from django.db import connection

    d = connection.settings_dict
    if d["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{d['NAME']}"
    auth = d["USER"] + (f":{d['PASSWORD']}" if d.get("PASSWORD") else "")
    return f"postgres://{auth}@{d['HOST'] or '127.0.0.1'}:{d['PORT'] or 5432}/{d['NAME']}"


_RESTORE = pytest.StashKey[tuple]()


@pytest.fixture
def live_db(request, transactional_db, django_db_blocker):
    """Committed data a worker can see; restored to the session's content afterwards."""
    from django.db import connection

    # The flush that ends a transactional test empties every table; put the
    # session's content back once all fixtures are torn down (hook below).
    request.node.stash[_RESTORE] = (connection.creation.serialize_db_to_string(), django_db_blocker)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    yield
    saved = item.stash.get(_RESTORE, None)
    if saved is not None and nextitem is not None:  # after the last test the database is gone
        from django.db import connection

        from django.contrib.auth.models import Permission
        from django.contrib.contenttypes.models import ContentType

        data, blocker = saved
        with blocker.unblock():
            # The flush re-created these (post_migrate); the saved rows replace them.
            Permission.objects.all().delete()
            ContentType.objects.all().delete()
            connection.creation.deserialize_db_from_string(data)


@pytest.fixture
def broker(redis_server, settings):
    """This process publishes to, and caches in, our private Redis (like a web process)."""
    from ipr_site.celery import app

    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": redis_server.url,
                                   "OPTIONS": getattr(settings, "REDIS_CACHE_OPTIONS", {})}}
    settings.INDEX_AUTO_REBUILD = True
    old = app.conf.broker_url, app.conf.broker_transport_options
    app.conf.broker_url = redis_server.url
    app.conf.broker_transport_options = {"visibility_timeout": WORKER_VISIBILITY}
    _reset_pools(app)
    yield redis_server
    app.conf.broker_url, app.conf.broker_transport_options = old
    _reset_pools(app)


def _reset_pools(app) -> None:
    if app._pool is not None:
        app._pool.force_close_all()
    app._pool = None
    if "amqp" in app.__dict__:
        app.amqp._producer_pool = None


# Seconds before a job taken by a killed worker is handed out again (20 min in
# production); the same as in worker_settings.py.
WORKER_VISIBILITY = 4


class Worker:
    def __init__(self, tmp: Path, env: dict, args: list[str], app: str = "ipr_site"):
        self.log = tmp / f"worker-{time.monotonic_ns()}.log"
        command = [sys.executable, "-m", "celery", "-A", app, "worker", "-l", "INFO", *args]
        self.process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=self.log.open("w"), stderr=subprocess.STDOUT, start_new_session=True
        )

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def wait_ready(self, timeout: float = 60) -> None:
        wait_for(lambda: " ready." in self.output() or self.process.poll() is not None, timeout, message="worker start")
        assert self.process.poll() is None, self.output()

    def kill(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()


def child_env(tmp: Path, redis_url: str | None, **extra) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("IPR_", "DJANGO_", "REDIS_URL", "DATABASE_URL"))}
    env.update(
        DJANGO_SETTINGS_MODULE="tests.jobs.worker_settings",
        DATABASE_URL=database_url(),
        IPR_VAR_DIR=str(tmp / "var"),
        PYTHONPATH=str(ROOT),
    )
    if redis_url:
        env["REDIS_URL"] = redis_url
    env.update(extra)
    return env


@pytest.fixture
def start_worker(tmp_path):
    """start_worker(redis_url, *celery args, app=..., **env) -> a ready Worker, killed at teardown."""
    workers = []

    def start(redis_url, *args, ready=True, app="ipr_site", **extra):
        options = ["-P", "solo", "--without-mingle", "--without-gossip", "--without-heartbeat", *args]
        worker = Worker(tmp_path, child_env(tmp_path, redis_url, **extra), options, app)
        workers.append(worker)
        if ready:
            worker.wait_ready()
        return worker

    yield start
    for worker in workers:
        worker.kill()
        # Shown by pytest when the test failed.
        print(f"--- {worker.log.name} (last 40 lines)\n" + "\n".join(worker.output().splitlines()[-40:]))


class HTTPServer:
    """A local server whose answer per path is set by the test: routes[path] = (status, headers, body)."""

    def __init__(self):
        self.routes: dict[str, tuple] = {}
        self.hits: list[tuple[str, str]] = []
        self.active = 0
        self.max_active = 0
        self.lock = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _serve(self, send_body: bool):
                with outer.lock:
                    outer.hits.append((self.command, self.path))
                    outer.active += 1
                    outer.max_active = max(outer.max_active, outer.active)
                try:
                    status, headers, body = outer.routes.get(self.path, (404, {}, b"not found"))
                    if callable(body):  # a handler that misbehaves on purpose (hang, trickle)
                        return body(self)
                    self.send_response(status)
                    for key, value in headers.items():
                        self.send_header(key, value)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    if send_body:
                        self.wfile.write(body)
                finally:
                    with outer.lock:
                        outer.active -= 1

            def do_GET(self):
                self._serve(True)

            def do_HEAD(self):
                self._serve(False)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def http_server():
    server = HTTPServer()
    yield server
    server.close()
