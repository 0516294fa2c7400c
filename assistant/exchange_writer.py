"""Chat logs and daily counters written in batches, off the request path.

On PostgreSQL the chat writes only the conversation (its context must be there
for the visitor's next question, which may reach another web process) while
answering; the redacted ChatLog row and the day's counters are handed to this
per-process writer, which a background thread saves every WRITE_DELAY seconds
or BATCH_ROWS rows in one statement: one round trip and one transaction for
many questions, instead of one each (bench/load.py measured the statement at
about a third of a question's server CPU).

- Nothing is lost on a clean stop: gunicorn's worker_exit hook (and atexit for
  other servers) calls shutdown(), which writes what is waiting. A killed
  process (SIGKILL, OOM) loses at most the last WRITE_DELAY seconds of logs;
  the visitor's answer and conversation were already safe.
- Memory is bounded: past CAPACITY waiting rows, a request writes its own row
  (and whatever is waiting) before it answers, instead of queueing more.
- If the database refuses a batch, the writer retries with backoff; a row that
  can never be stored (a bug) is logged and dropped without its neighbours.

The ChatLog id is drawn from its sequence while the conversation is written
(same statement), so the answer_id is known before the row exists; feedback on
an answer not yet written waits for it (services.record_feedback).
"""
import atexit
import collections
import datetime
import json
import logging
import os
import threading
import time
from collections import Counter
from dataclasses import dataclass

from django.db import DataError, IntegrityError, connection, transaction

from assistant.models import ChatLog, DailyCount

log = logging.getLogger(__name__)

WRITE_DELAY = 0.05  # seconds a row may wait for others
BATCH_ROWS = 200
CAPACITY = 5000
RETRY_MAX = 5.0  # seconds between retries at most, while the database refuses


@dataclass(frozen=True)
class Row:
    id: int
    conversation_id: object
    created_at: datetime.datetime
    day: datetime.date
    question: str
    kind: str
    answer: str
    sources: list
    confidence: float
    latency_ms: float
    metrics: tuple[str, ...]
    language: str = "en"


class Writer:
    def __init__(self, delay: float | None = None, batch: int = BATCH_ROWS, capacity: int = CAPACITY):
        # delay None: settings.EXCHANGE_WRITE_DELAY, else WRITE_DELAY (read when the thread starts).
        self.delay, self.batch, self.capacity = delay, batch, capacity
        self.rows: collections.deque[Row] = collections.deque()
        self.cond = threading.Condition()
        self.busy = False  # a batch is being written
        self.stopping = False
        self.thread: threading.Thread | None = None
        self.pid = None

    def submit(self, row: Row) -> None:
        with self.cond:
            self._ensure_thread()
            if len(self.rows) < self.capacity:
                self.rows.append(row)
                # Wake the writer only to start a wait or to end one early: a
                # wake-up per question would cost a thread switch per question.
                if len(self.rows) == 1 or len(self.rows) >= self.batch:
                    self.cond.notify_all()
                return
        # Full: the database is slow or down. Write in the request (backpressure)
        # rather than hold more in memory.
        write([row])

    def pending(self) -> int:
        with self.cond:
            return len(self.rows) + (1 if self.busy else 0)

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until everything submitted so far is written; False on timeout."""
        deadline = time.monotonic() + timeout
        with self.cond:
            if self.thread is None or not self.thread.is_alive():
                rows, self.rows = list(self.rows), collections.deque()
            else:
                self.cond.notify_all()
                while self.rows or self.busy:
                    left = deadline - time.monotonic()
                    if left <= 0:
                        return False
                    self.cond.wait(left)
                return True
        if rows:
            write(rows)
        return True

    def shutdown(self, timeout: float = 20.0) -> None:
        with self.cond:
            self.stopping = True
            self.cond.notify_all()
            thread = self.thread
        if thread is not None and thread.is_alive() and thread is not threading.current_thread():
            thread.join(timeout)
        with self.cond:
            rows, self.rows = list(self.rows), collections.deque()
        if rows:  # the thread died or timed out: write here
            write(rows)

    def _ensure_thread(self) -> None:
        # gunicorn forks workers after loading the app: a thread does not survive a fork.
        if self.thread is None or not self.thread.is_alive() or self.pid != os.getpid():
            if self.pid != os.getpid():
                self.rows, self.busy, self.stopping = collections.deque(), False, False
            self.pid = os.getpid()
            if self.delay is None:
                from django.conf import settings

                self.delay = float(getattr(settings, "EXCHANGE_WRITE_DELAY", WRITE_DELAY))
            self.thread = threading.Thread(target=self._run, name="exchange-writer", daemon=True)
            self.thread.start()

    def _run(self) -> None:
        failures = 0
        try:
            while True:
                with self.cond:
                    while not self.rows and not self.stopping:
                        self.cond.wait()
                    if not self.rows and self.stopping:
                        return
                    # Let a few more arrive, unless the batch is full or we are stopping.
                    until = time.monotonic() + self.delay
                    while len(self.rows) < self.batch and not self.stopping:
                        left = until - time.monotonic()
                        if left <= 0:
                            break
                        self.cond.wait(left)
                    batch = [self.rows.popleft() for _ in range(min(self.batch, len(self.rows)))]
                    self.busy = True
                try:
                    write(batch)
                    failures = 0
                except Exception:
                    failures += 1
                    log.exception("chat log batch of %d not written (attempt %d); retrying", len(batch), failures)
                    with self.cond:
                        self.rows.extendleft(reversed(batch))
                    _reset_connection()
                    time.sleep(min(RETRY_MAX, 0.1 * 2**failures))
                finally:
                    with self.cond:
                        self.busy = False
                        self.cond.notify_all()
        finally:
            connection.close()  # this thread's own connection


def _reset_connection() -> None:
    try:
        connection.close()
    except Exception:
        pass


def write(rows: list[Row]) -> None:
    """Insert the rows and add their counters, in one statement and transaction.

    A batch the database refuses for its content (a row too long for a column:
    a bug) is written row by row, and the bad rows are logged and dropped.
    """
    if not rows:
        return
    try:
        _insert(rows)
    except (DataError, IntegrityError):
        if len(rows) == 1:
            log.error("chat log %s could not be stored and was dropped", rows[0].id, exc_info=True)
            return
        for row in rows:
            write([row])


def _insert(rows: list[Row]) -> None:
    q = connection.ops.quote_name
    logs, counts = table_name(ChatLog), table_name(DailyCount)
    log_cols = column_names(ChatLog, "id", "conversation", "created_at", "question", "kind", "answer", "sources",
                            "confidence", "latency_ms", "language")
    params: list = []
    for r in rows:
        params += [r.id, r.conversation_id, r.created_at, r.question, r.kind, r.answer, json.dumps(r.sources),
                   r.confidence, r.latency_ms, r.language]
    totals = Counter((r.day, metric) for r in rows for metric in r.metrics)
    counted = ""
    if totals:
        for (day, metric), n in sorted(totals.items()):  # one order for every writer: no deadlocks
            params += [day, metric, n]
        counted = f""", counted AS (
            INSERT INTO {counts} ({column_names(DailyCount, "day", "metric", "key", "count")})
            VALUES {", ".join(["(%s, %s, '', %s)"] * len(totals))}
            ON CONFLICT ({column_names(DailyCount, "day", "metric", "key")}) DO UPDATE
                SET {q("count")} = {counts}.{q("count")} + EXCLUDED.{q("count")}
        )"""
    sql = f"""
        WITH inserted AS (
            INSERT INTO {logs} ({log_cols})
            VALUES {", ".join(["(%s, %s, %s, %s, %s, %s, %s::jsonb, %s, %s, %s)"] * len(rows))}
        ){counted}
        SELECT 1
    """
    with transaction.atomic():
        execute_bound(sql, params)


def execute_bound(sql: str, params: list, fetch: bool = False):
    """Execute with server-side parameter binding (PostgreSQL, psycopg 3).

    Django's cursors bind parameters on the client, quoting every value in
    Python; for the chat's two statements (long answers, JSON sources, many rows
    a batch) that quoting was most of their CPU. Errors are Django's, as with
    its own cursors.
    """
    import psycopg

    connection.ensure_connection()
    with connection.wrap_database_errors:
        with psycopg.Cursor(connection.connection) as cursor:
            cursor.execute(sql, params)
            return cursor.fetchone() if fetch else None


def table_name(model) -> str:
    """The model's table, quoted for raw SQL (exchange_store uses it too)."""
    return connection.ops.quote_name(model._meta.db_table)


def column_names(model, *names: str) -> str:
    """The named fields' columns, quoted and comma-separated."""
    return ", ".join(connection.ops.quote_name(model._meta.get_field(n).column) for n in names)


writer = Writer()


def shutdown() -> None:
    """Write everything waiting (gunicorn's worker_exit hook; atexit)."""
    writer.shutdown()


atexit.register(shutdown)
