"""What a conversation remembers, and what a follow-up points back to.

Every answer leaves a Subject in the conversation's context: the table, row,
measure and years of a figure; the FAQ, channel and words of an answer. A
follow-up ("and in 2019?", "how many lines was that?", "who do I email about
it?", "where do I go to do that?") reads against it: refer() marks the Question
as a follow-up, merges the frame, and gives a question too thin to search on its
own the subject's words. A year given earlier carries to a figure question that
names none ("which country had the most?").
"""
from dataclasses import dataclass, field

from assistant.answering import bars, reading
from assistant.answering.frame import Frame
from assistant.answering.words import amounts
from assistant.retrieval.spelling import spanish_verb
from assistant.retrieval.text import tokens


@dataclass
class Subject:
    kind: str = ""  # statistic | faq | section | route
    frame: dict = field(default_factory=dict)  # Frame.to_dict() of a figure, with its table and row
    years_seen: list[int] = field(default_factory=list)  # years asked in this conversation, in order
    topic: list[str] = field(default_factory=list)  # the tokens the answer was about
    contacts: list[str] = field(default_factory=list)  # channel slugs the answer gave
    faq: int | None = None
    # The ranking ("max", "min") whose leader the frame's row is, kept while later turns ask more of that
    # row ("what share was that?"): "is that also true by value?" ranks again.
    ranked: str = ""
    # The words of a row of a table of its own (the COVID-19 products') that a figure question named and
    # an FAQ answer spoke of ("hydroxychloroquine"): the visitor's own, though the topic carries them.
    rows: list[str] = field(default_factory=list)
    # The ranking a message asked when its answer went on to the leader's own figure ("which mode had the
    # highest MSRP, and how much?"): the conversation is on the leader's row, and a year alone ranks again.
    ranking_asked: str = ""

    def to_dict(self) -> dict:
        return {k: (dict(v) if isinstance(v, dict) else list(v) if isinstance(v, list) else v) for k, v in self.__dict__.items()}

    @classmethod
    def from_context(cls, context: dict) -> "Subject | None":
        data = (context or {}).get("subject")
        if data is None and (context or {}).get("kind") == "statistic":
            data = {"kind": "statistic", "frame": context.get("frame") or {}}  # stored before subjects existed
        if not isinstance(data, dict):
            return None
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        try:
            return cls(**known)
        except TypeError:
            return None


def subject_of(context: dict) -> dict:
    """The conversation's subject as stored, or {} (small talk keeps it for the next turn)."""
    subject = Subject.from_context(context)
    return subject.to_dict() if subject and subject.kind else {}


def joined_context(first: dict, second: dict) -> dict:
    """What a message joining two figure questions leaves the conversation on: the second's subject, and,
    where the second asked more of the row the first's ranking named, that ranking (Subject.ranking_asked)."""
    ranking, leader = Subject.from_context(first), Subject.from_context(second)
    if ranking is None or leader is None or ranking.frame.get("rank") not in ("max", "min"):
        return second
    label = leader.frame.get("label")
    if not label or label != ranking.frame.get("label") or leader.frame.get("table") != ranking.frame.get("table"):
        return second
    leader.ranking_asked = ranking.frame["rank"]
    return {**second, "subject": leader.to_dict()}


def own_words(q, index) -> list[str]:
    """Topic tokens that are the question's own: not grammar, pointing words, measures or years
    ("what percent of the total?" has none; "and hong kong?" has "hong", "kong")."""
    lexicon = index.lexicon(q.language)
    skip = lexicon.grammar_tokens | lexicon.measure_tokens
    return [t for t in q.topic if t not in skip and not t.isdigit()]


def _clitic_back(q) -> bool:
    """"¿quién la dirige?", "¿cuándo se lanzó?": a Spanish pronoun before a verb, right after the question
    word (grammar_es "refer.clitic"), points at what the conversation is on."""
    return any(m.tag == "refer.clitic" and m.end < len(q.words) and spanish_verb(q.words[m.end]) for m in q.matches)


_OWN_NAME = [[w] for w in ("de", "del", "of", "for", "para", "on", "sobre", "called", "named", "llamado", "llamada")]


def _names_its_own(words: list[str], end: int) -> bool:
    """"the pilot for Section 321 data", "the operation called Team Player": a name follows the kind."""
    return words[end : end + 1] in _OWN_NAME and words[end + 1 : end + 2] not in ([], ["?"])


def refer(q, context: dict, index) -> None:
    """Read `q` against the conversation's subject (in place)."""
    subject = Subject.from_context(context)
    if subject is None or not subject.kind:
        return
    q.subject = subject.to_dict()
    tags = {m.tag for m in q.matches}
    # "is that also true by value?" asks the previous answer's question again, as "and by value?" does.
    claim = "refer.claim" in tags
    cue = claim or any(m.tag == "refer.cue" and m.start == 0 for m in q.matches)
    # "who came next?", "which one was next?" after a ranked row rank on from it, as "and the next one?" does.
    cue = cue or (subject.kind == "statistic" and bool(subject.frame.get("label")) and bool(tags & {"rank.next", "rank.prev"}))
    # "the pilot", "la versión": a program named by its kind is the one the conversation is on, and
    # its words are not the question's own.
    # ("el piloto de datos de la Sección 321", "the pilot for Section 321 data" name their own program.)
    # ("what's the follow-up version called?" asks that name: nothing follows "called".)
    named_back = {t for m in q.matches if m.tag == "refer.the" and not _names_its_own(q.words, m.end)
                  for w in q.words[m.start + 1 : m.end] for t in tokens(w)}
    # Figures the visitor quotes from the conversation's table point at them as "that" does, and the words
    # around them ("millones", "pasó de ... a") are no subject of its own.
    quoted = _quotes_its_figures(q, subject, index)
    back = "refer.back" in tags or bool(named_back) or _clitic_back(q) or quoted
    own = [t for t in own_words(q, index) if t not in named_back]
    thin = len(own) <= bars.UNDERSTANDING["followup_own_words"] or quoted
    # "that one", "it" point at the row an answer named; "they", "those" at what it counted.
    many = {i for m in q.matches if m.tag in ("refer.many", "refer.all") for i in range(m.start, m.end)}
    # "¿cuánto valía todo eso en total?": all of what was counted points at no row, whatever else points.
    at_row = not claim and "refer.all" not in tags and any(m.tag == "refer.back" and m.start not in many for m in q.matches)
    # "where do I submit one?" after a count of e-Allegations asks for a channel, not a figure: it takes
    # the conversation's words, as after an FAQ.
    # Unless it names a row of the figure's table: "¿y por correo?" after seizures by express is the
    # mail row, not an email address.
    row_named = cue and subject.kind == "statistic" and _names_row_of(q, subject, index)
    asks_figure_back = not (q.intent == "channel" and not q.wants_figure) or row_named
    if claim and subject.ranked and not subject.frame.get("rank"):
        # "is that also true by value?" after "what share was that?" of a ranking's leader: the ranking again.
        subject.frame = {**subject.frame, "rank": subject.ranked}
    elif subject.ranking_asked and not subject.frame.get("rank") and q.frame.years and not (q.frame.measure or q.frame.label or q.frame.compare or back or own):
        # "what about 2020?" after "which mode had the highest MSRP, and how much?": a year alone asks the
        # ranking again, as it does after the ranking alone ("what was the MSRP for those?" is the leader's).
        subject.frame = {**subject.frame, "rank": subject.ranking_asked}
    # "how much was seized?" after a figure: seizing is what every figure counts, no subject of its own.
    only_seizing = not [t for t in own if t not in index.lexicon(q.language).tokens_of("border", "counted.any")]
    # "¿quién ocupó el tercer lugar el año anterior?" after a ranking: a ranking naming nothing to rank
    # ranks the conversation's table again, as "and the third?" does (not a row its words would name).
    ranks_back = q.frame.rank in ("max", "min") and not (q.frame.categories or q.frame.table or q.frame.label)
    if subject.kind == "statistic" and asks_figure_back and _refer_figure(q, subject, cue, back or only_seizing or ranks_back, thin, index, at_row, bool(many)):
        if row_named and q.intent == "channel":
            q.intent = "figure"
        return
    if subject.kind != "statistic" and q.wants_figure and not q.frame.year_given and subject.years_seen:
        # "which commodity had the most that year?" after "what does HSS stand for?": the year asked
        # before the definition still holds, as it does from one figure to the next.
        q.frame.years, q.frame.year_given = subject.years_seen[-1:], True
        q.notes.append(f"FY {subject.years_seen[-1]} carried from the conversation")
    if "define.term" in q.asking_tags and q.term and not (back or q.wants_figure) and index.explains(q.term, q.language):
        return  # "¿y qué es el IPR Center?" after a channel: a term the content explains is its own subject
    if (_points_at_subject(q, subject, tags, back or cue, own, back) or _more_of_the_faq(q, subject, own, index, cue)
            or _counts_its_table(q, subject, own, index)):
        _take_words(q, subject, index)


def _quotes_its_figures(q, subject: Subject, index) -> bool:
    """"si pasó de 1309 millones a 3330 millones, ¿cuánto creció en porcentaje?" after the MSRP of FY 2021
    and FY 2020: every amount the question quotes is a figure of the conversation's table, for its measure
    (to the rounding the visitor typed). A year is no amount."""
    if subject.kind != "statistic" or not subject.frame:
        return False
    old = Frame.from_dict(subject.frame)
    table = index.catalog.table(old.table) if old.table else None
    years = index.catalog.years
    quoted = [(value, off) for value, off in amounts(q.words) if not (off == 0.5 and value in years)]
    if table is None or not quoted:
        return False
    scale = 1e6 if table.in_millions else 1.0
    figures = [c.value * scale for c in table.cells if not old.measure or c.measure == old.measure]
    return all(any(abs(value - figure) <= off for figure in figures) for value, off in quoted)


def _points_at_subject(q, subject: Subject, tags: set[str], pointing: bool, own: list[str], back: bool) -> bool:
    """Whether `q`, which no figure follow-up took, asks about what the conversation was on."""
    thin = len(own) <= bars.UNDERSTANDING["followup_own_words"]
    # "who do I email if I get stuck on the application?" after an answer on recordation: a thin
    # channel question in a conversation is about what the conversation was about.
    asks_channel = q.intent in ("channel", "howto") and not q.anchored
    # "since when?", "why?": a question with no words of its own is about what the conversation was about.
    bare = not q.topic
    # "which had the highest MSRP in 2019?" after an answer on the Centers of Excellence: a ranking
    # that names nothing to rank ranks what the conversation was about.
    frame = q.frame
    unanchored = bool(frame.rank) and not (frame.categories or frame.table or frame.label)
    # "convictions?" after HSI's arrests: a word or two asked as a question, with no grammar of its own,
    # asks the same of it.
    said = [w for w in q.words if w.isalnum() and w not in ("the", "a", "an", "el", "la", "los", "las")]
    fragment = q.text.rstrip().endswith("?") and len(said) <= 2 and not tags - {"asks"} - {t for t in tags if t.startswith("language.")}
    # "¿en cuántas incautaciones?" after an answer on COVID-19 test kits: a count with nothing of its own
    # to count counts what the conversation was about, not CBP's grand total.
    measure_only = q.wants_figure and not own and not q.frame.year_given
    # "¿cuántos pilares tiene?", "¿cuándo empezó?" after an answer on a program: Spanish leaves the
    # subject out; a count or a date asked with a word or two of its own asks it of that program.
    # (English says "it": "how many pillars does it have?" points back by itself.)
    # English leaves it out when asking who or since when, with a word of its own at most: "which
    # companies have signed on?" (a count names what it counts: "how many locations got tools?").
    asked = reading.asked(q)
    of_subject = (subject.kind in ("faq", "section") and bool(asked) and not q.frame.year_given
                  and (q.language == "es" or (asked in ("names", "time", "duration") and len(own) <= 1)))
    # "how many COVID-related seizures has it produced?" after a passage on an operation: a count asked
    # of "it" is asked of what the conversation was on, however many words of its own it has.
    # ("¿en cuántos puertos pueden ver esos registros?": "those" points back as "it" does.)
    # ("how many active ones at the end of FY 2021?" after e-Recordation: a year alone names no table.)
    counted_of_it = (back and q.wants_figure and subject.kind in ("faq", "section")
                     and not (q.frame.year_given and (q.frame.measure or q.frame.label)))
    # (A Spanish count or share says its verb too: "¿cuántas alianzas formales ha firmado?" has two words
    # of its own.)
    thin_es = (q.language == "es" and asked in ("number", "percent")
               and len([t for t in own if not spanish_verb(t)]) <= bars.UNDERSTANDING["followup_own_words"])
    return ((pointing or asks_channel or bare or unanchored or fragment or measure_only) and thin) or (of_subject and (thin or thin_es)) or counted_of_it


def _counts_its_table(q, subject: Subject, own: list[str], index) -> bool:
    """"¿cuántas líneas hubo en 2021?" after what HSS means: a count naming only a measure and a year
    counts the table the answer was about, where its words name one ("hss", "covid"), not CBP's total."""
    frame = q.frame
    if subject.kind not in ("faq", "section") or not q.wants_figure or own or frame.table or frame.label or frame.categories:
        return False
    said = set(subject.topic) | set(_channel_table_words(subject, index))
    return any(table.keywords & said for table in index.catalog.tables)


def _channel_table_words(subject: Subject, index) -> list[str]:
    """The words of the channel an answer gave that name a table: "how many IPR ones did CBP get in FY
    2021?" after how to report a counterfeit importer (e-Allegations) counts e-Allegations, though
    only the answer, not the question, named them."""
    if not subject.contacts or subject.kind == "statistic":
        return []
    keywords = set().union(*(table.keywords for table in index.catalog.tables))
    name = (index.contacts.get(subject.contacts[0]) or {}).get("name", "")
    return [t for t in tokens(name) if t in keywords and t not in subject.topic]


def _more_of_the_faq(q, subject: Subject, own: list[str], index, cue: bool = False) -> bool:
    """"how many arrests so far?" after the FAQ on Operation Stolen Promise: a question of a word or two,
    naming nothing the FAQ just given does not speak of, asks more of it (English leaves "it" out too).
    Opening with "and" it may name a little more: "¿y acusaciones formales (indictments)?"."""
    doc = index.faq_docs.get(subject.faq) if subject.kind == "faq" else None
    most = bars.UNDERSTANDING["followup_tokens" if cue else "followup_own_words"]
    if doc is None or not (own or q.frame.compare) or len(own) > most or q.intent in ("channel", "person"):
        return False
    if q.frame.measure not in ("", "percentage") or q.frame.label:
        return False  # "what was the total MSRP seized in FY 2018?" after the MSRP FAQ asks a table
    if (q.frame.year_given or q.frame.compare) and not all(str(y) in doc.meta["answer"] for y in q.frame.years or [0]):
        return False  # "¿cuánto aumentaron respecto a 2020?" after an FAQ saying "up 57% from FY 2020" asks it
    return all(t in index.words.of(doc) for t in own)


def _take_words(q, subject: Subject, index) -> None:
    """Mark `q` a follow-up of an FAQ, passage or channel answer, and give it that answer's words."""
    q.follow_up = True
    topic = subject.topic
    if subject.kind == "statistic":
        # "ok, and how do I file one?" after a count of e-Allegations: what was counted, not the year it was
        # counted in (its words would pull the FAQ of the counts).
        years = index.lexicon("en").tokens_of("year.word") | index.lexicon("es").tokens_of("year.word")
        topic = [t for t in topic if not t.isdigit() and t not in years]
    if q.wants_figure:
        topic = topic + _channel_table_words(subject, index)
    q.query = " ".join([q.query] + topic)
    q.inherited = set(topic) - set(q.topic)
    q.topic = list(dict.fromkeys(q.topic + topic))
    q.scope_tokens = list(dict.fromkeys(q.scope_tokens + topic))
    if subject.kind == "section":
        # The conversation's words keep their synonyms: a Spanish "incautación" is still the English
        # passage's "seizure" when a follow-up on that passage carries it.
        for term, feats in index.retriever.explain(" ".join(subject.topic), q.language)["synonyms"].items():
            q.synonyms.setdefault(term, feats)
    q.notes.append("follow-up: the previous answer's words added")


def _names_row_of(q, subject: Subject, index) -> bool:
    """The question's words (or the words its synonyms stand for) name a row of the previous figure's table."""
    table = index.catalog.table(Frame.from_dict(subject.frame).table) if subject.frame else None
    if table is None:
        return False
    said = set(q.tokens) | {f for feats in q.synonyms.values() for f in feats if " " not in f}
    return any(toks and set(toks) <= said for toks in table.labels.values())


def _refer_figure(q, subject: Subject, cue: bool, back: bool, thin: bool, index, at_row: bool = True, many: bool = False) -> bool:
    """A figure follow-up of a figure: the frame merged (True); else maybe the year carried (False)."""
    old = Frame.from_dict(subject.frame)
    if "ask.why" in q.asking_tags and not q.wants_figure:
        return False  # "¿y por qué son peligrosos esos móviles?" asks a reason, not the figure again
    if q.intent == "definition" and q.term and not q.wants_figure:
        return False  # "¿y qué es eso de e-Allegations?" after their count asks what they are
    if (q.reporting or q.intent == "howto") and not (q.wants_figure or q.frame.years or "figure.talk" in q.asking_tags):
        # "and where do you file one of those?", "¿y cómo presento yo una?" after their count asks where or
        # how, not the figure
        return False
    short = len(q.tokens) <= bars.UNDERSTANDING["followup_tokens"]
    # "¿Qué lugar ocupó en el ranking de economías?": a place asked of no row is the place of the row
    # just given (Spanish leaves "it" out; "where did it rank?" says it).
    placed = q.frame.rank == "place" and not q.frame.label and bool(old.label)
    back, thin, at_row = back or placed, thin or placed, at_row or placed
    # ("which product ranked just above it?" ranks from the row just given: a ranking asks a figure too.)
    if (cue and short) or (back and thin and (q.wants_figure or q.frame.compare or q.frame.rank)) or (cue and thin):
        q.follow_up = True
        # "how many cards was that in total?" after the vaccination cards' seizures: the things
        # themselves are counted (the table's quantity where it prints one), not the seizures again.
        own_things = q.frame.count and not q.frame.measure and bool(old.label) and bool(q.counted & set(tokens(old.label)))
        # "how does that compare to express?" after Mail's MSRP for one year: the two rows that year, not
        # Express's change across the years the conversation named.
        rows_compared = q.frame.compare and not q.frame.years and not old.compare and bool(old.label) and _names_row_of(q, subject, index)
        q.frame = merge(q.frame, old, subject.years_seen, pointing=back and at_row and not cue, cue=cue,
                        many=back and many and not at_row, at_row=back and at_row, whole=q.has("refer.all"))
        if own_things:
            q.frame.measure, q.frame.also, q.frame.count = "", [], True
        if rows_compared and old.years:
            q.frame.years = old.years[-1:]
        if q.has("refer.place") and q.has("rank.which") and old.rank in ("max", "min") and not q.frame.rank:
            # "and in 2021, who held that spot?" after FY 2020's fourth: the ranking's fourth that year,
            # not the row that held the place before.
            q.frame.rank, q.frame.position, q.frame.top_n, q.frame.label = old.rank, old.position, 1, ""
        q.wants_figure = True
        if q.intent in ("about", "howto", "definition") and (not q.term or cue):
            # "what about vaccination cards?" after a figure is the figure again, not a term to explain.
            q.intent, q.term = "figure", ""
        q.notes.append(f"follow-up of the figure for {old.label or old.table}")
        return True
    return _carry_into(q, old, index, at_row, thin)


def _carry_into(q, old: Frame, index, at_row: bool, thin: bool) -> bool:
    """A question of its own that takes the conversation's row, year or measure where it names none: the
    row carried (True); else maybe the year or the measure (False)."""
    table = index.catalog.table(old.table) if old.table else None
    # "¿qué porcentaje del total HSS representaba en 2020?" after a row of the HSS table (Spanish leaves "it"
    # out): a share of a table's own total is some row's, and no row named is the row just given.
    row_share = (q.frame.measure == "percentage" and q.frame.total and not q.frame.rank and table is not None
                 and table.category in q.frame.categories)
    if (at_row and not thin or row_share) and q.wants_figure and not q.frame.label and old.label:
        # "how many of the HSS seizure lines were that category?": the row just given, read in what
        # this question names in words of its own (the rest of its frame is its own too). Not read as
        # a follow-up: its own words must still be ones a table speaks to ("how much duty would I pay
        # importing sneakers from there?" asks nothing the tables count).
        q.frame.label = old.label
        if not q.frame.year_given and old.years:
            q.frame.years, q.frame.year_given = old.years[-1:], True
        q.notes.append(f"{old.label} carried into the table named")
        return True
    if q.wants_figure and not q.frame.year_given and old.year_given and old.years:
        # "what about 2020?" ... "which country had the most?": the year carries.
        q.frame.years, q.frame.year_given = old.years[-1:], True
        q.notes.append(f"FY {old.years[-1]} carried from the conversation")
    ranks_or_totals = q.frame.rank in ("max", "min") or q.frame.total
    if ranks_or_totals and not q.frame.measure and old.measure and table is not None and table.category in q.frame.categories:
        # "which mode had the most that year?", "what was the total for all modes that year?" after the MSRP
        # of express and mail: the conversation's measure ranks or adds up the rows of its own kind, not
        # the tables' first measure (seizures).
        q.frame.measure = old.measure
        q.notes.append(f"{old.measure} carried from the conversation")
    return False


def merge(new: Frame, old: Frame, years_seen: list[int], pointing: bool = False, cue: bool = False, many: bool = False,
          at_row: bool = False, whole: bool = False) -> Frame:
    """`old` with whatever `new` names replaced; a comparison with no years compares the two last asked.

    After a ranking, "and in 2020?" ranks again, "and the second one?" moves down the ranking,
    "and by msrp?" ranks again by MSRP, "what were they worth in total?" or "what was the MSRP?"
    asks the whole table's figure, and a question pointing at the row ("how did that one do in
    2020?", `at_row`) is about the row named. `whole`: the question points at all of what was
    counted ("all of that", "todo eso"), no row of it and no ranking of them."""
    merged = Frame.from_dict(old.to_dict())
    merged.measure_read, merged.ranked_by = new.measure_read, ""
    _merge_years(merged, new, years_seen)
    if new.measure:
        merged.measure, merged.also = new.measure, new.also
        # "how many units?" after "seizures (not units)": a measure asked now is no longer ruled out.
        merged.negated, merged.ruled_out = new.negated, new.ruled_out
        if new.measure == "percentage" and not new.also and old.measure not in ("", "percentage"):
            merged.also = [old.measure]  # "what share of the total is that?" after an MSRP: a share of MSRP
        merged.count = new.count
    elif new.many and old.measure == "msrp":
        # "¿y en 2018, cuántas fueron?" after a value: things counted, so the table's count, not its MSRP.
        merged.measure, merged.also, merged.count, merged.table = "", [], True, ""
    _merge_rank(merged, new, old, years_seen, pointing or at_row, cue)
    if whole and not (new.rank or new.label or new.position > 1):
        # "¿y cuánto valía todo eso en MSRP?" after which country led the cell phones' lines: the
        # table's whole MSRP, not a ranking by MSRP ("and by msrp?" would rank again).
        merged.rank, merged.label, merged.position, merged.top_n = "", "", 1, 1
    # What to add up is the question's own: "¿cuántas e-Allegations en total?" then "¿y cuántas eran de
    # IPR?" asks the IPR row, not the IPR row added to the total.
    merged.compare, merged.since, merged.sum, merged.by_change = new.compare, new.since, new.sum, new.by_change
    if new.compare and not new.measure and merged.measure == "percentage":
        # "so did it go up or down?" after a share: the count went up or down, not its share.
        merged.measure, merged.also = (merged.also[0], merged.also[1:]) if merged.also else ("", [])
    if new.compare and len(new.years) == 1 and old.years and old.years[-1] != new.years[0]:
        merged.years = sorted({new.years[0], old.years[-1]})  # "did it go up from 2020?": against the year discussed
    elif new.compare and len(new.years) == 1 and any(y > new.years[0] for y in years_seen):
        # "so is the trend since 2018 up or down?" right after 2018's figure: from it to the latest year asked.
        merged.years = [new.years[0], max(years_seen)]
    merged.percent_change = new.percent_change
    merged.which_year = new.which_year
    merged.categories = new.categories or merged.categories
    if new.compare and not new.years:
        seen = list(dict.fromkeys(years_seen + merged.years))
        if len(seen) >= 2:
            merged.years = sorted(seen[-2:])
    if new.total:
        merged.total = True
        whole = old.rank and not pointing and new.measure != "percentage"  # "what percent of the total": the row's share
        after_share = old.measure == "percentage" and not pointing and new.measure not in ("", "percentage")
        # "¿Cuál fue el total de líneas HSS ese año?": a total naming its table, pointing at no row, is the table's.
        named_table = bool(new.categories) and not pointing and new.measure != "percentage"
        if not new.measure or whole or many or after_share or named_table:
            # "out of how many total?", "what was their total value?", "¿y cuánto valían en total?" after
            # a row's share: the total, not the row ("what was its total value?" points at the row).
            merged.label = ""
        if whole:
            merged.rank = ""  # "what were they worth in total?" after a ranking: the table's total
    return merged


def _merge_years(merged: Frame, new: Frame, years_seen: list[int]) -> None:
    """The years a follow-up asks, read against the ones the conversation was about (in place)."""
    if new.back and merged.years and not new.compare:
        merged.years, merged.year_given = [merged.years[-1] - new.back], True  # "and two years before that?"
    elif new.following and merged.years:
        merged.years, merged.year_given = [merged.years[-1] + 1], True  # "and the following year?"
    elif new.previous and new.years and not new.compare and merged.years and len(new.years) == 1:
        # "and the year before?": before the year the conversation was about, not before the report's.
        merged.years, merged.year_given, merged.previous = [merged.years[-1] - 1], True, True
    elif new.previous and new.compare and new.reckoned and merged.years:
        # "how does that compare to the year before?": the year discussed against the one before it;
        # after two years side by side ("2021?" then "and 2020?"), those two.
        seen = list(dict.fromkeys(years_seen + merged.years))
        adjacent = len(seen) >= 2 and abs(seen[-1] - seen[-2]) == 1
        pair = sorted(seen[-2:]) if adjacent else [merged.years[-1] - 1, merged.years[-1]]
        merged.years, merged.year_given, merged.previous = pair, True, True
    elif new.years:
        merged.years, merged.year_given, merged.previous = new.years, True, new.previous


def _shares_of(frame: Frame) -> list[str]:
    """The measures a share ranked is a share of ("what share of the total is that?" after seizure lines)."""
    return list(frame.also) if frame.measure == "percentage" else []


def _merge_rank(merged: Frame, new: Frame, old: Frame, years_seen: list[int], pointing: bool, cue: bool) -> None:
    """What a follow-up ranks, or that it ranks no more (in place)."""
    if new.sum and not new.rank and old.rank in ("max", "min") and old.position >= 2 and not new.label:
        # "what share did those two make up together?" after the first and the second: the rows ranked so far.
        merged.rank, merged.position, merged.top_n, merged.label = old.rank, 1, old.position, ""
        merged.after, merged.relative, merged.above, merged.excepted = [], False, False, False
    elif new.rank and new.which_year:
        # "which of those years was highest?": the years the conversation named, for the same row.
        merged.rank, merged.position, merged.top_n = new.rank, new.position, new.top_n
        seen = list(dict.fromkeys(years_seen + merged.years))
        if not new.years and len(seen) >= 2 and not new.every_year:
            merged.years, merged.year_given = sorted(seen), True
    elif new.rank == "place":
        merged.rank = "place"  # "where did it rank among products?": the row the conversation is on
    elif new.rank:
        merged.rank, merged.position, merged.top_n = new.rank, new.position, new.top_n
        merged.after, merged.above, merged.relative, merged.excepted = new.after, new.above, new.relative, new.excepted
        if new.relative and not new.after and old.label:
            merged.after = tokens(old.label)  # "which economy came right after it?": the row just given
            if old.rank == "min" and not new.above:
                merged.rank = "min"  # "and the next one?" after the fewest: the next fewest
        merged.label = ""  # "which product led those?" ranks the rows, it is about no one row
    elif new.position > 1:
        merged.rank, merged.position, merged.top_n, merged.label = old.rank or "max", new.position, 1, ""
        if pointing and new.measure not in ("", "percentage", old.measure) and old.measure:
            merged.ranked_by = old.measure  # "the third one - how many seizure lines did it have?": third by the old measure
    elif old.rank in ("max", "min") and new.count and new.measure and (new.categories or new.table) and not (new.label or pointing):
        # "¿y en 2020 cuántas líneas HSS hubo?" after the HSS leader: a count naming its table counts the table.
        merged.rank, merged.label = "", ""
    elif old.rank in ("max", "min") and new.years and not (new.measure or new.label or new.compare or pointing):
        merged.label = ""  # "and in 2019?" after a ranking: the same ranking for that year, not its leader's figure
    elif (pointing or (old.rank == "place" and new.measure not in ("", old.measure))) and old.label:
        merged.rank = ""  # "¿y su MSRP?" after the row's place: the row's figure ("and in 2021?": its place again)
    elif old.rank and new.measure not in ("", "percentage", old.measure, *_shares_of(old)) and not new.label and not new.compare:
        # ("¿y en 2020 tenía más o menos líneas?" compares the row, by lines: no ranking again. "¿con cuántas
        # líneas?" after the second by share asks the lines that share is of: the same row.)
        if cue:
            merged.label = ""  # "and by msrp?": the ranking again, by the new measure
        else:
            merged.rank, merged.label = "", ""  # "what was the MSRP?": of what the ranking ranked


def remember(kind: str, frame: Frame | None = None, topic: list[str] | None = None, contacts: list[str] | None = None,
             faq: int | None = None, previous: dict | None = None, rows: list[str] | None = None,
             years: list[int] | None = None) -> dict:
    """The context an answer leaves: its subject, with the years asked so far (`years`: those an
    answer with no frame was asked of)."""
    before = Subject.from_context(previous or {}) or Subject()
    seen = [y for y in before.years_seen if y not in (years or [])] + list(years or [])
    ranked = ""
    if frame is not None:
        seen = [y for y in seen if y not in frame.years] + list(frame.years)
        old = before.frame or {}
        same_row = bool(frame.label) and old.get("label") == frame.label and old.get("table", "").split("-by-")[-1] == frame.table.split("-by-")[-1]
        ranked = frame.rank if frame.rank in ("max", "min") else (before.ranked or old.get("rank", "")) if same_row else ""
        ranked = ranked if ranked in ("max", "min") else ""
    subject = Subject(kind=kind, frame=frame.to_dict() if frame else {}, years_seen=seen[-4:], topic=list(topic or [])[:12],
                      contacts=list(contacts or []), faq=faq, ranked=ranked, rows=list(rows or [])[:4])
    return {"subject": subject.to_dict()}
