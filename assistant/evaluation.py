"""The evaluation corpus and how an answer is judged against it (`manage.py evaluate`).

eval/corpus/*.jsonl holds every question set written so far in the scorer's
format: single questions ({"id", "q", "expect", "link", "fallback", "kind",
"tags"}) and conversations ({"id", "turns": [...]}). An answer passes when it is
a fallback exactly when one is expected, has the expected kind, contains one of
the expected strings (numbers standing whole, thousands separators ignored) and
links where it must. eval/floor.json holds the least score the corpus must keep.
"""
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "eval" / "corpus"
FLOOR = Path(__file__).resolve().parent.parent / "eval" / "floor.json"
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2212"), "-")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    return _SPACE.sub(" ", _THOUSANDS.sub("", (text or "").translate(_DASHES).lower()))


def contains(haystack: str, needle: str) -> bool:
    """True when needle stands in haystack; a number must stand whole ("33" is not in "33,323")."""
    needle = fold(needle)
    left = r"(?<!\d)(?<!\d\.)" if needle[:1].isdigit() else ""
    right = r"(?![.,]?\d)" if needle[-1:].isdigit() else ""
    return re.search(left + re.escape(needle) + right, fold(haystack)) is not None


def judge(item: dict, reply: dict) -> str | None:
    """None when the reply passes, else a short reason (the same rules as the shared scorer)."""
    answer, kind = reply.get("answer") or "", reply.get("kind")
    urls = " ".join((link or {}).get("url", "") for link in reply.get("links") or [])
    if item.get("fallback"):
        return None if kind == "fallback" else f"expected fallback, got {kind}"
    if item.get("kind") and kind != item["kind"]:
        return f"expected kind {item['kind']}, got {kind}"
    if kind == "fallback":
        return "fell back on an in-scope question"
    expect = item.get("expect") or []
    if expect and not any(contains(answer, e) for e in expect):
        return f"none of {expect} in the answer"
    link = item.get("link")
    if link and not (contains(urls, link) or contains(answer, link)):
        return f"no link to {link}"
    return None


def expected_kind(item: dict) -> str:
    """What kind of answer an item asks for, for the confusion table."""
    tags = set(item.get("tags") or [])
    if item.get("fallback"):
        return "fallback"
    if item.get("kind"):
        return item["kind"]
    for tag, kind in (("figure", "figure"), ("stat", "figure"), ("channel", "channel"), ("route", "channel"),
                      ("definition", "definition"), ("how-to", "how-to")):
        if tag in tags:
            return kind
    return "other"


@dataclass
class Item:
    set_name: str
    id: str
    turns: list[dict]  # one for a single question


def load(names: list[str] | None = None, corpus: Path = CORPUS) -> list[Item]:
    items = []
    for path in sorted(corpus.glob("*.jsonl")):
        if names and path.stem not in names:
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path.name} line {n}: {exc.msg}") from None
            _check(data, f"{path.name} line {n}")
            if "turns" in data:
                turns = [dict(t, id=f"{data['id']}.{i + 1}", tags=t.get("tags") or data.get("tags") or ["conversation"])
                         for i, t in enumerate(data["turns"])]
                items.append(Item(path.stem, data["id"], turns))
            else:
                items.append(Item(path.stem, data["id"], [data]))
    return items


def _check(data, where: str) -> None:
    """Refuse an item the scorer cannot ask, naming where it is, before any question is asked."""
    if not isinstance(data, dict) or not isinstance(data.get("id"), str):
        raise ValueError(f"{where}: an item needs an \"id\" string")
    turns = data["turns"] if "turns" in data else [data]
    if not isinstance(turns, list) or not turns:
        raise ValueError(f"{where}: \"turns\" must be a non-empty list")
    for turn in turns:
        if not isinstance(turn, dict) or not isinstance(turn.get("q"), str) or not turn["q"].strip():
            keys = ", ".join(sorted(turn)) if isinstance(turn, dict) else type(turn).__name__
            raise ValueError(f"{where}: every question needs a \"q\" string (found: {keys})")


@dataclass
class Result:
    set_name: str
    item: dict
    reply: dict
    debug: dict
    conversation: bool
    why: str | None = None

    @property
    def passed(self) -> bool:
        return self.why is None


@dataclass
class Report:
    results: list[Result] = field(default_factory=list)

    def score(self, results: list[Result] | None = None) -> tuple[int, int]:
        results = self.results if results is None else results
        return sum(r.passed for r in results), len(results)

    def by(self, key) -> dict[str, tuple[int, int]]:
        groups: dict[str, list[Result]] = defaultdict(list)
        for r in self.results:
            for k in key(r):
                groups[k].append(r)
        return {k: self.score(v) for k, v in sorted(groups.items())}

    def confusion(self) -> dict[str, Counter]:
        table: dict[str, Counter] = defaultdict(Counter)
        for r in self.results:
            table[expected_kind(r.item)][r.reply.get("kind")] += 1
        return table

    def wrong_figures(self) -> list[Result]:
        """Figures given for another measure or year than asked: the worst miss (a confident wrong number)."""
        return [r for r in self.results if not r.passed and r.reply.get("kind") == "statistic"
                and expected_kind(r.item) in ("figure", "other") and r.item.get("expect")]


def run(items: list[Item], ask) -> Report:
    """ask(question, context) -> (reply dict, debug dict, next context)."""
    report = Report()
    for item in items:
        context: dict = {}
        conversation = len(item.turns) > 1 or "turns" in item.id
        for turn in item.turns:
            reply, debug, context = ask(turn["q"], context)
            why = judge(turn, reply)
            report.results.append(Result(item.set_name, turn, reply, debug, conversation or len(item.turns) > 1, why))
    return report
