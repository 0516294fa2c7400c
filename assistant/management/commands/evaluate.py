"""Score the assistant on the evaluation corpus (eval/corpus/) and gate on the floor.

    manage.py evaluate                 # every set: score by set and tag, confusion table, misses, floor
    manage.py evaluate --set set-a     # one set (repeatable)
    manage.py evaluate --quiet         # no per-miss lines
    manage.py evaluate --calibration   # reliability of P(in scope) and of answer confidence

Answers are computed in-process from a fresh build of the index (the database's
content, this code), exactly as `ask` would give them. Exits 1 when the score is
under eval/floor.json (`--floor` overrides).
"""
import json
import sys
import time

from django.core.management.base import BaseCommand, CommandError

from assistant import evaluation


class Command(BaseCommand):
    help = "Score the assistant on the evaluation corpus; exit 1 under the recorded floor."

    def add_arguments(self, parser):
        parser.add_argument("--set", action="append", dest="sets", help="Only this set (file name without .jsonl); repeatable.")
        parser.add_argument("--quiet", action="store_true", help="No per-miss lines.")
        parser.add_argument("--floor", type=float, default=None, help="Least passing percentage (default: eval/floor.json).")
        parser.add_argument("--calibration", action="store_true", help="Print reliability tables.")
        parser.add_argument("--misses-json", help="Write every miss with its candidates to this file.")

    def handle(self, *args, **options):
        from assistant import documents
        from assistant.answering import engine
        from assistant.answering.knowledge import build

        try:
            items = evaluation.load(options["sets"])
        except ValueError as exc:
            raise CommandError(str(exc)) from None
        if not items:
            raise CommandError(f"no questions found in {evaluation.CORPUS} for {options['sets'] or 'any set'}")
        started = time.perf_counter()
        knowledge = build(documents.sources(), progress=lambda m: sys.stderr.write(f"index: {m}\n"))
        built = time.perf_counter() - started

        def ask(question, context):
            reply = engine.answer(question, context, index=knowledge)
            body = {"answer": reply.text, "kind": reply.kind, "links": reply.links, "confidence": reply.confidence}
            return body, reply.debug, reply.context or {}

        started = time.perf_counter()
        report = evaluation.run(items, ask)
        elapsed = time.perf_counter() - started
        self._print(report, options)
        if options["calibration"]:
            self._calibration(report, knowledge)
        passed, total = report.score()
        pct = 100.0 * passed / total
        floor = options["floor"] if options["floor"] is not None else self._floor()
        self.stdout.write(f"index built in {built:.1f} s; {total} answers in {elapsed:.1f} s")
        self.stdout.write(f"score: {passed}/{total} passed ({pct:.1f}%); floor {floor:.1f}%")
        if pct < floor:
            raise CommandError(f"the score {pct:.1f}% is under the floor {floor:.1f}%")

    def _floor(self) -> float:
        if not evaluation.FLOOR.is_file():
            return 0.0
        return float(json.loads(evaluation.FLOOR.read_text())["percent"])

    def _print(self, report, options) -> None:
        out = self.stdout.write
        if not options["quiet"]:
            for r in report.results:
                if not r.passed:
                    out(f"miss {r.set_name}/{r.item['id']}: {r.item['q']!r}: {r.why}")
                    for c in r.debug.get("candidates", [])[:4]:
                        out(f"    {c['kind']:<10} fit {c['fit']:.2f} score {c['score']:.2f} bar {c['bar']:<14} {'; '.join(c['reasons'][:3])}")
        if options.get("misses_json"):
            with open(options["misses_json"], "w", encoding="utf-8") as fh:
                for r in report.results:
                    if not r.passed:
                        fh.write(json.dumps({"set": r.set_name, "item": r.item, "why": r.why, "reply": r.reply, "debug": r.debug}) + "\n")
        out("\nby set              passed")
        for name, (p, n) in report.by(lambda r: [r.set_name + (" (turns)" if r.conversation else "")]).items():
            out(f"  {name:<18} {p}/{n} ({100 * p / n:.1f}%)")
        out("by tag              passed")
        for name, (p, n) in report.by(lambda r: r.item.get("tags") or ["untagged"]).items():
            out(f"  {name:<18} {p}/{n}")
        out("expected \\ given   " + " ".join(f"{k:>10}" for k in ("statistic", "faq", "section", "route", "smalltalk", "fallback")))
        for expected, given in sorted(report.confusion().items()):
            out(f"  {expected:<16} " + " ".join(f"{given.get(k, 0):>10}" for k in ("statistic", "faq", "section", "route", "smalltalk", "fallback")))
        wrong = report.wrong_figures()
        out(f"figures given that did not match what was asked: {len(wrong)}")
        for r in wrong:
            out(f"    {r.set_name}/{r.item['id']}: {r.item['q']!r} -> {r.reply['answer'][:120]!r}")

    def _calibration(self, report, knowledge) -> None:
        """Reliability: predicted probability in bins against the share observed."""
        from assistant import evaluation as ev

        out = self.stdout.write
        rows = []
        for r in report.results:
            p_in = next((1.0 - c["score"] for c in r.debug.get("candidates", []) if c["bar"] == "scope"), None)
            if p_in is not None and r.item.get("kind") != "smalltalk":
                rows.append((p_in, 0 if r.item.get("fallback") else 1))
        out(self._reliability("P(in scope) vs in scope", rows))
        conf = [(min(1.0, r.reply.get("confidence") or 0.0), int(r.passed)) for r in report.results
                if r.reply.get("kind") not in ("fallback", "smalltalk")]
        out(self._reliability("answer confidence vs right", conf))
        del ev

    @staticmethod
    def _reliability(title: str, rows: list[tuple[float, int]]) -> str:
        if not rows:
            return f"{title}: no data"
        lines = [f"{title} (n={len(rows)}):", "  bin        n   predicted  observed"]
        brier = sum((p - y) ** 2 for p, y in rows) / len(rows)
        ece = 0.0
        for lo in [i / 10 for i in range(10)]:
            hi = lo + 0.1
            inside = [(p, y) for p, y in rows if lo <= p < hi or (hi >= 1.0 and p == 1.0)]
            if not inside:
                continue
            pred = sum(p for p, _ in inside) / len(inside)
            obs = sum(y for _, y in inside) / len(inside)
            ece += len(inside) / len(rows) * abs(pred - obs)
            lines.append(f"  {lo:.1f}-{hi:.1f} {len(inside):>5}   {pred:>8.2f}  {obs:>8.2f}")
        lines.append(f"  Brier score {brier:.3f}; expected calibration error {ece:.3f}")
        return "\n".join(lines)
