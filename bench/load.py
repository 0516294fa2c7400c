"""Load test: the chat API under nginx + gunicorn + PostgreSQL + Redis, on loopback.

    .venv/bin/python bench/load.py                      # all phases, 20 s each
    .venv/bin/python bench/load.py --answer-cache 0     # every answer computed afresh
    .venv/bin/python bench/load.py --rate 500 --clients 0 --workers 2 --threads 4
    .venv/bin/python bench/load.py --synthetic 100000   # also: RSS with 100k passages
    .venv/bin/python bench/load.py --direct             # gunicorn without nginx in front

What it does, in order:
1. (re)creates the PostgreSQL database `ipr_bench`, migrates it, loads the
   shipped content and builds the search index;
2. starts gunicorn with ops/gunicorn.conf.py on a free loopback port (rate
   limits raised via IPR_*_RATE, chat logging on as in production, settings
   bench/settings.py: the site plus a bare endpoint), and nginx in front of it
   with ops/nginx/site.conf as production runs (ops/nginx.py; installed with
   apt-get when missing);
3. in a separate process, drives the site over keep-alive connections with a
   mix of realistic questions, in three phases:
   - floor: closed loop against POST /api/v1/_bare/ (bench/urls.py), a DRF
     view doing no work: the framework's own cost per request;
   - capacity: --clients closed-loop clients on POST /api/v1/chat/, each
     sending its next question as soon as its answer arrives, so the server is
     saturated; answered/s is the most the site can do (and latency is
     clients / throughput);
   - latency at --rate: questions sent on a schedule (Poisson arrivals) over up
     to --connections connections, whether or not the server keeps up; latency
     counts from the scheduled time. This is the "N requests a second with
     p99 under X ms" figure;
4. prints for each phase requests/s, p50/p95/p99 latency, errors, answer kinds
   and the server's CPU per request (gunicorn, PostgreSQL/Redis, nginx), the
   chat's gunicorn CPU per request next to the floor's and their ratio, the
   machine's load average, then the RSS of each web worker; stops gunicorn and
   nginx (only the processes it started).

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
CHAT = "/api/v1/chat/"
BARE = "/api/v1/_bare/"  # bench/urls.py: the same framework path doing no work


def _request(port: int, message: str, path: str = CHAT) -> bytes:
    body = json.dumps({"message": message}).encode()
    return (
        f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\n"
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
            parsed = json.loads(payload)
            kind = parsed.get("kind", "bare" if parsed.get("ok") else None)
            if kind is None:
                raise KeyError("kind")
        except (ValueError, KeyError, AttributeError):
            status = -1
    results.append((elapsed, status, kind))


async def _closed_loop_client(port, deadline, warm_until, seed, results, errors, path) -> None:
    """Sends its next question as soon as the previous answer arrives."""
    rng = random.Random(seed)
    conn = _Connection(port)
    while time.monotonic() < deadline:
        request = _request(port, rng.choice(QUESTIONS), path)
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


async def _drive(port: int, clients: int, seconds: float, warmup: float, rate: float, path: str) -> dict:
    results: list = []
    errors: list = []
    start = time.monotonic()
    warm_until = start + warmup
    deadline = warm_until + seconds
    if rate:
        await _open_loop(port, rate, clients, deadline, warm_until, results, errors)
    else:
        await asyncio.gather(*(_closed_loop_client(port, deadline, warm_until, i, results, errors, path)
                               for i in range(clients)))
    return {"results": results, "errors": errors, "seconds": seconds}


def client_main(port: int, clients: int, seconds: float, warmup: float, rate: float, path: str) -> None:
    print("started", flush=True)
    print(json.dumps(asyncio.run(_drive(port, clients, seconds, warmup, rate, path))))


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


def phase(port: int, workers: list[int], connections: int, seconds: float, warmup: float, rate: float,
          path: str = CHAT, proxy: list[int] | None = None) -> dict:
    """Run the load client once and print what it measured, with the server's CPU
    over the same window; returns the CPU figures per request (seconds)."""
    client = subprocess.Popen(
        [PY, __file__, "--client", str(port), str(connections), str(seconds), str(warmup), str(rate), path],
        cwd=ROOT, stdout=subprocess.PIPE, text=True,
    )
    # CPU is read over the measured window only: from the end of the client's
    # warm-up to its deadline.
    client.stdout.readline()  # "started"
    time.sleep(warmup)
    cpu_before = (cpu_seconds(workers), cpu_by_pid(pids_named("postgres", "redis-server")),
                  cpu_seconds(proxy or []))
    load_before = os.getloadavg()[0]
    out, _ = client.communicate(timeout=seconds + warmup + 120)
    if client.returncode:
        raise SystemExit(f"the load client failed (exit {client.returncode})")
    data = json.loads(out)
    cpu_web = cpu_seconds(workers) - cpu_before[0]
    cpu_db = cpu_since(cpu_before[1], pids_named("postgres", "redis-server"))
    cpu_proxy = cpu_seconds(proxy or []) - cpu_before[2]
    report(data)
    # Throughput depends on what else runs on the machine; CPU per request does not (much).
    n = max(1, len(data["results"]))
    print(f"server CPU/req    gunicorn {cpu_web / n * 1000:.2f} ms + postgres/redis {cpu_db / n * 1000:.2f} ms "
          f"(all postgres/redis processes on the machine)" + (f" + nginx {cpu_proxy / n * 1000:.2f} ms" if proxy else ""))
    per_req = (cpu_web + cpu_db + cpu_proxy) / n
    print(f"capacity estimate {(os.cpu_count() or 2) / per_req:.0f} req/s if the server had all "
          f"{os.cpu_count()} cores (load average was {load_before:.1f} at start, {os.getloadavg()[0]:.1f} at end)")
    return {"web": cpu_web / n, "db": cpu_db / n, "proxy": cpu_proxy / n}


def start_nginx(upstream: int) -> tuple[subprocess.Popen, int]:
    sys.path.insert(0, str(ROOT))
    from ops import nginx

    if not nginx.ensure_installed():
        raise SystemExit("nginx is not installed and could not be (apt-get install nginx-light as root), "
                         "or run with --direct")
    port = free_port()
    runtime = ROOT / "var" / "bench" / "nginx"
    process = nginx.start(runtime, f"127.0.0.1:{port}", f"127.0.0.1:{upstream}")
    return process, port


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
    parser.add_argument("--direct", action="store_true",
                        help="drive gunicorn directly instead of through nginx (ops/nginx/site.conf), as production runs")
    parser.add_argument("--no-floor", action="store_true",
                        help="skip the bare endpoint (the framework's floor) and the chat/floor CPU ratio")
    parser.add_argument("--client", nargs=6, metavar=("PORT", "CLIENTS", "SECONDS", "WARMUP", "RATE", "PATH"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.client:
        port, clients, seconds, warmup, rate, path = args.client
        return client_main(int(port), int(clients), float(seconds), float(warmup), float(rate), path)

    env = {k: v for k, v in os.environ.items() if not k.startswith("IPR_")}
    env.update(
        DATABASE_URL=args.database,
        REDIS_URL=args.redis,
        DJANGO_SETTINGS_MODULE="bench.settings",  # the site plus the bare endpoint
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
             "GUNICORN_THREADS": str(args.threads),
             # No recycling during the run: a replaced worker's CPU would be lost from the figures.
             "GUNICORN_MAX_REQUESTS": "0"},
    )
    proxy = None
    try:
        wait_healthy(port, gunicorn)
        workers = children(gunicorn.pid)
        print(f"gunicorn          pid {gunicorn.pid}, {len(workers)} gthread workers x {args.threads} threads",
              flush=True)
        target, proxy_pids = port, []
        if not args.direct:
            proxy, target = start_nginx(port)
            wait_healthy(target, proxy)
            proxy_pids = [proxy.pid, *children(proxy.pid)]
            print(f"nginx             pid {proxy.pid} on port {target}, in front of gunicorn (ops/nginx/site.conf)")
        print(f"machine           load average {' '.join(f'{x:.2f}' for x in os.getloadavg())} before the run, "
              f"{os.cpu_count()} cores")
        print("worker RSS MiB    idle: " + ", ".join(f"{rss_mib(p):.0f}" for p in workers))
        floor = chat = None
        if args.clients and not args.no_floor:
            print(f"\n-- floor: POST {BARE} (a DRF endpoint doing no work), closed loop, {args.clients} clients, "
                  f"{args.seconds:.0f} s", flush=True)
            floor = phase(target, workers, args.clients, args.seconds, args.warmup, 0, BARE, proxy_pids)
        if args.clients:
            print(f"\n-- capacity: closed loop, {args.clients} clients each waiting for its answer, "
                  f"{args.seconds:.0f} s", flush=True)
            chat = phase(target, workers, args.clients, args.seconds, args.warmup, 0, CHAT, proxy_pids)
        if floor and chat:
            print(f"\n-- chat vs floor   gunicorn CPU/req {chat['web'] * 1000:.2f} ms vs {floor['web'] * 1000:.2f} ms: "
                  f"ratio {chat['web'] / floor['web']:.2f}x; with postgres/redis "
                  f"{(chat['web'] + chat['db']) * 1000:.2f} ms vs {(floor['web'] + floor['db']) * 1000:.2f} ms: "
                  f"{(chat['web'] + chat['db']) / (floor['web'] + floor['db']):.2f}x")
        if args.rate:
            print(f"\n-- latency at {args.rate:g} questions/s: open loop (Poisson arrivals, latency from the "
                  f"scheduled time), up to {args.connections} connections, {args.seconds:.0f} s", flush=True)
            phase(target, workers, args.connections, args.seconds, args.warmup, args.rate, CHAT, proxy_pids)
        print("\nworker RSS MiB    after load: " + ", ".join(f"{rss_mib(p):.0f}" for p in children(gunicorn.pid)))
    finally:
        if proxy is not None:
            proxy.terminate()
            proxy.wait(timeout=10)
        gunicorn.send_signal(signal.SIGTERM)
        try:
            gunicorn.wait(timeout=30)
        except subprocess.TimeoutExpired:
            gunicorn.kill()
    if args.synthetic:
        synthetic_rss(env, args.synthetic)


if __name__ == "__main__":
    main()
