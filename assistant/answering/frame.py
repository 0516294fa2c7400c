"""The statistics slots of a question: years, measure, ranking, comparison, totals.

Read from the phrase matches of the question's words (grammar.py for how it is
asked, lexicon.py for measures and categories); matching slots to tables and
rows is the statistic strategy's job. The Frame is also part of what a
conversation remembers, so a follow-up ("what about FY 2020?") changes the slots
it names and keeps the others.
"""
from dataclasses import dataclass, field
from itertools import takewhile

from assistant.answering.grammar import NUMBER_WORDS
from assistant.answering.phrases import Match
from assistant.retrieval.text import tokens

FIRST_YEAR, LAST_YEAR = 2000, 2049
_YEAR_WORDS = {"fy", "fiscal", "year", "ano", "af"}  # "año 21" folds to "ano 21"
# "and in 21?", "¿y en el 19?", "from 2019 to 20": two digits after a word that puts a time, closing
# the clause, are a year as people say it; before a noun they count something ("in 21 days").
_WHEN_WORDS = {"in", "for", "en", "del", "para"}
_CLAUSE_ENDS = {"", "?", ".", "!", ",", ";", "and", "or", "y", "o", "vs", "versus", "by", "por", "compared", "comparado"}
_ARTICLES = {"the", "a", "an", "el", "la", "los", "las", "un", "una"}
# Where the name after "after" ends: "2nd after China for seizure lines", "después de China en 2021".
_AFTER_ENDS = {"for", "in", "by", "on", "with", "en", "por", "con", "que", "cual", "which", "what", "who", "how", "where", "when",
               "did", "was", "is", "had", "has", "cuantos", "cuantas", "cuanto", "cuanta", "como", "donde", "cuando", "tuvo"}
_AFTER_AND = {"and", "y", "e", ","}
# Where a comparison starts from: a year right after these ("grow compared with FY 2020", "más que en
# 2020") is compared with the year discussed, else the latest, not with the year before it.
_BASELINE_WORDS = {"with", "to", "from", "since", "over", "than", "versus", "vs", "against",
                   "con", "a", "al", "desde", "que", "contra", "respecto", "frente"}


@dataclass
class Frame:
    years: list[int] = field(default_factory=list)  # in the order asked
    year_given: bool = False  # False: the newest report's year is assumed and the answer says so
    previous: bool = False  # "last year"
    back: int = 0  # "two years before that": years back from the year named or discussed
    following: bool = False  # "the following year", read against the year a conversation was about
    reckoned: bool = False  # the years were reckoned from the newest report's, none named ("the year before")
    measure: str = ""  # the measure named, "" when none
    also: list[str] = field(default_factory=list)  # other measures named ("share of total MSRP")
    measure_read: list[str] = field(default_factory=list)  # [typed, read] when a typo named the measure
    count: bool = False  # "how many"
    many: bool = False  # "how many", "cuántas": things counted, never a sum of money
    rank: str = ""  # "max" | "min" | "place" (where a row stands) | ""
    position: int = 1  # "second largest" -> 2
    top_n: int = 1  # "top 3" -> 3
    which_year: bool = False  # "which year had the most"
    every_year: bool = False  # "which year in the table had the most?": all the table's years, not those asked so far
    compare: bool = False
    since: bool = False  # the one year named is where the comparison starts ("compared with FY 2020")
    percent_change: bool = False  # "by what percent did it grow"
    more: bool = False  # "did China or Hong Kong have more"
    total: bool = False
    sum: bool = False  # rows added together
    categories: list[str] = field(default_factory=list)  # table categories named ("country", "mode of transport")
    ruled_out: list[str] = field(default_factory=list)  # tokens a negation rules out ("not just IPR")
    negated: list[str] = field(default_factory=list)  # measures a negation rules out ("all shipments, not seizures")
    after: list[str] = field(default_factory=list)  # a ranking's reference row: "second after China", "después de China"
    above: bool = False  # the row ranked just above the reference row ("which economy ranked right above Colombia?")
    excepted: bool = False  # the reference rows are left out, not counted from ("besides Hong Kong, which had the most?")
    relative: bool = False  # ranked from a reference row ("right after it"), named or not
    by_change: str = ""  # "up" | "down": rows ranked or picked by how they changed between two years
    # "the third one - how many seizure lines did it have?" after the top three by MSRP: the measure the
    # row was picked by, when another is asked of it.
    ranked_by: str = ""
    table: str = ""  # filled from the answer, for follow-ups
    label: str = ""

    def to_dict(self) -> dict:
        # Only plain values and lists of them: a shallow copy is a full one, and much cheaper than asdict().
        return {k: list(v) if isinstance(v, list) else v for k, v in self.__dict__.items()}

    @classmethod
    def from_dict(cls, data: dict | None) -> "Frame":
        known = {k: v for k, v in (data or {}).items() if k in cls.__dataclass_fields__}
        try:
            return cls(**known)
        except TypeError:
            return cls()


_HAD_REACH = 5  # words after "already got" whose years the asker has


def years_in(words: list[str], matches: list[Match]) -> list[int]:
    """Fiscal years named, in order: "FY 2021" / "fy21" (fold() spells it "fy 2021"), "fiscal 20", "2019", "twenty twenty"."""
    found: list[tuple[int, int]] = []
    for i, word in enumerate(words):
        if not word.isdigit():
            continue
        before = words[i - 1] if i else ""
        after = words[i + 1] if i + 1 < len(words) else ""
        if len(word) == 4 and before != "$" and after != "%":
            year = int(word)
        elif len(word) == 2 and (before in _YEAR_WORDS or _said_as_a_year(words, i)):
            year = 2000 + int(word)
        else:
            continue
        if FIRST_YEAR <= year <= LAST_YEAR:
            found.append((i, year))
    spelled: dict[int, Match] = {}
    for m in matches:
        if m.tag.startswith("year.spelled.") and (m.start not in spelled or m.end > spelled[m.start].end):
            spelled[m.start] = m  # "twenty twenty one", not also "twenty twenty"
    found += [(m.start, int(m.tag.rsplit(".", 1)[1])) for m in spelled.values()]
    had = [m.end for m in matches if m.tag == "year.had"]
    asked = [(i, year) for i, year in found if not any(0 <= i - end <= _HAD_REACH for end in had)]
    found = asked or found  # (all of them had: they are what is asked about after all)
    out: list[int] = []
    for _, year in sorted(found):
        if year not in out:
            out.append(year)
    return out


def _said_as_a_year(words: list[str], i: int) -> bool:
    """Whether the two digits at i close a clause after a word of time ("and in 21?", "¿y en el 21?") or
    end a span begun with a full year ("from 2019 to 20")."""
    after = words[i + 1] if i + 1 < len(words) else ""
    if after not in _CLAUSE_ENDS or not 10 <= int(words[i]) <= 39:
        return False
    before = words[i - 1] if i else ""
    if before in _WHEN_WORDS or (before in ("el", "the") and i > 1 and words[i - 2] in _WHEN_WORDS):
        return True
    return before in ("to", "a", "and", "y", "through", "hasta") and i > 1 and len(words[i - 2]) == 4 and words[i - 2].isdigit()


_TOP_WORDS = {"top", "leading", "principales"}


def _among_the_top(words: list[str]) -> bool:
    """"is any Latin American country among the top sources?", "¿aparece entre los principales?": whether
    a row is in the list asks for the list."""
    return any(w in _TOP_WORDS and {"among", "entre"} & set(words[max(0, i - 2) : i]) for i, w in enumerate(words))


def _top_of_a_plural(words: list[str], matches: list[Match]) -> bool:
    """"the top economies", "los principales países": "top" before a kind of row named in the plural."""
    plural = [m for m in matches if m.tag.startswith("category:") and words[m.end - 1].endswith("s") and len(words[m.end - 1]) > 4]
    return bool(plural) and any(w in _TOP_WORDS for w in words[max(0, plural[0].start - 3) : plural[0].end + 2])


def _since(words: list[str], year: int) -> bool:
    """The year comes right after "compared with", "since", "than in", "respecto a" (year words aside)."""
    for at, word in enumerate(words):
        if word.isdigit() and year in (int(word), 2000 + int(word)):
            before = at - 1
            while before >= 0 and (words[before] in _YEAR_WORDS or words[before] in _ARTICLES or words[before] in ("in", "en")):
                before -= 1
            return before >= 0 and words[before] in _BASELINE_WORDS
    return False


def _negated(words: list[str], match: Match, negations: list[Match]) -> bool:
    """A measure ruled out: "actual seizures, not seizure lines"."""
    return any(0 <= match.start - n.end <= 1 for n in negations)


def _measures_ruled_out(words: list[str], matches: list[Match], negations: list[Match], named: list[Match]) -> tuple[list[str], list[str]]:
    """The measures a negation rules out and not named otherwise ("all shipments, not seizures"), and
    their words, which are no part of what is asked."""
    negated = [m for m in matches if m.tag.startswith("measure:") and _negated(words, m, negations)]
    out = sorted({m.tag.split(":", 1)[1] for m in negated} - {m.tag.split(":", 1)[1] for m in named})
    return out, ([t for m in negated for w in words[m.start : m.end] for t in tokens(w)] if out else [])


def _ruled_out(words: list[str], negations: list[Match]) -> list[str]:
    """The words after "not just", "excluding", "except", up to the next function word: a thing left
    out names no row ("not counting all other products" rules out the whole row's name)."""
    out: list[str] = []
    for n in negations:
        if n.end - n.start < 2 and words[n.start] in ("not", "no"):
            continue
        start = next((i for i in range(n.end, min(n.end + 2, len(words))) if words[i] not in _ARTICLES), None)
        if start is None:
            continue
        # ("besides losing the items": a verb's object is no part of the thing left out.)
        named = takewhile(lambda w: w.isalpha() and w not in _AFTER_ENDS and w not in _AFTER_AND and w not in _ARTICLES,
                          words[start + 1 : start + 3])
        for word in [words[start], *named]:
            out.extend(tokens(word))
    return out


def _value_of_counted(frame: Frame, measures: list[Match]) -> None:
    """"machinery seizures msrp", "seizure line value": a count word right before a value word says
    what was valued; the value is the measure (unless the question counts: "how many seizures, msrp?")."""
    if frame.count or "msrp" not in frame.also:
        return
    by_start = {m.start: m for m in measures}
    for m in measures:
        after = by_start.get(m.end)
        if m.tag == "measure:" + frame.measure and after is not None and after.tag == "measure:msrp":
            frame.also = [frame.measure] + [x for x in frame.also if x != "msrp"]
            frame.measure = "msrp"
            return


# What comes right before the measure the figures are weighed by: "by MSRP", "measured in MSRP",
# "in terms of value", "medido en MSRP", "en términos de valor".
_WEIGHED_BY = (("by",), ("por",), ("measured", "in"), ("measured", "by"), ("in", "terms", "of"), ("medido", "en"),
               ("medida", "en"), ("medidos", "en"), ("medidas", "en"), ("medido", "por"), ("en", "terminos", "de"),
               ("en", "términos", "de"))


# Words that may stand between "by" and the measure without changing it: "by estimated MSRP",
# "by the total value", "por el valor estimado".
_MEASURE_MODIFIERS = frozenset(("estimated", "est", "total", "the", "their", "its", "overall", "el", "su", "sus",
                                "estimado", "estimada", "totales"))


def _ranked_by(frame: Frame, words: list[str], measures: list[Match]) -> None:
    """"topped the FY 2021 seizures by MSRP", "las incautaciones por valor", "the most valuable in the
    seizures measured in MSRP", "Express seizures by estimated MSRP": a measure after "by" is what the
    figures are weighed by; the measure before it is what was weighed."""
    for m in measures:
        name = m.tag.split(":", 1)[1]
        start = m.start
        while start > 0 and words[start - 1] in _MEASURE_MODIFIERS:
            start -= 1
        if name in frame.also and any(tuple(words[max(0, start - len(w)) : start]) == w for w in _WEIGHED_BY):
            frame.also = [frame.measure] + [x for x in frame.also if x != name]
            frame.measure = name
            return


def _categories(matches: list[Match]) -> list[str]:
    """The kinds of rows named, in the order named: "which country ... of that category" ranks the first."""
    ordered = sorted(matches, key=lambda m: (m.start, m.tag))
    return list(dict.fromkeys(m.tag.split(":", 1)[1] for m in ordered if m.tag.startswith("category:")))


_OF = ("of", "de", "del")
_ARTICLES = ("the", "la", "las", "los", "el")


# Words for the pieces themselves: "the quantity of items" is the quantity column; "la mayor cantidad de
# mercancía" (of goods in general) is just "the most", counted as the table counts.
_PIECES = frozenset(("articulos", "articulo", "unidades", "unidad", "piezas", "pieza", "items", "item", "units", "unit",
                     "pieces", "piece"))


def _amount_of(words: list[str], measures: list[Match], matches: list[Match] = ()) -> list[Match]:
    """"la mayor cantidad de incautaciones", "the quantity of seizure lines": the amount of a measure is
    that measure; "quantity" (articles seized) is the measure only when nothing follows it, or the
    pieces themselves ("la cantidad de artículos"), not goods in general ("la mayor cantidad de
    mercancía incautada" after "¿de qué país...?")."""
    starts = {m.start for m in measures}
    goods = {m.start for m in matches if m.tag == "counted.any"}
    out = []
    for m in measures:
        at = m.end
        if at < len(words) and words[at] in _OF:
            at += 1 + (at + 1 < len(words) and words[at + 1] in _ARTICLES)
        if m.tag == "measure:quantity" and at != m.end and (at in starts or (at in goods and words[at] not in _PIECES)):
            continue
        out.append(m)
    return out


def read(words: list[str], matches: list[Match], report_year: int, corrections: dict[str, str] | None = None) -> Frame:
    """The frame of a question's words; `report_year` resolves "last year" and "this year"."""
    tags = {m.tag for m in matches}
    frame = Frame()
    frame.years = years_in(words, matches)
    named_years = list(frame.years)
    _read_years(frame, tags, report_year)
    negations = [m for m in matches if m.tag == "negation"]
    measures = _amount_of(words, [m for m in matches if m.tag.startswith("measure:") and not _negated(words, m, negations)], matches)
    frame.negated, unsaid = _measures_ruled_out(words, matches, negations, measures)
    named = list(dict.fromkeys(m.tag.split(":", 1)[1] for m in sorted(measures, key=lambda m: m.start)))
    if "percentage" in named[1:] and not any(t.startswith("compare") for t in tags) and len(frame.years) < 2:
        # "de todas las incautaciones relacionadas al covid, ¿qué porcentaje fue por correo?": a share asked
        # is the measure, whatever it is a share of (named first here, as Spanish often puts it).
        named = ["percentage"] + [m for m in named if m != "percentage"]
    if named:
        frame.measure, frame.also = named[0], named[1:]
        first = min((m for m in measures if m.tag == "measure:" + named[0]), key=lambda m: m.start)
        typed = {v: k for k, v in (corrections or {}).items()}
        read_as = [w for w in words[first.start : first.end] if w in typed]
        if read_as:
            frame.measure_read = [typed[read_as[0]], read_as[0]]
    frame.count, frame.many = "ask.count" in tags, "ask.many" in tags
    if "ask.how_much" in tags and "msrp" in named and not {"many", "cuantas", "cuantos"} & set(words):
        # "How much were the IPR seizures worth?": the value of what is counted, not the count.
        frame.measure, frame.also, frame.count = "msrp", [m for m in named if m != "msrp"], False
    _value_of_counted(frame, measures)
    _ranked_by(frame, words, measures)
    # "in FY 2021 or the year before?" compares; "last fiscal year (FY 2021)" names one year twice.
    both = frame.previous and len(named_years) == 1 and any(w in ("or", "and", "vs", "versus", "o", "y") for w in words)
    frame.compare = "compare" in tags or "compare.span" in tags or len(named_years) >= 2 or both
    frame.percent_change = "compare.percent" in tags
    if frame.compare and frame.measure == "percentage" and frame.percent_change:
        frame.measure, frame.also = (frame.also[0], frame.also[1:]) if frame.also else ("", [])
    if frame.previous and named_years and not both:
        frame.years = named_years  # the year named says which "last year" is meant
    if frame.compare and frame.previous and len(frame.years) == 1:
        # "compared to the previous year": the year named (else the latest) against the one before.
        year = named_years[0] if named_years else report_year
        frame.years = [year - 1, year]
    frame.since = frame.compare and not frame.previous and len(named_years) == 1 and _since(words, named_years[0])
    frame.reckoned = bool(frame.years) and not named_years
    _read_rank(frame, words, matches, tags)
    frame.which_year = _asks_which_year(matches, tags)
    frame.every_year = frame.which_year and "year.every" in tags
    frame.total = "total" in tags
    frame.sum = "sum" in tags and not frame.rank  # "¿cuál tuvo más: express, correo o carga?" ranks, adds nothing
    frame.more = "compare.more" in tags
    frame.categories = _categories(matches)
    _read_change(frame, words, matches, tags)
    # "¿cuántas incautaciones hizo la aduana de EEUU?": the agency's country names no row.
    # "¿llegan medicinas falsificadas a EE. UU.?": where goods arrive names no row either.
    agency = [t for m in matches if m.tag in ("agency", "destination") for w in words[m.start : m.end] for t in tokens(w)]
    frame.ruled_out = _ruled_out(words, negations) + agency + unsaid
    if frame.rank:
        frame.after = _after(words, matches)
        frame.above = bool({"rank.above", "rank.prev"} & tags) and "rank.after" not in tags
        frame.excepted = "rank.except" in tags and not {"rank.after", "rank.above"} & tags
        frame.relative = bool({"rank.after", "rank.above", "rank.next", "rank.prev", "rank.except"} & tags)
    return frame


def _after(words: list[str], matches: list[Match]) -> list[str]:
    """"who came 2nd after China?", "después de China, ¿cuál tuvo más?": China is where the ranking
    is counted from, not the row asked about ("after China and Hong Kong": every name of the list)."""
    out: list[str] = []
    for m in (m for m in matches if m.tag in ("rank.after", "rank.above", "rank.except")):
        following = [w for w in words[m.end : m.end + 8] if w not in _ARTICLES]
        named = list(takewhile(lambda w: w in _AFTER_AND or (w.isalpha() and w not in _AFTER_ENDS), following))
        while named and named[-1] in _AFTER_AND:
            named.pop()  # "after China, which ...": the comma ends the list
        out += [t for w in named[:6] if w not in _AFTER_AND for t in tokens(w)]
    return out


def _read_years(frame: Frame, tags: set[str], report_year: int) -> None:
    frame.following = "year.next" in tags and not frame.years
    frame.back = 3 if "year.back.3" in tags else 2 if "year.back.2" in tags else 0
    if frame.back:
        # "The latest year is FY 2021: how many ... two years before that?": back from the year named, else the report's.
        frame.years = [(frame.years[-1] if frame.years else report_year) - frame.back]
        frame.year_given = True
        return
    if "year.previous" in tags:
        frame.previous = True
        if not frame.years:
            frame.years = [report_year - 1]
    elif "year.latest" in tags and not frame.years:
        frame.years = [report_year]
    frame.year_given = bool(frame.years)


def _asks_which_year(matches: list[Match], tags: set[str]) -> bool:
    """"which year had the most?"; "of the fiscal years shown in the table (2018 to 2021), which one had the
    fewest?": years set apart, then "which one" of them, however long the aside between."""
    if "rank.year" in tags:
        return True
    among = [m.end for m in matches if m.tag == "years.among"]
    return bool(among) and any(m.tag == "which.one" and m.start >= min(among) for m in matches)


_ANY = {"any", "algun", "alguna", "alguno", "algunos", "algunas"}


def _which_kind(matches: list[Match]) -> bool:
    """"which economy", "what product category", "¿qué país?": a kind of row asked for by a question word
    ("apart from the price, what about the packaging...?" asks no row)."""
    kinds = {m.start for m in matches if m.tag.startswith("category:")}
    return any(m.tag == "rank.which" and kinds & {m.end, m.end + 1} for m in matches)


def _read_change(frame: Frame, words: list[str], matches: list[Match], tags: set[str]) -> None:
    """"which product category grew the most from FY 2020 to FY 2021?", "was there any category with fewer
    seizure lines in FY 2021 than in FY 2020?": a kind of row picked by which way it changed ("up" or
    "down"), not one year's ranking ("in the top five in 2020 but not in 2021") nor the total's change
    ("by what percent did the MSRP of the products seized rise?")."""
    if not (frame.compare and len(set(frame.years)) >= 2 and frame.categories) or frame.which_year or _TOP_WORDS & set(words):
        return
    ranked = frame.rank in ("max", "min") and bool({"change.up", "change.down"} & tags)  # "grew the most"
    picked = bool(_ANY & set(words)) or _which_kind(matches)
    if not ranked and (not picked or frame.percent_change):
        return
    if "change.down" in tags or ("compare.less" in tags and "change.up" not in tags):
        frame.by_change = "down"
    elif "change.up" in tags or "compare.more" in tags:
        frame.by_change = "up"
    if frame.by_change and not ranked:
        frame.rank = ""  # "which countries had more in 2021 than in 2020?": every one that did, not the most


# "the first country", "el primer país": the first of a kind of row is the ranking's leader.
_FIRST = frozenset(("first", "primer", "primero", "primera", "primeros", "primeras"))
_THE = frozenset(("the", "el", "la", "los", "las"))


def _first_of_a_kind(words: list[str], matches: list[Match]) -> bool:
    """"what was the first country of origin?", "¿cuál fue el primer país de origen?": "first" right
    before a kind of row a table ranks (and after "the") asks for its leader. (Kept out of the
    grammar's word lists: the kinds' words would count as grammar, not as what a question names.)"""
    return any(m.start >= 2 and words[m.start - 1] in _FIRST and words[m.start - 2] in _THE
               for m in matches if m.tag.startswith("category:"))


def _read_rank(frame: Frame, words: list[str], matches: list[Match], tags: set[str]) -> None:
    if "rank.place" in tags:
        frame.rank = "place"  # where one row stands; without a row, the ranking itself
        return
    ordinal = next((int(m.tag.split(".")[1]) for m in matches if m.tag in ("rank.2", "rank.3", "rank.4", "rank.5")), 0)
    if "rank.min" in tags:
        frame.rank = "min"
    elif "rank.max" in tags or (ordinal and "rank.which" in tags) or _first_of_a_kind(words, matches):
        frame.rank = "max"
    elif {"rank.next", "rank.prev"} & tags:
        frame.rank = "max"  # "and the next one?": the ranking, counted from the row just given (state.py)
    elif {"rank.after", "rank.above", "rank.except"} & tags and _which_kind(matches):
        # "which economy came right after Turkey?": the ranking, counted from the row named.
        frame.rank = "max"
    elif "compare.more" in tags and ("rank.year" in tags or ("rank.which" in tags and any(t.startswith("category:") for t in tags))):
        # "which year was higher?", "which mode had more value?": a comparative over years or over a
        # table's rows ranks them, as the superlative does (two rows named are compared, not ranked).
        frame.rank = "min" if "compare.less" in tags else "max"
    if ordinal:
        frame.position = ordinal  # "and the second one?" ranks again in a conversation
    listed = next((m for m in matches if m.tag == "rank.list"), None)
    if frame.rank and listed:
        word = words[listed.end - 1]
        frame.top_n = max(1, min(10, int(word) if word.isdigit() else NUMBER_WORDS.get(word, 1)))
    elif frame.rank and (_top_of_a_plural(words, matches) or _among_the_top(words)):
        frame.top_n = 5  # "what were the top source economies in FY 2020?": a list, not its leader alone
    counted = next((m for m in matches if m.tag == "rank.year"), None)
    if frame.rank and counted:
        # "of those four years, which had the most?": the years to rank, when fewer were named.
        said = [NUMBER_WORDS.get(w, int(w) if w.isdigit() and len(w) == 1 else 0) for w in words[counted.start : counted.end]]
        frame.top_n = max([1] + [n for n in said if n <= 10])
    if frame.compare and frame.rank and "rank.which" not in tags:
        frame.rank = ""  # "how much did the biggest category grow" is about change
