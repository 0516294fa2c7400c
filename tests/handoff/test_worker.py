"""End to end with real processes: web code queues, a Celery worker on Redis emails.

Everything runs in child processes against a throwaway SQLite file and a
private redis-server, so nothing here can consume (or be consumed by) other
suites' queues, and no transactional test flushes the shared test database.
"""
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


@pytest.fixture
def redis_url():
    """A private redis-server on a free port (or skip when there is none)."""
    binary = shutil.which("redis-server")
    if not binary:
        pytest.skip("redis-server is not installed: the real-worker test needs Redis")
    port = free_port()
    proc = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        try:
            wait_for(lambda: redis_up(port), 10, "redis-server")
        except AssertionError:
            pytest.skip("Redis did not start on 127.0.0.1: the real-worker test needs Redis")
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        proc.terminate()
        proc.wait(10)


@pytest.fixture
def child_env(tmp_path, redis_url, smtp):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("IPR_", "DATABASE_URL", "DJANGO_"))}
    env.update(
        DJANGO_SETTINGS_MODULE="ipr_site.settings",
        IPR_VAR_DIR=str(tmp_path),
        REDIS_URL=redis_url,
        DJANGO_EMAIL_HOST="127.0.0.1",
        DJANGO_EMAIL_PORT=str(smtp.port),
        IPR_HELPDESK_EMAIL=HELPDESK,
        IPR_LOG_LEVEL="WARNING",
    )
    subprocess.run([sys.executable, "manage.py", "migrate", "-v", "0"], cwd=ROOT, env=env, check=True, timeout=300)
    return env


@pytest.fixture
def worker(child_env, tmp_path):
    log = open(tmp_path / "worker.log", "wb")
    proc = subprocess.Popen(
        [str(BIN / "celery"), "-A", "ipr_site", "worker", "--pool=solo", "--without-gossip", "--without-mingle",
         "--without-heartbeat", "-l", "info"],
        cwd=ROOT,
        env=child_env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    yield proc
    proc.terminate()
    try:
        proc.wait(20)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()


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
