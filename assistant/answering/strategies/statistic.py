"""Figures from the report's tables: pick the table, row, measure and years a question asks for.

Every table is scored against the Question (TABLE weights in bars.py): a row named
by its words (weighted by how rare each word is among labels), the table named
by its own words or its category, the measure and years it has; the best table's
figure is then filled (figure.py) and its confidence set (FIGURE weights). When
the right table lacks the year or row, the candidate says so instead (a "missing"
fallback). A figure question about a thing no content names ("how many firearms")
is a fallback that says the report has no figures on it.
"""
from dataclasses import dataclass, field

from assistant.answering import bars, compose, messages, state, wording
from assistant.answering import reading as kinds
from assistant.answering.candidate import Candidate
from assistant.answering.catalog import GENERAL, Table
from assistant.answering.figure import Figure, compare_years, fill, sibling_row
from assistant.answering.frame import Frame
from assistant.answering.reply import Answer
from assistant.answering.strategies import common
from assistant.answering.words import words as surface_words
from assistant.retrieval.spelling import english
from assistant.retrieval.text import fold, tokens as topic_tokens

MEASURE_ORDER = ["seizure_lines", "seizures", "count", "msrp", "quantity", "percentage"]
_PREFERRED_MEASURES = {
    "seizures": ["seizures", "seizure_lines", "count"],
    "seizure_lines": ["seizure_lines", "seizures"],
    "msrp": ["msrp"],
    "percentage": ["percentage"],
    "quantity": ["quantity"],
}
T, F = bars.TABLE, bars.FIGURE
PROSE_KINDS = {"duration", "time", "frequency", "names", "place"}  # kinds of answer no table holds (reading.TAGS)


@dataclass
class Reading:
    """What the statistic strategy reads off the Question, once per question."""

    weights: dict[str, float]  # token -> weight: the question's tokens and the rows their synonyms name
    said: set[tuple[str, ...]]  # runs of 2-6 tokens in the question, for rows named word for word
    mentioned: set[str]  # slugs of tables the question names by their own words
    mention_toks: set[str]
    preferred: Table | None  # the table of the previous answer, for a follow-up
    unexplained: list[str] = field(default_factory=list)  # words no table speaks to
    unlisted: list[str] = field(default_factory=list)  # a follow-up's names no table lists ("¿y México?")
    kinds_named: bool = True  # a category named for itself, not only inside a row's name ("productos farmacéuticos")


@dataclass
class Fit:
    """One table's fit to the question."""

    table: Table
    score: float
    label: str = ""
    lscore: float = 0.0
    full: bool = False  # the row is named by all its words
    named: list[str] = field(default_factory=list)  # every row named well, for "mail vs express"
    measure: str = ""
    mention: bool = False
    category: bool = False


def propose(q, index) -> list[Candidate]:
    if not index.catalog.tables or q.smalltalk or q.intent == "person":
        return []
    asked = kinds.asked(q)
    if asked in PROSE_KINDS and not q.frame.which_year and not (asked == "names" and q.frame.rank):
        # "Since what date is that?", "how long did clearance take?": the tables count things by
        # fiscal year; a date, a duration or names are in the report's prose, if anywhere. (Names
        # of a ranking's rows are the tables': "list the top 5 economies by seizure lines".)
        return []
    if _counts_volume(q) or _asks_years_covered(q):
        return []
    reading = _read(q, index)
    fits = [f for f in (_fit(table, q, reading, index) for table in index.catalog.tables) if f is not None]
    if not fits:
        return _no_figure(q, index)
    best = max(fits, key=lambda f: (f.score, -index.catalog.tables.index(f.table)))
    counted = _counted_words(q)
    naming = [f for f in fits if f.label and (f.full or counted & set(f.table.labels[f.label]))]
    # (A whole asked earlier in the conversation does not carry: "how many in total in 2018?", then "how
    # many of those were pharmaceuticals?" asks a part.)
    whole = _asks_whole(q) and (not q.follow_up or bool({"total", "sum"} & q.asking_tags))
    if not best.label and not best.mention and naming and not q.frame.rank and not whole:
        # "how many seizures of footwear in 2021?": the seizures' table has no Footwear row, and its
        # total answers another question; the table naming the row answers, saying what it counts.
        # (A table the question names itself, "cell phone seizure lines from Vietnam", says it lacks the row.)
        # A row's word as the thing counted names it too: "seizures of pharmaceuticals" is
        # Pharmaceuticals/Personal Care's, though "pharmaceutical" is in several tables' labels.
        best = max(naming, key=lambda f: (f.score, -index.catalog.tables.index(f.table)))
    fig = _figure(best, q, reading, index)
    if fig is None:
        return _no_figure(q, index)
    conf, reasons = _confidence(fig, best, q, reading, index)
    named = fig.label or fig.kind == "rows" or fig.table_named or best.category
    nowhere = _counted_nowhere(q, index, fig, conf, named)
    if nowhere is not None:
        return nowhere
    crossed = _row_of_another_kind(q, index, reading, best.table) if fig.kind == "value" and best.full and _KINDS.get(best.table.category) in _SEIZURE_KINDS else []
    if crossed:
        # "How many seizure lines of counterfeit toys originated in China?": China is a row of the table of
        # economies, Toys of a table of products; no table crosses the two, and China's whole row is no answer.
        return _not_listed(fig, best, conf, reasons, q, index, crossed, True)
    part, elsewhere = _unnamed_part(q, index, reading, fits, fig, best)
    if fig.kind == "total" and (q.unknown or reading.unlisted or part) and q.wants_figure and (not _asks_whole(q) or elsewhere):
        # "How many seizure lines came from India?": the table is right, but a total answers the
        # whole table and the question asks about a part no row names. Say the table lacks it.
        absent = q.unknown or reading.unlisted or part
        other_kind = best.mention and absent == _row_of_another_kind(q, index, reading, best.table)
        return _not_listed(fig, best, conf, reasons, q, index, absent, other_kind)
    if _answers_another_question(q, index, reading, fits, fig, best, named):
        return []
    if fig.missing and not fig.cells:
        if fig.kind == "total" and reading.unexplained:
            # "¿Cuántas economías de APEC participaron en la operación...de 2020?": a total the table lacks
            # for a question with words of its own no table speaks to is about something else.
            return []
        return [_missing(fig, conf, reasons, q, index)]
    return [Candidate("statistic", conf, "statistic", reasons, lambda: _answer(fig, conf, q, index), bar=_bar(q))]


def _counted_words(q) -> set[str]:
    """What the count asks about, in the content's words too ("productos farmacéuticos" -> "pharmaceutical");
    "how many of those seizures were pharmaceuticals?" counts those named before, of the kind named now."""
    counted = set(q.counted) | set(q.asked_about or ()) | (set(q.topic) if q.counted_back else set())
    return counted | {f for term, feats in q.synonyms.items() if set(term.split()) & counted for f in feats if " " not in f}


def _answers_another_question(q, index, reading: Reading, fits: list[Fit], fig: Figure, best: Fit, named) -> bool:
    """The figure found answers another question than the one asked (an FAQ or a passage may answer it;
    else the fallback)."""
    if fig.kind in ("rank", "value") and q.ranked and not q.ranked & _ranks(best.table, index.lexicon(q.language)):
        # "Which port of entry had the most seizures of counterfeit products?": the table ranks products, the
        # question ports, which no table ranks; its top product would answer another question. So would
        # a row the question names where it places the ports: "which port in the United States had the
        # most seizures?" is not the United States' figure as a source of cell phones.
        return True
    if fig.kind == "total" and not best.mention and _total_of_another(q, reading, index):
        return True
    if fig.kind != "rank" and _asks_beside_tables(q, reading, index):
        # "...25 fake watches he planned to sell. Can they also fine him, and how much could it be?":
        # the story named the row; the question asks of a fine, which no table counts.
        return True
    if fig.kind == "value" and _row_beside_question(q, index, fig.label) and _named_elsewhere(q, index, reading, fits):
        # "...compré una camiseta del Super Bowl... ¿Cuántos artículos deportivos se incautaron y cuánto valían?":
        # the question asks of a row (Sporting Goods) only a table without that measure holds; the row the
        # story named (Wearing Apparel) would answer another question.
        return True
    # "How many people did HSI arrest?": the content speaks of it, no table does: a total would answer
    # another question.
    return bool([t for t in reading.unexplained if t in q.asked_about]) and not (named and (best.full or fig.kind != "value"))


def _asks_years_covered(q) -> bool:
    """"¿De qué años fiscales trae datos la tabla de ...?": which years there are figures for, with nothing
    ranked, compared or changing; one year's figure answers another question (an FAQ says which years)."""
    f = q.frame
    return f.which_year and not (f.rank or f.compare or f.by_change or f.more or f.every_year)


_SEIZED = ("seiz", "confisc", "incaut", "decomis", "msrp", "value", "valor", "worth")


def _total_of_another(q, reading: Reading, index) -> bool:
    """A total of a table nobody named is the total of something else when it is asked with words no
    table speaks to ("If we record it with CBP, what would the total fee come to?") or counts the border's
    places ("¿Cuántos puertos de entrada hay?": ports are counted, not what was seized at them)."""
    return bool([t for t in reading.unexplained if t in _asking(q)]) or (not q.frame.measure and _counts_places(q, index))


def _counts_places(q, index) -> bool:
    """What "how many" counts is only the border's places and people ("puertos de entrada", "officers"),
    no thing seized: no table counts those."""
    lex = index.lexicon(q.language)
    counted = set(q.asked_about)
    border = lex.tokens_of("border")
    return bool(counted) and counted <= border and not counted & (lex.measure_tokens | lex.tokens_of("counted.any"))


def _counts_volume(q) -> bool:
    """ "How many mail shipments did CBP process?": what passed through, which no table counts (they
    count seizures); a question that also says seized or value ("how many seizures were processed")
    is still about the tables."""
    # ("The report says how many mail shipments CBP processed. How many was it?": the question points
    # back at the sentence before, which says what is counted.)
    pointed = "refer.back" in q.asking_tags and any(m.tag == "count.volume" for m in q.matches)
    if not ("count.volume" in q.asking_tags or pointed) or any(t.startswith("measure:") for t in q.asking_tags):
        return False
    return not any(tok.startswith(_SEIZED) for tok in q.tokens)


def _bar(q) -> str:
    return "statistic"


def _read(q, index) -> Reading:
    catalog = index.catalog
    ruled_out = set(q.frame.ruled_out) | set(q.frame.after)
    ruled_out |= {a + b for a, b in zip(q.frame.ruled_out, q.frame.ruled_out[1:])}  # "EE. UU." is the synonym "eeuu"
    weights = {t: 1.0 for t in q.topic}
    # "Wearing apparel shows up in the HSS table too. How many HSS seizure lines did it have?": a question
    # that points back ("it") and names no row of its own asks about the row the story named.
    # ("the goods seized from there" names no row: "goods" is half of Sporting Goods.)
    asked = q.asking_tokens or set()
    names_row = any(toks and all(t in asked for t in toks) for t in catalog.tables for toks in t.labels.values())
    # "Vi que mencionan Lianhua Qingwen entre los productos COVID. ¿Qué cantidad se incautó?", "How many were
    # seized?": a count with no thing of its own counts what the sentence before named.
    elided = bool({"ask.count", "ask.how_many"} & q.asking_tags) and not q.asked_about and not q.counted_own
    points_back = ("refer.back" in q.asking_tags or elided) and not names_row
    # The story's names stand for rows when the question points back at them asking for a measure
    # ("¿cuánto valía en MSRP ... esa categoría?"); "how many of them will customs let me keep?" asks none.
    measured = any(t.startswith("measure:") for t in q.asking_tags)
    story_names = points_back and measured
    # "Me interesa el tema de los relojes y joyas. ¿Cuántas líneas de incautación hubo?": the sentence
    # before a question asking a measure, in a message telling no story, says which row (as its English
    # words do by themselves); "I'm flying home with three replica purses. How many will customs let me
    # keep?" asks no measure of a row.
    topic_before = measured and not q.story
    for term, feats in q.synonyms.items():
        if q.asking_tokens is not None and not (story_names or topic_before) and not set(term.split()) <= q.asking_tokens:
            continue  # the story's words name no row; the question's do (unless it points back at them)
        if set(term.split()) <= ruled_out:
            continue  # nor do words ruled out ("EEUU" in "la aduana de EEUU")
        for feat in feats:
            if " " not in feat:
                weights.setdefault(feat, 1.0)  # an explicit mapping: "sneakers" names Footwear
        if " " in term:
            # "personal de campo" is field personnel: a phrase's words are read as the phrase, not one by
            # one ("personal" alone would name the Personal Care row).
            for word in set(term.split()) - {t for feat in feats for t in feat.split()}:
                weights.pop(word, None)
    if q.asking_tokens is not None and q.story and not points_back:
        named = {f for term, feats in q.synonyms.items() if set(term.split()) <= q.asking_tokens for f in feats}
        weights = {t: w for t, w in weights.items() if t in q.asking_tokens or t in named}
    weights = {t: w for t, w in _with_prefixes(catalog, weights).items() if t not in ruled_out}
    unlisted = _unlisted(q, index) if q.follow_up else []
    if q.follow_up:
        # "¿y México cuántas tuvo ese año?" after Thailand: a name of its own, though no row, is not Thailand.
        weights = _carried(catalog, q.frame, weights, keep_row=not unlisted)
    kinds_named = not _categories_inside_rows(q, catalog)
    mentioned = {t.slug for t in catalog.tables if t.keywords & set(weights)}
    if q.story and {"refer.back", "refer.many"} & q.asking_tags:
        # "...los productos COVID falsos. ¿Por qué vía llegó la mayoría de esas incautaciones?": "those"
        # points at what the story named, a table of its own.
        mentioned |= {t.slug for t in catalog.tables if t.keywords & set(q.topic)}
    mention_toks = {w for t in catalog.tables if t.slug in mentioned for w in t.keywords}
    preferred = catalog.table(q.frame.table) if q.follow_up and q.frame.table else _still_on(q, catalog, weights, mentioned, kinds_named)
    runs = {tuple(q.tokens[i : i + n]) for n in range(2, 7) for i in range(len(q.tokens) - n + 1)}
    reading = Reading(weights, runs, mentioned, mention_toks, preferred, unlisted=unlisted, kinds_named=kinds_named)
    # A follow-up of a figure ("and in 2019?") is read against that figure; any other follow-up
    # ("how many seizures has it produced?" after an FAQ) carries words no table may speak to.
    reading.unexplained = [] if q.follow_up and q.subject.get("kind") == "statistic" else _unexplained(q, index)
    return reading


def _still_on(q, catalog, weights: dict[str, float], mentioned: set[str], kinds_named: bool = True) -> Table | None:
    """After a figure, a question that names no table but a row of the table just given stays in it:
    "what share came from Hong Kong?" after cell phones is Hong Kong's share of cell phones."""
    if q.subject.get("kind") != "statistic" or mentioned:
        return None
    table = catalog.table((q.subject.get("frame") or {}).get("table") or "")
    if table is None:
        return None
    # ("¿qué porcentaje eran productos farmacéuticos...?" after the HSS table names its row, though
    # "productos" also names the product tables' kind.)
    named = any(toks and all(t in weights for t in toks) for toks in table.labels.values())
    # "what was the top country of origin?" after the cell phones' seizure lines: a ranking naming only
    # the kind of row the table just given ranks ranks that table, not every country's lines.
    kind_words = {t for m in q.matches if m.tag.startswith("category:") for t in topic_tokens(" ".join(q.words[m.start : m.end]))}
    only_its_kind = (bool(q.frame.rank) and table.category in q.frame.categories
                     and bool(q.tokens) and all(t in kind_words or t.isdigit() for t in q.tokens))
    named = named or only_its_kind
    if not named or (q.frame.categories and kinds_named and table.category not in q.frame.categories):
        return None  # "which product ...?" after a country: another kind of table
    asked = {m for m in [q.frame.measure, *q.frame.also] if m and m != "percentage"}
    if asked - table.measures():
        # "what share of that year's total MSRP was cargo?" after cargo's seizures: the table of the same
        # rows that prints the measure (the modes' MSRP), not the conversation's.
        return next((t for t in catalog.tables if t.category == table.category and asked <= t.measures()), None)
    return table


def _categories_inside_rows(q, catalog) -> bool:
    """Every category the question names is said inside a row's name ("productos" in "productos
    farmacéuticos", the Spanish for Pharmaceuticals/Personal Care), so it asks for no kind of table."""
    said = [set(topic_tokens(" ".join(q.words[m.start : m.end]))) for m in q.matches if m.tag.startswith("category:")]
    if not said:
        return False
    label_toks = set(catalog.label_df)
    inside = set(q.tokens) & label_toks
    for term, feats in q.synonyms.items():
        if " " in term and any(set(f.split()) <= label_toks for f in feats):
            inside |= set(term.split())
    return all(words <= inside for words in said)


def _unlisted(q, index) -> list[str]:
    """Tokens of the names a question writes ("México") that no table, row, measure or grammar knows."""
    catalog, lex = index.catalog, index.lexicon(q.language)
    known = set(index.label_words).union(*(t.keywords for t in catalog.tables), *lex.tag_tokens.values())
    return [t for name in sorted(q.names) for t in topic_tokens(name) if t not in known]


def _carried(catalog, frame, weights: dict[str, float], keep_row: bool = True) -> dict[str, float]:
    """A follow-up that names no row of its own keeps the previous row's words, and the previous
    table's own words when it names no table ("and in 2019?", "how many lines was that?")."""
    table = catalog.table(frame.table)
    if table is None:
        return weights
    out = dict(weights)
    names_row = any(_label_score(toks, weights, catalog.label_df, set())[0] > 0 for t in catalog.tables for toks in t.labels.values())
    if frame.label and not names_row and keep_row:
        out.update({tok: 1.0 for tok in table.labels.get(frame.label, []) if tok not in out})
    if not table.keywords & set(weights):
        out.update({tok: 1.0 for tok in table.keywords if tok not in out})
    return out


def _with_prefixes(catalog, weights: dict[str, float]) -> dict[str, float]:
    """The row words short forms stand for ("pharma" -> "pharmaceutical", "auto" -> "automotive")."""
    extra = {tok: 1.0 for w in weights for tok in catalog.prefixes.get(w, ()) if tok not in weights}
    return {**extra, **weights} if extra else weights


def _unexplained(q, index) -> list[str]:
    """Question words no statistics table speaks to ("advice", "arrest", "process").

    A word just before a row word is its modifier ("face masks", "designer handbags")
    and a short form of a row word names it ("pharma").
    """
    known = index.figure_words
    label_words = index.label_words
    for term, feats in q.synonyms.items():
        if any(f in known for f in feats):
            known = known | set(term.split())
    toks = q.topic
    verbs = q.past_verbs  # how a figure is asked ("acumuló"), never what it counts
    # "...before the Super Bowl in Tampa they grabbed fake jerseys. How many items was it?": a question
    # pointing back at the story asks of what the story named, so the names it gave must be ones a table
    # speaks to too (the operation's FAQ gives that haul, not the apparel row of the year).
    pointed = {t for w in q.names for t in topic_tokens(w)} if q.story and "refer.back" in q.asking_tags else set()
    out = []
    for i, tok in enumerate(toks):
        if tok in known or tok in verbs or tok.isdigit() or len(tok) <= 1:
            continue
        if i + 1 < len(toks) and toks[i + 1] in label_words:
            continue
        if len(tok) >= 4 and tok.isalpha() and tok not in english() and any(w.startswith(tok) and len(w) >= 6 for w in label_words):
            continue  # a short form ("pharma"), not a word of its own ("process")
        if q.asking_tokens is not None and tok not in q.asking_tokens and tok not in pointed:
            continue  # words of the story told before the question
        out.append(tok)
    return out


def _label_score(label_toks: list[str], weights: dict[str, float], df: dict[str, int], ignore: set[str]) -> tuple[float, bool]:
    """(strength, whole label named). A word shared by fewer labels weighs more:
    "pharmaceuticals" names a row, "consumer" alone does not. Words of a table the
    question names ("cell phones and accessories") do not pick its rows, unless they
    are all the row has; digits in a label come from a name ("Covid-19 Test Kits")."""
    toks = [t for t in label_toks if t not in ignore and not t.isdigit()] or list(label_toks)
    if not toks:
        return 0.0, False
    got = sum(weights.get(t, 0.0) / df.get(t, 1) for t in toks)
    missed = sum(1.0 / df.get(t, 1) for t in toks if not weights.get(t))
    if got < 0.5:
        return 0.0, False
    # Past the cap, more named words still break a tie: "antibody test kits" over "Covid-19 Test Kits".
    return min(1.0, got) + 0.01 * min(got, 3.0) - 0.1 * missed, all(weights.get(t) for t in toks)


# Words that may stand between "excluding" and the row it leaves out: articles, and what introduces a name.
_NAME_LEADS = {"the", "a", "el", "la", "los", "las", "row", "fila", "category", "categoria", "called", "named", "labeled", "labelled", "llamada", "llamado",
               "denominada", "denominado"}


def _bare_label(name: str, q) -> bool:
    """A label made only of common words ("Other") is named when the question says it outright,
    not as "all other", "other than" or after "excluding"; the caller checks the table was asked about."""
    said = surface_words(name.lower())
    if len(said) > 1:
        # "All Other Countries" said in full names that row, not everything but the rows named.
        n, plain = len(said), [w.rstrip("s") for w in said]
        return any([w.rstrip("s") for w in q.words[i : i + n]] == plain and not _negated_at(q, i) for i in range(len(q.words) - n + 1))
    word = name.lower().strip()
    for i, w in enumerate(q.words):
        if w != word:
            continue
        before = q.words[max(0, i - 2) : i]
        after = q.words[i + 1 : i + 2]
        if "all" in before[-1:] or after == ["than"]:
            continue
        if _negated_at(q, i):
            continue
        return True
    return False


def _negated_at(q, i: int) -> bool:
    """A negation just before word i ("excluding other", "not counting 'all other products'"), not a bare "not";
    or a ranking's reference ("the one right before all other countries"): a row named there is not asked.
    Only an article or what the row is ("sin contar la categoría 'All Other Commodities'", "excluding the
    row called Other") may come between."""
    kinds = {k for m in q.matches if m.tag.startswith("category:") for k in range(m.start, m.end)}
    return any((m.tag == "negation" and not (m.end - m.start < 2 and q.words[m.start] == "not"))
               or m.tag in ("rank.after", "rank.above", "rank.except")
               for m in q.matches
               if m.end <= i and all(k in kinds or q.words[k] in _NAME_LEADS for k in range(m.end, i)))


def _rows(table: Table, q, reading: Reading, index, category: bool) -> tuple[str, float, bool, list[str]]:
    """The row the question names best in `table`: (label, strength, named in full, every row named well)."""
    label, lscore, full, named = "", 0.0, False, []
    weights = reading.weights
    for name, toks in table.labels.items():
        if not toks:
            # "and other?" in a conversation on this table names its "Other" row, as "which mode..." does.
            # Said outright, it beats the row the conversation carried in.
            on_table = q.follow_up and q.frame.table == table.slug
            if (on_table or (category and not label)) and _bare_label(name, q):
                label, lscore, full = name, T["row_said"] if on_table else 1.0, True
            continue
        if not any(t in weights for t in toks):
            continue  # no word of the row is asked about
        s, whole = _label_score(toks, weights, index.catalog.label_df, reading.mention_toks)
        runs = [len(p) for p in table.phrases.get(name, ()) if p in reading.said]
        if runs:
            # Words in a row beat the same words scattered, and a longer run beats a shorter one.
            s, whole = max(s, T["row_run"] + T["row_run_longer"] * (max(runs) - 2)), True
        if not whole and _names_another(toks, q):
            continue
        if whole or s >= T["row_named"]:
            named.append(name)
        if s > lscore + 1e-9:
            label, lscore, full = name, s, whole
    return label, lscore, full, named


def _names_another(toks: list[str], q) -> bool:
    """A row named in part where the name the visitor wrote goes on otherwise: "South American" is no
    South Africa, "South Korea" no South Africa either."""
    # (A short capitalised word, "FY", "IPR", is no name going on; "Hong Kon" is Hong Kong mistyped.)
    names = {t for w in q.names for t in topic_tokens(w) if t.isalpha() and len(t) > 3}
    said = q.tokens
    return any(tok in toks and nxt in names and not any(t.startswith(nxt[:3]) for t in toks) for tok, nxt in zip(said, said[1:]))


# Tables whose rows are places: a ranking asked with "where" ranks these.
_PLACES = frozenset({"economy", "source_country", "transport_mode", "center"})
# The kinds of rows a ranking can be asked of: goods (however a table groups them), where goods came
# from, how they were shipped, which Center handled them.
_KINDS = {"product": "goods", "commodity": "goods", "covid_product": "goods", "economy": "origin",
          "source_country": "origin", "transport_mode": "shipping", "center": "center", "allegation": "allegation"}
# The kinds seizures are counted by, which a question may cross ("toys from China", "footwear by express"):
# an allegation's kind is no kind of goods ("denuncias electrónicas" are not Consumer Electronics).
_SEIZURE_KINDS = {"goods", "origin", "shipping"}


def _abbreviations(text: str) -> set[str]:
    """The tokens of words written in capitals ("USPS", "FDA"), as the index spells them."""
    written = (w.strip("'\"‘’“”()[],.!?¿¡:;") for w in text.split())
    return {t for w in written if w.isupper() and 2 <= len(w) <= 6 for t in topic_tokens(w)}


def _asks_where_from(q) -> bool:
    """"where did they come from?", "¿de dónde venían?": the answer is a place goods came from."""
    return "ask.origin" in q.asking_tags and any(w in ("where", "donde") for w in q.asking_words)


def _fit(table: Table, q, reading: Reading, index) -> Fit | None:
    frame = q.frame
    # "2nd after China": the reference row names the table's kind of rows, though it is not asked about.
    category = (table.category in frame.categories and reading.kinds_named) or (bool(frame.after) and any(toks and set(toks) <= set(frame.after) for toks in table.labels.values()))
    label, lscore, full, named = _rows(table, q, reading, index, category)
    mention = table.slug in reading.mentioned
    near = reading.preferred is not None and table.category == reading.preferred.category
    if table.category not in GENERAL and not (mention or category or full or near or _counts_the_row(q, index, table, label, lscore)):
        return None  # special tables answer only when asked about
    if frame.rank and "rank.where" in q.asking_tags and table.category not in _PLACES and not label:
        return None  # "where did most ... happen?" ranks places, not the products of a table
    if frame.rank and "ask.origin" in q.asking_tags and _KINDS.get(table.category) != "origin" and not label:
        return None  # "from which country did most seized products come?" ranks origins, not the products
    if _asks_where_from(q) and _KINDS.get(table.category) != "origin":
        return None  # "where did those COVID seizures originate?": a place of origin, no product's count
    if frame.rank and frame.categories and reading.kinds_named and not label and _KINDS.get(table.category) not in {_KINDS.get(c) for c in frame.categories}:
        # "which country did they mostly come from?" ranks places, not the COVID-19 products; "which
        # shipping environments ...?" ranks modes of transport, not the source countries of cell phones.
        return None
    if frame.rank and mention and not label and frame.categories and _KINDS.get(frame.categories[0]) != _KINDS.get(table.category):
        # "which mode of transport did most of those COVID seizures come through?": the table named is the
        # subset asked about; the kind of rows named first is what is ranked, and this table has none.
        # ("Which country ... for cell phones ... of that category's MSRP?" ranks the table's countries.)
        return None
    score = T["mention"] * mention + T["category"] * category + T["label"] * lscore + (T["general"] if table.category in GENERAL else 0.0)
    if reading.mentioned and not mention:
        score -= T["other_mentioned"]
    if reading.preferred is not None:
        # "And FY 2019?" after the total MSRP from a table printing FY 2020-2021 only: a total of the
        # year asked from a table that prints it, not the conversation's table saying it lacks the year.
        lacks = frame.year_given and not frame.label and frame.years and frame.years[-1] not in table.years
        score += T["preferred"] if table is reading.preferred and not lacks else (T["preferred_category"] if near and not lacks else 0.0)
        category = category or near
    years = list(frame.years) or [index.catalog.report_year]
    year = years[-1]
    avail = table.measures(year if year in table.years else None, rows_only=bool(label) or bool(frame.rank))
    measures = _measure_order(frame, avail)
    if not measures:
        return None
    if category and not (label or mention or frame.rank) and frame.measure and frame.measure not in avail:
        # "how many seizures of counterfeit products in total?": "products" says what was seized, not
        # which table's rows; a table of products that counts no seizures gives another measure.
        score -= T["category"]
        category = False
    if measures[0] == "percentage" and "msrp" in frame.also and "msrp" not in avail:
        return None  # "what share of the total value is that?": a table with no values gives shares of something else
    score += _measure_fit(frame, measures[0])
    if frame.categories and not category and not mention:
        score -= T["other_category"]
    if year not in table.years:
        score -= T["year_missing_given"] if frame.year_given else T["year_missing"]
    if frame.also and set(frame.also) <= avail:
        score += T["also_measures"]
    if frame.compare and not _compares_within(table, years, frame.since):
        score -= T["compare_missing"]
    if table.in_millions:
        score -= T["in_millions"]
    if frame.rank and frame.which_year:
        score += T["year_rank"] * (len(table.years) - 1)
    return Fit(table, score, label, lscore, full, named, measures[0], mention, category)


def _counts_the_row(q, index, table: Table, label: str, strength: float) -> bool:
    """"how many seizures of test kits?": a row named well as the thing counted asks about its table, though
    the table is not named. (Words of the scope, "IPR seizures", name what every table counts, not a row.)"""
    if not label or strength < T["row_named"]:
        return False
    scope = index.lexicon(q.language).tokens_of("border", "counted.any") | index.lexicon("en").tokens_of("border", "counted.any")
    return bool((_counted_words(q) - scope) & set(table.labels[label]))


def _compares_within(table: Table, years: list[int], since: bool) -> bool:
    """Whether the table prints both years of the comparison: with one year named ("for comparison, what
    was the MSRP in FY 2020?"), the year it is compared with is the table's, so a table printing
    FY 2020-2021 only has none for it."""
    pair = set(compare_years(years, table, since))
    return len(pair) == 2 and pair <= set(table.years)


def _measure_fit(frame, measure: str) -> float:
    """How well the measure a table would give fits the one asked."""
    if measure == _measure_order(frame, set(MEASURE_ORDER))[0]:
        return T["exact_measure"] + (T["named_measure"] if frame.measure else 0.0)
    if frame.many and not frame.measure and measure == "msrp":
        return -T["counts_nothing"]  # "¿y en el correo cuántas fueron?" after a value: a table that counts
    return 0.0


def _measure_order(frame, available: set[str]) -> list[str]:
    if frame.negated and not frame.measure:
        return []  # "how many express shipments, not seizures?": what is asked is none of the tables' measures
    if frame.measure == "percentage":
        # A share the table does not print can be worked out from its counts or values (figure._share).
        prefs = ["percentage"] + [m for m in frame.also if m != "percentage"] + MEASURE_ORDER
    elif frame.measure:
        prefs = _PREFERRED_MEASURES.get(frame.measure, [frame.measure])  # "count": a measure only some tables print
    elif frame.count and "quantity" in available:
        prefs = ["quantity", "seizures", "seizure_lines", "count"]  # "how many masks": the masks, not the seizures
    else:
        prefs = MEASURE_ORDER
    return [m for m in dict.fromkeys(prefs) if m in available and m not in frame.negated]


def _figure(fit: Fit, q, reading: Reading, index) -> Figure | None:
    frame, catalog = q.frame, index.catalog
    label, table = fit.label, fit.table
    # ("what about South Africa's value?" after Malaysia's names a row of its own, which this table lacks.)
    names_own_row = any(_whole(t, name, reading, index) for t in catalog.tables for name in t.labels if name != frame.label)
    if frame.label and not label and not reading.unlisted and not names_own_row and (frame.table == table.slug or frame.label in table.labels):
        label = frame.label  # a follow-up keeps the row it was about, in another table that has it too
    sibling = None
    if not label and not frame.rank and not frame.compare:
        sibling = sibling_row(catalog, table, lambda other, name: _whole(other, name, reading, index))
        label = sibling.label if sibling else label
    years = list(frame.years) or [catalog.report_year]
    fig = Figure(kind="value", table=table, measure=fit.measure, years=years, frame=frame, label=label,
                 year_assumed=not frame.years, table_named=fit.mention, sibling=sibling)
    named = _in_order(fit.named, q.words)
    if frame.compare and _names_another_row(q, fit) and frame.label in table.labels and frame.label not in named:
        named = [frame.label, *named]  # "how does that compare to express?": the conversation's row against it
    ranking = frame.rank and not _names_another_row(q, fit) and not reading.unlisted
    if ranking and frame.which_year:
        fig.kind = "year_rank"  # "which year had the most seizures": years ranked, not rows
    elif frame.rank == "place" and label and not frame.compare:
        fig.kind = "place"  # "where did footwear rank?"
    elif (frame.compare or ranking or frame.more or frame.sum) and len(named) >= 2 and len(set(years)) == 1:
        fig.kind, fig.label = "rows", ""  # "mail vs express in FY 2021", "footwear plus handbags"
    elif frame.by_change and not label and _compares_within(table, years, frame.since):
        fig.kind, fig.years = "changes", compare_years(years, table, frame.since)  # "which category grew the most?"
    elif ranking and frame.compare and len(set(years)) == 2 and not label and frame.categories:
        fig.kind = "ranks"  # "which were in the top five in FY 2020 but not in FY 2021?": each year's ranking
    elif frame.compare:
        fig.kind, fig.years = "compare", compare_years(years, table, frame.since)
    elif ranking and (not label or (fit.category and (not fit.full or _row_only_in_story(q, label)))):
        fig.kind, fig.label = "rank", ""
    elif not label:
        fig.kind = "total"
        if fit.measure == "percentage":
            return None  # "100% of the total" answers nothing
    fill(fig, catalog, named)
    if fig.kind == "rank" and frame.ranked_by:
        _pick_by_earlier_ranking(fig, catalog)
    if sibling:
        fig.sibling_table = catalog.table(sibling.table_slug)
    _share(fig)
    return fig


def _pick_by_earlier_ranking(fig: Figure, catalog) -> None:
    """"the third one - how many seizure lines did it have?" after the top three by MSRP: the row third by
    MSRP (in the table of its kind that prints MSRP), and its seizure lines (in place)."""
    frame, year = fig.frame, fig.years[-1]
    source = next((t for t in catalog.tables if t.category == fig.table.category and frame.ranked_by in t.measures(year)), None)
    if source is None:
        return
    ranked = sorted(source.rows(year, frame.ranked_by), key=lambda c: c.value, reverse=frame.rank != "min")
    if not 0 < frame.position <= len(ranked):
        return
    cell = fig.table.get(year, ranked[frame.position - 1].label, fig.measure)
    if cell is not None:
        fig.kind, fig.label, fig.cells = "value", cell.label, [cell]


def _row_beside_question(q, index, label: str) -> bool:
    """"I bought some shoes. What was the MSRP of the sporting goods?": the row is named beside the question
    (in a story or a sentence before it), not in what it asks (in its words or theirs: "calzado" is Footwear)."""
    return bool(q.asking_tokens) and not set(topic_tokens(label)) & _asked_words(q, index)[0]


def _row_only_in_story(q, label: str) -> bool:
    """"my boss thinks counterfeiters mostly use express couriers... which mode of transportation accounted
    for the largest MSRP?": a ranking of the kind of rows asked, whose row only the story names."""
    return q.story and bool(q.asking_tokens) and not set(topic_tokens(label)) & set(q.asking_tokens)


def _names_another_row(q, fit: Fit) -> bool:
    """ "¿y el de farmacéuticos?" after a ranking: a follow-up naming another row asks for that row,
    unless it ranks again itself ("and the lowest?")."""
    own_rank = any(t in ("rank.max", "rank.min", "rank.list") or (t.startswith("rank.") and t[5:].isdigit())
                   for t in q.asking_tags)
    return q.follow_up and bool(fit.label) and fit.label != q.frame.label and not own_rank


def _share(fig: Figure) -> None:
    """A share the table does not print is worked out from its figures: "what share of total MSRP came
    from China" (the economy table prints shares of seizure lines), "what share of seizures came by express"."""
    frame, t = fig.frame, fig.table
    if frame.measure != "percentage" or fig.kind != "value" or not fig.cells or frame.percent_change:
        return
    year = fig.cells[0].year
    of = next((m for m in frame.also if m != "percentage"), "") or (fig.measure if fig.measure != "percentage" else "")
    printed_of = t.percent_of(year)
    if fig.measure == "percentage" and (not of or of == printed_of):
        return  # the table prints this share
    cell, total = t.get(year, fig.label, of), t.total(year, of)
    if cell is not None and total is not None and total.value:
        fig.measure, fig.cells, fig.share_of = of, [cell], total


def _whole(table: Table, name: str, reading: Reading, index) -> bool:
    score, whole = _label_score(table.labels[name], reading.weights, index.catalog.label_df, reading.mention_toks)
    return whole and score >= 0.9


def _in_order(labels: list[str], words: list[str]) -> list[str]:
    """Labels in the order the question names them (by their first word found)."""
    text = " ".join(words)

    def where(label: str) -> int:
        spots = [text.find(w) for w in label.lower().replace("/", " ").split() if len(w) > 2 and w in text]
        return min(spots) if spots else len(text)

    return sorted(labels, key=where)


def _row_only_inherited(fig: Figure, q) -> bool:
    """"and how many were seized for IPR violations?" after the FAQ on Operation Mega Flex at the
    international mail facilities: "mail" is the FAQ's word, so the Mail row of the mode tables is
    another figure than the operation's."""
    if not (fig.label and q.follow_up and (q.subject or {}).get("kind") in ("faq", "section")):
        return False
    named, own = set(topic_tokens(fig.label)), set(q.topic) - q.inherited
    # (The follow-up's own words count with their synonyms: "PI" is "IPR".)
    own |= {t for term, feats in q.synonyms.items() if set(topic_tokens(term)) & own for f in feats for t in topic_tokens(f)}
    # (A row the visitor named before, which the FAQ spoke of, is the visitor's own too.)
    own |= set((q.subject or {}).get("rows") or [])
    return bool(named & q.inherited) and not named & own


def _repeats_for_another_thing(fig: Figure, q, index) -> set[str]:
    """"how many of those centers does CBP have?" after a Center's share of MSRP, "¿y cuántas personas
    arrestaron por esas tarjetas?" after the cards' seizures: the follow-up's frame, carried whole, gives
    the figure just given again, while what it counts is something that figure does not count (no word
    of a row, its table's own words, a measure or what every table counts: "centers" counts the rows
    themselves, which no cell does). Repeating it answers nothing asked. The words counted, else none."""
    old = (q.subject or {}).get("frame") or {}
    if not (q.follow_up and (q.subject or {}).get("kind") == "statistic" and fig.kind in ("value", "total")):
        return set()
    if old.get("table") != fig.table.slug or (old.get("label") or "") != fig.label or list(old.get("years") or []) != list(fig.years):
        return set()
    if old.get("measure") not in ("", fig.measure) or old.get("rank"):
        return set()
    # (A row of another table is said to be one this table does not break its figures down by.)
    known, scope = {t for table in index.catalog.tables for toks in table.labels.values() for t in toks}, set()
    for language in {q.language, "en"}:
        lex = index.lexicon(language)
        known |= lex.measure_tokens
        scope |= lex.tokens_of("border", "counted.any")  # "CBP", "goods": what every count is of
    # (A word a synonym maps onto a row or a measure is known: "mascarillas", "face masks" are Masks;
    # not one mapped onto the table's own words: "centers" are what the table lists, not what it counts.)
    known |= {t for term, feats in q.synonyms.items() if any(set(topic_tokens(f)) & known for f in feats) for t in topic_tokens(term)}
    known |= fig.table.keywords
    counted = _counted_words(q) - q.inherited
    # Every word of what is counted is another thing ("how many separate seizures?" still counts seizures).
    return counted - scope if not counted & known else set()


def _row_carried(fig: Figure, fit: Fit, frame) -> bool:
    """The row is the one the conversation was about ("what was its MSRP?", "the third one - how many seizure
    lines did it have?"), not one named in part."""
    return bool(fig.label) and not fit.label and (fig.label == frame.label or bool(frame.ranked_by))


def _confidence(fig: Figure, fit: Fit, q, reading: Reading, index) -> tuple[float, list[str]]:
    frame, reasons = q.frame, [f"table {fit.table.slug} ({fit.score:.2f})", f"{fig.kind} of {fig.measure}"]
    if fig.label:
        reasons.append(f"row {fig.label} ({fit.lscore:.2f}{', whole' if fit.full else ''})")
    measure_signal = frame.measure not in ("", "msrp") or "msrp" in q.words or (bool(frame.measure) and (frame.year_given or fit.full))
    signal = q.about_enforcement or measure_signal or fit.mention or bool(frame.rank) or reading.preferred is not None
    conf = F["sure"] if signal else F["unsure"]
    repeated_for = _repeats_for_another_thing(fig, q, index)
    penalties = [
        (frame.count and "ask.how_much" not in q.asking_tags and not frame.measure and fig.measure in ("msrp", "percentage"), F["count_not_counted"], "'how many' answered by a value"),
        # "how much does it cost to record it so they watch for knockoffs?": a cost is money; no count answers it.
        ("answer.cost" in q.asking_tags and fig.measure != "msrp", F["cost_not_valued"], "a cost asked, a count given"),
        # "¿qué porcentaje fue por correo?" of the COVID-19 seizures: a share neither printed nor worked out
        # from the table is another measure; an FAQ or passage that states the share answers better.
        (frame.measure == "percentage" and fig.measure != "percentage" and fig.share_of is None and fig.kind == "value",
         F["share_not_given"], "a share asked, the table gives none"),
        (fig.kind == "total" and not (frame.total or frame.count or frame.measure), F["total_unasked"], "a total nobody asked for"),
        (fig.kind == "total" and not signal and not frame.total and not q.follow_up, F["total_unsure"], "a total of nothing the tables count"),
        # "how many phones shipped are fake?" (no seizing, measure or year) asks how common fakes are, not seizures.
        (fig.kind in ("total", "value") and frame.count and not (frame.measure or frame.year_given or q.follow_up or q.says("border")), F["not_seizing"], "counts no seizures"),
        (fig.kind == "rank" and not (fit.category or fit.mention or fig.label), F["rank_unanchored"], "ranking of no named category"),
        (fig.kind == "compare" and not (frame.year_given or frame.measure or fit.category or fit.mention or fig.label),
         F["compare_unanchored"], "compares nothing named"),
        # ("¿significa que se fabricó allí?" asks what the row's name means, no figure of it either.)
        (not q.wants_figure and (q.story or q.intent in ("howto", "channel") or "ask.meaning" in q.asking_tags), F["no_figure_asked"],
         "asks no figure"),
        (not q.wants_figure and not q.story and q.intent == "about" and "ask.meaning" not in q.asking_tags and not _only_row(fig, fit, q), F["about_no_figure"],
         "asks about it, not for a figure"),
        # "Why do some seizure lines end up under 'All Other Commodities'?": a reason, which a row's figure is not.
        ("ask.why" in q.asking_tags and not q.wants_figure, F["no_figure_asked"], "asks why, which no figure answers"),
        (bool(reading.mentioned) and not fit.mention, F["other_table_named"], "another table is named"),
        (fig.kind == "value" and not fit.full and not _row_carried(fig, fit, frame), F["row_not_whole"], "row named in part"),
        (_row_only_inherited(fig, q), F["row_inherited"], "a row only the conversation's words name"),
        (bool(repeated_for), F["repeat_other_thing"], f"the figure just given, for what it does not count ({', '.join(sorted(repeated_for))})"),
        (q.story and fig.kind == "total" and not (fit.mention or frame.total or (frame.measure and frame.year_given)), F["story_total"], "CBP's total for a story"),
        # (Also when the question points back at a story that names one: "...in a single day in October
        # 2020. how many shipments was it?")
        (("period.part" in q.asking_tags or (q.story and "refer.back" in q.asking_tags and q.says("period.part"))) and q.wants_figure,
         F["period_part"], "names a part of a year the tables do not print"),
        (q.counted_own and not q.follow_up, F["asker_own"], "counts what the asker may do, not what CBP seized"),
        # "Is it worth suing over the seizure?": legal advice is never answered by a figure.
        ("ask.legal" in q.asking_tags, F["legal_advice"], "asks for legal advice"),
        # "a $400 jacket for $150, is that a red flag?": the prices are the visitor's, no value is asked.
        (fig.measure == "msrp" and kinds.gives_price(q) and not kinds.asks_money(q), F["price_given"], "values only a price the visitor gives"),
        # "I have three replica purses... how many of them will customs let me keep?": the story's own things.
        (q.story and q.counted_back and not q.follow_up and fig.kind == "total" and not fit.mention, F["story_own_things"],
         "counts the story's own things"),
    ]
    for applies, amount, why in penalties:
        if applies:
            conf -= amount
            reasons.append(f"-{amount}: {why}")
    unexplained, penalty = _unexplained_penalty(fig, fit, q, reading)
    if unexplained:
        conf -= penalty
        reasons.append(f"-{penalty:.2f}: no table speaks to {', '.join(unexplained)}")
    if not fig.cells and not fig.missing:
        conf = 0.0
    return max(0.0, min(1.0, conf)), reasons


def _unexplained_penalty(fig: Figure, fit: Fit, q, reading: Reading) -> tuple[list[str], float]:
    """The question's words no table speaks to, and what they take off the figure's confidence."""
    frame, unexplained = q.frame, reading.unexplained
    if fit.full and fig.label:
        # "how many IPR e-allegations came in through that?" after the e-Allegations FAQ names a row in full:
        # the words the follow-up took from the conversation are its context, not what it asks.
        unexplained = [t for t in unexplained if t not in q.inherited]
    if not unexplained:
        return [], 0.0
    # An abbreviation the visitor wrote ("USPS", "FDA") that no table speaks to names a body the tables
    # do not count: it weighs twice a common word's ("identified", "together" may be how a figure is
    # asked). (A capitalised word may be a misspelt row: "Turkia" is Turkey.)
    weight = len(unexplained) + sum(1 for t in unexplained if t in _abbreviations(q.text))
    penalty = (F["unexplained_story"] if q.story else F["unexplained"]) * weight
    if fig.kind == "rank" and fit.category and (frame.measure or frame.year_given):
        penalty = min(penalty, F["unexplained_rank_cap"])  # extra words are how a ranking is put
    if fig.kind == "rank" and fit.category and frame.measure and frame.year_given:
        # "my class is doing a project... which product had the most seizure lines in FY 2021": a
        # ranking that names all it needs leaves the rest of the words to the story around it.
        penalty = min(penalty, F["unexplained_rank_full_cap"])
    return unexplained, penalty


def _unnamed_part(q, index, reading: Reading, fits: list[Fit], fig: Figure, best: Fit) -> tuple[list[str], list[str]]:
    """(the words of a part of what is counted no row of the table names, those of them a row of another
    table names). "How many duty evasion e-Allegations?": what is counted has a word of its own no table
    speaks to; "the total MSRP of the face masks": a row only a table without that measure names (the
    COVID-19 table's Masks), which even a total asked for ("the total MSRP of ...") does not answer."""
    part = [t for t in reading.unexplained if t in q.counted] if fig.cells else []
    elsewhere = _named_elsewhere(q, index, reading, fits) if fig.kind == "total" and not (best.label or best.mention) else []
    if fig.kind == "total" and best.mention and not best.label:
        # "How many cell phone seizure lines?", then "how many of those came by mail?": the table asked
        # about counts its rows by source country; Mail is another table's kind of row, which the
        # table's total does not answer.
        part = part or _row_of_another_kind(q, index, reading, best.table)
    return part or elsewhere, elsewhere


def _row_of_another_kind(q, index, reading: Reading, table: Table) -> list[str]:
    """The words of a row the question names in full from a table whose rows are of another kind than
    `table`'s (a mode of transport asked of a table of countries)."""
    asked, distinct = _asked_words(q, index)
    said = {t for t, w in reading.weights.items() if w and t in asked and not t.isdigit()}
    own_words = {t for toks in table.labels.values() for t in toks} | table.keywords
    for other in index.catalog.tables:
        if _KINDS.get(other.category) in (None, _KINDS.get(table.category)):
            continue
        for toks in other.labels.values():
            own = distinct(toks)
            if own and own <= said and not own & own_words:
                return sorted(own)
    return []


def _asked_words(q, index):
    """(the words of what the question asks, with the words its synonyms stand for; the distinct words of
    a name). "Sporting Goods" is named by "sporting", "artículos deportivos" by "deportivos": goods are
    any goods."""
    generic = index.lexicon("en").tokens_of("counted.any") | index.lexicon(q.language).tokens_of("counted.any")

    def distinct(toks: list[str]) -> set[str]:
        return {t for t in toks if not t.isdigit() and t not in generic} or {t for t in toks if not t.isdigit()}

    asked = _asking(q)
    asked = asked | {t for term, feats in q.synonyms.items() if distinct(topic_tokens(term)) <= asked
                     for f in feats for t in topic_tokens(f)}
    return asked, distinct


def _named_elsewhere(q, index, reading: Reading, fits: list[Fit]) -> list[str]:
    """The words of a row the question names in full that only tables unfit for it hold (a measure they lack)."""
    asked, distinct = _asked_words(q, index)
    said = {t for t, w in reading.weights.items() if w and t in asked and not t.isdigit()}
    if not said & index.label_words:
        return []
    fitting = {f.table.slug for f in fits}
    for table in index.catalog.tables:
        if table.slug not in fitting:
            for toks in table.labels.values():
                own = distinct(toks)
                if own and own <= said:
                    return sorted(own)
    return []


def _ranks(table: Table, lexicon) -> set[str]:
    """The words that name what a table ranks: its kind of row ("country", "economía"), its own words and rows'."""
    return (lexicon.tokens_of(f"category:{table.category}") | table.keywords
            | {w for name in table.names.values() for w in topic_tokens(name)} | {w for toks in table.labels.values() for w in toks})


def _only_row(fig: Figure, fit: Fit, q) -> bool:
    """The message is a row's name and nothing more ("footwear?", "and handbags?"): what the
    content says of a row is its figures."""
    if not (fig.label and fit.full):
        return False
    said = set(topic_tokens(fig.label)) | set(fit.table.keywords)
    return all(t in said or t.isdigit() for t in q.topic if t not in q.inherited)


def _no_figure(q, index, nearest: Figure | None = None, unknown: list[str] | None = None,
               sure: float | None = None) -> list[Candidate]:
    """No figure for what is asked about (`unknown`: words no content names, else the brands named):
    say so (a fallback), with the nearest row the report counts when the question named one
    ("Rolex watches": Watches/Jewelry)."""
    unknown = unknown or q.unknown
    if not (unknown and q.wants_figure) or q.counted_own:
        return []  # ("...fly home to Chicago, how many is she allowed?" asks a rule, where she lands is no row)
    reasons = [f"no content names {', '.join(unknown)}"]
    text = messages.say("no_figure", q.language)
    if nearest is not None:
        figure = wording.render(nearest, index.catalog.report_year, index.speaker(q.language))
        text = f"{messages.say('nearest_figure', q.language)} {figure}\n\n{messages.say('ask_help_desk', q.language)}"
    if sure is not None:
        # Weighed as the figure it stands for would be: a story naming a brand may ask no figure at all.
        return [Candidate("fallback", min(sure, F["no_figure"]), "statistic", reasons, lambda: common.fallback(index, q, text), bar="missing")]
    return [Candidate("fallback", F["no_figure"], "statistic", reasons, lambda: common.fallback(index, q, text), bar="fallback")]


def _counted_nowhere(q, index, fig: Figure, conf: float, named) -> list[Candidate] | None:
    """The fallback for a figure of something no table counts (None: the figure may stand)."""
    label_words = topic_tokens(fig.label) if fig.label else []
    # ("pharma" names Pharmaceuticals/Personal Care by its start; "rolex" names no part of Watches/Jewelry.)
    narrower = [t for t in q.unknown if t in q.counted and not any(w.startswith(t) for w in label_words)]
    if q.unknown and q.wants_figure and (not named or narrower):
        # "How many firearms did CBP seize?": no content names what is asked about, and CBP's
        # overall totals would answer another question. "How many Rolex watches?": the report
        # counts Watches/Jewelry, not Rolex; that row is only the nearest figure.
        return _no_figure(q, index, nearest=fig if narrower and fig.label and fig.cells else None)
    crossed = _crosses_the_row_before(q, index, fig)
    if crossed:
        # "how many of those shipments came by mail?" after China's cell-phone seizures: no table breaks
        # the one down by the other; Mail's own figure counts every product.
        return _no_figure(q, index, unknown=crossed, sure=conf)
    brands = _brands_asked(q)
    if brands and q.wants_figure:
        # "How many fake Nike sneakers?": the report counts kinds of goods (Footwear), never a brand's;
        # the row is only the nearest figure. As sure as the figure would have been: a traveler's
        # story naming a brand asks no figure.
        return _no_figure(q, index, nearest=fig if fig.label and fig.cells else None, unknown=brands, sure=conf)
    return None


def _crosses_the_row_before(q, index, fig: Figure) -> list[str]:
    """The row a follow-up pointing back ("how many of those ...") names from another kind of table than
    the row it points at; [] when it names none, or one of the same table or kind."""
    old = Frame.from_dict(q.subject.get("frame") or {}) if q.subject.get("kind") == "statistic" else None
    if not (q.follow_up and q.counted_back and old and old.label and fig.label) or fig.label == old.label:
        return []
    before = index.catalog.table(old.table)
    if before is None or before.slug == fig.table.slug or before.category == fig.table.category:
        return []
    return [fig.label] if fig.label not in before.labels else []


def _brands_asked(q) -> list[str]:
    """The brands' names (lexicon "brand.name") the asking sentence says: "My sister bought a 'Rolex'...
    What share was watches and jewelry?" asks the row."""
    if "brand.name" not in q.asking_tags:
        return []
    return [" ".join(q.words[m.start : m.end]) for m in q.matches if m.tag == "brand.name"]


def _asking(q) -> set[str]:
    """Tokens of the sentences that ask (all of them for a one-sentence question)."""
    return q.asking_tokens if q.asking_tokens is not None else set(q.topic)


def _asks_beside_tables(q, reading: Reading, index) -> bool:
    """A story whose asking sentences name no row and speak, beside how a figure is asked ("how
    big"), only of things no table counts: whatever the tables hold was named by the story."""
    if not q.story or q.asking_tokens is None or q.follow_up:
        return False
    asked = q.asking_tokens & set(q.topic)
    if asked & index.label_words or any(t.startswith("measure:") for t in q.asking_tags):
        return False  # the question names a row or a measure itself
    unexplained = asked & set(reading.unexplained)
    return bool(unexplained) and unexplained == asked - index.figure_words


def _asks_whole(q) -> bool:
    """The question asks for the whole ("in total", "overall", "altogether")."""
    return q.frame.total or q.frame.sum


def _not_listed(fig: Figure, fit: Fit, conf: float, reasons: list[str], q, index, absent: list[str],
                other_kind: bool = False) -> list[Candidate]:
    """A figure question about a thing no row names (`absent`: its tokens), where the only figure is
    the table's total; other_kind: the thing is another table's kind of row (not in an "All Other" row)."""
    if not fit.category:
        return _no_figure(q, index)
    # The name as the asker wrote it ("India"), else the words no content knows.
    written = [w.strip("'\"‘’“”()[],.!?:;¿¡") for w in q.text.split()]
    written = [w for w in written if fold(w) in q.names and set(topic_tokens(w)) & set(absent)]
    fig.label = " ".join(dict.fromkeys(written)) if written else " ".join(absent)
    if other_kind:
        # Another table's row, by its own name (which the answer says in the visitor's language).
        fig.label = next((name for t in index.catalog.tables for name, toks in t.labels.items()
                          if sorted(set(toks)) == sorted(absent)), fig.label)
    fig.kind, fig.cells, fig.missing = "value", [], "kind" if other_kind else "row"
    fig.sibling = None
    return [_missing(fig, conf, reasons + [f"no row names {', '.join(absent)}"], q, index)]


def _missing(fig: Figure, conf: float, reasons: list[str], q, index) -> Candidate:
    """The right table, but not that year or row: no figure to give, so a fallback saying what the table covers."""
    asked = [y for y in q.frame.years if y not in index.catalog.years] if q.frame.year_given else []
    if asked and not any(str(y) in (h.doc.text + " " + h.doc.meta.get("answer", "")) for y in asked for h in index.search(q)[:5]):
        # "ipr seizure statistics fy 2025": no table has that year and no text that matched names it.
        conf = max(conf, F["year_nowhere"])
        reasons.append("a year no table and no close text names")
    text = f"{wording.missing(fig, index.speaker(q.language))} {messages.say('missing', q.language)}"
    return Candidate("fallback", conf, "statistic", reasons + ["missing: " + fig.missing], lambda: common.fallback(index, q, text), bar="missing")


def _answer(fig: Figure, conf: float, q, index) -> Answer:
    speaker = index.speaker(q.language)
    body = wording.render(fig, index.catalog.report_year, speaker)
    if fig.kind == "compare" and not fig.label:
        # The report's sentence on the change is found by the question's words, or by the table's own
        # (a question in Spanish, or one put as "by what percent did it go up?").
        hits = index.search(q, kinds={"section"})[:10]
        hits += index.search_text(f"{fig.table.name()} increase decrease previous fiscal year", k=10, kinds={"section"})
        for hit in hits:
            note = wording.prose_change(fig, hit.doc.meta["sentences"], hit.doc.text)
            if note:
                body += f" {messages.say('report_says', q.language)} \"{compose.trim(note, 50)}\""
                break
    frame = q.frame
    # The row the answer named is what "it" and "that one" point at next, a ranking's too.
    named = fig.cells[0].label if fig.kind == "rank" and len(fig.cells) == 1 else fig.label
    frame.table, frame.label = fig.table.slug, named
    if fig.kind == "rank" and frame.rank == "place":
        frame.rank = "max"  # "where did most of them come from?" ranked the rows: no row's place
    elif fig.kind == "value" and frame.rank in ("max", "min"):
        # "what about toys?" after a ranking gave one row's figure: the conversation is on that row
        # now, and "and 2020?" asks toys' 2020 figure, not the ranking again (Subject.ranked keeps
        # the ranking a leader's row came from).
        frame.rank = ""
    cited = max(fig.cells, key=lambda c: c.report_year, default=None)
    sources = [{"title": cited.section_title or fig.table.name(), "url": cited.url, "kind": "section"}] if cited and cited.url else []
    # What the conversation is about: the row and the table, not only this message's words ("and the
    # following year?" has none worth keeping for "where do I go to file one?").
    about = index.words_of_text(" ".join(filter(None, [named or "", fig.table.name()])))
    context = state.remember("statistic", frame=frame, topic=list(dict.fromkeys(about + q.topic)), previous={"subject": q.subject})
    # A ranking ranked by a measure even when the question named none ("the top HSS commodity" ranks
    # seizure lines): "how many seizure lines?" next asks the leader's, not another measure's total.
    context["subject"]["frame"]["measure"] = fig.measure if frame.measure or fig.kind == "rank" else ""
    if fig.measure == "msrp" and not frame.measure:
        # A value given to "how much for handbags?" is what "and in FY 2021?" asks again, not a count.
        context["subject"]["frame"].update(measure="msrp", count=False)
    return Answer(text=body, kind="statistic", confidence=round(conf, 3), sources=sources,
                  suggestions=wording.suggestions(fig, speaker), context=context, chart=wording.chart(fig, speaker))
