"""The answer when nothing else fits: always proposed, with the probability the question is out of scope."""
from assistant.answering.candidate import Candidate
from assistant.answering.strategies import common


def propose(q, index) -> list[Candidate]:
    if q.smalltalk:
        return []
    p_in = index.p_in_scope(q)
    reasons = [f"P(in scope) {p_in:.2f}"]
    return [Candidate("fallback", 1.0 - p_in, "fallback", reasons, lambda: common.fallback(index, q), bar="scope")]
