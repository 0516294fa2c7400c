"""Where the live search index comes from, in every process.

build_and_publish() builds the Knowledge (retriever, tables, lexicon, in-scope model) from the database content and stores it,
pickled, as an IndexBuild row; current() gives each process the newest ready
build, checking for a newer one at most every settings.INDEX_POLL_SECONDS and
swapping it in whole. See docs/retrieval.md ("Index store").
"""
import hashlib
import logging
import pickle
import threading
import time
import uuid
import zlib
from dataclasses import dataclass
from pathlib import Path
from datetime import datetime, timedelta
from typing import Callable

from django.conf import settings
from django.utils import timezone

from assistant.models import IndexBuild
from assistant.answering.knowledge import Knowledge, build as build_knowledge

log = logging.getLogger(__name__)

KEEP_READY = 5  # older ready builds are deleted (their artifacts are large)
KEEP_FAILED = 20  # failed rows stay for the staff console, within reason
CACHE_KEY = "ipr:index:version"  # set on publish, for anyone who wants a cheap look

# Tests move time forward by replacing this.
clock = time.monotonic


@dataclass(frozen=True)
class Served:
    knowledge: Knowledge
    version: str
    built_at: datetime | None
    documents: int


_served: Served | None = None
_checked_at = float("-inf")
_lock = threading.Lock()


def _sources():
    # Imported late: documents imports content models.
    from assistant import documents

    return documents.sources()


def _code_format() -> str:
    """Hash of the code that shapes a stored index.

    A build pickled by other code may not load (or may lack attributes) after a
    deploy, so the code is part of the version and a stale build is rebuilt.
    """
    here = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    code = sorted((here / "retrieval").glob("*.py")) + sorted((here / "answering").rglob("*.py")) + [here / "documents.py"]
    for path in code:
        digest.update(path.read_bytes())
    return digest.hexdigest()


FORMAT = _code_format()


class StaleIndex(Exception):
    """The stored build was made by other code than this process runs."""


def fingerprint(sources) -> str:
    """sha256 of everything that shapes the index: same content and code, same version."""
    digest = hashlib.sha256(FORMAT.encode())
    for doc in sources.docs:
        digest.update(repr((doc.id, doc.kind, doc.title, doc.text, doc.url, sorted(doc.meta.items(), key=str))).encode())
        digest.update(b"\0")
    digest.update(repr(sorted((k, list(v)) for k, v in sources.synonyms.items())).encode())
    for part in (sources.statistics, sources.report_years, sources.examples):
        digest.update(repr(part).encode())
    return digest.hexdigest()


def dumps(knowledge: Knowledge) -> bytes:
    return zlib.compress(pickle.dumps((FORMAT, knowledge), protocol=5), 3)


def loads(artifact: bytes | memoryview) -> Knowledge:
    try:
        payload = pickle.loads(zlib.decompress(bytes(artifact)))
    except Exception as exc:  # unpicklable under this code: classes moved or changed
        raise StaleIndex(f"stored index cannot be loaded by this code: {exc}") from exc
    if not (isinstance(payload, tuple) and len(payload) == 2 and payload[0] == FORMAT):
        raise StaleIndex("stored index was built by other code")
    return payload[1]


class Superseded(Exception):
    """Content changed while building: what this build would publish is already old."""


def preload() -> None:
    """Load, once per process, what every build reads besides the content: the word lists and
    the URL patterns (each document's address is reversed). A worker calls this at start, so its
    first rebuild is as quick as the next."""
    from django.urls import get_resolver

    from assistant.retrieval import spelling

    spelling.preload()
    get_resolver().url_patterns  # noqa: B018 (imports every app's URL module)


def build_and_publish(progress: Callable[[str], None] | None = None,
                      superseded: Callable[[], bool] | None = None) -> IndexBuild:
    """Build the index from the database and make it the one served.

    Idempotent: when the content's version is already ready it is reused (and
    made newest again if content was reverted). On error the build is recorded
    as failed and the exception re-raised; the previous build keeps serving.

    superseded: asked after reading the content and before each stage of the
    knowledge build; when it says yes, the build stops with Superseded and leaves
    no trace, so the caller can start over with the newer content instead of
    publishing the old one first. Never asked once the knowledge is built: a
    finished build is published.
    """
    say = progress or (lambda message: None)

    def checkpoint() -> None:
        if superseded is not None and superseded():
            raise Superseded("content changed while it was built")

    started = time.perf_counter()
    build = None
    created = False
    try:
        sources = _sources()
        say(f"read the content: {len(sources.docs)} documents")
        checkpoint()
        version = fingerprint(sources)
        build, created = IndexBuild.objects.get_or_create(version=version)
        if not created and build.status == IndexBuild.Status.READY and build.artifact is not None:
            _republish(build)
            say(f"version {version[:12]} is already built; reusing it")
            return build
        if not created:  # failed before, or a crashed builder left it "building": redo it
            IndexBuild.objects.filter(pk=build.pk).update(status=IndexBuild.Status.BUILDING, error="")
        building = time.perf_counter()
        knowledge = build_knowledge(sources, progress=say, checkpoint=checkpoint)
        say(f"built in {time.perf_counter() - building:.1f} s")
        artifact = dumps(knowledge)
        # One UPDATE makes artifact and status visible together: never half a build.
        IndexBuild.objects.filter(pk=build.pk).update(
            status=IndexBuild.Status.READY,
            artifact=artifact,
            built_at=timezone.now(),
            duration_ms=(time.perf_counter() - started) * 1000,
            documents=len(knowledge.retriever),
            error="",
        )
        build.refresh_from_db()
        say(f"published {version[:12]}: {len(knowledge.retriever)} documents, {len(artifact) / 1e6:.1f} MB")
    except Superseded:
        _forget_superseded(build, created)
        raise
    except Exception as exc:
        _record_failure(build, exc, started)
        raise
    _announce(build.version)
    _prune()
    return build


def _republish(build: IndexBuild) -> None:
    newest = IndexBuild.objects.filter(status=IndexBuild.Status.READY).order_by("-built_at").values_list("pk", flat=True).first()
    if newest != build.pk:
        # built_at orders what is served; reverting content must serve the old version again.
        IndexBuild.objects.filter(pk=build.pk).update(built_at=timezone.now())
        build.refresh_from_db()
        _announce(build.version)


def _forget_superseded(build: IndexBuild | None, created: bool) -> None:
    # Nothing went wrong: a row this build made is no failure for the staff console.
    # A row it took over (failed before, or left "building" by a killed builder)
    # goes back to failed, with why, until a build of that version finishes.
    if build is None:
        return
    if created:
        IndexBuild.objects.filter(pk=build.pk, status=IndexBuild.Status.BUILDING).delete()
    else:
        IndexBuild.objects.filter(pk=build.pk, status=IndexBuild.Status.BUILDING).update(
            status=IndexBuild.Status.FAILED, error="superseded: content changed while it was built")


def _record_failure(build: IndexBuild | None, exc: Exception, started: float) -> None:
    error = f"{type(exc).__name__}: {exc}"[:5000]
    log.exception("index build failed: %s", error)
    fields = {"status": IndexBuild.Status.FAILED, "error": error, "duration_ms": (time.perf_counter() - started) * 1000}
    try:
        if build is None:  # failed before the content version was known
            IndexBuild.objects.create(version=f"failed-{uuid.uuid4().hex}", **fields)
        else:
            IndexBuild.objects.filter(pk=build.pk).update(**fields)
    except Exception:  # the database itself may be what failed
        log.exception("could not record the failed index build")


def _announce(version: str) -> None:
    try:
        from django.core.cache import cache

        cache.set(CACHE_KEY, version, None)
    except Exception:  # the cache is a hint only; pollers read the database
        log.warning("could not set %s", CACHE_KEY, exc_info=True)


def _prune() -> None:
    # A builder killed mid-build (SIGKILL, OOM) leaves its row "building" forever.
    stale = timezone.now() - timedelta(seconds=getattr(settings, "CELERY_TASK_TIME_LIMIT", 900) + 60)
    IndexBuild.objects.filter(status=IndexBuild.Status.BUILDING, started_at__lt=stale).update(
        status=IndexBuild.Status.FAILED, error="interrupted: the build never finished"
    )
    ready = IndexBuild.objects.filter(status=IndexBuild.Status.READY).order_by("-built_at")
    old = list(ready.values_list("pk", flat=True)[KEEP_READY:])
    failed = IndexBuild.objects.filter(status=IndexBuild.Status.FAILED).order_by("-started_at")
    old += list(failed.values_list("pk", flat=True)[KEEP_FAILED:])
    if old:
        IndexBuild.objects.filter(pk__in=old).delete()


def _newest() -> tuple[str, datetime, int] | None:
    return (
        IndexBuild.objects.filter(status=IndexBuild.Status.READY)
        .order_by("-built_at")
        .values_list("version", "built_at", "documents")
        .first()
    )


def _load(version: str, built_at: datetime, documents: int) -> Served:
    artifact = IndexBuild.objects.filter(version=version).values_list("artifact", flat=True).get()
    return Served(loads(artifact), version, built_at, documents)


def _refresh() -> None:
    """Serve the newest ready build; build one if there is none at all (first start)."""
    global _served, _checked_at
    _checked_at = clock()
    newest = _newest()
    if newest is None:
        if _served is not None:
            return  # builds were deleted under us: keep what works
        log.info("no search index yet: building one in-process")
        build_and_publish()
        newest = _newest()
        if newest is None:
            raise RuntimeError("the index build did not produce a ready version")
    if _served is None or newest[0] != _served.version:
        try:
            served = _load(*newest)
        except StaleIndex:
            # Built before a deploy changed the index code: build anew under this code.
            log.warning("index %s was built by other code; rebuilding", newest[0][:12])
            build_and_publish()
            newest = _newest()
            served = _load(*newest)
        except IndexBuild.DoesNotExist:  # pruned between the two queries: take the next newest
            newest = _newest()
            if newest is None:
                raise RuntimeError("no ready index build to load") from None
            served = _load(*newest)
        _served = served  # one reference swap: readers see the old or the new index, whole
        log.info("serving index %s (%d documents)", served.version[:12], served.documents)


def current() -> Knowledge:
    """The live Knowledge (retriever, tables, lexicon, in-scope model) of this process.

    Thread-safe; waits only on the very first load.
    """
    served = _served
    if served is not None and clock() - _checked_at < settings.INDEX_POLL_SECONDS:
        return served.knowledge
    if served is None:
        with _lock:
            if _served is None:
                _refresh()
            return _served.knowledge
    # Someone else is already checking: answer with what we have.
    if not _lock.acquire(blocking=False):
        return served.knowledge
    try:
        if clock() - _checked_at >= settings.INDEX_POLL_SECONDS:
            _refresh()
    except Exception:
        # Database or artifact briefly unavailable: the last good index keeps serving.
        log.warning("could not check for a newer index; serving %s", served.version[:12], exc_info=True)
    finally:
        _lock.release()
    return _served.knowledge


def status() -> dict:
    """{"version", "built_at" (ISO 8601), "age_seconds", "documents"} of the index served.

    Cheap: never builds or loads an index. Before this process has loaded one,
    it reports the newest ready build in the database; None values when there is none.
    """
    served = _served
    if served is None:
        newest = _newest()
        if newest is None:
            return {"version": None, "built_at": None, "age_seconds": None, "documents": 0}
        served_info = newest
    else:
        served_info = (served.version, served.built_at, served.documents)
    version, built_at, documents = served_info
    age = (timezone.now() - built_at).total_seconds() if built_at else None
    return {
        "version": version,
        "built_at": built_at.isoformat() if built_at else None,
        "age_seconds": round(age, 1) if age is not None else None,
        "documents": documents,
    }


def reset() -> None:
    """Forget the served index (tests; a process that must reload from scratch)."""
    global _served, _checked_at
    with _lock:
        _served = None
        _checked_at = float("-inf")
