"""Faults: Redis stopped, a worker SIGKILLed mid-rebuild and mid-refresh.

Each runs against our own redis-server (stopping it disturbs nobody) and real
worker processes on the test database.
"""
import hashlib
import time
import uuid
from pathlib import Path

import pytest

from assistant import index_store
from assistant.models import IndexBuild
from content.models import FAQ, Report, Section
from tests.jobs.conftest import wait_for
from assistant import rebuild
from tests.jobs.test_rebuild import ask, edit_answer

pytestmark = [pytest.mark.redis, pytest.mark.slow]

REPORT = Path(__file__).resolve().parents[2] / "content" / "data" / "cbp-ipr-seizure-statistics-fy2021.txt"


def newest_ready() -> str:
    return IndexBuild.objects.filter(status="ready").order_by("-built_at").values_list("version", flat=True).first()


def test_edits_and_chat_work_with_redis_stopped(live_db, broker, client):
    index_store.build_and_publish()
    faq = FAQ.objects.get(key="avoid-buying-counterfeits")
    token = f"DOWN{uuid.uuid4().hex[:8].upper()}"
    broker.stop()

    started = time.monotonic()
    edit_answer(faq, token)  # the edit commits; the rebuild runs inline
    print(f"edit with Redis down took {time.monotonic() - started:.1f} s (inline rebuild)")

    assert token in FAQ.objects.get(pk=faq.pk).answer
    wait_for(lambda: token in ask(client, faq.question), 10, 0.25, "the edit in the chat")
    assert ask(client, "how many seizures of handbags in 2021")


def test_a_rebuild_killed_midway_keeps_the_old_index_and_completes_on_redelivery(live_db, broker, start_worker, client, tmp_path):
    index_store.build_and_publish()
    old = newest_ready()
    marker = tmp_path / "stall"
    marker.touch()
    stalled = start_worker(broker.url, app="tests.jobs.slow_app", JOBS_SLOW_MARKER=str(marker))
    faq = FAQ.objects.get(key="avoid-buying-counterfeits")
    token = f"KILL{uuid.uuid4().hex[:8].upper()}"
    edit_answer(faq, token)

    wait_for((tmp_path / "build-started").exists, 30, 0.1, "the build to start")
    stalled.kill()  # SIGKILL, mid-build
    assert newest_ready() == old
    assert IndexBuild.objects.filter(status="building").exists()  # the half-done build, not served
    assert token not in ask(client, faq.question)

    marker.unlink()
    start_worker(broker.url)  # the job comes back after the visibility timeout
    wait_for(lambda: newest_ready() != old, 40, 0.5, "the redelivered rebuild")
    wait_for(lambda: token in ask(client, faq.question), 10, 0.25, "the edit in the chat")
    assert not IndexBuild.objects.filter(status="building").exists()


def test_a_refresh_killed_midway_changes_nothing_and_completes_on_redelivery(live_db, broker, start_worker, http_server):
    from content.models import ReportSource
    from content.tasks import refresh_source

    changed = REPORT.read_bytes().replace(b"CBP continued the Truth", b"CBP relaunched the Truth", 1)
    state = {"stall": True}

    def source(handler):
        if state["stall"]:
            time.sleep(60)  # the worker is killed while waiting for the source
            return
        handler.send_response(200)
        handler.send_header("Content-Length", str(len(changed)))
        handler.end_headers()
        handler.wfile.write(changed)

    http_server.routes["/report.txt"] = (200, {}, source)
    ReportSource.objects.update(url=http_server.url + "/report.txt")
    report = ReportSource.objects.get()
    body = Section.objects.get(slug="public-awareness-campaign").body

    worker = start_worker(broker.url)
    refresh_source.delay(report.pk)
    wait_for(lambda: http_server.hits, 30, 0.1, "the worker to fetch the source")
    worker.kill()
    report.refresh_from_db()
    assert report.refresh_status != "loaded"
    assert Section.objects.get(slug="public-awareness-campaign").body == body

    state["stall"] = False
    start_worker(broker.url)
    wait_for(lambda: ReportSource.objects.get().refresh_status == "loaded", 40, 0.5, "the redelivered refresh")
    assert Report.objects.get().checksum == hashlib.sha256(changed).hexdigest()
    assert "CBP relaunched the Truth" in Section.objects.get(slug="public-awareness-campaign").body


# --- a killed rebuild must not swallow later edits (issue 17, finding 2) -----------
# Production-like: a job lost with its worker comes back only after 20 minutes.
LOST_FOR_GOOD = {"JOBS_VISIBILITY": "1200"}


def test_an_edit_after_a_worker_killed_in_the_rebuild_wait_reaches_answers(live_db, broker, start_worker, client):
    index_store.build_and_publish()
    worker = start_worker(broker.url, **LOST_FOR_GOOD)
    faq = FAQ.objects.get(key="avoid-buying-counterfeits")
    edit_answer(faq, f"WAIT{uuid.uuid4().hex[:8].upper()}")  # queues a rebuild 2 s from now
    wait_for(lambda: "rebuild_index" in worker.output() and "received" in worker.output(), 10, 0.05,
             "the worker to take the queued rebuild")
    worker.kill()  # SIGKILL during the 2 s wait: the job is lost for 20 minutes

    token = f"NEXT{uuid.uuid4().hex[:8].upper()}"
    faq.refresh_from_db()
    edit_answer(faq, token)  # at once: the lost rebuild still looks queued
    edited = time.monotonic()
    start_worker(broker.url, **LOST_FOR_GOOD)  # nothing can build before a worker is up
    ready = time.monotonic()
    wait_for(lambda: token in ask(client, faq.question), 15, 0.25, "the next edit in the chat")
    print(f"\nkilled in the wait: next edit served {time.monotonic() - edited:.1f} s after it was saved, "
          f"{time.monotonic() - ready:.1f} s after the new worker was ready")


def test_an_edit_after_a_worker_killed_in_the_build_reaches_answers(live_db, broker, start_worker, client, tmp_path):
    index_store.build_and_publish()
    marker = tmp_path / "stall"
    marker.touch()
    stalled = start_worker(broker.url, app="tests.jobs.slow_app", JOBS_SLOW_MARKER=str(marker), **LOST_FOR_GOOD)
    faq = FAQ.objects.get(key="avoid-buying-counterfeits")
    edit_answer(faq, f"BUILD{uuid.uuid4().hex[:8].upper()}")
    wait_for((tmp_path / "build-started").exists, 30, 0.1, "the build to start")
    faq.refresh_from_db()
    edit_answer(faq, f"DURING{uuid.uuid4().hex[:8].upper()}")  # saved while the doomed build runs
    time.sleep(0.5)
    stalled.kill()  # SIGKILL mid-build, with the edit made during it queued behind
    marker.unlink()
    start_worker(broker.url, **LOST_FOR_GOOD)

    token = f"NEXT{uuid.uuid4().hex[:8].upper()}"
    faq.refresh_from_db()
    edit_answer(faq, token)
    edited = time.monotonic()
    wait_for(lambda: token in ask(client, faq.question), 15, 0.25, "the next edit in the chat")
    print(f"\nkilled in the build: next edit served {time.monotonic() - edited:.1f} s after it was saved")


def test_edits_lost_with_their_worker_are_built_by_the_periodic_check(live_db, broker, start_worker, client):
    from assistant.tasks import rebuild_if_pending

    index_store.build_and_publish()
    worker = start_worker(broker.url, **LOST_FOR_GOOD)
    faq = FAQ.objects.get(key="avoid-buying-counterfeits")
    edit_answer(faq, f"LOST{uuid.uuid4().hex[:8].upper()}")
    token = f"RODE{uuid.uuid4().hex[:8].upper()}"
    faq.refresh_from_db()
    edit_answer(faq, token)  # rides along, and queues the check
    wait_for(lambda: worker.output().count(" received") >= 2, 10, 0.05, "the worker to take the rebuild and the check")
    worker.kill()  # both lost for 20 minutes
    start_worker(broker.url, **LOST_FOR_GOOD)
    time.sleep(rebuild.COUNTDOWN + rebuild.START_GRACE + 1)
    assert token not in ask(client, faq.question)
    rebuild_if_pending.delay()  # what beat sends every minute
    wait_for(lambda: token in ask(client, faq.question), 15, 0.25, "the edit in the chat")
