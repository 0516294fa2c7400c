"""Understand a message once: everything later steps need, in one Question.

understand() splits the message into sentences and words, corrects typos
against what the content and the grammar know, reads the phrases (grammar and
lexicon), the statistics frame, what the question asks for (a figure, a
definition, a how-to, a channel, a person), which sentences ask, and what it
refers back to in the conversation (state.py). Strategies read the Question;
none of them reads the raw text again.
"""
from dataclasses import dataclass, field

from assistant.answering import bars, reading
from assistant.answering import frame as frames
from assistant.answering import state
from assistant.answering.frame import Frame
from assistant.answering.lexicon import deletions
from assistant.answering.grammar import GRAMMAR, READS_AS, SPELLINGS
from assistant.answering.phrases import GAP, Match, vetoed
from assistant.answering.words import names as surface_names, sentences, words as surface_words
from assistant.redaction import clean
from assistant.retrieval.spelling import common_words, distance, frequency, spanish_form, spanish_verb
from assistant.retrieval.text import tokens as topic_tokens

# Verb and adverb forms ("agarraron", "correctamente") say what happened, not what is asked about.
_PARTICIPLE_ENDINGS = {
    "en": ("ed", "en", "ing", "ly"),
    "es": ("aron", "ieron", "aba", "aban", "ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "ando", "iendo",
           "mente", "ia", "ian", "aria", "arian"),
}
ELLIPTICAL_WORDS = 4  # "How many?", "Since when is that?": too short to ask about anything of its own
FAR_LIKELIER = 100  # how many times more common a neighbour must be for a rare word to be its typo
RARE_WORD = 1000  # pyspellchecker's count under which a common word may be a typo of a name (columbia: 248)


@dataclass
class Question:
    text: str  # the message as typed (cleaned)
    language: str = "en"
    words: list[str] = field(default_factory=list)  # surface words, typos corrected
    asking_words: list[str] = field(default_factory=list)  # words of the sentences that ask
    query: str = ""  # what is searched: the corrected words (a leading greeting dropped)
    tokens: list[str] = field(default_factory=list)  # topic tokens of the whole message
    asking_tokens: set[str] | None = None  # topic tokens of the asking sentences; None: one sentence
    asking_sentences: list[list[str]] = field(default_factory=list)  # those sentences' words, one list each (a story only)
    topic: list[str] = field(default_factory=list)  # tokens an answer must speak to (story chatter left out)
    scope_tokens: list[str] = field(default_factory=list)  # tokens that tell whether the message belongs here
    unknown: list[str] = field(default_factory=list)  # things asked about that no content names ("firearms")
    asked_about: set[str] = field(default_factory=set)  # tokens of what a figure question is about ("how many X")
    inherited: set[str] = field(default_factory=set)  # topic tokens a follow-up took from the conversation
    counted: set[str] = field(default_factory=set)  # of asked_about, the thing itself ("gun" in "how many counterfeit guns did CBP seize")
    ranked: set[str] = field(default_factory=set)  # what a ranking ranks when no table's kind of row names it ("which port ...?")
    counted_back: bool = False  # "how many of them...": what is counted was named before (in a story: the asker's own things)
    counted_own: bool = False  # "how many can I bring?", "¿cuántas puedo traer?": what the asker may do, no count of CBP's
    names: set[str] = field(default_factory=set)  # words written with a capital inside a sentence: names
    past_verbs: set[str] = field(default_factory=set)  # tokens of Spanish past-tense verbs ("acumuló"): how asked, not what
    corrections: dict[str, str] = field(default_factory=dict)  # typed -> read
    synonyms: dict[str, list[str]] = field(default_factory=dict)  # synonym terms that fired -> features
    matches: list[Match] = field(default_factory=list)
    asking_tags: set[str] = field(default_factory=set)  # grammar/lexicon tags of the asking sentences
    asking_matches: list = field(default_factory=list)  # their matches (over asking_words)
    frame: Frame = field(default_factory=Frame)
    intent: str = "about"  # person | definition | figure | channel | howto | about
    wants_figure: bool = False
    story: bool = False  # a long message around a question, naming IPR or border enforcement
    anchored: bool = False  # names IPR itself (or reporting a seller)
    about_enforcement: bool = False  # anchored, or names border enforcement (CBP, seized...)
    near_scope: bool = False  # about enforcement, or near its business (a parcel held, an importer): a person may help
    term: str = ""  # what a definition question asks about
    smalltalk: str = ""  # greeting | thanks | bye | who | how, for a message that is only that
    medium: str = ""  # phone | email, when the question asks for one
    reporting: bool = False  # asks where to report (tip off, tell, flag): a channel that takes reports
    follow_up: bool = False  # refers back to the conversation's subject
    subject: dict = field(default_factory=dict)  # what the conversation was about (state.Subject)
    notes: list[str] = field(default_factory=list)  # how the question was read, for staff tools
    cache: dict = field(default_factory=dict, repr=False)  # the index's searches for this question (Knowledge.search)

    def has(self, tag: str) -> bool:
        return tag in self.asking_tags

    def says(self, tag: str) -> bool:
        """Whether any sentence of the message, asking or not, has the tag."""
        return any(m.tag == tag for m in self.matches)

    def to_debug(self) -> dict:
        return {
            "language": self.language, "intent": self.intent, "wants_figure": self.wants_figure, "story": self.story,
            "corrections": self.corrections, "synonyms": sorted(self.synonyms), "tokens": self.tokens,
            "topic": self.topic, "unknown": self.unknown, "term": self.term, "follow_up": self.follow_up,
            "frame": self.frame.to_dict(), "tags": sorted(self.asking_tags), "notes": self.notes,
        }


def understand(message: str, context: dict | None, index, language: str = "en") -> Question:
    """One Question from a visitor message and the conversation's context; `language` is the
    page's or widget's, which a message too short to tell ("hola", "ok") follows."""
    text = clean(message or "").strip()
    # Letters drawn out ("hiii", "sooo many") are read as usually written.
    per_sentence = [[_drawn_out(w) for w in surface_words(s)] for s in sentences(text)] or [[]]
    language = _language(text, [w for ws in per_sentence for w in ws], index, language)
    spelled = SPELLINGS.get(language, {})
    per_sentence = [[x for w in ws for x in spelled.get(w, w).split()] for ws in per_sentence]
    q = Question(text=text, language=language)
    lexicon = index.lexicon(language)
    typed = [w for ws in per_sentence for w in ws]
    typed_matches = lexicon.read(typed)
    q.smalltalk = _small_talk(text, typed, typed_matches)
    if q.smalltalk:
        q.subject = state.subject_of(context or {})
        return q
    per_sentence = _without_greeting(per_sentence, typed_matches)
    names = surface_names(text)
    q.names = names
    q.past_verbs = _past_tense(text) if language == "es" else set()
    per_sentence = [_corrected(ws, q.corrections, index, lexicon, names) for ws in per_sentence]
    q.words = [w for ws in per_sentence for w in ws]
    asking = _asking(per_sentence, lexicon)
    q.asking_words = [w for ws in asking for w in ws] if asking is not None else q.words
    q.asking_sentences = asking or []
    q.query = " ".join(q.words)
    info = index.retriever.explain(q.query, q.language)
    q.tokens = [t for t in info["tokens"]]
    q.synonyms = info["synonyms"]
    q.asking_tokens = set(topic_tokens(" ".join(q.asking_words))) if asking is not None else None
    q.matches = vetoed(lexicon.read(q.words))
    asking_matches = vetoed(lexicon.read(q.asking_words)) if asking is not None else q.matches
    q.asking_tags = {m.tag for m in asking_matches}
    q.asking_matches = asking_matches
    q.frame = _frame(q, asking, asking_matches, index)
    if q.frame.after:
        # "después de Turquía": the row counted from is named in the content's words too ("turkey").
        q.frame.after += [f for term, feats in q.synonyms.items() if set(term.split()) <= set(q.frame.after)
                          for f in feats if " " not in f and f not in q.frame.after]
    _read_intent(q, asking_matches, index, after_figure=state.subject_of(context or {}).get("kind") == "statistic")
    reads_as = [word for tag, word in READS_AS.get(language, {}).items() if tag in q.asking_tags]
    if reads_as:
        q.query = " ".join([q.query] + reads_as)
        # ... and what an answer must speak to: "how can I tell if it's fake" is about spotting one,
        # and "saber si" ("know whether") is how that was put, not a word an answer must repeat.
        said = {t for m in asking_matches if m.tag in READS_AS.get(language, {}) for t in topic_tokens(" ".join(q.asking_words[m.start : m.end]))}
        q.topic = list(dict.fromkeys([t for t in q.topic if t not in said] + [t for word in reads_as for t in topic_tokens(word)]))
    state.refer(q, context or {}, index)
    return q


_SPANISH_MARKS = set("áéíóúñ¿¡ÁÉÍÓÚÑ")
# Endings of the Spanish past tense no noun has ("acumuló", "registraron", "contabilizaban"); read
# before accents are folded away. "multa" may be a verb or the fine itself, so no present tense.
_PRETERITE = ("ó", "aron", "ieron", "aban")


def _past_tense(text: str) -> set[str]:
    """Tokens of the Spanish past-tense verbs `text` writes."""
    said = (w.strip("¿?¡!.,;:()\"'") for w in text.lower().split())
    # ("tocó", "pasó", "dejó": four letters; no Spanish noun of four ends in an accented ó.)
    return {t for w in said if len(w) >= 4 and w.endswith(_PRETERITE) for t in topic_tokens(w)}


def _language(text: str, words: list[str], index, hint: str) -> str:
    """English or Spanish, by the words each language's grammar knows as its own (and ¿, ñ, accents);
    a message with too few of them follows `hint`."""
    votes = {}
    for language in index.lexicons:
        book = index.lexicon(language).book
        votes[language] = len({m.start for m in book.find(words, {f"language.{language}"})})
    votes["es"] = votes.get("es", 0) + 2 * any(ch in _SPANISH_MARKS for ch in text)
    best = max(votes, key=lambda lang: (votes[lang], lang == hint))
    alone = votes[best] and sum(votes.values()) == votes[best]
    if alone and len([w for w in words if w.isalpha()]) >= 3:
        return best  # "que quiere decir MSRP??": one language's words and none of the other's
    if sum(votes.values()) < 2 or list(votes.values()).count(votes[best]) > 1:
        return hint if hint in index.lexicons else "en"
    return best


def _frame(q: Question, asking, asking_matches: list[Match], index) -> Frame:
    """The figure a question asks for, read from the sentences that ask: the story around them
    ("half of them fell apart") asks for nothing. Years named only in the story still count."""
    if asking is None:
        return frames.read(q.words, q.matches, index.catalog.report_year, q.corrections)
    frame = frames.read(q.asking_words, asking_matches, index.catalog.report_year, q.corrections)
    told = frames.years_in(q.words, q.matches)
    if frame.back and told and not frames.years_in(q.asking_words, asking_matches):
        frame.years = [told[-1] - frame.back]  # "The latest year is FY 2021. ... two years before that?"
    elif not frame.years:
        # "...the value seized in 2021 soared against 2020. By what percent did it rise?": a comparison
        # compares the two years the story told.
        frame.years, frame.year_given = told[-2:] if frame.compare and len(set(told[-2:])) == 2 else told[-1:], bool(told)
    if frame.compare and not frame.measure:
        # ... and what it told of: the value, not the seizures the tables count first.
        frame.measure = frames.read(q.words, q.matches, index.catalog.report_year, q.corrections).measure
    return frame


def _small_talk(text: str, words: list[str], matches: list[Match]) -> str:
    """The kind of small talk a message is when it is nothing else ("thanks!", "hi there")."""
    real = [i for i, w in enumerate(words) if w not in ("?", "%", "$", "#")]
    if not real or len(text) > 80:
        return ""
    covered: set[int] = set()
    kinds = []
    for m in matches:
        if m.tag.startswith("talk."):
            covered.update(range(m.start, m.end))
            kinds.append((m.start, m.tag[5:]))
    return min(kinds)[1] if kinds and set(real) <= covered else ""


def _drawn_out(word: str) -> str:
    """A word with its letters drawn out ("hiii") as usually written ("hi"); "hello" keeps its "ll".
    A number keeps every digit: "3330 millones", "1000 seizures" are not drawn out."""
    if any(ch.isdigit() for ch in word):
        return word
    out = []
    for ch in word:
        if len(out) >= 2 and out[-1] == ch and out[-2] == ch:
            continue
        out.append(ch)
    collapsed = "".join(out)
    return collapsed if collapsed == word or len(collapsed) < 3 else collapsed.rstrip(collapsed[-1]) + collapsed[-1]


def _without_greeting(per_sentence: list[list[str]], matches: list[Match]) -> list[list[str]]:
    """'Hi, how do I report a fake?' -> 'how do I report a fake?'."""
    first = per_sentence[0]
    greeting = [m for m in matches if m.tag == "talk.greeting" and m.start == 0 and m.end <= len(first)]
    if greeting:
        end = max(m.end for m in greeting)
        rest = first[end:]
        if rest or len(per_sentence) > 1:
            return ([rest] if rest else []) + per_sentence[1:]
    return per_sentence


def _corrected(words: list[str], corrections: dict[str, str], index, lexicon, names: set[str]) -> list[str]:
    """Typos read as the word the content or grammar has ("seizurs" -> "seizures").

    A word common in English is what the visitor meant, even when no content uses
    it ("saying" is not "saving"). Of the spellings a corrected token can have,
    the one that keeps the typed word's number wins ("seizurs" -> "seizures", a
    measure; not "seizure").
    """
    out = []
    for word in words:
        # A name is what the visitor meant, unless it is a letter or two off a name the tables print
        # ("Phillipines", "Columbia").
        fixed = index.row_name_near(word) if word in names else _correction(word, index, lexicon)
        if fixed and fixed != word:
            corrections[word] = fixed
            word = fixed
        out.append(word)
    return out


def _row_name_missing_a_letter(word: str, index, lexicon=None) -> str:
    """The one name the tables print that `word` is with a letter left out ("maks" -> "masks"), or a
    measure's word ("seizure lins" -> "lines"), or ""."""
    names = {name for name in index.row_names.get(len(word) + 1, ()) if word in deletions(name)}
    if lexicon is not None:
        names |= {w for t in lexicon.measure_tokens for w in lexicon.spellings(t) if len(w) == len(word) + 1 and word in deletions(w)}
    return names.pop() if len(names) == 1 else ""


def _correction(word: str, index, lexicon) -> str:
    if len(word) < 3 or not word.isalpha() or word in lexicon.known:
        return ""
    if word in common_words(lexicon.language) or (lexicon.language == "es" and spanish_form(word)):
        # A common word is what the visitor meant ("saying" is not "saving", "catches" is not
        # "watches"), unless it is a rare one a letter off a name the tables print ("columbia").
        seen = _frequency(word, lexicon.language)
        if seen >= RARE_WORD:
            return ""
        # (A verb's form is counted poorly in the Spanish list: "llegando" is no typo of "llegado".)
        conjugated = lexicon.language == "es" and spanish_form(word)
        return index.row_name_near(word) or ("" if conjugated else _far_likelier(word, seen, index, lexicon))
    toks = topic_tokens(word)
    if not toks or toks[0] in index.retriever.known:
        return ""
    named = _row_name_missing_a_letter(word, index, lexicon)
    if named:
        return named  # "colmbia seizure lines", "seizure lins": the name a figure is asked of, typed a letter short
    near = {w for key in deletions(word) for w in lexicon.grammar_deletes.get(key, ()) if distance(word, w, 1) <= 1}
    fixed = index.retriever.correct(toks[0], lexicon.language)
    if len(word) == 3 and not near:
        near = set(lexicon.grammar_dropped.get(word, ()))  # "mny" -> "many", "wre" -> "were"
    if len(near) == 1:
        # "secnd" -> "second": a word of the grammar the content index never holds; but a letter left
        # out of a content word is likelier than one mistyped in a grammar word ("operaton" is
        # "operation", not "operator"), and a letter left out of a name the tables print as likely as
        # one left out of a grammar word: the name is what a figure is asked of ("fake maks" are
        # masks, not "makes").
        grammar_word = near.pop()
        if not (fixed and word in deletions(fixed) and word not in deletions(grammar_word)):
            return grammar_word
    if not fixed:
        return ""
    spellings = lexicon.spellings(fixed) or {fixed}
    plural = word.endswith("s")
    return min(spellings, key=lambda s: (s.endswith("s") != plural, abs(len(s) - len(word)), s))


def _far_likelier(word: str, seen: int, index, lexicon) -> str:
    """A rare word one letter off a content word the language uses far more ("coreo postal": "correo",
    42,977 to 51) is that word mistyped; a word as common as its neighbour is what was meant."""
    toks = topic_tokens(word)
    fixed = index.retriever.correct(toks[0], lexicon.language) if toks else None
    if not fixed or distance(word, fixed, 1) > 1 or fixed.startswith(word) or word.startswith(fixed):
        return ""  # (an ending added or dropped is another form of the word: "numerosa" is not "numeros")
    return fixed if _frequency(fixed, lexicon.language) >= FAR_LIKELIER * max(seen, 1) else ""


def _frequency(word: str, language: str) -> int:
    """How common a word is; a Spanish plural as common as its singular (the Spanish list holds
    "persona", not "personas", which is no typo of Personal Care)."""
    found = frequency(word, language)
    if not found and language == "es" and word.endswith("s"):
        found = frequency(word[:-1], language) or (frequency(word[:-2], language) if word.endswith("es") else 0)
    return found


def _asking(per_sentence: list[list[str]], lexicon) -> list[list[str]] | None:
    """The sentences that ask: those ending in "?", and the last one when it asks ("we need
    numbers on mail seizures"); None for a message of one sentence."""
    if len(per_sentence) < 2:
        return None
    chosen = [ws for ws in per_sentence if ws[-1:] == ["?"]]
    last = per_sentence[-1]
    # ("...hubo en 2021? soy de Medellín y me dio curiosidad": an afterthought asks nothing: "asks!" vetoes it.)
    if not chosen or (lexicon.book.has(last, "asks") and any(m.tag == "asks" for m in vetoed(lexicon.read(last)))):
        if last not in chosen:
            chosen.append(last)
    # "... caught a crazy number of fake shipments in a single day. How many?": a question with no
    # words of its own asks about the sentence before it (when no other asking sentence has words).
    grammar = lexicon.grammar_tokens

    def bare(ws: list[str]) -> bool:
        # Years name when, not what: "What were they in FY 2020 and FY 2021?" points back at what "they" are.
        own = [t for t in topic_tokens(" ".join(ws)) if t not in grammar and not t.isdigit()]
        size = len([w for w in ws if w.isalnum() and not w.isdigit()])
        return not own and (size <= ELLIPTICAL_WORDS or (size <= 2 * ELLIPTICAL_WORDS and lexicon.book.has(ws, "refer.many")))

    first = per_sentence.index(chosen[0])
    if first > 0 and all(bare(ws) for ws in chosen):
        chosen.insert(0, per_sentence[first - 1])
    return chosen


def _read_intent(q: Question, asking: list[Match], index, after_figure: bool = False) -> None:
    """What the question asks for, from the sentences that ask."""
    tags = q.asking_tags
    all_tags = {m.tag for m in q.matches}
    q.anchored = "anchor" in all_tags or ("channel.report" in all_tags and "seller" in all_tags)
    q.about_enforcement = q.anchored or "border" in all_tags
    q.near_scope = q.about_enforcement or "near" in all_tags
    q.story = q.about_enforcement and len(set(q.tokens)) >= bars.UNDERSTANDING["story_words"]
    q.wants_figure = _wants_figure(q, tags, asking)
    q.medium = "phone" if "channel.phone" in tags else "email" if "channel.email" in tags else ""
    q.reporting = bool(tags & {"channel.report", "channel.tell"})
    if q.wants_figure and not after_figure and _names_only_a_measure(q, asking, index):
        q.wants_figure = False  # "what is MSRP?", "what are seizure lines?": the measure, not its figure
        tags = tags | {"define"}
    if "person" in tags:
        q.intent = "person"
    elif "define" in tags and not q.wants_figure:
        q.intent = "definition"
    elif q.wants_figure:
        q.intent = "figure"
    elif "channel" in tags:
        q.intent = "channel"
    elif "howto" in tags:
        q.intent = "howto"
    # The widest reading names the term: "MSRP — what's that?" is about MSRP, not "that".
    terms = [m for m in asking if m.tag == "define.term" and m.gap]
    term = max(terms, key=lambda m: (m.end - m.start, -m.start)) if terms else None
    if term is not None:
        start, end = term.gap
        # "what is the IPR Center and who runs it?": the term ends where a second question begins.
        ends = [m.start for m in asking if m.tag == "term.end" and start < m.start]
        end = min([e for e in ends if e < end], default=end)
        if end == term.end and topic_tokens(q.asking_words[start]):
            end = _noun_phrase_end(q.asking_words, end, min(ends, default=len(q.asking_words)), start)
        while end - start > 1 and not topic_tokens(q.asking_words[start]):
            start += 1  # "¿qué es eso de e-Allegations?": the term is what "eso de" introduces
        # "can they tell me what they did about it?": a pronoun names no term to explain.
        q.term = " ".join(q.asking_words[start:end]) if topic_tokens(" ".join(q.asking_words[start:end])) else ""
    _read_topic(q, index)


def _read_term_topic(q: Question, index) -> None:
    """"What does HSS stand for in CBP's seizure tables?": the answer must speak to HSS; "stand for"
    and "tables" are how the question is asked, "CBP's seizure" where it was seen."""
    asked = index.lexicon(q.language).tokens_of("define", "define.term", "define.where")
    term = [t for t in topic_tokens(q.term) if t not in asked]
    if not term:
        # "explain it in plain English": the term is the conversation's or the story's, or the one
        # the message pointed at ("...shows 'MSRP'. What does that acronym mean?").
        q.term = _term_pointed_at(q, index)
        term = [t for t in topic_tokens(q.term) if t not in asked]
    q.topic = term or [t for t in q.topic if t not in asked] or q.topic


def _term_pointed_at(q: Question, index) -> str:
    """"...every table in the report shows 'MSRP'. What does that acronym mean?", "¿qué significan esas
    siglas?": a definition asked of what the message pointed at is of the one term it names that the
    content spells out or explains (none when it names two)."""
    if not {"refer.back", "refer.many"} & q.asking_tags:
        return ""
    # (Only an abbreviation: "the officer said something. what did he mean by it?" asks what was said.)
    found = {w for w in q.words if w.replace("-", "") in index.acronyms}
    return found.pop() if len(found) == 1 else ""


def _counts_own(q: Question) -> bool:
    """"how many can I bring?", "¿cuántas puedo traer?": what the asker may do, no count of CBP's; or
    what the asker is let have, anywhere after ("how many will customs let me keep?")."""
    first_person = set(GRAMMAR[q.language].get("subject.first_person", []))
    permitted = [m.start for m in q.matches if m.tag == "ask.permission"]
    if any(m.tag == "ask.could_be" for m in q.matches):
        return True
    return any(
        m.tag == "ask.object" and bool(set(q.words[m.end : m.end + 2]) & first_person or any(p >= m.end for p in permitted))
        for m in q.matches
    )


def _without_figure_talk(q: Question) -> list[str]:
    """A figure question's topic less how a figure is asked: in "how many recordations are active right
    now according to the report?", "right now" says when and "according to the report" where the
    figure is read; neither is what it counts."""
    talk = {t for m in q.matches if m.tag in ("figure.talk", "figure.purpose", "year.latest") for t in topic_tokens(" ".join(q.words[m.start : m.end]))}
    talk -= _ranked(q)  # "¿cuál fue la marca más falsificada?" ranks brands: "marca" is what is asked
    return [t for t in q.topic if t not in talk] or q.topic


_JOINERS = {"de", "del"}
_ARTICLES_ES = {"la", "las", "los", "el"}


def _noun_phrase_end(words: list[str], end: int, limit: int, start: int) -> int:
    """Where a term closing a pattern ends: a gap takes as few words as it can, but "what is the IPR
    Center?" asks about the IPR Center; the term runs on over words that are not stop words ("¿Qué es
    el MSRP que sale en las tablas?" stops at "que"). A gap opening with a stop word ("what does
    customs do") took no term to run on."""
    while end < min(limit, start + GAP):
        if topic_tokens(words[end]):
            end += 1
        elif words[end] in _JOINERS and end + 1 < min(limit, start + GAP) and topic_tokens(words[end + 1]):
            end += 2  # "orden de exclusión", "derechos de autor": a Spanish noun phrase runs on over "de"
        elif (words[end] == "de" and end + 2 < min(limit, start + GAP) and words[end + 1] in _ARTICLES_ES
              and topic_tokens(words[end + 2])):
            end += 3  # "la protección de la regla Lever": and over "de la"
        else:
            break
    return end


def _names_only_a_measure(q: Question, asking: list[Match], index) -> bool:
    """A question whose term is nothing but a measure's words, with no year, count or total asked."""
    terms = [m for m in asking if m.tag == "define.term" and m.gap]
    if not terms or q.frame.year_given or q.asking_tags & {"ask.how_many", "total", "ask.figure", "refer.back"}:
        return False
    measures = index.lexicon(q.language).measure_tokens
    for term in terms:
        if {"was", "were", "did", "fue", "fueron", "era"} & set(q.asking_words[term.start : term.gap[0]]):
            continue  # "what was the MSRP?" asks what it came to
        # From the term to the end: "what is the msrp for china" names China too.
        words = topic_tokens(" ".join(q.asking_words[term.gap[0] :]))
        if words and set(words) <= measures:
            return True
    return False


# The Spanish conditional and future ("pagaría", "costarían", "pagaremos"): never a thing counted ("marcas",
# a noun and a verb's form alike, may be one).
_WOULD = ("ria", "rian", "riamos", "remos")


def _counted(q: Question, cut: bool = False) -> set[str]:
    """The tokens of what a figure question is about: the words after "how many", "the value of",
    "cuántos" (up to four); cut: only up to its verb, the thing counted ("how many seizures | has
    it produced")."""
    aux = set(GRAMMAR[q.language].get("verb.aux", []))
    ends = aux if cut else set()
    # "how many am I allowed?", "how much time do we have?": a verb or a person right after names no
    # thing counted (it was named before, or is the kind of answer: a duration), so nothing is.
    elided = aux | set(GRAMMAR[q.language].get("subject.person", []))
    back = set(GRAMMAR[q.language].get("refer.many", []))
    kind_words = {t for m in q.matches if m.tag.startswith("answer.") for t in topic_tokens(" ".join(q.words[m.start : m.end]))}
    # "¿cuánto aumentaron de 2020 a 2021?": a change right after names no thing counted, as a verb does.
    changing = {i for m in q.matches if m.tag == "compare" for i in range(m.start, m.end)}
    out: set[str] = set()
    for m in q.matches:
        if m.tag == "ask.object":
            words = q.words[m.end : m.end + 4]
            if words and (m.end in changing or words[0] in elided or (len(words) > 1 and words[1] in elided and set(topic_tokens(words[0])) <= kind_words)):
                continue
            if q.language == "es" and words and words[0].endswith(_WOULD) and spanish_verb(words[0]):
                continue  # "¿cuánto pagaría en total?": a verb right after counts no thing
            if words[:1] in (["of"], ["de"]) and len(words) > 1 and words[1] in back:
                continue  # "how many of them": counted before
            stop = next((i for i, w in enumerate(words) if i and w in ends), len(words))
            out.update(topic_tokens(" ".join(words[:stop])))
            out.update(_partitive_predicate(q, m.end))
    return out - kind_words


_COPULAS = {"en": {"were", "was", "are", "is"}, "es": {"eran", "era", "fueron", "fue", "son", "es"}}


def _partitive_predicate(q: Question, start: int) -> list[str]:
    """"how many of Colombia's seizures were coffee?", "¿cuántas de las incautaciones de Colombia eran
    café?": what the part is (after its copula) is counted too, as much as the whole named before it."""
    words = q.words[start : start + GAP + 2]
    if words[:1] not in (["of"], ["de"]):
        return []
    at = next((i for i, w in enumerate(words) if i > 1 and w in _COPULAS.get(q.language, ())), None)
    if at is None:
        return []
    return topic_tokens(" ".join(words[at + 1 : at + 3]))


def _ranked(q: Question) -> set[str]:
    """What a ranking ranks: the word after "which", "¿cuál fue el ...?" ("which port had the most
    seizures?" is about ports, whatever else it counts)."""
    if q.frame.rank not in ("max", "min"):
        return set()
    skip = set(GRAMMAR[q.language].get("verb.aux", [])) | {"the", "el", "la", "los", "las"}
    # A kind of row the tables rank ("which country", "what product") or a ranking word ("what is the
    # maximum fine?") is the statistic strategy's to read; only another kind of thing is kept.
    # (Read in the sentences that ask: "Para una nota que estoy escribiendo: ¿qué producto...?" ranks products.)
    words, matches = q.asking_words, q.asking_matches
    known = {i for m in matches if m.tag.startswith("category:") for i in range(m.start, m.end)}
    # How it is ranked ("which was second?", "the most valuable", "¿cuál registró el mayor...?") or a verb
    # ("¿cuál quedó tercero?") names nothing ranked.
    how = {i for m in matches if m.tag.startswith("rank.") and m.tag != "rank.which" for i in range(m.start, m.end)}
    verbs = set(q.past_verbs)
    # The "which" nearest before the ranking word asks it: "Para una nota que estoy escribiendo, ¿qué producto
    # tuvo el mayor MSRP?" ranks products ("que estoy" is no question).
    ranking_at = min((m.start for m in matches if m.tag in ("rank.max", "rank.min")), default=-1)
    whiches = [m for m in matches if m.tag == "rank.which" and m.end - m.start == 1 and words[m.start] in ("which", "what", "cual", "cuales", "que")]
    # A "que" after the ranking word relates a clause, it asks nothing: "¿De dónde viene la mayoría de la
    # mercancía que incauta CBP?" ranks places, not "incauta".
    before = [m for m in whiches if m.start < ranking_at]
    m = before[-1] if before else next((w for w in whiches if ranking_at < 0 or words[w.start] != "que"), None)
    if m is None:
        return set()
    after = [i for i in range(m.end, min(m.end + 3, len(words))) if words[i] not in skip]
    at = next(iter(after), None)
    # "which named commodity", "which single product": a kind of row the tables rank, a word on.
    if at is None or not words[at].isalpha() or at in how or words[at] in verbs or known & set(after[:2]):
        return set()
    return set(topic_tokens(words[at]))


def _wants_figure(q: Question, tags: set[str], asking: list[Match]) -> bool:
    """Whether the asking sentences ask for a number ("my shoes were seized, what happens now?" does not)."""
    if q.asking_tokens is None:
        year_given = q.frame.year_given
    else:
        year_given = bool(frames.years_in(q.asking_words, asking)) or bool(tags & {"year.previous", "year.latest"})
    how_many = "ask.how_many" in tags
    if tags & {"ask.why", "ask.meaning"} and not how_many:
        return False  # "why does the report count seizure lines instead of seizures?", "does that mean ...?"
    if "define" in tags and not year_given and not how_many:
        return False  # "what does MSRP mean in these numbers"
    if "howto" in tags and not (how_many or year_given):
        return False  # "how do I report a site selling fakes at a tenth of the price?"
    if tags & {"answer.duration", "answer.time", "answer.frequency"} and not how_many and q.frame.reckoned:
        return False  # "if I record my trademark this year, how long does it last?": "this year" dates no figure
    if "ask.figure" in tags or year_given:
        return True
    ranked = any(t.startswith("rank.") and t[5:].isdigit() for t in tags)  # "which product was second?"
    # "apart from the price, what about the packaging ...?": a measure ruled out asks for no figure of it.
    measured = any(t.startswith("measure:") and t[8:] not in q.frame.negated for t in tags)
    return ranked or measured or any(t.startswith(("rank.max", "rank.min", "rank.place", "total", "compare", "ask.count")) for t in tags)


def _unknown_words(q: Question, index, named: set[str], synonym_words: set[str]) -> list[str]:
    """Topic words no content has: things asked about, unless a verb ("correspondió", "shipped") says how it
    is asked. A name no content has ("India", "the Port of Savannah", "EU") is a row or a place the tables lack."""
    grammar_tokens, keep = index.lexicon(q.language).token_set, q.asking_tokens
    return [
        t for t in q.topic
        if (len(t) >= 4 or t in named) and t.isalpha() and t not in index.known_tokens and t not in grammar_tokens
        and t not in synonym_words and (keep is None or t in keep)
        and (t in named or not (t.endswith(_PARTICIPLE_ENDINGS.get(q.language, ())) or (q.language == "es" and spanish_verb(t))))
    ]


def _read_topic(q: Question, index) -> None:
    """The words an answer must speak to, and the things asked about that no content names.

    In a story about enforcement, words of the story the content never uses
    ("bought", "answering") say nothing about scope; the story's known words and
    every word of the asking sentences stay, so "My trip is next week. How do I
    renew my passport?" still falls back. Those words (`scope_tokens`) tell the
    in-scope model whether the message belongs here; the topic narrows further
    for a channel asked for in a story, a term asked about, a thing ruled out.
    """
    known = index.known_tokens
    synonym_words = {w for term in q.synonyms for w in term.split()}
    keep = q.asking_tokens
    if q.about_enforcement and keep is not None:
        q.topic = [t for t in q.tokens if t in keep or t in known or t in synonym_words or t.isdigit()]
    else:
        q.topic = list(q.tokens)
    q.scope_tokens = list(q.topic)
    if q.story and keep is not None and q.intent in ("channel", "person"):
        # "I paid for headphones ... the seller still has hundreds listed. Where do I report this?":
        # an answer must speak to the channel asked for; the story only helps find it.
        q.topic = [t for t in q.tokens if t in keep] or q.topic
    ruled_out = set(q.frame.ruled_out)
    if ruled_out:
        q.topic = [t for t in q.topic if t not in ruled_out] or q.topic  # "besides the money, why ..."
    answer_words = reading.asking_words(q)
    if answer_words:
        # "how long did clearance take": "long" says what kind of answer is wanted, not what about.
        q.topic = [t for t in q.topic if t not in answer_words] or q.topic
    if q.wants_figure:
        q.topic = _without_figure_talk(q)
    if q.intent == "definition":
        _read_term_topic(q, index)
    named = {t for word in q.names for t in topic_tokens(word)}
    unknown = _unknown_words(q, index, named, synonym_words)
    # "How many SME webinars did CBP host?": what a figure question asks about is just after "how
    # many", "the value of"; a word elsewhere ("host", "valuable") is how the question is put. A
    # question with no such object names no thing the content lacks.
    q.asked_about = _counted(q)
    q.counted_own = _counts_own(q)
    if q.counted_own and q.intent == "figure":
        q.intent = "howto"  # "how many can I bring?" asks what one may do: a rule, not a figure
    q.counted_back = any(
        m.tag == "refer.many" and any(o.tag == "ask.object" and o.end <= m.start <= o.end + 1 for o in q.matches) for m in q.matches
    )
    lexicon = index.lexicon(q.language)
    generic = lexicon.measure_tokens | lexicon.tokens_of("border", "counted.any", "ask.object", "ask.count")
    # What a ranking ranks counts even when it is a word of IPR or the border: "¿qué marca fue la más
    # falsificada?" ranks brands, "which port had the most?" ports.
    plain = lexicon.measure_tokens | lexicon.tokens_of("counted.any")
    ranked = {t for t in _ranked(q) if t not in plain and not t[:1].isdigit()}
    q.counted = {t for t in _counted(q, cut=True) if t not in generic and not t[:1].isdigit()} | ranked
    q.ranked = ranked
    q.unknown = [t for t in unknown if t in _counted(q, cut=True) or t in named]  # "how many webinars did CBP host": not "host"
