"""Retrieval benchmark: answer quality and speed, ours against a rank_bm25 baseline.

    .venv/bin/python bench/retrieval.py                    # everything (~3 minutes)
    .venv/bin/python bench/retrieval.py --sizes 1000,10000 # smaller synthetic runs
    .venv/bin/python bench/retrieval.py --questions my.jsonl --skip-synthetic

Prints, in one run:
1. the dev-set score and per-question latency of the full assistant (in-process,
   assistant.services.answer_message), judged with ../shared/eval/score.py's
   judge() when that file is next to the questions (else the same rules, built in);
2. the same for a rank_bm25 baseline (BM25Okapi over the report split into
   paragraph passages; the answer is the top passage);
3. retrieval latency p50/p95 and build time at 1k / 10k / 100k synthetic
   passages (bench/synthetic.py) for both, the speed ratio, and the pickled size.

Runs on a throw-away SQLite database in a temporary IPR_VAR_DIR (migrate +
load_content); never touches var/ or a server. Figures are printed, not asserted.
Without the questions file, parts 1-2 are skipped with a message.
"""
import argparse
import importlib.util
import json
import os
import pickle
import re
import statistics
import sys
import tempfile
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_QUESTIONS = ROOT / "eval" / "corpus" / "dev.jsonl"
REPORT = ROOT / "content" / "data" / "cbp-ipr-seizure-statistics-fy2021.txt"


def setup_django(var_dir: str) -> None:
    os.environ["DJANGO_SETTINGS_MODULE"] = "ipr_site.settings"
    os.environ["IPR_VAR_DIR"] = var_dir
    os.environ.pop("DATABASE_URL", None)  # a private SQLite file, not a shared server
    os.environ.pop("REDIS_URL", None)
    os.environ.setdefault("IPR_LOG_LEVEL", "WARNING")
    import django
    from django.core.management import call_command

    django.setup()
    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    call_command("load_content", verbosity=0)
    print(f"database: migrated and loaded in {time.perf_counter() - started:.1f} s ({var_dir})")


def percentiles(ms: list[float]) -> tuple[float, float]:
    ms = sorted(ms)
    return statistics.median(ms), ms[int(0.95 * (len(ms) - 1))]


# -- judging -----------------------------------------------------------------


def load_judge(questions: Path):
    score = questions.parent / "score.py"
    if score.exists():
        spec = importlib.util.spec_from_file_location("ipr_eval_score", score)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module.judge, str(score)
    from assistant.evaluation import judge

    return judge, "assistant.evaluation.judge (the scorer's rules)"


# -- 1 and 2: the dev set ----------------------------------------------------


def knowledge_build(runs: int = 3) -> None:
    """The index + catalog + lexicon + in-scope model build for the shipped content (what every content edit costs)."""
    from assistant import documents
    from assistant.answering.knowledge import build

    times = []
    for _ in range(runs):
        started = time.perf_counter()
        sources = documents.sources()
        build(sources)
        times.append(time.perf_counter() - started)
    print(f"\n== 0. knowledge build (shipped content, {len(sources.docs)} documents, {len(sources.examples)} examples): "
          f"best {min(times):.2f} s, median {statistics.median(times):.2f} s of {runs} (reading the database included)")


def run_ours(questions: list[dict], judge) -> dict:
    from assistant import index_store
    from assistant.services import answer_message

    started = time.perf_counter()
    index_store.current()
    ready_ms = (time.perf_counter() - started) * 1000
    answer_message("warm up")
    passed, ms, misses = 0, [], []
    for q in questions:
        t0 = time.perf_counter()
        reply = answer_message(q["q"])
        ms.append((time.perf_counter() - t0) * 1000)
        why = judge(q, {"answer": reply.text, "kind": reply.kind, "links": reply.links})
        passed += why is None
        if why:
            misses.append(f"  miss {q.get('id')}: {q['q']!r}: {why}")
    return {"name": "assistant (ours)", "passed": passed, "ms": ms, "misses": misses, "setup_ms": ready_ms}


def report_passages() -> list[str]:
    """The raw report as ~paragraph passages: blank-line blocks, short ones merged."""
    out, buf = [], []
    for block in re.split(r"\n\s*\n", REPORT.read_text(encoding="utf-8")):
        words = block.split()
        if not words:
            continue
        buf += words
        if len(buf) >= 25:
            out.append(" ".join(buf))
            buf = []
    if buf:
        out.append(" ".join(buf))
    return out


def bm25_tokens(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def run_bm25(questions: list[dict], judge) -> dict:
    from rank_bm25 import BM25Okapi

    started = time.perf_counter()
    passages = report_passages()
    bm25 = BM25Okapi([bm25_tokens(p) for p in passages])
    setup_ms = (time.perf_counter() - started) * 1000
    passed, ms, misses = 0, [], []
    for q in questions:
        t0 = time.perf_counter()
        scores = bm25.get_scores(bm25_tokens(q["q"]))
        answer = passages[int(scores.argmax())]
        ms.append((time.perf_counter() - t0) * 1000)
        why = judge(q, {"answer": answer, "kind": "section", "links": []})
        passed += why is None
        if why:
            misses.append(f"  miss {q.get('id')}: {q['q']!r}: {why}")
    return {"name": f"rank_bm25 ({len(passages)} passages)", "passed": passed, "ms": ms, "misses": misses, "setup_ms": setup_ms}


def dev_set(path: Path, verbose: bool) -> None:
    print(f"\n== 1-2. dev set: {path}")
    if not path.exists():
        print(f"   skipped: {path} not found (give one with --questions)")
        return
    questions = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    judge, source = load_judge(path)
    print(f"   {len(questions)} questions, judged by {source}")
    results = [run_ours(questions, judge)]
    try:
        results.append(run_bm25(questions, judge))
    except ImportError:
        print("   rank_bm25 is not installed (pip install -e '.[test]'): baseline skipped")
    print(f"   {'system':<28} {'score':>12} {'p50 ms':>8} {'p95 ms':>8} {'setup ms':>9}")
    for r in results:
        p50, p95 = percentiles(r["ms"])
        score = f"{r['passed']}/{len(questions)} {100 * r['passed'] / len(questions):3.0f}%"
        print(f"   {r['name']:<28} {score:>12} {p50:8.2f} {p95:8.2f} {r['setup_ms']:9.0f}")
    if verbose:
        for r in results:
            print(f"   misses of {r['name']}:", *r["misses"] or ["  none"], sep="\n")


def corpus_latency() -> None:
    """Answer time over every single question of the evaluation corpus (eval/corpus/), by language."""
    from assistant import evaluation
    from assistant.services import answer_message

    by_language: dict[str, list[float]] = {}
    for item in evaluation.load():
        if len(item.turns) != 1:
            continue
        language = "es" if item.set_name.startswith("es") else "en"
        t0 = time.perf_counter()
        answer_message(item.turns[0]["q"])
        by_language.setdefault(language, []).append((time.perf_counter() - t0) * 1000)
    print("\n== 2b. answer time over the corpus's single questions (in-process)")
    base = None
    for language, ms in sorted(by_language.items()):
        p50, p95 = percentiles(ms)
        base = base or p50
        print(f"   {language}: {len(ms)} questions, p50 {p50:.2f} ms, p95 {p95:.2f} ms ({p50 / base:.2f}x English p50)")


# -- 3: synthetic scale ------------------------------------------------------


def synthetic(sizes: list[int], n_queries: int) -> None:
    from assistant.retrieval import Doc, Retriever
    from bench.synthetic import passages, queries

    try:
        from rank_bm25 import BM25Okapi
    except ImportError:
        BM25Okapi = None
        print("rank_bm25 is not installed: baseline columns empty")
    import numpy as np

    print("\n== 3. synthetic passages (bench/synthetic.py, seeded): retrieval of the top 10")
    head = f"   {'passages':>9} {'system':<10} {'build s':>8} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8} {'pickle MB':>10} {'zlib MB':>8}"
    print(head)
    qs = queries(n_queries)
    synonyms = {"car parts": ["automotive"], "fake": ["counterfeit"], "sneakers": ["footwear", "shoes"]}
    for n in sizes:
        texts = passages(n)
        docs = [Doc(f"section:synthetic#{i}", "section", "", t, "/report/synthetic/", {}) for i, t in enumerate(texts)]
        t0 = time.perf_counter()
        ours = Retriever.build(docs, synonyms)
        build_s = time.perf_counter() - t0
        ours.search(qs[0])
        ms = []
        for q in qs:
            ours._cache.clear()  # cold: every query is analysed afresh
            t0 = time.perf_counter()
            ours.search(q, k=10)
            ms.append((time.perf_counter() - t0) * 1000)
        raw = pickle.dumps(ours, protocol=5)
        ours_p50, ours_p95 = percentiles(ms)
        print(f"   {n:>9} {'ours':<10} {build_s:8.2f} {ours_p50:8.3f} {ours_p95:8.3f} {len(qs):>8} {len(raw) / 1e6:10.1f} {len(zlib.compress(raw, 3)) / 1e6:8.1f}")
        del raw, ours
        if BM25Okapi is None:
            continue
        t0 = time.perf_counter()
        bm25 = BM25Okapi([bm25_tokens(t) for t in texts])
        build_s = time.perf_counter() - t0
        few = qs[: 20 if n >= 50_000 else min(len(qs), 200)]  # BM25 scores every document: slow
        ms = []
        for q in few:
            t0 = time.perf_counter()
            scores = bm25.get_scores(bm25_tokens(q))
            np.argpartition(-scores, 9)[:10]
            ms.append((time.perf_counter() - t0) * 1000)
        p50, p95 = percentiles(ms)
        size = len(pickle.dumps(bm25, protocol=5)) / 1e6
        print(f"   {n:>9} {'rank_bm25':<10} {build_s:8.2f} {p50:8.3f} {p95:8.3f} {len(few):>8} {size:10.1f} {'':>8}")
        print(f"   {n:>9} {'speed-up':<10} {'':>8} {p50 / ours_p50:7.0f}x")
        del bm25


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--questions", type=Path, default=DEFAULT_QUESTIONS)
    ap.add_argument("--sizes", default="1000,10000,100000", help="comma-separated synthetic corpus sizes")
    ap.add_argument("--queries", type=int, default=500, help="distinct queries per size for our engine")
    ap.add_argument("--skip-dev", action="store_true")
    ap.add_argument("--skip-synthetic", action="store_true")
    ap.add_argument("--misses", action="store_true", help="list the dev questions each system missed")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="ipr-bench-") as var_dir:
        if not args.skip_dev:
            setup_django(var_dir)
            knowledge_build()
            dev_set(args.questions, args.misses)
            corpus_latency()
        if not args.skip_synthetic:
            synthetic([int(s) for s in args.sizes.split(",") if s.strip()], args.queries)


if __name__ == "__main__":
    main()
