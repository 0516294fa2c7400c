"""Load test: the chat API under gunicorn + PostgreSQL + Redis, on loopback.

    .venv/bin/python bench/load.py                      # defaults: 20 s, 32 clients
    .venv/bin/python bench/load.py --seconds 30 --clients 64 --workers 2 --threads 4
    .venv/bin/python bench/load.py --synthetic 100000   # also: RSS with 100k passages

What it does, in order:
1. (re)creates the PostgreSQL database `ipr_bench`, migrates it, loads the
   shipped content and builds the search index;
2. starts gunicorn with ops/gunicorn.conf.py on a free loopback port (rate
   limits raised via IPR_*_RATE, chat logging on as in production);
3. in a separate process, drives POST /api/v1/chat/ from many concurrent
   keep-alive connections with a mix of realistic questions, for a bounded time;
4. prints requests/s, p50/p95/p99 latency, errors, answer kinds, and the RSS of
   each web worker; stops gunicorn (only the process it started).

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


def cpu_seconds(pids: list[int]) -> float:
    """utime + stime of these processes, in seconds."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / tick


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
async def _one_client(port: int, deadline: float, warm_until: float, seed: int, results: list, errors: list) -> None:
    rng = random.Random(seed)
    reader = writer = None
    while time.monotonic() < deadline:
        body = json.dumps({"message": rng.choice(QUESTIONS)}).encode()
        request = (
            f"POST /api/v1/chat/ HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\nConnection: keep-alive\r\n\r\n"
        ).encode() + body
        started = time.perf_counter()
        try:
            if writer is None:
                reader, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.write(request)
            head = await reader.readuntil(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            status = int(lines[0].split()[1])
            headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:] if line)}
            payload = await reader.readexactly(int(headers.get("content-length", "0")))
            if headers.get("connection", "").lower() == "close":
                writer.close()
                reader = writer = None
        except (OSError, asyncio.IncompleteReadError, ValueError) as exc:
            errors.append(type(exc).__name__)
            if writer is not None:
                writer.close()
            reader = writer = None
            await asyncio.sleep(0.05)
            continue
        elapsed = time.perf_counter() - started
        if time.monotonic() < warm_until:
            continue
        kind = ""
        if status == 200:
            try:
                kind = json.loads(payload)["kind"]
            except (ValueError, KeyError):
                status = -1
        results.append((elapsed, status, kind))
    if writer is not None:
        writer.close()


async def _drive(port: int, clients: int, seconds: float, warmup: float) -> dict:
    results: list = []
    errors: list = []
    start = time.monotonic()
    warm_until = start + warmup
    deadline = warm_until + seconds
    await asyncio.gather(*(_one_client(port, deadline, warm_until, i, results, errors) for i in range(clients)))
    return {"results": results, "errors": errors, "seconds": seconds}


def client_main(port: int, clients: int, seconds: float, warmup: float) -> None:
    print(json.dumps(asyncio.run(_drive(port, clients, seconds, warmup))))


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--warmup", type=float, default=3)
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--database", default=os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/ipr_bench"))
    parser.add_argument("--redis", default=os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/5"))
    parser.add_argument("--skip-setup", action="store_true", help="reuse the bench database as it is")
    parser.add_argument("--synthetic", type=int, default=0, help="also measure RSS with this many synthetic passages")
    parser.add_argument("--client", nargs=4, metavar=("PORT", "CLIENTS", "SECONDS", "WARMUP"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.client:
        port, clients, seconds, warmup = args.client
        return client_main(int(port), int(clients), float(seconds), float(warmup))

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
        print(f"gunicorn          pid {gunicorn.pid}, {len(workers)} gthread workers x {args.threads} threads; "
              f"{args.clients} clients for {args.seconds:.0f} s", flush=True)
        print("worker RSS MiB    idle: " + ", ".join(f"{rss_mib(p):.0f}" for p in workers))
        services = pids_named("postgres", "redis-server")
        cpu_before = cpu_seconds(workers), cpu_seconds(services)
        load_before = os.getloadavg()[0]
        out = subprocess.run(
            [PY, __file__, "--client", str(port), str(args.clients), str(args.seconds), str(args.warmup)],
            cwd=ROOT, capture_output=True, text=True, check=True, timeout=args.seconds + args.warmup + 120,
        ).stdout
        cpu_web = cpu_seconds(workers) - cpu_before[0]
        cpu_db = cpu_seconds(services) - cpu_before[1]
        data = json.loads(out)
        report(data)
        # Throughput depends on what else runs on the machine; CPU per request does not (much).
        n = max(1, len(data["results"]))
        total = args.seconds + args.warmup
        print(f"server CPU/req    gunicorn {cpu_web / n * 1000 * total / args.seconds:.2f} ms + postgres/redis "
              f"{cpu_db / n * 1000 * total / args.seconds:.2f} ms (all postgres/redis processes on the machine; "
              f"warm-up included pro rata)")
        per_req = (cpu_web + cpu_db) / n * total / args.seconds
        print(f"capacity estimate {(os.cpu_count() or 2) / per_req:.0f} req/s if the server had all "
              f"{os.cpu_count()} cores (load average was {load_before:.1f} at start, {os.getloadavg()[0]:.1f} at end)")
        print("worker RSS MiB    after load: " + ", ".join(f"{rss_mib(p):.0f}" for p in children(gunicorn.pid)))
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
