"""Content changes rebuild the search index: signal -> on_commit -> coalesced task.

Base cases: one request per transaction, a burst of requests queues one task,
the broker being down builds inline, link-check saves and rolled-back edits ask
for nothing. Then against a real worker and Redis: an FAQ edit changes the chat
answer within 15 seconds (the bound test_faults.py holds a lost rebuild to; a
loaded CI run once built the index in 6.5 s of an earlier 10 s bound), and ten
edits in a burst give one or two builds.
"""
import time
import uuid

import pytest
from django.core.cache import cache
from django.db import transaction
from kombu.exceptions import OperationalError

from assistant import rebuild
from assistant.models import IndexBuild
from content.models import FAQ, Contact
from tests.jobs.conftest import wait_for

LOCMEM = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "jobs-rebuild"}}


@pytest.fixture
def requests_seen(settings, monkeypatch):
    """Counts rebuild.request() calls instead of queueing anything."""
    settings.INDEX_AUTO_REBUILD = True
    calls = []
    monkeypatch.setattr(rebuild, "request", lambda: calls.append(1) or "queued")
    return calls


@pytest.fixture
def queue(settings, monkeypatch):
    """A private cache; rebuild tasks are recorded, not sent."""
    from assistant import tasks

    settings.INDEX_AUTO_REBUILD = True
    settings.CACHES = LOCMEM
    cache.clear()
    sent = []
    monkeypatch.setattr(tasks.rebuild_index, "apply_async", lambda **kw: sent.append(kw))
    monkeypatch.setattr(tasks.rebuild_if_pending, "apply_async", lambda **kw: sent.append({"check": True, **kw}))
    return sent


@pytest.fixture
def builds(monkeypatch):
    from assistant import index_store

    done = []
    monkeypatch.setattr(index_store, "build_and_publish", lambda **kw: done.append(1) or IndexBuild(version="v1"))
    return done


def test_it_asks_once_per_transaction_after_commit(loaded, requests_seen, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        with transaction.atomic():
            for faq in FAQ.objects.all()[:3]:
                faq.answer += " (edited)"
                faq.save()
            assert requests_seen == []  # nothing before the commit
    assert requests_seen == [1]


def test_it_asks_for_nothing_when_the_edit_is_rolled_back(loaded, requests_seen, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(RuntimeError):
            with transaction.atomic():
                faq = FAQ.objects.first()
                faq.answer += " (edited)"
                faq.save()
                raise RuntimeError("staff pressed cancel")
    assert requests_seen == []


def test_it_asks_after_a_delete(loaded, requests_seen, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        FAQ.objects.order_by("pk").last().delete()
    assert requests_seen == [1]


def test_it_asks_after_an_faq_loses_its_contacts(loaded, requests_seen, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        FAQ.objects.filter(contacts__isnull=False).first().contacts.clear()
    assert requests_seen == [1]


def test_it_ignores_link_check_results(loaded, requests_seen, django_capture_on_commit_callbacks):
    contact = Contact.objects.exclude(url="").first()
    contact.link_ok = False
    with django_capture_on_commit_callbacks(execute=True):
        contact.save(update_fields=["link_ok", "link_checked_at"])
    assert requests_seen == []


def test_it_queues_one_task_for_a_burst_of_requests(queue, builds):
    outcomes = [rebuild.request() for _ in range(10)]
    assert outcomes == ["queued"] + ["coalesced"] * 9
    rebuilds = [q for q in queue if "check" not in q]
    checks = [q for q in queue if "check" in q]
    assert len(rebuilds) == 1 and rebuilds[0]["countdown"] == rebuild.COUNTDOWN
    # One check per burst, due just after the queued rebuild should have started.
    assert len(checks) == 1 and checks[0]["countdown"] > rebuild.COUNTDOWN + rebuild.START_GRACE
    assert rebuild.pending()


def test_it_queues_again_when_the_queued_rebuild_never_started(queue, builds, monkeypatch):
    # Its worker was killed in the wait: the broker hands the job out again only
    # after the visibility timeout, so later edits must not ride along with it.
    clock = [1000.0]
    monkeypatch.setattr(rebuild.time, "time", lambda: clock[0])
    assert rebuild.request() == "queued"
    clock[0] += rebuild.COUNTDOWN + rebuild.START_GRACE - 0.5
    assert rebuild.request() == "coalesced"
    clock[0] += 1
    assert rebuild.request() == "queued"
    assert len([q for q in queue if "check" not in q]) == 2


def test_the_check_is_due_when_the_mark_it_rode_along_with_goes_stale(queue, builds, monkeypatch):
    # The rebuild was queued 3 s before this edit: if its worker died, that is
    # known 3 s after the edit, and the edit should not wait a full period more.
    clock = [1000.0]
    monkeypatch.setattr(rebuild.time, "time", lambda: clock[0])
    assert rebuild.request() == "queued"
    clock[0] += 3
    assert rebuild.request() == "coalesced"
    (check,) = [q for q in queue if "check" in q]
    stale_in = rebuild.COUNTDOWN + rebuild.START_GRACE - 3
    assert stale_in < check["countdown"] <= stale_in + 1


def test_the_check_builds_an_edit_made_just_before_the_mark_went_stale(queue, builds, monkeypatch):
    clock = [1000.0]
    monkeypatch.setattr(rebuild.time, "time", lambda: clock[0])
    rebuild.request()  # its worker dies in the wait
    clock[0] += rebuild.COUNTDOWN + rebuild.START_GRACE - 0.5
    assert rebuild.request() == "coalesced"
    clock[0] += 1  # the check, due just after the mark went stale
    assert rebuild.run_if_pending() == "v1"
    assert builds == [1] and not rebuild.pending()


def test_the_check_builds_only_edits_left_waiting(queue, builds, monkeypatch):
    clock = [1000.0]
    monkeypatch.setattr(rebuild.time, "time", lambda: clock[0])
    assert rebuild.run_if_pending() is None  # nothing edited
    rebuild.request()
    assert rebuild.run_if_pending() is None  # its rebuild is still due
    clock[0] += rebuild.COUNTDOWN + rebuild.START_GRACE + 1
    assert rebuild.run_if_pending() == "v1"  # the rebuild never ran: build now
    assert builds == [1] and not rebuild.pending()
    clock[0] += 60
    assert rebuild.run_if_pending() is None


def test_it_queues_again_once_the_rebuild_started(queue, builds):
    rebuild.request()
    rebuild.run()  # what the task does
    assert builds == [1] and not rebuild.pending()
    assert rebuild.request() == "queued"
    assert len(queue) == 2


@pytest.fixture
def edited_while_building(monkeypatch):
    """A build that stops when asked to, as index_store's does; `edits` says during which attempts an edit is saved."""
    from assistant import index_store

    attempts = []

    def building(progress=None, superseded=None):
        attempts.append(superseded)
        if len(attempts) in building.edits:
            rebuild.request()  # an admin save committed while this build runs
        if superseded is not None and superseded():
            raise index_store.Superseded("content changed while it was built")
        return IndexBuild(version=f"v{len(attempts)}")

    building.edits = set()
    monkeypatch.setattr(index_store, "build_and_publish", building)
    return building, attempts


def test_it_starts_over_when_an_edit_is_saved_during_the_build(queue, edited_while_building):
    building, attempts = edited_while_building
    building.edits = {1}
    rebuild.request()
    assert rebuild.run() == "v2"  # the edit is served after one build, not after this one and its own
    assert len(attempts) == 2
    assert len(queue) == 2  # the edit's own rebuild is still queued: it finds v2 built
    assert rebuild.pending()  # and until it runs, the periodic check knows an edit waits


def test_it_does_not_start_over_for_an_edit_saved_before_it_began(queue, edited_while_building):
    _, attempts = edited_while_building
    rebuild.request()
    assert rebuild.run() == "v1"
    assert len(attempts) == 1 and not rebuild.pending()


def test_it_finishes_the_third_build_while_edits_keep_coming(queue, edited_while_building):
    building, attempts = edited_while_building
    building.edits = {1, 2, 3, 4}
    assert rebuild.run() == f"v{rebuild.RESTARTS + 1}"
    assert len(attempts) == rebuild.RESTARTS + 1 and attempts[-1] is None


def test_it_builds_inline_when_the_broker_is_down(settings, monkeypatch, builds):
    from assistant import tasks

    settings.INDEX_AUTO_REBUILD = True
    settings.CACHES = LOCMEM
    cache.clear()

    def refuse(**kwargs):
        raise OperationalError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    monkeypatch.setattr(tasks.rebuild_index, "apply_async", refuse)
    assert rebuild.request() == "inline"
    assert builds == [1]
    assert rebuild.request() == "inline"  # not stuck on a "queued" mark that will never run
    assert builds == [1, 1]


def test_it_does_nothing_when_turned_off(settings, queue, builds):
    settings.INDEX_AUTO_REBUILD = False
    assert rebuild.request() == "off"
    assert queue == [] and builds == []


# Against a real worker and Redis.

def ask(client, question: str) -> str:
    response = client.post("/api/v1/chat/", {"message": question}, content_type="application/json")
    assert response.status_code == 200, response.content
    return response.json()["answer"]


def edit_answer(faq: FAQ, token: str) -> None:
    faq.answer = f"{faq.answer} {token}"
    faq.save()


@pytest.mark.redis
@pytest.mark.slow
def test_it_changes_the_chat_answer_within_fifteen_seconds(live_db, broker, start_worker, client):
    from assistant import index_store

    index_store.build_and_publish()
    faq = FAQ.objects.get(key="avoid-buying-counterfeits")
    token = f"ZEBRA{uuid.uuid4().hex[:8].upper()}"
    assert token not in ask(client, faq.question)
    start_worker(broker.url)

    edit_answer(faq, token)
    edited = time.monotonic()
    wait_for(lambda: token in ask(client, faq.question), 15, 0.25, "the edited answer in the chat")
    print(f"edit -> served in {time.monotonic() - edited:.1f} s")


@pytest.mark.redis
@pytest.mark.slow
def test_it_gives_one_or_two_rebuilds_for_ten_edits(live_db, broker, start_worker, client):
    from assistant import index_store

    index_store.build_and_publish()
    worker = start_worker(broker.url)
    known = FAQ.objects.get(key="avoid-buying-counterfeits")
    faqs = list(FAQ.objects.exclude(pk=known.pk).order_by("order", "pk")[:9]) + [known]
    token = f"BURST{uuid.uuid4().hex[:8].upper()}"
    started = time.time()
    from django.utils import timezone

    since = timezone.now()
    for faq in faqs:
        edit_answer(faq, token)  # ten commits, like ten admin saves
    print(f"10 edits committed in {time.time() - started:.2f} s")

    wait_for(lambda: token in ask(client, known.question), 20, 0.25, "the last edit in the chat")
    time.sleep(rebuild.COUNTDOWN + 1)  # a second coalesced rebuild may still be on its way
    wait_for(lambda: not rebuild.pending(), 20, 0.25, "no rebuild pending")
    wait_for(lambda: not IndexBuild.objects.filter(status="building").exists(), 20, 0.25, "builds to finish")
    new = IndexBuild.objects.filter(started_at__gte=since).count()
    runs = sum("rebuild_index[" in line and "succeeded" in line for line in worker.output().splitlines())
    print(f"10 edits -> {new} new index builds from {runs} rebuild tasks")
    assert 1 <= new <= 2
    assert 1 <= runs <= 2
