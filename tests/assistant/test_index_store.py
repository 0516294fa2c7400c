"""Publishing, versioning and per-process serving of the search index."""
import datetime

import pytest
from django.db import OperationalError
from django.utils import timezone

from assistant import index_store
from assistant.models import IndexBuild
from assistant.answering.knowledge import Knowledge, Sources
from assistant.retrieval import Doc, Retriever

V1 = [
    Doc("faq:1", "faq", "Report a fake", "How do I report a counterfeit seller?", "/faq/1/", {}),
    Doc("stat:1", "statistic", "Footwear", "Footwear: 13,355 seizure lines in FY 2021", "/report/products/", {}),
]
V2 = V1 + [Doc("stat:2", "statistic", "Watches", "Watches/Jewelry: 12,313 seizure lines in FY 2021", "/report/products/", {})]


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Content:
    """What _sources() returns; tests change it to simulate staff edits."""

    def __init__(self):
        self.docs, self.synonyms, self.error = list(V1), {"sneakers": ["footwear"]}, None

    def __call__(self):
        if self.error:
            raise self.error
        return Sources(list(self.docs), dict(self.synonyms))


@pytest.fixture
def content(db, monkeypatch, settings):
    """Base case: a fresh process (nothing served), fake content, a clock we move by hand."""
    settings.INDEX_POLL_SECONDS = 2
    IndexBuild.objects.all().delete()
    source = Content()
    monkeypatch.setattr(index_store, "_sources", source)
    source.clock = FakeClock()
    monkeypatch.setattr(index_store, "clock", source.clock)
    index_store.reset()
    yield source
    index_store.reset()


def served_ids() -> set[str]:
    return {d.id for d in index_store.current().retriever.docs}


def test_it_publishes_a_ready_version(content):
    build = index_store.build_and_publish()
    build.refresh_from_db()
    assert build.status == IndexBuild.Status.READY
    assert build.version == index_store.fingerprint(Sources(V1, content.synonyms))
    assert build.documents == 2 and build.built_at and build.duration_ms > 0 and build.error == ""
    knowledge = index_store.loads(build.artifact)
    assert isinstance(knowledge, Knowledge)
    assert knowledge.retriever.search("sneakers")[0].doc.id == "stat:1"


def test_it_reuses_the_version_for_the_same_content(content):
    first = index_store.build_and_publish()
    second = index_store.build_and_publish()
    assert second.pk == first.pk and second.version == first.version
    assert IndexBuild.objects.count() == 1


def test_it_makes_a_new_version_when_docs_or_synonyms_change(content):
    first = index_store.build_and_publish().version
    content.docs = V2
    second = index_store.build_and_publish().version
    content.synonyms = {"sneakers": ["footwear", "shoes"]}
    third = index_store.build_and_publish().version
    assert len({first, second, third}) == 3


def test_it_builds_on_first_start_when_there_is_no_build(content):
    assert served_ids() == {"faq:1", "stat:1"}
    assert IndexBuild.objects.filter(status="ready").count() == 1


def test_it_picks_up_a_new_version_after_the_poll_interval(content):
    index_store.build_and_publish()
    old = index_store.current()
    content.docs = V2
    index_store.build_and_publish()
    content.clock.now += 1  # within the interval: no look at the database yet
    assert index_store.current() is old
    content.clock.now += 2
    assert served_ids() == {"faq:1", "stat:1", "stat:2"}
    assert index_store.status()["documents"] == 3


def test_it_records_a_failed_build_and_keeps_serving_the_previous(content, monkeypatch):
    good = index_store.build_and_publish()
    index_store.current()

    def broken(*args, **kwargs):
        raise MemoryError("out of memory while indexing")

    monkeypatch.setattr(Retriever, "build", broken)
    content.docs = V2
    with pytest.raises(MemoryError):
        index_store.build_and_publish()
    failed = IndexBuild.objects.get(status="failed")
    assert failed.error == "MemoryError: out of memory while indexing"
    content.clock.now += 10
    assert served_ids() == {"faq:1", "stat:1"}
    assert index_store.status()["version"] == good.version


def test_it_records_a_failure_before_the_content_could_be_read(content):
    index_store.build_and_publish()
    content.error = OperationalError("database is locked")
    with pytest.raises(OperationalError):
        index_store.build_and_publish()
    failed = IndexBuild.objects.get(status="failed")
    assert failed.version.startswith("failed-") and "database is locked" in failed.error


def test_it_retries_a_version_that_failed_before(content, monkeypatch):
    real = Retriever.build.__func__
    monkeypatch.setattr(Retriever, "build", classmethod(lambda cls, *a, **k: (_ for _ in ()).throw(ValueError("boom"))))
    with pytest.raises(ValueError):
        index_store.build_and_publish()
    monkeypatch.setattr(Retriever, "build", classmethod(real))
    build = index_store.build_and_publish()
    assert build.status == "ready" and build.error == ""
    assert IndexBuild.objects.count() == 1


def test_it_keeps_serving_when_the_database_is_unavailable(content, monkeypatch):
    index_store.build_and_publish()
    retriever = index_store.current()

    def down():
        raise OperationalError("could not connect to server")

    monkeypatch.setattr(index_store, "_newest", down)
    content.clock.now += 10
    assert index_store.current() is retriever


def test_it_fails_loudly_with_no_index_and_no_database(content, monkeypatch):
    monkeypatch.setattr(index_store, "_newest", lambda: (_ for _ in ()).throw(OperationalError("down")))
    with pytest.raises(OperationalError):
        index_store.current()


def test_it_answers_from_the_old_index_while_another_thread_checks(content):
    index_store.build_and_publish()
    retriever = index_store.current()
    content.docs = V2
    index_store.build_and_publish()
    content.clock.now += 10
    with index_store._lock:  # another thread is mid-check
        assert index_store.current() is retriever
    assert index_store.current() is not retriever


def test_it_serves_the_old_version_again_after_content_is_reverted(content):
    v1 = index_store.build_and_publish().version
    content.docs = V2
    index_store.build_and_publish()
    content.docs = V1
    again = index_store.build_and_publish()
    assert again.version == v1
    content.clock.now += 10
    assert served_ids() == {"faq:1", "stat:1"}


def test_it_keeps_only_the_last_five_ready_builds(content):
    versions = []
    for n in range(7):
        content.synonyms = {f"word{n}": ["footwear"]}
        versions.append(index_store.build_and_publish().version)
    kept = set(IndexBuild.objects.filter(status="ready").values_list("version", flat=True))
    assert kept == set(versions[-5:])


def test_it_marks_builds_interrupted_long_ago_as_failed(content):
    IndexBuild.objects.create(version="crashed", status="building")
    IndexBuild.objects.filter(version="crashed").update(started_at=timezone.now() - datetime.timedelta(hours=2))
    IndexBuild.objects.create(version="running", status="building")
    index_store.build_and_publish()
    assert IndexBuild.objects.get(version="crashed").status == "failed"
    assert "interrupted" in IndexBuild.objects.get(version="crashed").error
    assert IndexBuild.objects.get(version="running").status == "building"


def test_it_finishes_a_build_a_killed_worker_left_building(content):
    version = index_store.fingerprint(Sources(V1, content.synonyms))
    IndexBuild.objects.create(version=version, status="building")
    build = index_store.build_and_publish()
    assert build.version == version and build.status == "ready"
    assert served_ids() == {"faq:1", "stat:1"}


def test_it_stops_a_build_whose_content_changed_and_leaves_no_row(content):
    good = index_store.build_and_publish()
    index_store.current()
    content.docs = V2
    asked = []

    def changed_at_the_third_step() -> bool:
        asked.append(1)
        return len(asked) >= 3

    with pytest.raises(index_store.Superseded):
        index_store.build_and_publish(superseded=changed_at_the_third_step)
    assert len(asked) == 3
    assert list(IndexBuild.objects.values_list("version", flat=True)) == [good.version]
    content.clock.now += 10
    assert served_ids() == {"faq:1", "stat:1"}


def test_it_hands_back_a_row_it_took_over_as_failed_when_superseded(content):
    version = index_store.fingerprint(Sources(V1, content.synonyms))
    IndexBuild.objects.create(version=version, status="building")  # a killed worker's
    asked = []
    with pytest.raises(index_store.Superseded):
        index_store.build_and_publish(superseded=lambda: asked.append(1) or len(asked) >= 2)
    left = IndexBuild.objects.get(version=version)
    assert left.status == "failed" and left.error.startswith("superseded")


def test_it_never_asks_once_the_knowledge_is_built(content, monkeypatch):
    built = []
    real = index_store.build_knowledge

    def build_then_note(*args, **kwargs):
        knowledge = real(*args, **kwargs)
        built.append(1)
        return knowledge

    monkeypatch.setattr(index_store, "build_knowledge", build_then_note)
    build = index_store.build_and_publish(superseded=lambda: bool(built))
    assert build.status == "ready" and built
    assert served_ids() == {"faq:1", "stat:1"}


def test_it_reports_status_with_no_index_yet(content):
    assert index_store.status() == {"version": None, "built_at": None, "age_seconds": None, "documents": 0}
    assert IndexBuild.objects.count() == 0  # status() never builds


def test_it_reports_status_of_the_served_index(content):
    build = index_store.build_and_publish()
    index_store.current()
    status = index_store.status()
    assert set(status) == {"version", "built_at", "age_seconds", "documents"}
    assert status["version"] == build.version and status["documents"] == 2
    assert datetime.datetime.fromisoformat(status["built_at"]) == build.built_at
    assert 0 <= status["age_seconds"] < 60


def test_it_builds_the_shipped_content(loaded):
    """Integration: the real documents from load_content index and answer."""
    pytest.importorskip("assistant.documents")
    index_store.reset()
    try:
        build = index_store.build_and_publish()
        assert build.documents > 50
        assert index_store.current().retriever.search("siezures of counterfiet watchs", k=3)
    finally:
        index_store.reset()


def test_it_rebuilds_a_build_stored_by_other_code(content, monkeypatch):
    # A build pickled before a deploy changed the index code must not be served
    # (it may lack attributes the new code reads): the process builds anew.
    old = index_store.build_and_publish()
    monkeypatch.setattr(index_store, "FORMAT", "code-after-a-deploy")
    index_store.reset()
    assert served_ids() == {"faq:1", "stat:1"}
    new = IndexBuild.objects.filter(status=IndexBuild.Status.READY).order_by("-built_at").first()
    assert new.version != old.version
    assert index_store.status()["version"] == new.version


def test_it_refuses_an_artifact_that_does_not_unpickle(content):
    with pytest.raises(index_store.StaleIndex):
        index_store.loads(b"not a zlib stream")
