"""Only one beat sends jobs: the lock (Redis across machines, flock on one machine).

Base cases for both locks, then two real beat processes started together on our
own Redis: a due job is sent once, and the standby takes over when the first stops.
"""
import signal
import subprocess
import sys
import time

import pytest
from django_celery_beat.models import IntervalSchedule, PeriodicTask

from ipr_site.beat import FileLock, RedisLock
from tests.jobs.conftest import ROOT, child_env, wait_for


def test_file_lock_admits_one_holder(tmp_path):
    first, second = FileLock(tmp_path / "beat.lock"), FileLock(tmp_path / "beat.lock")
    assert first.hold() and first.hold()  # renewing is fine
    assert not second.hold()
    first.release()
    assert second.hold()


@pytest.mark.redis
def test_redis_lock_admits_one_holder_and_expires(redis_server):
    first, second = RedisLock(redis_server.url, ttl=1), RedisLock(redis_server.url, ttl=1)
    assert first.hold() and first.hold()
    assert not second.hold()
    time.sleep(1.5)  # the holder died without releasing: the key expires
    assert second.hold()
    assert not first.hold()  # and the old holder knows it lost it
    second.release()
    assert first.hold()


@pytest.mark.redis
def test_redis_lock_stands_by_when_redis_is_down(redis_server):
    lock = RedisLock(redis_server.url)
    redis_server.stop()
    assert not lock.hold()


def start_beat(tmp_path, redis_url: str, name: str) -> tuple[subprocess.Popen, object]:
    log = tmp_path / f"{name}.log"
    process = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "ipr_site", "beat", "-l", "INFO", "--pidfile=", "-s", str(tmp_path / name)],
        cwd=ROOT, env=child_env(tmp_path, redis_url), stdout=log.open("w"), stderr=subprocess.STDOUT,
    )
    return process, log


@pytest.mark.redis
@pytest.mark.slow
def test_two_beats_send_a_due_job_once(live_db, redis_server, tmp_path):
    every_second, _ = IntervalSchedule.objects.get_or_create(every=1, period=IntervalSchedule.SECONDS)
    PeriodicTask.objects.create(name="once", task="assistant.tasks.purge_chat_logs", interval=every_second, one_off=True)
    beats = [start_beat(tmp_path, redis_server.url, name) for name in ("beat-a", "beat-b")]
    try:
        wait_for(lambda: all("Starting..." in log.read_text() for _, log in beats), 60, 0.2, "both beats to start")
        leaders = wait_for(
            lambda: [b for b in beats if "lock acquired" in b[1].read_text()], 30, 0.2, "one beat to take the lock"
        )
        wait_for(lambda: redis_server.client().llen("celery") >= 1, 15, 0.2, "the job to be sent")
        time.sleep(4)  # give a second sender every chance to show up
        assert len(leaders) == 1
        assert redis_server.client().llen("celery") == 1

        # The leader stops; the standby takes the lock and nothing is re-sent.
        leader, standby = leaders[0], next(b for b in beats if b is not leaders[0])
        leader[0].send_signal(signal.SIGTERM)
        leader[0].wait(20)
        wait_for(lambda: "lock acquired" in standby[1].read_text(), 20, 0.2, "the standby to take over")
        time.sleep(2)
        assert redis_server.client().llen("celery") == 1
    finally:
        for process, log in beats:
            process.kill()
            process.wait()
            print(f"--- {log.name}\n{log.read_text()[-2000:]}")
