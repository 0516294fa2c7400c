"""Turn a passage or an FAQ into a short answer; suggest follow-ups."""
import re

from assistant.retrieval.text import tokens

MAX_WORDS = 80
ANSWER_WEIGHT = 3.0  # a sentence holding the kind of answer asked for: about one rare word of the question

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_PERCENT_WORDS = re.compile(
    r"\b(?:(" + "|".join(_TENS) + r")(?:[-\s](" + "|".join(_UNITS) + r"))?|(" + "|".join(list(_TEENS) + list(_UNITS)) + r"))\s+percent\b",
    re.I,
)


def _percent_digits(match: re.Match) -> str:
    tens, unit, single = match.group(1), match.group(2), match.group(3)
    if single:
        n = _TEENS.get(single.lower()) or _UNITS[single.lower()]
    else:
        n = _TENS[tens.lower()] + (_UNITS[unit.lower()] if unit else 0)
    return f"{n} percent"


def plain_numbers(text: str) -> str:
    """'Fifty-three percent' -> '53 percent': figures read faster as digits."""
    return _PERCENT_WORDS.sub(_percent_digits, text)


def trim(text: str, limit: int = MAX_WORDS) -> str:
    words = text.split()
    if len(words) <= limit:
        return text
    return " ".join(words[:limit]).rstrip(",;:") + "…"


def best_sentences(sentences: list[str], query: str, weights: dict[str, float], limit: int = MAX_WORDS,
                   answers=None) -> str:
    """The 1-3 sentences that best answer `query`, in their order, within `limit` words.

    weights: token -> importance (the index's idf), so rare query words count most.
    answers: sentence -> whether it holds the kind of answer asked for (reading.holds); such a
    sentence counts as much as a rare word of the question.
    """
    if not sentences:
        return ""
    q = set(tokens(query))
    scored = []
    for i, sentence in enumerate(sentences):
        toks = set(tokens(sentence))
        score = sum(weights.get(t, 1.0) for t in q & toks)
        if answers is not None and answers(sentence):
            score += ANSWER_WEIGHT
        elif re.search(r"\d", sentence):
            score += 0.3  # a figure is the likeliest answer to a question about the report
        scored.append((score, i))
    best = max(scored)[1]
    chosen = [best]
    words = len(sentences[best].split())
    holding = [i for i, sentence in enumerate(sentences) if answers is not None and answers(sentence)]
    if holding and best not in holding:
        # The sentence most about the question holds no answer of the kind asked ("how many people did it
        # reach?"): the best one that does ("four webinars that reached 1200 members") goes with it.
        found = max(holding, key=lambda i: scored[i])
        if words + len(sentences[found].split()) <= limit:
            chosen.append(found)
            words += len(sentences[found].split())
    # Add a neighbour when it also speaks to the question and fits.
    for j in (best + 1, best - 1):
        if 0 <= j < len(sentences) and len(chosen) < 3:
            score = scored[j][0]
            if score > 0.3 and words + len(sentences[j].split()) <= limit:
                chosen.append(j)
                words += len(sentences[j].split())
    text = " ".join(sentences[i] for i in sorted(chosen))
    return plain_numbers(trim(text, limit))


def suggestions(candidates: list[str], exclude: set[str], defaults: list[str], n: int = 3) -> list[str]:
    """2-4 distinct follow-up questions: related ones first, then general ones."""
    out: list[str] = []
    seen = {e.strip().lower() for e in exclude}
    for q in candidates + defaults:
        key = q.strip().lower()
        if q and key not in seen:
            out.append(q)
            seen.add(key)
        if len(out) >= n:
            break
    return out
