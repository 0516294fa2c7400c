"""Slow clients cannot stall the site behind nginx; chunked bodies are read.

Issue 17, finding 1: four connections sending one header line every 5 s pinned
every gunicorn thread (2 workers x 2 threads) and normal requests timed out.
Production serves through nginx (ops/nginx/site.conf), which reads whole
requests before gunicorn sees them. Both run here as real processes.

The per-request time limit is a ceiling against stalling (a stalled request
waits as long as the slow clients do), not a speed measurement.
"""
import json
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

pytestmark = [pytest.mark.slow]

SLOW_CLIENTS = 8
NORMAL_REQUESTS = 6
PATIENCE = 4.0  # seconds a normal question may take before we call it stalled


class SlowClients:
    """Connections that send a request one header line every few seconds."""

    def __init__(self, port: int, count: int, every: float = 2.0):
        self.stop = threading.Event()
        self.sockets = []
        for _ in range(count):
            s = socket.create_connection(("127.0.0.1", port))
            s.sendall(b"POST /api/v1/chat/ HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            self.sockets.append(s)
        self.thread = threading.Thread(target=self._trickle, args=(every,), daemon=True)
        self.thread.start()
        time.sleep(0.5)  # let the server take them

    def _trickle(self, every: float) -> None:
        n = 0
        while not self.stop.wait(every):
            n += 1
            for s in self.sockets:
                try:
                    s.sendall(f"X-Slow-{n}: {n}\r\n".encode())
                except OSError:
                    pass

    def close(self) -> None:
        self.stop.set()
        for s in self.sockets:
            s.close()


def ask(port: int, body: bytes, chunked: bool = False, timeout: float = PATIENCE) -> tuple[int, dict, float]:
    """One POST /api/v1/chat/; (status, JSON body, seconds), status 0 when it timed out."""
    started = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        head = "POST /api/v1/chat/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nConnection: close\r\n"
        if chunked:
            middle = len(body) // 2
            s.sendall((head + "Transfer-Encoding: chunked\r\n\r\n").encode())
            for part in (body[:middle], body[middle:]):
                s.sendall(f"{len(part):x}\r\n".encode() + part + b"\r\n")
            s.sendall(b"0\r\n\r\n")
        else:
            s.sendall((head + f"Content-Length: {len(body)}\r\n\r\n").encode() + body)
        data = b""
        try:
            while chunk := s.recv(65536):
                data += chunk
        except socket.timeout:
            return 0, {}, time.monotonic() - started
    status = int(data.split(b" ", 2)[1])
    payload = data.split(b"\r\n\r\n", 1)[1]
    try:
        parsed = json.loads(payload)
    except ValueError:
        parsed = {}
    return status, parsed, time.monotonic() - started


QUESTION = json.dumps({"message": "How do I report a website selling counterfeit goods?"}).encode()


def normal_round(port: int) -> list[tuple[int, dict, float]]:
    with ThreadPoolExecutor(NORMAL_REQUESTS) as pool:
        return list(pool.map(lambda _: ask(port, QUESTION), range(NORMAL_REQUESTS)))


def test_gunicorn_alone_is_stalled_by_slow_clients(gunicorn):
    # The control: the failure nginx is there for. One worker, so where the
    # slow connections land is not left to chance (with two, one worker may
    # accept them all and the other serve everyone: the attack then needs more
    # connections, not a different kind).
    server = gunicorn(workers=1, threads=2)
    slow = SlowClients(server.port, SLOW_CLIENTS)
    try:
        direct = normal_round(server.port)
    finally:
        slow.close()
    stalled = sum(status == 0 for status, _, _ in direct)
    print(f"\ngunicorn alone (1 x 2 threads), {SLOW_CLIENTS} slow clients: {stalled} of {NORMAL_REQUESTS} "
          f"questions stalled past {PATIENCE:.0f} s")
    assert stalled >= NORMAL_REQUESTS // 2  # measured: all of them


def test_slow_clients_do_not_stall_the_site_behind_nginx(gunicorn, nginx):
    server = gunicorn(workers=2, threads=2)  # production's worker model, on loopback
    port = nginx(server.port)
    slow = SlowClients(port, SLOW_CLIENTS)
    try:
        proxied = normal_round(port)
    finally:
        slow.close()
    times = sorted(seconds for _, _, seconds in proxied)
    print(f"behind nginx, {SLOW_CLIENTS} slow clients: statuses {[s for s, _, _ in proxied]}, "
          f"slowest {times[-1] * 1000:.0f} ms")
    assert [status for status, _, _ in proxied] == [200] * NORMAL_REQUESTS
    assert all(body.get("answer") for _, body, _ in proxied)


def test_chunked_questions_are_answered_by_gunicorn_and_through_nginx(gunicorn, nginx):
    # Issue 17, finding 6: a chunked body used to be read as empty ("'message' is required").
    server = gunicorn(workers=1, threads=2)
    for port in (server.port, nginx(server.port)):
        status, body, _ = ask(port, QUESTION, chunked=True)
        assert status == 200, body
        assert "answer" in body


def test_nginx_refuses_an_oversized_api_body_in_the_api_error_shape(gunicorn, nginx):
    port = nginx(gunicorn(workers=1, threads=2).port)
    big = json.dumps({"message": "x" * 20000}).encode()
    for chunked in (False, True):
        status, body, _ = ask(port, big, chunked=chunked)
        assert status == 413
        assert body == {"error": "The request body is too large; the limit is 16 KiB."}
