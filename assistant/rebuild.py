"""Coalesced index rebuilds: a burst of content edits gives one or two builds.

request() runs after a content change commits (content/signals.py). It marks the
index stale and queues one rebuild task COUNTDOWN seconds later, unless one is
already waiting; edits made while it waits ride along with it. run() is what the
task does: clear the marks, then build and publish (assistant.index_store), which
reuses the version when nothing changed, so a repeated or redelivered run is
harmless. Web processes pick the new version up by polling (index_store.current).

When the broker cannot be reached the rebuild runs inline, in the process that
made the edit, after its commit: the edit is kept, the chat keeps answering from
the previous index meanwhile, and nothing waits for the broker to come back.
"""
import logging
import time

from django.conf import settings
from django.core.cache import cache

log = logging.getLogger(__name__)

PENDING_KEY = "ipr:index:pending"  # time of the newest change not yet built
QUEUED_KEY = "ipr:index:queued"  # a rebuild task is waiting to run
COUNTDOWN = 2  # seconds a queued rebuild waits for more edits
# If a queued task is lost (broker flushed), the mark expires and the next
# edit queues again; the periodic check_index job catches anything left over.
QUEUED_TTL = 120

# Publishing must fail fast when Redis is down: the admin is waiting.
RETRY_POLICY = {"max_retries": 2, "interval_start": 0, "interval_step": 0.2, "interval_max": 0.5}


def request(force: bool = False) -> str:
    """Ask for a rebuild soon. Returns "queued", "coalesced", "inline" or "off".

    force: staff asked (admin action), so settings.INDEX_AUTO_REBUILD doesn't apply.
    """
    if not force and not getattr(settings, "INDEX_AUTO_REBUILD", True):
        return "off"
    try:
        cache.set(PENDING_KEY, time.time(), None)
        first = cache.add(QUEUED_KEY, time.time(), QUEUED_TTL)
    except Exception as exc:  # the cache is Redis too: treat it as down
        log.warning("index rebuild: cache unavailable (%s)", exc)
        first = True
    if not first:
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


def run() -> str:
    """Build and publish the index for the current content; returns its version."""
    from assistant import index_store

    # Cleared before building: an edit committed from now on queues another run.
    _forget(QUEUED_KEY)
    _forget(PENDING_KEY)
    return index_store.build_and_publish().version


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
