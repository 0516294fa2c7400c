"""Redis clients that cannot hang a request: bounded waits, no retries, a breaker.

A Redis that is stopped but still accepts connections (SIGSTOP, a stalled VM,
a full network buffer) never refuses anything: without socket timeouts every
call waits for ever, and redis-py's default client retries three times with
backoff on top. Every connection the web processes open therefore takes its
connect and read timeouts from settings.REDIS_TIMEOUT (cache, health) or a
tighter budget for the chat's hot path (settings.THROTTLE_REDIS_TIMEOUT), and
never retries: the caller decides what a failure means.
"""
import threading
import time

from django.conf import settings


def bounded_options(timeout: float | None = None) -> dict:
    """Connection keyword arguments: connect and socket timeouts, no retries."""
    from redis.backoff import NoBackoff
    from redis.retry import Retry

    seconds = settings.REDIS_TIMEOUT if timeout is None else timeout
    return {"socket_connect_timeout": seconds, "socket_timeout": seconds, "retry": Retry(NoBackoff(), 0)}


def bounded_client(url: str, timeout: float | None = None):
    import redis

    return redis.Redis.from_url(url, **bounded_options(timeout))


class Breaker:
    """After a failure, callers skip the service for `cooldown` seconds.

    A hung Redis costs one request per process one timeout, then nothing until
    the cool-down ends and one request tries again.
    """

    def __init__(self, cooldown: float):
        self.cooldown = cooldown
        self._open_until = 0.0
        self._lock = threading.Lock()

    def allows(self) -> bool:
        return time.monotonic() >= self._open_until

    def failed(self) -> None:
        with self._lock:
            self._open_until = time.monotonic() + self.cooldown

    def reset(self) -> None:
        with self._lock:
            self._open_until = 0.0
