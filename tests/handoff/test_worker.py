"""End to end with real processes: web code queues, a Celery worker on Redis emails.

Everything runs in child processes against a throwaway SQLite file and a
private redis-server, so nothing here can consume (or be consumed by) other
suites' queues, and no transactional test flushes the shared test database.
Where a test needs time to pass (the next retry, a request's grace period) it
moves the row's timestamps back, then sends the sweep through the broker as
beat does every minute.
"""
import contextlib
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.handoff.conftest import HELPDESK, free_port

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent

pytestmark = [pytest.mark.redis, pytest.mark.slow]


def wait_for(check, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def redis_up(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as s:
            s.sendall(b"PING\r\n")
            return s.recv(16).startswith(b"+PONG")
    except OSError:
        return False


class RedisServer:
    """A private redis-server on a fixed port that a test can stop and start again."""

    def __init__(self, binary: str) -> None:
        self.binary, self.port, self.proc = binary, free_port(), None
        self.url = f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.proc = subprocess.Popen(
            [self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for(lambda: redis_up(self.port), 10, "redis-server")

    def stop(self) -> None:
        if self.proc:
            self.proc.terminate()
            self.proc.wait(10)
            self.proc = None


@pytest.fixture
def redis_server():
    """A private redis-server on a free port (or skip when there is none)."""
    binary = shutil.which("redis-server")
    if not binary:
        pytest.skip("redis-server is not installed: the real-worker test needs Redis")
    server = RedisServer(binary)
    try:
        try:
            server.start()
        except AssertionError:
            pytest.skip("Redis did not start on 127.0.0.1: the real-worker test needs Redis")
        yield server
    finally:
        server.stop()


@pytest.fixture
def redis_url(redis_server):
    return redis_server.url


def migrated_env(tmp_path, redis_url: str, smtp_port: int) -> dict:
    """Settings for child processes: this test's SQLite file, Redis and SMTP port (migrated)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("IPR_", "DATABASE_URL", "DJANGO_"))}
    env.update(
        DJANGO_SETTINGS_MODULE="ipr_site.settings",
        IPR_VAR_DIR=str(tmp_path),
        REDIS_URL=redis_url,
        DJANGO_EMAIL_HOST="127.0.0.1",
        DJANGO_EMAIL_PORT=str(smtp_port),
        IPR_HELPDESK_EMAIL=HELPDESK,
        IPR_LOG_LEVEL="WARNING",
    )
    subprocess.run([sys.executable, "manage.py", "migrate", "-v", "0"], cwd=ROOT, env=env, check=True, timeout=300)
    return env


@contextlib.contextmanager
def celery_worker(env: dict, tmp_path):
    """A real `celery worker` process for the duration of the block (log in worker.log)."""
    log = open(tmp_path / "worker.log", "wb")
    proc = subprocess.Popen(
        [str(BIN / "celery"), "-A", "ipr_site", "worker", "--pool=solo", "--without-gossip", "--without-mingle",
         "--without-heartbeat", "-l", "info"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        yield proc
    finally:
        proc.terminate()
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.fixture
def child_env(tmp_path, redis_url, smtp):
    return migrated_env(tmp_path, redis_url, smtp.port)


@pytest.fixture
def worker(child_env, tmp_path):
    with celery_worker(child_env, tmp_path) as proc:
        yield proc


def test_a_real_worker_delivers_the_request_to_the_smtp_server(child_env, worker, smtp, tmp_path):
    script = (
        "from handoff import services; "
        "r = services.create_request(['Is it legal to buy a fake watch online?', 'Line two'], "
        "'visitor@example.com'); print(r.reference)"
    )
    created = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", script],
        cwd=ROOT, env=child_env, check=True, timeout=120, capture_output=True, text=True,
    )
    reference = created.stdout.strip().splitlines()[-1]

    def logs() -> str:
        return (tmp_path / "worker.log").read_text(errors="replace")

    try:
        wait_for(lambda: smtp.envelopes, 90, "the email")
    except AssertionError:
        raise AssertionError("no email arrived; worker log:\n" + logs()) from None
    message = smtp.messages()[0]
    assert message["Subject"] == f"IPR assistant hand-off {reference}"
    assert message["Reply-To"] == "visitor@example.com"
    assert smtp.envelopes[0].rcpt_tos == [HELPDESK]
    assert "1. Is it legal to buy a fake watch online?" in message.get_content()

    def status():
        with sqlite3.connect(tmp_path / "db.sqlite3") as db:
            row = db.execute("select status, attempts from handoff_handoffrequest where reference = ?", (reference,)).fetchone()
        return row if row and row[0] == "sent" else None

    assert wait_for(status, 30, "status sent") == ("sent", 1)
    assert worker.poll() is None, logs()


def manage_shell(env: dict, script: str) -> str:
    done = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", script],
        cwd=ROOT, env=env, check=True, timeout=120, capture_output=True, text=True,
    )
    return done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""


def row(tmp_path, reference: str) -> dict:
    with sqlite3.connect(tmp_path / "db.sqlite3") as db:
        db.row_factory = sqlite3.Row
        found = db.execute("select * from handoff_handoffrequest where reference = ?", (reference,)).fetchone()
    return dict(found) if found else {}


def time_passes(tmp_path, reference: str, minutes: int) -> None:
    """As if `minutes` had passed for this request: its timestamps move back."""
    shift = f"-{minutes} minutes"
    with sqlite3.connect(tmp_path / "db.sqlite3") as db:
        columns = [c[1] for c in db.execute("pragma table_info(handoff_handoffrequest)") if c[2] == "datetime"]
        assignments = ", ".join(f"{c} = datetime({c}, ?)" for c in columns)
        db.execute(f"update handoff_handoffrequest set {assignments} where reference = ?", (*[shift] * len(columns), reference))


SWEEP_THROUGH_THE_BROKER = "from handoff.tasks import sweep_handoffs; sweep_handoffs.delay(); print('swept')"


def test_a_real_worker_keeps_retrying_while_smtp_is_down_and_sends_when_it_is_back(tmp_path, redis_url):
    # The mail server's port refuses connections until the test starts it.
    from aiosmtpd.controller import Controller

    from tests.handoff.conftest import Inbox

    port = free_port()
    env = migrated_env(tmp_path, redis_url, port)
    inbox = Inbox()
    with celery_worker(env, tmp_path) as worker, contextlib.ExitStack() as cleanup:
        reference = manage_shell(env, "from handoff import services; print(services.create_request(['Where is my seized parcel?']).reference)")
        first = wait_for(lambda: (r := row(tmp_path, reference)) and r["attempts"] >= 1 and r, 90, "the first attempt")
        assert first["status"] == "queued" and "refused" in first["last_error"].lower()  # not failed: retrying

        # Two hours of outage: the sweep retries it, still down, still queued.
        time_passes(tmp_path, reference, 120)
        manage_shell(env, SWEEP_THROUGH_THE_BROKER)
        second = wait_for(lambda: (r := row(tmp_path, reference)) and r["attempts"] >= 2 and r, 60, "the second attempt")
        assert second["status"] == "queued"

        controller = Controller(inbox, hostname="127.0.0.1", port=port)
        controller.start()
        cleanup.callback(controller.stop)
        time_passes(tmp_path, reference, 60)
        manage_shell(env, SWEEP_THROUGH_THE_BROKER)
        wait_for(lambda: inbox.envelopes, 60, "the email")
        sent = wait_for(lambda: (r := row(tmp_path, reference)) and r["status"] == "sent" and r, 30, "status sent")
        assert sent["attempts"] == 3 and sent["last_error"] == ""
        assert inbox.envelopes[0].rcpt_tos == [HELPDESK]
        assert worker.poll() is None


def test_a_request_made_while_redis_was_down_is_sent_within_minutes(tmp_path, redis_server, child_env, smtp):
    # Before: the hourly sweep only requeued requests queued for over an hour.
    redis_server.stop()
    reference = manage_shell(child_env, "from handoff import services; print(services.create_request(['Who do I call?']).reference)")
    assert row(tmp_path, reference)["status"] == "queued"  # stored: the visitor got a reference
    redis_server.start()
    with celery_worker(child_env, tmp_path):
        time_passes(tmp_path, reference, 2)  # two minutes later: beat's next minute has come round
        manage_shell(child_env, SWEEP_THROUGH_THE_BROKER)
        wait_for(lambda: smtp.envelopes, 60, "the email")
        assert wait_for(lambda: row(tmp_path, reference)["status"] == "sent", 30, "status sent")
