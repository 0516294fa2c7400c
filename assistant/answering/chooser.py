"""Choose one answer among the strategies' candidates: data and bars, not branches.

Each candidate's fit is its score weighed by how well its kind answers what the
question asks for (bars.AFFINITY); it may answer only when its fit clears its
bar (bars.BARS). When the in-scope model doubts the question belongs here
(P(in scope) under SCOPE["min_in_scope"], or "min_in_scope_anchored" for a
question that names IPR), only an answer whose fit passes
SCOPE["override"], or an FAQ the FAQ model recognises (SCOPE["recognised"]) in a
question naming IPR, may still answer: the two models learnt from the same
examples, and the FAQ model tells "what is the max fine the second time someone
imports counterfeits" from "what are my odds against Nike" where a yes/no on
scope cannot. The best fit wins; with none, the fallback.
"""
from assistant.answering import bars
from assistant.answering.candidate import Candidate

_KEYS = {"faq_story": "faq", "faq_no_figure": "faq"}


def weigh(intent: str, candidate: Candidate) -> float:
    """A candidate's fit: its score times the affinity of its kind for what the question asks."""
    if candidate.kind in ("fallback", "smalltalk") and candidate.bar != "missing":
        return candidate.score
    key = "missing" if candidate.bar == "missing" else _KEYS.get(candidate.bar, candidate.kind)
    fit = candidate.score * bars.AFFINITY.get(intent, bars.AFFINITY["about"]).get(key, 0.0)
    if candidate.kind == "statistic" and candidate.score < bars.SURE_FIGURE:
        fit *= bars.WEAK
    return fit


def choose(intent: str, candidates: list[Candidate], floor: float = 0.0) -> Candidate:
    """The answering candidate (the scope fallback when none may answer); `floor` is the least
    fit of an FAQ, passage or channel answer (settings.FALLBACK_THRESHOLD)."""
    scope = next((c for c in candidates if c.bar in ("scope", "scope_anchored")), None)
    p_in = 1.0 - scope.score if scope else 1.0
    least_in = bars.SCOPE["min_in_scope_anchored"] if scope is not None and scope.bar == "scope_anchored" else bars.SCOPE["min_in_scope"]
    doubted = p_in < least_in
    best = None
    for c in candidates:
        if c is scope:
            continue
        c.fit = weigh(intent, c)
        least = bars.BARS.get(c.bar or c.kind, 0.0)
        if c.kind in ("faq", "section", "route"):
            least = max(least, floor)
        if c.fit < least or c.fit <= 0:
            continue
        trusted = c.fit >= bars.SCOPE["override"] or c.recognised >= bars.SCOPE["recognised"]
        if doubted and c.kind not in ("smalltalk", "fallback") and not trusted:
            c.reasons.append("P(in scope) too low for this fit")
            continue
        if best is None or c.fit > best.fit or (c.fit == best.fit and c.uncapped > best.uncapped):
            best = c
    if scope is not None:
        scope.fit = scope.score
    return best or scope
