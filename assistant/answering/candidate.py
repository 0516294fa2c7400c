"""What a strategy proposes: one possible answer, how sure it is, and why."""
from dataclasses import dataclass, field
from typing import Callable

from assistant.answering.reply import Answer


@dataclass
class Candidate:
    kind: str  # statistic | faq | section | route | smalltalk | fallback
    score: float  # the strategy's own confidence, 0-1
    strategy: str
    reasons: list[str] = field(default_factory=list)  # why this score, for `ask --debug` and the staff console
    build: Callable[[], Answer] | None = None  # writes the answer; called only for the chosen candidate
    bar: str = ""  # the row of bars.BARS it must clear (default: its kind)
    fit: float = 0.0  # score weighed by the chooser against what the question asks for
    recognised: float = 0.0  # how probable the FAQ model finds this answer (FAQ candidates only)
    uncapped: float = 0.0  # the score before it was capped at 1: breaks a tie between two sure answers

    def to_debug(self) -> dict:
        return {"kind": self.kind, "strategy": self.strategy, "score": round(self.score, 3), "fit": round(self.fit, 3),
                "bar": self.bar or self.kind, "reasons": self.reasons}
