"""Read what a question asks for: fiscal years, measure, ranking, comparison; whether it
wants a figure at all, or what a term means.

parse() looks only at the words; matching them to tables and rows is stats.py's
job. The Frame it returns is also what a conversation remembers, so a follow-up
("what about FY 2020?") can change one slot and keep the rest.
"""
import re
from dataclasses import asdict, dataclass, field

from assistant.retrieval.text import fold

# A comma after the year ends a clause ("in fy2021, we need"); one before digits is a number ("2,021").
_FY = re.compile(r"\b(?:fy|fiscal(?:\s+year)?|financial\s+year|year)\s*'?\s*(\d{4}|\d{2})(?!\d|,\d)")
_BARE_YEAR = re.compile(r"(?<![\d,.$])(20[0-4]\d)(?!\d|,\d|%)")
_PREVIOUS = re.compile(r"\b(last|previous|prior|preceding)\s+(fiscal\s+)?year\b|\byear\s+before\b|\ba\s+year\s+(earlier|ago|before)\b")
_LATEST = re.compile(r"\b(this|current|latest|most\s+recent|newest)\s+(fiscal\s+)?year\b|\b(latest|most\s+recent)\b")
_RANGE = re.compile(r"\bfrom\s+(?:fy\s*|fiscal\s+(?:year\s+)?)?(\d{4})\s+to\s+(?:fy\s*|fiscal\s+(?:year\s+)?)?(\d{4})\b")

MEASURES = [
    # (measure, pattern): first match wins, so specific phrases come first.
    ("seizure_lines", r"\bseizure\s*lines?\b|\blines\b"),
    ("percentage", r"\bper\s?cent(age)?s?\b|%|\bshare\b|\bproportion\b|\bfraction\b|\bportion\b|\bhow\s+big\s+a\s+part\b"),
    ("msrp", r"\bmsrp\b|\bvalue[ds]?\b|\bworth\b|\bprices?\b|\bretail\b|\bdollars?\b|\$|\bhow\s+much\s+money\b|\bcost\b"),
    ("quantity", r"\bquantity\b|\bquantities\b|\bunits\b|\bpieces\b|\bhow\s+many\s+(items|units|pieces|individual)\b"),
    ("seizures", r"\bseizures\b|\bseizure\s+(cases|actions|events|incidents|count)\b|\bnumber\s+of\s+seizures?\b"),
]
_NOT_MEASURE = re.compile(
    r"\b(not|rather\s+than|instead\s+of|excluding|other\s+than)\s+(the\s+|by\s+)?(seizure\s*lines?|lines|seizures|msrp|values?|shares?)\b"
)
_COUNT = re.compile(r"\bhow\s+many\b|\bnumber\s+of\b|\bcount\b|\bhow\s+often\b|\bamount\s+of\b|\btotal\s+number\b")
_MAX = re.compile(r"\b(most|top|topped|tops|largest|biggest|highest|greatest|leading|main|primary|major|maximum|max|number\s+one|most\s+common|majority)\b|#\s?1\b")
_MIN = re.compile(
    r"\b(least|fewest|lowest|smallest|minimum|min|bottom|rarest|less\s+common)\b"
    r"|\b(came|ranked|finished|placed|comes|ranks)\s+last\b|\blast\s+place\b"
)
_ORDINALS = {"second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5}
_ORDINAL = re.compile(r"\b(second|2nd|third|3rd|fourth|4th|fifth|5th)\b")
_TOP_N = re.compile(r"\b(?:top|largest|biggest|leading|main|first)\s+(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\b")
_WORD_NUM = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_WHICH = re.compile(r"\b(which|what|where)\b|\brank|\blist\b|\bname\s+the\b")
_COMPARE = re.compile(
    r"\b(change[ds]?|increase[ds]?|decrease[ds]?|grow|grew|growth|rise|rose|risen|(fell|falls?)(?!\s+(under|into|in)\b)|drop(ped)?|decline[ds]?"
    r"|compared?|comparison|versus|vs\.?|difference|differ|more\s+than\s+in|less\s+than\s+in|up\s+or\s+down|trend"
    r"|jump(ed)?|spike[ds]?|climb(ed)?|soar(ed)?|surge[ds]?|plunge[ds]?|shr[ai]nk|dip(ped)?"
    r"|how\s+(many|much)\s+(more|fewer|less|higher|lower)|than\s+in)\b"
)
# "By what percent did the value grow": the percentage is the change's, not a share's.
_PERCENT_CHANGE = re.compile(
    r"\b(by\s+)?(what|how\s+many)\s+per\s?cent(age)?\b|\bper\s?cent(age)?\s+(change|increase|decrease|growth|rise|drop|decline|jump)\b"
)
_TOTAL = re.compile(r"\b(total|overall|altogether|in\s+all|all\s+(ipr\s+)?(seizures|goods|products|items)|combined|entire|whole)\b")


@dataclass
class Frame:
    """What a statistics question asks for. Serialisable into Conversation.context."""

    years: list[int] = field(default_factory=list)  # in the order asked
    year_given: bool = False  # False: the report year is assumed and the answer says so
    previous: bool = False  # "last year" / "previous year"
    measure: str = ""  # explicit measure word, "" when none
    also: list[str] = field(default_factory=list)  # other measures named ("share of total MSRP")
    count: bool = False  # "how many"
    rank: str = ""  # "max" | "min" | ""
    position: int = 1  # "second largest" -> 2
    top_n: int = 1  # "top 3" -> 3
    compare: bool = False
    total: bool = False
    table: str = ""  # table_slug, filled by stats.py
    label: str = ""  # row label, filled by stats.py

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "Frame":
        known = {k: v for k, v in (data or {}).items() if k in cls.__dataclass_fields__}
        try:
            return cls(**known)
        except TypeError:
            return cls()


def _year(text: str) -> int:
    year = int(text)
    return 2000 + year if year < 100 else year


_SPELLED = {"eighteen": 2018, "nineteen": 2019, "twenty": 2020, "twenty one": 2021}
_SPELLED_YEAR = re.compile(r"\btwenty[\s-](twenty[\s-]one|twenty|nineteen|eighteen)\b")


def years_in(text: str) -> list[int]:
    """Fiscal years named in `text`, in order, without repeats: "FY21", "fiscal 2019", "2020", "twenty twenty"."""
    found: list[tuple[int, int]] = []
    for match in _SPELLED_YEAR.finditer(text):
        found.append((match.start(), _SPELLED[re.sub(r"[\s-]+", " ", match.group(1))]))
    for match in _FY.finditer(text):
        found.append((match.start(), _year(match.group(1))))
    for match in _BARE_YEAR.finditer(text):
        found.append((match.start(), int(match.group(1))))
    out: list[int] = []
    for _, year in sorted(found):
        if 2000 <= year <= 2049 and year not in out:
            out.append(year)
    return out


def parse(message: str, report_year: int) -> Frame:
    """The statistics slots of `message`; `report_year` resolves "last year"."""
    text = fold(message)
    frame = Frame()
    frame.years = years_in(text)
    named_years = list(frame.years)
    if _PREVIOUS.search(text):
        frame.previous = True
        if not frame.years:
            frame.years = [report_year - 1]
    elif _LATEST.search(text) and not frame.years:
        frame.years = [report_year]
    frame.year_given = bool(frame.years)
    # "actual seizures, not seizure lines": a measure ruled out is not the one asked for.
    asked_for = _NOT_MEASURE.sub(" ", text)
    named = [measure for measure, pattern in MEASURES if re.search(pattern, asked_for)]
    if named:
        frame.measure, frame.also = named[0], named[1:]
    frame.count = bool(_COUNT.search(text))
    frame.compare = bool(_COMPARE.search(text)) or len(frame.years) >= 2 and bool(_RANGE.search(text))
    # "in FY 2021 or in the year before?", "in FY 2021, and what about the year before?": two years named.
    frame.compare = frame.compare or (frame.previous and len(named_years) == 1)
    if frame.compare and frame.measure == "percentage" and _PERCENT_CHANGE.search(text):
        frame.measure, frame.also = (frame.also[0], frame.also[1:]) if frame.also else ("", [])
    if frame.compare and frame.previous and len(frame.years) == 1:
        # "compared to the previous year": the year named (else the latest) against the one before.
        year = named_years[0] if named_years else report_year
        frame.years = [year - 1, year]
    ordinal = _ORDINAL.search(text)
    top_n = _TOP_N.search(text)
    if _MIN.search(text):
        frame.rank = "min"
    elif _MAX.search(text) or (ordinal and _WHICH.search(text)):
        frame.rank = "max"
    if frame.rank and ordinal:
        frame.position = _ORDINALS[ordinal.group(1)]
    if frame.rank and top_n:
        raw = top_n.group(1)
        frame.top_n = max(1, min(10, int(raw) if raw.isdigit() else _WORD_NUM[raw]))
    if frame.compare and frame.rank and not _WHICH.search(text):
        frame.rank = ""  # "how much did the biggest category grow" is about change
    frame.total = bool(_TOTAL.search(text))
    return frame


# -- what kind of answer the question wants ----------------------------------

# Words that ask for a figure when the frame found no measure, count or rank.
_FIGURE = re.compile(r"\bhow\s+(many|much|big|large)\b|\bstatistics?\b|\bstats?\b|\bfigures?\b|\bnumbers?\b|\bdata\b")
HOW_TO = re.compile(
    r"\b(how|where)\s+(do|can|should|would|could)\s+(i|we)\b|\bwho\s+(do|should|can|could)\s+(i|we)\b"
    r"|\bwhat\s+(can|should|could)\s+(i|we)\s+do\b|\bis\s+there\s+(anything|a\s+way|someone|somewhere)\b"
)
_HOW_MANY = re.compile(r"\bhow\s+(many|much)\b")
# Asking what a term means, not for its figure.
_DEFINE = re.compile(
    r"\bwhat\s+(does|do|did)\s[^?.!]{1,60}?\s(mean|stand\s+for)\b|\bwhat(\s+is|\s+s)?\s+meant\s+by\b|\bmeaning\s+of\b|\bdefin(e|ition)\b"
    r"|\bdifference\s+between\s[^?.!]{1,80}?\sand\b|\bwhat\s+(is|are|s)\s+(a|an)\s|\bwhat's\s+(a|an)\s"
    r"|\b(stands?\s+for|means?)\s+what\b|\bexplain\b|\bwhat(\s+is|\s+s)?\s+(that|this|it)\s*[?.!]*\s*$"
)


_TERM = re.compile(
    r"\bwhat\s+(?:does|do|did)\s+(?:the\s+)?(?:term\s+|word\s+|abbreviation\s+)?['\"]?(.{1,40}?)['\"]?\s+(?:mean|stand\s+for)\b"
    r"|\bwhat(?:\s+is|\s+s)?\s+meant\s+by\s+['\"]?(.{1,40}?)['\"]?(?:\s+in\b|[?.!]|$)"
    r"|^['\"]?(.{1,40}?)['\"]?\s+(?:stands?\s+for|means?)\s+what\b"
    r"|^['\"]?([^.?!]{1,40}?)['\"]?\s*[-:,]*\s+what(?:\s+is|\s+s)?\s+(?:that|this|it)\b"
    r"|\bcalled\s+['\"]?([\w\s-]{1,30}?)['\"]?\s*[.?!]+\s*what(?:\s+is|\s+s)?\s+(?:that|this|it)\b"
)


def defined_term(message: str) -> str:
    """The term a definition question asks about ("what does MSRP stand for in the figures" -> "msrp")."""
    match = _TERM.search(fold(message))
    return next((g for g in match.groups() if g), "").strip() if match else ""


def defines(message: str) -> bool:
    """Whether the question asks what a term means ("what does HSS stand for")."""
    return bool(_DEFINE.search(fold(message)))


def asks_figure(frame: Frame, message: str) -> bool:
    """Whether the question asks for a number at all ("my shoes were seized, what happens now?" does not).

    A question about what a word means ("what does MSRP stand for", "the difference
    between a seizure and a seizure line") names measures but asks for none.
    """
    text = fold(message)
    if _DEFINE.search(text) and not frame.year_given and not _HOW_MANY.search(text):
        return False  # "what does MSRP mean in these numbers"
    if HOW_TO.search(text) and not (_HOW_MANY.search(text) or frame.year_given):
        return False  # "how do I report a site selling fakes at a tenth of the price?"
    if _FIGURE.search(text):
        return True
    return bool(frame.count or frame.measure or frame.rank or frame.total or frame.compare or frame.year_given)
