"""Answer one visitor message: understand it once, let every strategy propose, choose.

    question   = question.understand(message, context, index)     # question.py
    candidates = [c for s in STRATEGIES for c in s.propose(question, index)]
    chosen     = chooser.choose(question.intent, candidates)       # chooser.py, bars.py
    answer     = chosen.build()

A message joining two figure questions ("...from Hong Kong and what share ... from China?") whose whole
answer is one figure gets each answered, the second as a follow-up of the first (_joined).

docs/assistant.md describes each step and how to teach the assistant more.
"""
import unicodedata

from django.conf import settings

from assistant.answering import chooser, state
from assistant.answering.question import understand
from assistant.answering.reply import Answer
from assistant.answering.strategies import acronym, channel, faq, fallback, passage, smalltalk, statistic

STRATEGIES = [smalltalk, statistic, faq, passage, acronym, channel, fallback]


DEFAULT_THRESHOLD = 0.12


def threshold() -> float:
    """Least fit an FAQ, passage or channel answer may have (settings.FALLBACK_THRESHOLD, IPR_FALLBACK_THRESHOLD):
    operators may make the assistant more cautious without a code change; bars.py sets the rest."""
    return float(getattr(settings, "FALLBACK_THRESHOLD", DEFAULT_THRESHOLD))


def _current_index():
    from assistant import index_store

    return index_store.current()


def current_index():
    """The Knowledge answers come from now (tests replace _current_index)."""
    return _current_index()


def answer(message: str, context: dict | None = None, index=None, language: str = "") -> Answer:
    """Answer one visitor message. `context` is what the conversation remembered; `language` the
    page's or widget's ("en", "es"), which a message too short to tell follows (else the conversation's)."""
    index = index or _current_index()
    context = context or {}
    whole = _answer_one(message, context, index, language)
    # "what share of the lines came from Hong Kong and what share of the MSRP from China?": one figure
    # answers half of it. Each is answered, the second as a follow-up of the first; unless both are
    # figures, the whole message's answer stands (an FAQ that answers both halves, or the fallback).
    parts = _joined(message, whole.language) if whole.kind == "statistic" else []
    if not parts:
        return whole
    first = _answer_one(parts[0], context, index, whole.language)
    second = _answer_one(parts[1], first.context, index, whole.language)
    if not (first.kind == second.kind == "statistic") or (_says_no_more(second.text, whole.text) and _says_no_more(first.text, whole.text)):
        return whole
    if _says_no_more(second.text, first.text):
        return first  # (the whole gave the second's figure but not the first's: "how many ..., and what were they worth?")
    return Answer(text=first.text + "\n\n" + second.text, kind="statistic", confidence=min(first.confidence, second.confidence),
                  sources=first.sources + [s for s in second.sources if s not in first.sources],
                  links=first.links + [link for link in second.links if link not in first.links],
                  suggestions=second.suggestions, context=state.joined_context(first.context, second.context), chart=first.chart or second.chart,
                  language=whole.language, debug={**whole.debug, "parts": [first.debug, second.debug]})


# The first question stands alone; the second may lean on it ("¿... en 2021 y cuánto valían?": two words).
_LEAST_PART_WORDS = 3
_LEAST_SECOND_WORDS = 2


def _says_no_more(text: str, said: str) -> bool:
    """Whether every figure `text` gives in bold is in `said` already ("which country was third by value, and
    how many seizure lines did it have?": the row's lines come with its value)."""
    figures = [part for part in text.split("**")[1::2] if any(ch.isdigit() for ch in part)]
    return all(f in said for f in figures)


def _joined(message: str, language: str) -> list[str]:
    """The two questions a message joins with "and what", "y qué" (grammar "ask.join"), each of at least
    a few words; [] when it joins none."""
    from assistant.answering.grammar import GRAMMAR

    # Folded letter by letter ("¿" a space) so a position in it is the same in the message.
    folded = "".join((unicodedata.normalize("NFKD", c).encode("ascii", "ignore").decode() or " ")[:1] for c in message.lower())
    grammar = GRAMMAR.get(language, {})
    for joiner in grammar.get("ask.join", []):
        conjunction, asking = joiner.split(" ", 1)
        said = [f" {joiner} "] + [f" {conjunction} {manner} {asking} " for manner in grammar.get("join.manner", [])]
        at = next((folded.find(s) for s in said if folded.find(s) > 0), -1)
        if at > 0:
            first, second = message[:at].strip(" ,;"), message[at + len(conjunction) + 2 :].strip()
            if len(first.split()) >= _LEAST_PART_WORDS and len(second.split()) >= _LEAST_SECOND_WORDS:
                return [first, second]
    return []


def _answer_one(message: str, context: dict, index, language: str) -> Answer:
    q = understand(message, context, index, language or context.get("language") or "en")
    candidates = [c for strategy in STRATEGIES for c in strategy.propose(q, index)]
    chosen = chooser.choose(q.intent, candidates, floor=threshold())
    reply = chosen.build()
    reply.language = q.language
    reply.context = {**(reply.context or {}), "language": q.language}
    reply.debug = {
        "question": q.to_debug(),
        "chosen": chosen.to_debug(),
        "candidates": [c.to_debug() for c in sorted(candidates, key=lambda c: -c.fit)],
    }
    return reply
