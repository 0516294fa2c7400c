"""Coalesced index rebuilds: a burst of content edits gives one or two builds.

request() runs after a content change commits (content/signals.py). It marks the
index stale and queues one rebuild task COUNTDOWN seconds later, unless one is
already waiting; edits made while it waits ride along with it. run() is what the
task does: clear the marks, then build and publish (assistant.index_store), which
reuses the version when nothing changed, so a repeated or redelivered run is
harmless. An edit committed during the build makes it start over with that edit
rather than publish content already old and build again. Web processes pick the
new version up by polling (index_store.current).

When the broker cannot be reached the rebuild runs inline, in the process that
made the edit, after its commit: the edit is kept, the chat keeps answering from
the previous index meanwhile, and nothing waits for the broker to come back.
"""
import logging
import time
from typing import Callable

from django.conf import settings
from django.core.cache import cache

log = logging.getLogger(__name__)

PENDING_KEY = "ipr:index:pending"  # time of the newest change not yet built
QUEUED_KEY = "ipr:index:queued"  # time a rebuild task was queued; it clears this when it starts
# Seconds a queued rebuild waits for more edits. Short: an edit saved once the build has begun
# makes it start over (run()), so a longer wait would coalesce little and delay every edit.
COUNTDOWN = 1
# A queued rebuild clears its mark when it starts, COUNTDOWN seconds after it
# was queued. A mark older than COUNTDOWN + START_GRACE belongs to a task that
# did not start: its worker was killed in the wait (the broker hands such a job
# out again only after the visibility timeout, 20 minutes) or every worker is
# busy. Edits no longer ride along with it: they queue a rebuild of their own
# (when the worker was merely busy, the extra run finds the index built and
# reuses it). An edit that rides along also queues, once per burst, a
# rebuild_if_pending check for just after the mark goes stale, so it is built
# even when the rebuild it joined dies; the every-minute rebuild_if_pending job
# covers the rest (the check lost with the same worker).
START_GRACE = 3
BACKSTOP_KEY = "ipr:index:backstop"  # a rebuild_if_pending check is queued for this burst
QUEUED_TTL = 60  # the mark is garbage after this, whatever happened
# A build that learns of a newer edit starts over with it at most this often; then it
# finishes, so edits saved without pause still publish (the newest one's rebuild follows).
RESTARTS = 2

# Publishing must fail fast when Redis is down: the admin is waiting.
RETRY_POLICY = {"max_retries": 2, "interval_start": 0, "interval_step": 0.2, "interval_max": 0.5}


def request(force: bool = False) -> str:
    """Ask for a rebuild soon. Returns "queued", "coalesced", "inline" or "off".

    force: staff asked (admin action), so settings.INDEX_AUTO_REBUILD doesn't apply.
    """
    if not force and not getattr(settings, "INDEX_AUTO_REBUILD", True):
        return "off"
    now = time.time()
    try:
        cache.set(PENDING_KEY, now, None)
        first = cache.add(QUEUED_KEY, now, QUEUED_TTL) or _take_over_stale_mark(now)
    except Exception as exc:
        # The cache is the broker's Redis too: publishing would wait on it as
        # well (a hung Redis would hold the admin's save), so build here now.
        log.warning("index rebuild: cache unavailable (%s); building inline", type(exc).__name__)
        run(cache_ok=False)
        return "inline"
    if not first:
        _backstop(now)
        return "coalesced"
    try:
        from assistant.tasks import rebuild_index

        rebuild_index.apply_async(countdown=COUNTDOWN, retry=True, retry_policy=RETRY_POLICY)
        return "queued"
    except Exception as exc:
        log.warning("index rebuild: broker unavailable (%s); building inline", exc)
        _forget(QUEUED_KEY)
        run()
        return "inline"


def _take_over_stale_mark(now: float) -> bool:
    """True (and the mark is ours) when the queued rebuild should have started by now."""
    queued_at = cache.get(QUEUED_KEY)
    if queued_at is not None and now - float(queued_at) < COUNTDOWN + START_GRACE:
        return False
    log.warning("index rebuild: the rebuild queued %s s ago never started; queueing another",
                "?" if queued_at is None else round(now - float(queued_at), 1))
    cache.set(QUEUED_KEY, now, QUEUED_TTL)
    return True


def _backstop(now: float) -> None:
    try:
        if not cache.add(BACKSTOP_KEY, now, COUNTDOWN + START_GRACE):
            return
        from assistant.tasks import rebuild_if_pending

        # Due just after the mark this edit rode along with goes stale, not a
        # fixed time after the edit: when that mark's worker died, the edit is
        # built as soon as it can be known that no rebuild is coming.
        queued_at = cache.get(QUEUED_KEY)
        age = 0.0 if queued_at is None else max(0.0, now - float(queued_at))
        countdown = max(1.0, COUNTDOWN + START_GRACE + 1 - age)
        rebuild_if_pending.apply_async(countdown=countdown, retry=True, retry_policy=RETRY_POLICY)
    except Exception as exc:  # the queued rebuild, or the periodic job, still covers the edit
        log.warning("index rebuild: could not queue the check after a coalesced edit (%s)", type(exc).__name__)


def run_if_pending() -> str | None:
    """Build when an edit is waiting and no rebuild is on its way (periodic job).

    Catches edits that coalesced into a rebuild whose worker then died.
    """
    now = time.time()
    if cache.get(PENDING_KEY) is None:
        return None  # nothing waiting
    # How recent the edit is doesn't matter: every edit either queued the
    # rebuild the mark stands for or rode along with it, so only the mark's
    # age says whether a rebuild is still due.
    queued_at = cache.get(QUEUED_KEY)
    if queued_at is not None and now - float(queued_at) < COUNTDOWN + START_GRACE:
        return None  # its rebuild is still due
    return run()


def run(cache_ok: bool = True) -> str:
    """Build and publish the index for the current content; returns its version.

    An edit committed while the build runs makes it start over with that edit
    (up to RESTARTS times; then it finishes and the edit's own rebuild follows):
    finishing first would serve the newer edit one whole build later.

    cache_ok=False: the cache just failed, so don't wait on it again to clear marks.
    """
    from assistant import index_store

    if not cache_ok:
        return index_store.build_and_publish().version
    # Cleared before building: an edit committed from now on queues another run.
    _forget(QUEUED_KEY)
    _forget(PENDING_KEY)
    restarts = 0
    while True:
        since = time.time()  # the content is read after this: edits marked before it are in the build
        superseded = _edited_since(since) if restarts < RESTARTS else None
        try:
            return index_store.build_and_publish(superseded=superseded).version
        except index_store.Superseded as exc:
            # The mark stays: if this worker dies in the new build, the periodic check still sees the edit.
            restarts += 1
            log.info("index rebuild: %s; starting over with the newer content", exc)


def _edited_since(since: float) -> Callable[[], bool]:
    def edited() -> bool:
        try:
            marked = cache.get(PENDING_KEY)
        except Exception:  # the cache is down: build what was read
            return False
        return marked is not None and float(marked) >= since

    return edited


def pending() -> bool:
    """True when a change was made that no rebuild has picked up yet."""
    try:
        return cache.get(PENDING_KEY) is not None
    except Exception:
        return True


def _forget(key: str) -> None:
    try:
        cache.delete(key)
    except Exception:
        pass
