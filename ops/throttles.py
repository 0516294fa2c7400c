"""Per-client rate limits for the public APIs, shared by every process.

Views set `throttle_scope` ("chat", "feedback", "handoff"); the rate for a
scope is read from settings.THROTTLE_RATES on each request, so tests and the
bench can change it. A rate is "N/s", "N/min", "N/hour" or "N/day"; None or
"off" disables the limit.

Fixed-window counter in the shared cache (Redis in production): one atomic
INCR per request, O(1) whatever the rate, unlike DRF's list of timestamps. The
price is that a client can send up to 2N across a window boundary. With Redis
the counter takes one round trip (a small Lua script: INCR, and EXPIRE for a
new window's key) on a client kept per process (Django's cache API would take
three and build a new client for each). If the
counter store is down the request is allowed (and logged): rate limiting must
not take the site down with it. A Redis that hangs rather than refuses costs
one request per process settings.THROTTLE_REDIS_TIMEOUT (50 ms), then the
breaker lets requests through without asking Redis for
settings.THROTTLE_BREAKER_SECONDS before one tries again.
"""
import logging
import threading
import time

from django.conf import settings
from django.core.cache import cache
from rest_framework.throttling import BaseThrottle

from ops.clientip import client_ip
from ops.redis_client import Breaker, bounded_client

log = logging.getLogger(__name__)
_redis_client = None
_redis_lock = threading.Lock()
_breaker = Breaker(cooldown=5.0)

_PERIODS = {"s": 1, "sec": 1, "second": 1, "m": 60, "min": 60, "minute": 60, "h": 3600, "hour": 3600, "d": 86400, "day": 86400}


def parse_rate(rate: str | None) -> tuple[int, int] | None:
    """"30/min" -> (30, 60); None/"off"/"" -> None; anything else is an error."""
    if rate is None or str(rate).strip().lower() in {"", "off", "none"}:
        return None
    count, _, period = str(rate).strip().partition("/")
    try:
        n = int(count)
    except ValueError:
        raise ValueError(f"bad rate {rate!r}: use N/s, N/min, N/hour, N/day or off") from None
    seconds = _PERIODS.get(period.strip().lower())
    if seconds is None or n < 1:
        raise ValueError(f"bad rate {rate!r}: use N/s, N/min, N/hour, N/day or off")
    return n, seconds


class ScopedThrottle(BaseThrottle):
    def __init__(self) -> None:
        self.retry_after: int | None = None

    def allow_request(self, request, view) -> bool:
        scope = getattr(view, "throttle_scope", None)
        if not scope:
            return True
        limit = parse_rate(settings.THROTTLE_RATES.get(scope))
        if limit is None:
            return True
        count, period = limit
        now = time.time()
        window = int(now // period)
        key = f"ipr:throttle:{scope}:{client_ip(request) or 'unknown'}:{period}:{window}"
        try:
            used = _count(key, period + 1)
        except _Skipped:
            return True  # Redis failed moments ago: don't wait on it again yet
        except Exception as exc:
            _breaker.cooldown = settings.THROTTLE_BREAKER_SECONDS
            _breaker.failed()
            log.warning("rate limit store unavailable (%s); allowing requests for %s s",
                        type(exc).__name__, _breaker.cooldown)
            return True
        if used <= count:
            return True
        self.retry_after = max(1, int((window + 1) * period - now + 0.999))
        return False

    def wait(self) -> int | None:
        return self.retry_after


# One command, atomic: count, and give a new window's key its expiry (EVALSHA;
# redis-py loads the script again if Redis forgot it).
_COUNT_SCRIPT = """
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
return n
"""


class _Skipped(Exception):
    """The breaker is open: Redis is not asked."""


def _count(key: str, ttl: int) -> int:
    """Add one to `key` (created with a ttl) and return the new count."""
    # The counter lives in the default cache; when that is Redis, talk to it directly.
    default = settings.CACHES["default"]
    url = default.get("LOCATION", "") if default["BACKEND"].endswith("RedisCache") else ""
    if isinstance(url, (list, tuple)):
        url = url[0] if url else ""
    if url:
        count_script = _redis(url)[1]
        if not _breaker.allows():
            raise _Skipped
        return int(count_script(keys=[key], args=[ttl]))
    # add() is a no-op when the key exists.
    cache.add(key, 0, timeout=ttl)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=ttl)
        return 1


def _redis(url: str):
    global _redis_client
    if _redis_client is None or _redis_client[0] != url:
        with _redis_lock:
            if _redis_client is None or _redis_client[0] != url:
                client = bounded_client(url, settings.THROTTLE_REDIS_TIMEOUT)
                _redis_client = (url, (client, client.register_script(_COUNT_SCRIPT)))
                _breaker.reset()  # a new Redis owes nothing to the old one's failures
    return _redis_client[1]


def reset() -> None:
    """Forget the client and close the breaker (tests, settings changes)."""
    global _redis_client
    with _redis_lock:
        _redis_client = None
    _breaker.reset()
