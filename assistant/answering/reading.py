"""Reading the report's prose for the sentence that answers.

A question says what kind of answer it wants before it says what about: "how
long" wants a duration, "since when" a point in time, "how often" a frequency,
"which companies" names, "how many" a number, "what share" a percentage. A
passage that speaks to the question's words but holds no answer of that kind
("the pilot led to fewer holds" for "how long did clearance take?") has not
answered it; the sentence that holds one ("same-day clearance compared to the
previous six- to eight-day wait times") is the one to quote. The kinds are read
by the grammar (tags answer.*); what each looks like in English text is below,
the report being published in English.
"""
import re

from assistant.answering import evidence
from assistant.retrieval.text import tokens as topic_tokens

# Grammar tag -> kind of answer, most telling first: "how many days" asks a duration, not a count.
TAGS = {
    "answer.duration": "duration",
    "answer.time": "time",
    "answer.frequency": "frequency",
    "answer.names": "names",
    "answer.place": "place",
    "measure:percentage": "percent",
    "answer.cost": "money",
    "measure:msrp": "money",
    "ask.how_many": "number",
    "ask.count": "number",
}

# The FAQs answer in the visitor's language: Spanish answers are read for the same kinds ("cuatro
# pilares", "30 días", "en agosto"). "un"/"una" are articles far more often than counts, so not here.
_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|same|next|single"
    "|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|varios|varias|pocos|pocas|mismo|misma|siguiente"
)
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
)
_LOOKS = {
    "duration": re.compile(
        # ("5 business days", "seven working days": a kind of day is still a duration.)
        rf"\b(\d[\d,.]*|{_NUMBER_WORDS})(-| to |- to | a )?(\w+-)?\s*((business|working|calendar|consecutive)\s+)?"
        r"(minute|hour|day|week|month|year|minuto|hora|d[ií]a|semana|meses|mes|año|ano)s?\b|\bovernight\b",
        re.IGNORECASE,
    ),
    "time": re.compile(rf"\b({_MONTHS})\b|\b(19|20)\d\d\b|\bFY ?\d\d\b|\b(since|desde)\b", re.IGNORECASE),
    "frequency": re.compile(
        r"\b(daily|weekly|monthly|quarterly|annually|yearly|biweekly|every|each (day|week|month|year)"
        r"|per (day|week|month|year)|times an? (day|week|month|year)|a (day|week|month|year)"
        r"|diari[oa]s?|diariamente|semanal(es|mente)?|mensual(es|mente)?|anual(es|mente)?|cada"
        r"|por (d[ií]a|semana|mes|año)|al (d[ií]a|mes|año)|a la semana|veces al)\b",
        re.IGNORECASE,
    ),
    "percent": re.compile(
        r"\d\s?%|\bpercent\b|\bone in \w+\b|\bhalf\b|\b(a|one) (third|quarter|fifth)\b"
        r"|\bpor ciento\b|\bla mitad\b|\bun (tercio|cuarto|quinto)\b|\buno de cada\b",
        re.IGNORECASE,
    ),
    # What goods were worth: "$1,930,683", "$3.3 billion", "1.3 mil millones de dólares".
    "money": re.compile(r"\$\s?\d|\b\d[\d,.]*\s*(million|billion|millones|mil millones)\b|\b(dollars?|d[oó]lares)\b", re.IGNORECASE),
    # Where a period ends ("extend the test through August 2023", "hasta agosto de 2023"): how long it runs.
    "until": re.compile(rf"\b(through|until|till|to|hasta)\s+(the\s+end\s+of\s+|finales\s+de\s+|el\s+)?(({_MONTHS})\b|(FY\s?)?(19|20)\d\d\b)", re.IGNORECASE),
    # A named place after "at" / "in" ("at Raymond James Stadium in Tampa"); case matters here.
    "place": re.compile(r"\b(at|in|en)\s+(the\s+|el\s+|la\s+)?(?!FY\b)[A-Z][a-zA-Z]+"),
    "number": re.compile(
        r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|twice|double|triple"
        r"|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|docena|cien|cientos|mil|millón|millones|doble|triple)\b",
        re.IGNORECASE,
    ),
}
# A statute or regulation cited ("19 U.S.C. 1337", "19 CFR 133.21", "§ 1526(f)") is no count of anything.
_CITATION = re.compile(r"\b\d+\s*(U\.?\s?S\.?\s?C\.?|C\.?F\.?R\.?)\s*§*\s*[\d.]+(\([a-z0-9]+\))*|§+\s*[\d.]+(\([a-z0-9]+\))*", re.IGNORECASE)
# Nor is a year or a date ("launched in September 2019", "FY 2021", "June 7, 2021"), nor the number
# of a name ("Entry Type 86", "Section 321", "COVID-19", "Operation Stolen Promise 2.0").
_NO_COUNT = re.compile(
    rf"\b(({_MONTHS})\s+\d{{1,2}},?\s+)?(FY\s?)?(19|20)\d\d\b|\b({_MONTHS})\s+\d{{1,2}}\b"
    r"|(?-i:\b[A-Z][A-Za-z]+)[\s-]\d+(\.\d+)?\b(?![,.]\d)",
    re.IGNORECASE,
)
# Names: capitalised words past a sentence's first ("Otter Products, Cisco, Nike ..."); a few
# make an answer that names, as one capitalised word ("CBP") does not.
_LEAST_NAMES = 3


def asked(q) -> str:
    """The kind of answer the question's asking sentences want ("" when it asks for none in particular)."""
    for tag, kind in TAGS.items():
        if tag.startswith("measure:") and tag[8:] in q.frame.negated:
            continue  # "apart from the price, what about the packaging...?": not a money answer
        if tag in q.asking_tags and (tag != "measure:msrp" or asks_money(q)) and (tag != "measure:percentage" or _asks_percent(q)):
            return kind
    return ""


def _asks_percent(q) -> bool:
    """A percentage the visitor gives ("only like 10% off", "knocks 10 percent off") says how much, not
    that a share is asked."""
    words = q.words
    return any(m.tag == "measure:percentage" and not (m.start and words[m.start - 1][:1].isdigit()) for m in q.matches)


def asks_money(q) -> bool:
    """A price the visitor gives ("those $5 chargers") says what something cost, not that its value is
    asked; so does a price a few words after an amount the visitor gives ("only 10% off the normal
    price", "for 1/4 of the retail price")."""
    return any(m.tag == "measure:msrp" and not _given(q.words, m) for m in q.matches)


def gives_price(q) -> bool:
    """Whether the visitor gives a price or an amount off one ("a $400 jacket for $150")."""
    return any(m.tag == "measure:msrp" and _given(q.words, m) for m in q.matches)


def _given(words: list[str], m) -> bool:
    """A money word the visitor fills in: "$" before a number, or a price a few words after an amount."""
    dollar = words[m.start:m.end] == ["$"] and words[m.end:m.end + 1][:1] and words[m.end][:1].isdigit()
    return bool(dollar) or any(_amount(words, i) for i in range(max(0, m.start - _AMOUNT_REACH), m.start))


_AMOUNT_REACH = 5
_YEAR = re.compile(r"(19|20)\d\d$")


_NOT_AMOUNTS = frozenset({"#", "no", "number", "numero", "top", "fy", "fiscal"})


def _amount(words: list[str], i: int) -> bool:
    """A number the visitor gives at words[i] that is not a year, a rank or a fiscal year ("10",
    "1/4"; not "#1", "fiscal 21"), or a fraction in words."""
    word = words[i]
    if word in ("half", "mitad"):
        return True
    return word[:1].isdigit() and not _YEAR.match(word) and not (i and words[i - 1] in _NOT_AMOUNTS)


_YEARS_IN_TEXT = re.compile(r"\b(?:19|20)\d\d\b")  # (_YEAR above matches one word whole)


def other_years(q, text: str) -> list[str]:
    """The years an answer names when it never names the one a figure question asks ("128 active
    exclusion orders at the end of FY 2021" for FY 2020), else []: its figure is another year's."""
    if not (q.wants_figure and q.frame.year_given and q.frame.years and not q.frame.reckoned):
        return []
    if any(str(y) in text for y in q.frame.years):
        return []
    return sorted(set(_YEARS_IN_TEXT.findall(text)))


def holds(kind: str, sentence: str) -> bool:
    """Whether `sentence` holds an answer of `kind` (any sentence does for no kind)."""
    if not kind:
        return True
    if kind == "names":
        return sum(1 for word in sentence.split()[1:] if word[:1].isupper()) >= _LEAST_NAMES
    if kind == "frequency" and _LOOKS["duration"].search(sentence):
        return True  # an interval answers how often ("not if used in the 30 days before")
    if kind == "duration" and _LOOKS["until"].search(sentence):
        return True  # an end answers how long something runs ("through August 2023")
    if kind == "number":
        sentence = _NO_COUNT.sub(" ", _CITATION.sub(" ", sentence))
    return bool(_LOOKS[kind].search(sentence))


def asking_words(q) -> set[str]:
    """The tokens that only say what kind of answer is wanted ("long" in "how long", "companies" in
    "which companies"): an answer need not repeat them."""
    out: set[str] = set()
    pointing = {i for m in q.matches if m.tag.startswith("refer.") for i in range(m.start, m.end)}
    for m in q.matches:
        # (What something costs is what a fee's answer speaks of: "cuesta", "fee" stay the question's.)
        if (m.tag in TAGS and m.tag.startswith("answer.") and m.tag != "answer.cost") or m.tag == "ask.form":
            # (Not the words a gap took, unless they point back: in "where was Super Bowl LV played?"
            # they are what is asked about; "where was that game played?" asks of the conversation's.)
            gap = m.gap if m.gap and not (set(range(*m.gap)) & pointing) else None
            said = [w for i, w in enumerate(q.words[m.start : m.end], m.start) if not (gap and gap[0] <= i < gap[1])]
            out.update(topic_tokens(" ".join(said)))
    return out


def focus(q, sentences: list[str], kind: str, index, context: str = "") -> float | None:
    """How much of the question the best sentence holding the kind of answer asked for covers,
    read with `context` (a section's title, an FAQ's question); None when no sentence holds one.
    "When did the regulation take effect?": "took effect in January 2018" over "the Act of 2015"."""
    around = set(index.words_of_text(context))
    found = [evidence.covered(q, around | set(index.words_of_text(s)), index) for s in sentences if holds(kind, s)]
    return max(found) if found else None
