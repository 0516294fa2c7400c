"""Answer one visitor message: understand it once, let every strategy propose, choose.

    question   = question.understand(message, context, index)     # question.py
    candidates = [c for s in STRATEGIES for c in s.propose(question, index)]
    chosen     = chooser.choose(question.intent, candidates)       # chooser.py, bars.py
    answer     = chosen.build()

docs/assistant.md describes each step and how to teach the assistant more.
"""
from django.conf import settings

from assistant.answering import chooser
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
