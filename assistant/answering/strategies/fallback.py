"""The answer when nothing else fits: always proposed, with the probability the question is out of scope."""
from assistant.answering import bars
from assistant.answering.candidate import Candidate
from assistant.answering.strategies import common


def propose(q, index) -> list[Candidate]:
    if q.smalltalk:
        return []
    p_in = index.p_in_scope(q)
    reasons = [f"P(in scope) {p_in:.2f}"]
    if "ask.legal" in q.asking_tags and p_in > bars.SCOPE["legal_advice"]:
        # "Should I sue the seller?": legal advice is beyond what the content may say, however near
        # its words are to an FAQ's; the help desk and a hand-off are the answer.
        p_in = bars.SCOPE["legal_advice"]
        reasons.append(f"asks for legal advice: P(in scope) at most {p_in:.2f}")
    # A question that names IPR ("trademarked", "counterfeit") is doubted only under a lower bar: the
    # words around it ("bring", "sell", "month") are the travel and shopping examples' too.
    bar = "scope_anchored" if q.anchored and "ask.legal" not in q.asking_tags else "scope"
    return [Candidate("fallback", 1.0 - p_in, "fallback", reasons, lambda: common.fallback(index, q), bar=bar)]
