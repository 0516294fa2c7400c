"""Load test: the chat API under gunicorn + PostgreSQL + Redis, on loopback.

    .venv/bin/python bench/load.py                      # both phases, 20 s each
    .venv/bin/python bench/load.py --answer-cache 0     # every answer computed afresh
    .venv/bin/python bench/load.py --rate 500 --clients 0 --workers 2 --threads 4
    .venv/bin/python bench/load.py --synthetic 100000   # also: RSS with 100k passages

What it does, in order:
1. (re)creates the PostgreSQL database `ipr_bench`, migrates it, loads the
   shipped content and builds the search index;
2. starts gunicorn with ops/gunicorn.conf.py on a free loopback port (rate
   limits raised via IPR_*_RATE, chat logging on as in production);
3. in a separate process, drives POST /api/v1/chat/ over keep-alive
   connections with a mix of realistic questions, in two phases:
   - capacity: --clients closed-loop clients, each sending its next question
     as soon as its answer arrives, so the server is saturated; answered/s is
     the most the site can do (and latency is clients / throughput);
   - latency at --rate: questions sent on a schedule (Poisson arrivals) over up
     to --connections connections, whether or not the server keeps up; latency
     counts from the scheduled time. This is the "N requests a second with
     p99 under X ms" figure;
4. prints for each phase requests/s, p50/p95/p99 latency, errors, answer kinds
   and the server's CPU per request, then the RSS of each web worker; stops
   gunicorn (only the process it started).

The question mix repeats, so with the answer cache on (the default) nearly
every answer after the warm-up is remembered; --answer-cache 0 measures the
cost of computing every answer, as for questions never seen before.

Figures are printed, never asserted. Needs local PostgreSQL and Redis (the
ones .ci/run starts). Nothing leaves 127.0.0.1.
"""
import argparse
import asyncio
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable

QUESTIONS = [
    "How many seizures did CBP make in FY 2021?",
    "What was the total MSRP of goods seized in fiscal year 2021?",
    "How many seizures of counterfeit handbags were there?",
    "Which country did most counterfeit goods come from?",
    "What share of seizures came from China and Hong Kong?",
    "How much were the seized watches and jewelry worth?",
    "How do I report a website selling counterfeit goods?",
    "I bought fake sneakers online, what should I do?",
    "How do I record my trademark with CBP?",
    "How can I register my copyright with customs?",
    "What is e-Allegations?",
    "Who do I contact about a counterfeit shipment?",
    "How many pharmaceutical seizures were there in 2021?",
    "Which ports seized the most counterfeit goods?",
    "What were the top products seized by MSRP?",
    "How many seizures were made in express consignment?",
    "What is the IPR help desk phone number?",
    "Is it illegal to buy counterfeit goods for personal use?",
    "What is the National IPR Coordination Center?",
    "How many seizures involved consumer electronics?",
    "what about footwear?",
    "seizures by shipping method",
    "hello",
    "thanks!",
    "Can I talk to a person?",
    "What is the weather in Paris?",
    "my email is jane@example.com, how do I report fake perfume?",
    "How did seizures change compared to FY 2020?",
    "What are exclusion orders?",
    "How many seizures of counterfeit COVID-19 products?",
]


# --- setup ------------------------------------------------------------------
def run(cmd: list[str], env: dict, **kw) -> None:
    subprocess.run(cmd, cwd=ROOT, env=env, check=True, **kw)


def prepare_database(env: dict, dbname: str) -> None:
    import psycopg

    admin_url = env["DATABASE_URL"].rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{dbname}"')
    quiet = {"stdout": subprocess.DEVNULL}
    run([PY, "manage.py", "migrate", "--noinput", "-v", "0"], env, **quiet)
    try:
        run([PY, "manage.py", "load_content", "-v", "0"], env, **quiet, stderr=subprocess.DEVNULL)
    except subprocess.CalledProcessError:
        print("warning: load_content failed; measuring with no content (every answer a fallback)")
    run([PY, "manage.py", "shell", "-c", "from assistant import index_store; index_store.build_and_publish()"], env, **quiet)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(port: int, proc: subprocess.Popen, timeout: float = 60) -> None:
    import urllib.request

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit("gunicorn exited during start-up")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as r:
                if r.status == 200:
                    return
        except Exception:
            time.sleep(0.3)
    raise SystemExit("the site did not become healthy in time")


def children(pid: int) -> list[int]:
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return sorted(out)


def cpu_by_pid(pids: list[int]) -> dict[int, float]:
    """utime + stime of each of these processes, in seconds."""
    tick = os.sysconf("SC_CLK_TCK")
    out = {}
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        out[pid] = (int(fields[11]) + int(fields[12])) / tick
    return out


def cpu_seconds(pids: list[int]) -> float:
    return sum(cpu_by_pid(pids).values())


def cpu_since(before: dict[int, float], pids: list[int]) -> float:
    """CPU spent since `before` by `pids`; a process started since counts whole
    (PostgreSQL forks a backend for each new connection of the web workers)."""
    now = cpu_by_pid(pids)
    return sum(cpu - before.get(pid, 0.0) for pid, cpu in now.items())


def pids_named(*names: str) -> list[int]:
    out = []
    for comm in Path("/proc").glob("[0-9]*/comm"):
        try:
            if comm.read_text().strip() in names:
                out.append(int(comm.parent.name))
        except OSError:
            continue
    return out


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


# --- client (runs in its own process) ----------------------------------------
def _request(port: int, message: str) -> bytes:
    body = json.dumps({"message": message}).encode()
    return (
        f"POST /api/v1/chat/ HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\nConnection: keep-alive\r\n\r\n"
    ).encode() + body


class _Connection:
    """One keep-alive HTTP/1.1 connection, reopened after an error or a close."""

    def __init__(self, port: int):
        self.port = port
        self.reader = self.writer = None

    async def exchange(self, request: bytes) -> tuple[int, bytes]:
        try:
            if self.writer is None:
                self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
            self.writer.write(request)
            head = await self.reader.readuntil(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            status = int(lines[0].split()[1])
            headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:] if line)}
            payload = await self.reader.readexactly(int(headers.get("content-length", "0")))
            if headers.get("connection", "").lower() == "close":
                self.close()
            return status, payload
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


def _record(results: list, elapsed: float, status: int, payload: bytes) -> None:
    kind = ""
    if status == 200:
        try:
            kind = json.loads(payload)["kind"]
        except (ValueError, KeyError):
            status = -1
    results.append((elapsed, status, kind))


async def _closed_loop_client(port, deadline, warm_until, seed, results, errors) -> None:
    """Sends its next question as soon as the previous answer arrives."""
    rng = random.Random(seed)
    conn = _Connection(port)
    while time.monotonic() < deadline:
        request = _request(port, rng.choice(QUESTIONS))
        started = time.perf_counter()
        try:
            status, payload = await conn.exchange(request)
        except (OSError, asyncio.IncompleteReadError, ValueError) as exc:
            errors.append(type(exc).__name__)
            await asyncio.sleep(0.05)
            continue
        if time.monotonic() >= warm_until:
            _record(results, time.perf_counter() - started, status, payload)
    conn.close()


async def _open_loop(port, rate, connections, deadline, warm_until, results, errors) -> None:
    """Sends `rate` questions a second on schedule (Poisson arrivals), whatever
    the server's pace, over at most `connections` connections. Latency counts
    from the scheduled time, so time spent waiting for a free connection (the
    server falling behind) is not hidden (no "coordinated omission")."""
    rng = random.Random(0)
    pool: asyncio.Queue = asyncio.Queue()
    for _ in range(connections):
        pool.put_nowait(_Connection(port))
    pending = set()

    async def one(scheduled: float, request: bytes) -> None:
        conn = await pool.get()
        try:
            status, payload = await conn.exchange(request)
        except (OSError, asyncio.IncompleteReadError, ValueError) as exc:
            if scheduled >= warm_until:
                errors.append(type(exc).__name__)
            return
        finally:
            pool.put_nowait(conn)
        if scheduled >= warm_until:
            _record(results, time.monotonic() - scheduled, status, payload)

    scheduled = time.monotonic()
    while scheduled < deadline:
        scheduled += rng.expovariate(rate)
        delay = scheduled - time.monotonic()
        if delay > 0:
            await asyncio.sleep(delay)
        task = asyncio.create_task(one(scheduled, _request(port, rng.choice(QUESTIONS))))
        pending.add(task)
        task.add_done_callback(pending.discard)
    if pending:
        await asyncio.wait(pending, timeout=30)
    while not pool.empty():
        pool.get_nowait().close()


async def _drive(port: int, clients: int, seconds: float, warmup: float, rate: float) -> dict:
    results: list = []
    errors: list = []
    start = time.monotonic()
    warm_until = start + warmup
    deadline = warm_until + seconds
    if rate:
        await _open_loop(port, rate, clients, deadline, warm_until, results, errors)
    else:
        await asyncio.gather(*(_closed_loop_client(port, deadline, warm_until, i, results, errors)
                               for i in range(clients)))
    return {"results": results, "errors": errors, "seconds": seconds}


def client_main(port: int, clients: int, seconds: float, warmup: float, rate: float) -> None:
    print("started", flush=True)
    print(json.dumps(asyncio.run(_drive(port, clients, seconds, warmup, rate))))


# --- report -----------------------------------------------------------------
def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def report(data: dict) -> None:
    results = data["results"]
    ok = [r for r in results if r[1] == 200]
    bad = [r for r in results if r[1] != 200]
    latencies = [r[0] * 1000 for r in ok]
    kinds: dict[str, int] = {}
    for r in ok:
        kinds[r[2]] = kinds.get(r[2], 0) + 1
    statuses: dict[int, int] = {}
    for r in bad:
        statuses[r[1]] = statuses.get(r[1], 0) + 1
    print(f"requests          {len(results)} in {data['seconds']:.0f} s (after warm-up)")
    print(f"answered/s        {len(ok) / data['seconds']:.1f}")
    print(f"latency ms        p50 {percentile(latencies, 50):.1f}  p95 {percentile(latencies, 95):.1f}  "
          f"p99 {percentile(latencies, 99):.1f}  max {max(latencies, default=float('nan')):.1f}  "
          f"mean {statistics.fmean(latencies) if latencies else float('nan'):.1f}")
    print(f"errors            {len(bad) + len(data['errors'])}  (non-200: {statuses or 0}, transport: {len(data['errors'])})")
    print(f"kinds             {dict(sorted(kinds.items()))}")


def synthetic_rss(env: dict, passages: int) -> None:
    """RSS of a process serving an index of `passages` synthetic passages."""
    code = f"""
import os, resource
import django
django.setup()
def rss():
    return int([l for l in open('/proc/self/status') if l.startswith('VmRSS')][0].split()[1]) / 1024
from assistant.retrieval import Doc, Retriever
try:
    from bench.synthetic import passages as make  # engineer C1's generator
    texts = make({passages})
except ImportError:
    import random
    rng = random.Random(7)
    words = open('content/data/cbp-ipr-seizure-statistics-fy2021.txt').read().split()
    texts = [" ".join(rng.choices(words, k=60)) for _ in range({passages})]
docs = [Doc(id=f"section:s{{i}}#0", kind="section", title=t[:40], text=t, url=f"/report/s{{i}}/")
        for i, t in enumerate(texts)]
del texts
before = rss()
r = Retriever.build(docs)
del docs
import gc; gc.collect()
r.search("counterfeit handbags seized in FY 2021")
print(f"{{before:.0f}} {{rss():.0f}}")
"""
    out = subprocess.run([PY, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True).stdout.split()
    print(f"synthetic index   {passages} passages: process RSS {out[0]} MiB before, {out[1]} MiB serving "
          f"(+{float(out[1]) - float(out[0]):.0f} MiB per worker)")


def phase(port: int, workers: list[int], connections: int, seconds: float, warmup: float, rate: float) -> None:
    """Run the load client once and print what it measured, with the server's CPU over the same window."""
    client = subprocess.Popen(
        [PY, __file__, "--client", str(port), str(connections), str(seconds), str(warmup), str(rate)],
        cwd=ROOT, stdout=subprocess.PIPE, text=True,
    )
    # CPU is read over the measured window only: from the end of the client's
    # warm-up to its deadline.
    client.stdout.readline()  # "started"
    time.sleep(warmup)
    cpu_before = cpu_seconds(workers), cpu_by_pid(pids_named("postgres", "redis-server"))
    load_before = os.getloadavg()[0]
    out, _ = client.communicate(timeout=seconds + warmup + 120)
    if client.returncode:
        raise SystemExit(f"the load client failed (exit {client.returncode})")
    data = json.loads(out)
    cpu_web = cpu_seconds(workers) - cpu_before[0]
    cpu_db = cpu_since(cpu_before[1], pids_named("postgres", "redis-server"))
    report(data)
    # Throughput depends on what else runs on the machine; CPU per request does not (much).
    n = max(1, len(data["results"]))
    print(f"server CPU/req    gunicorn {cpu_web / n * 1000:.2f} ms + postgres/redis {cpu_db / n * 1000:.2f} ms "
          f"(all postgres/redis processes on the machine)")
    per_req = (cpu_web + cpu_db) / n
    print(f"capacity estimate {(os.cpu_count() or 2) / per_req:.0f} req/s if the server had all "
          f"{os.cpu_count()} cores (load average was {load_before:.1f} at start, {os.getloadavg()[0]:.1f} at end)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--warmup", type=float, default=3)
    parser.add_argument("--clients", type=int, default=32,
                        help="capacity phase: this many closed-loop clients (0 skips the phase)")
    parser.add_argument("--rate", type=float, default=300,
                        help="latency phase: questions a second sent on schedule (0 skips the phase)")
    parser.add_argument("--connections", type=int, default=64, help="latency phase: most connections open at once")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--database", default=os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/ipr_bench"))
    parser.add_argument("--redis", default=os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/5"))
    parser.add_argument("--answer-cache", type=int, default=None, metavar="N",
                        help="IPR_ANSWER_CACHE_SIZE for the web workers (0: compute every answer; "
                             "default: the site's default)")
    parser.add_argument("--skip-setup", action="store_true", help="reuse the bench database as it is")
    parser.add_argument("--synthetic", type=int, default=0, help="also measure RSS with this many synthetic passages")
    parser.add_argument("--client", nargs=5, metavar=("PORT", "CLIENTS", "SECONDS", "WARMUP", "RATE"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.client:
        port, clients, seconds, warmup, rate = args.client
        return client_main(int(port), int(clients), float(seconds), float(warmup), float(rate))

    env = {k: v for k, v in os.environ.items() if not k.startswith("IPR_")}
    env.update(
        DATABASE_URL=args.database,
        REDIS_URL=args.redis,
        DJANGO_SETTINGS_MODULE="ipr_site.settings",
        IPR_CHAT_RATE="100000000/min",  # one client address sends everything
        IPR_FEEDBACK_RATE="100000000/min",
        IPR_LOG_LEVEL="WARNING",
        IPR_VAR_DIR=str(ROOT / "var" / "bench"),
        PYTHONPATH=str(ROOT),
    )
    if args.answer_cache is not None:
        env["IPR_ANSWER_CACHE_SIZE"] = str(args.answer_cache)
    if not args.skip_setup:
        print("preparing database, content and index ...", flush=True)
        prepare_database(env, args.database.rsplit("/", 1)[1])
    port = free_port()
    gunicorn = subprocess.Popen(
        [str(Path(PY).parent / "gunicorn"), "-c", "ops/gunicorn.conf.py", "ipr_site.wsgi"],
        cwd=ROOT,
        env={**env, "GUNICORN_BIND": f"127.0.0.1:{port}", "WEB_CONCURRENCY": str(args.workers),
             "GUNICORN_THREADS": str(args.threads)},
    )
    try:
        wait_healthy(port, gunicorn)
        workers = children(gunicorn.pid)
        print(f"gunicorn          pid {gunicorn.pid}, {len(workers)} gthread workers x {args.threads} threads",
              flush=True)
        print("worker RSS MiB    idle: " + ", ".join(f"{rss_mib(p):.0f}" for p in workers))
        if args.clients:
            print(f"\n-- capacity: closed loop, {args.clients} clients each waiting for its answer, "
                  f"{args.seconds:.0f} s", flush=True)
            phase(port, workers, args.clients, args.seconds, args.warmup, 0)
        if args.rate:
            print(f"\n-- latency at {args.rate:g} questions/s: open loop (Poisson arrivals, latency from the "
                  f"scheduled time), up to {args.connections} connections, {args.seconds:.0f} s", flush=True)
            phase(port, workers, args.connections, args.seconds, args.warmup, args.rate)
        print("\nworker RSS MiB    after load: " + ", ".join(f"{rss_mib(p):.0f}" for p in children(gunicorn.pid)))
    finally:
        gunicorn.send_signal(signal.SIGTERM)
        try:
            gunicorn.wait(timeout=30)
        except subprocess.TimeoutExpired:
            gunicorn.kill()
    if args.synthetic:
        synthetic_rss(env, args.synthetic)


if __name__ == "__main__":
    main()
