"""A beat scheduler that only sends jobs while it holds a lock.

Schedules live in the database (django-celery-beat, editable in the admin). If two
beat processes run by mistake (two machines, a restart overlapping the old one),
both would send every job. Here only the holder of a lock sends; the others stand
by and take over within LOCK_TTL seconds when the holder dies.

The lock is a Redis key with a TTL when REDIS_URL is set (works across machines),
otherwise an flock on var/beat.lock (one machine, which is all the local
filesystem broker supports anyway).
"""
import fcntl
import logging
import os
import uuid
from pathlib import Path

from django.conf import settings
from django_celery_beat.schedulers import DatabaseScheduler

log = logging.getLogger(__name__)

LOCK_KEY = "ipr:beat:lock"
LOCK_TTL = 30  # seconds; the holder renews it on every tick (at most every 5 s)
STANDBY_INTERVAL = 5.0


class RedisLock:
    """Held while our token is the key's value; renewed by hold()."""

    # Renew or release only if we still own it (atomic check-and-set).
    _renew = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('expire', KEYS[1], ARGV[2]) end return 0"
    _release = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0"

    def __init__(self, url: str, key: str = LOCK_KEY, ttl: int = LOCK_TTL):
        import redis

        self.client = redis.Redis.from_url(url, socket_timeout=5, socket_connect_timeout=5)
        self.key, self.ttl = key, ttl
        self.token = f"{os.getpid()}-{uuid.uuid4().hex}"

    def hold(self) -> bool:
        try:
            if self.client.eval(self._renew, 1, self.key, self.token, self.ttl):
                return True
            return bool(self.client.set(self.key, self.token, nx=True, ex=self.ttl))
        except Exception as exc:  # Redis down: don't send; another beat can't either
            log.warning("beat lock: cannot reach Redis (%s); standing by", exc)
            return False

    def release(self) -> None:
        try:
            self.client.eval(self._release, 1, self.key, self.token)
        except Exception:
            pass


class FileLock:
    """An flock held for the life of the process; the kernel frees it on death."""

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.fd: int | None = None

    def hold(self) -> bool:
        if self.fd is not None:
            return True
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return False
        self.fd = fd
        return True

    def release(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None


def make_lock():
    if settings.REDIS_URL:
        return RedisLock(settings.REDIS_URL)
    return FileLock(Path(settings.VAR_DIR) / "beat.lock")


class LockedScheduler(DatabaseScheduler):
    def __init__(self, *args, **kwargs):
        self.lock = make_lock()
        self.leading = False
        super().__init__(*args, **kwargs)

    def tick(self, *args, **kwargs) -> float:
        if not self.lock.hold():
            if self.leading:
                log.warning("beat lock lost; standing by")
            self.leading = False
            return STANDBY_INTERVAL
        if not self.leading:
            log.info("beat lock acquired; this scheduler sends the jobs")
            self.leading = True
            # Re-read the schedule: the previous holder may have run jobs meanwhile.
            self._initial_read = True
            self._heap = None
        return min(super().tick(*args, **kwargs), LOCK_TTL / 3)

    def close(self) -> None:
        try:
            super().close()
        finally:
            self.lock.release()
