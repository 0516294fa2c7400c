"""The Answer the answering layer returns."""
from dataclasses import dataclass, field


@dataclass
class Answer:
    text: str
    kind: str  # faq | section | statistic | route | smalltalk | fallback
    confidence: float
    sources: list[dict] = field(default_factory=list)  # {"title", "url", "kind"}
    links: list[dict] = field(default_factory=list)  # {"label", "url", "channel"}
    suggestions: list[str] = field(default_factory=list)
    offer_handoff: bool = False
    context: dict = field(default_factory=dict)  # what the conversation remembers
    debug: dict = field(default_factory=dict)  # parsed frame and candidates, for staff tools
    language: str = "en"  # the language the answer is written in (the visitor's)
    chart: dict | None = None  # a trend or ranking as a picture: {"svg", "alt", "title", "rows": [[label, figure as printed]]}
