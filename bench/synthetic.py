"""Realistic synthetic passages for retrieval benchmarks, from the report's own words.

A word-level Markov chain (order 2) trained on the FY 2021 report text writes
passages that read like the report: the same vocabulary, phrase structure and
word frequencies, with figures re-drawn at random so numbers vary like in a
multi-year archive. Seeded: the same arguments give the same passages.

    from bench.synthetic import passages, queries
    texts = passages(100_000, seed=7)
"""
import random
import re
from collections import defaultdict
from pathlib import Path

REPORT = Path(__file__).resolve().parent.parent / "content" / "data" / "cbp-ipr-seizure-statistics-fy2021.txt"
_WORD = re.compile(r"[A-Za-z][A-Za-z'’/-]*|\$?\d[\d,.]*%?|[.;:?!]")

# Questions like the public asks, including typos and terse ones; the bench
# adds random report phrases to these so every measured query is distinct.
QUESTIONS = [
    "how many seizures did cbp make in fy 2021",
    "total msrp of seized goods",
    "siezures of counterfeit watches",
    "jewlery seizure lines fy 2020",
    "watchs and handbags msrp",
    "sneakrs footwear counterfiet",
    "handbag msrp fy20",
    "which country had the most seizures",
    "express consignment seizures by mode of transport",
    "how do i report a fake seller online",
    "record my trademark with cbp",
    "pharmaceuticals and personal care health safety",
    "cell phones and accessories counterfeit",
    "e-commerce small packages mail",
    "china hong kong source economy",
    "automotive parts aerospace",
    "ipr help desk contact",
    "exclusion orders section 337",
    "covid-19 test kits masks",
    "consumer electronics msrp percentage",
]


def _chain(text: str) -> tuple[dict, list]:
    words = _WORD.findall(text)
    chain: dict[tuple[str, str], list[str]] = defaultdict(list)
    starts = []
    for a, b, c in zip(words, words[1:], words[2:]):
        chain[(a, b)].append(c)
        if a in ".?!" and b[:1].isupper():
            starts.append((b, c))
    return chain, starts


def _figure(token: str, rng: random.Random) -> str:
    if token.endswith("%"):
        return f"{rng.randint(1, 99)}%"
    if token.startswith("$"):
        return f"${rng.randint(1_000, 2_000_000_000):,}"
    if re.fullmatch(r"(19|20)\d\d", token):
        return str(rng.randint(2012, 2024))
    if re.fullmatch(r"\d[\d,]*", token):
        return f"{rng.randint(1, 150_000):,}"
    return token


def passages(n: int, seed: int = 7, words: tuple[int, int] = (30, 90), text: str | None = None) -> list[str]:
    """n passages of 30-90 words that read like the report."""
    rng = random.Random(seed)
    chain, starts = _chain(text if text is not None else REPORT.read_text(encoding="utf-8"))
    keys = list(chain)
    out = []
    for _ in range(n):
        target = rng.randint(*words)
        a, b = rng.choice(starts) if starts else rng.choice(keys)
        tokens = [a, b]
        while len(tokens) < target:
            nxt = chain.get((a, b))
            if not nxt:
                a, b = rng.choice(starts)
                tokens += [".", a, b]
                continue
            c = nxt[rng.randrange(len(nxt))]
            tokens.append(c)
            a, b = b, c
        out.append(" ".join(_figure(t, rng) for t in tokens).replace(" .", ".").replace(" ,", ","))
    return out


def queries(n: int, seed: int = 11, text: str | None = None) -> list[str]:
    """n distinct, realistic queries: a question plus 0-3 words of report phrasing."""
    rng = random.Random(seed)
    words = [w.lower() for w in _WORD.findall(text if text is not None else REPORT.read_text(encoding="utf-8")) if w.isalpha() and len(w) > 3]
    out, seen = [], set()
    while len(out) < n:
        q = rng.choice(QUESTIONS)
        extra = " ".join(rng.choice(words) for _ in range(rng.randint(0, 3)))
        q = f"{q} {extra}".strip()
        if q not in seen:
            seen.add(q)
            out.append(q)
    return out
