"""Decide how to answer: statistic, FAQ, report passage, channel, small talk or fallback.

Every candidate gets a confidence in [0, 1]; the best one answers when it clears
its bar, else the assistant falls back (thresholds measured on the dev set, see
docs/assistant.md).
"""
import threading
import weakref

from django.conf import settings

from assistant.answering import catalog as catalogs
from assistant.answering import compose, coverage, figures, followup, query, routing, smalltalk, stats
from assistant.answering.query import Frame, parse
from assistant.answering.reply import Answer
from assistant.redaction import clean
from assistant.retrieval.text import family

# Bars each kind must clear (cosine similarity for index hits, 0-1 for stats).
STAT_MIN = 0.7  # a statistic this sure beats any passage
FAQ_MIN = 0.45  # an FAQ phrasing this close answers directly
FAQ_ROUTE = 0.35  # a channel question may take a slightly looser FAQ match (it carries links)
SECTION_MIN = 0.15
ANSWER_COVERAGE = 0.55  # an FAQ (phrasing + answer) must speak to this share of the question
SECTION_COVERAGE = 0.6  # a passage, the same
FAQ_ANCHORED = 0.2  # a channel question naming IPR, told as a story the content cannot cover
ROUTE_MIN = 0.15
STORY_COVERAGE = 0.35  # an FAQ for a long message naming IPR (coverage.is_story): its story dilutes both measures
STORY_FAQ = 0.25
STAT_WEAK = 0.45  # a statistic when nothing else fits
COVERAGE_MIN = 0.5
DEFAULT_THRESHOLD = 0.12  # share of the question's weight the answer must speak to

FALLBACK_TEXT = (
    "I can only help with IPR enforcement questions: counterfeit and pirated goods at the U.S. border, "
    "CBP's FY 2021 IPR seizure statistics, and where to report a seller or get help. "
    "I couldn't find that in my sources. The IPR Help Desk can point you in the right direction."
)
MISSING_TEXT = "I can only give figures the report prints. The IPR Help Desk may be able to help further."
NO_FIGURE_TEXT = (
    "The FY 2021 IPR seizure statistics report gives no figures on that: it counts counterfeit and pirated "
    "goods seized for IPR violations, by product, country, mode of transport and industry. "
    "The IPR Help Desk can point you in the right direction."
)
PERSON_TEXT = (
    "I'm an automated assistant, but CBP's IPR Help Desk is staffed by people Monday through Friday "
    "and answers questions on IPR enforcement. You can also ask me to pass your question on."
)


def threshold() -> float:
    """Least confidence an FAQ or passage answer may have (settings.FALLBACK_THRESHOLD)."""
    return float(getattr(settings, "FALLBACK_THRESHOLD", DEFAULT_THRESHOLD))


class _Aux:
    """Per-index lookups built once: contacts by slug, FAQ questions, where each contact is cited."""

    def __init__(self, retriever):
        self.contacts: dict[str, dict] = {}
        self.faq_questions: list[str] = []
        self.contact_source: dict[str, dict] = {}
        sections = []
        for doc in retriever.docs:
            if doc.kind == "contact":
                self.contacts[doc.meta["slug"]] = doc.meta
            elif doc.kind == "faq" and doc.text == doc.meta.get("question"):
                self.faq_questions.append(doc.meta["question"])
            elif doc.kind == "section":
                sections.append(doc)
        for slug, contact in self.contacts.items():
            needle = routing.address(contact).lower().rstrip("/")
            for doc in sections:
                if needle and needle in doc.text.lower():
                    self.contact_source[slug] = {"title": doc.title, "url": doc.url, "kind": "section"}
                    break
        vocab, idf = retriever.vocab, retriever.idf
        self.idf = {t: float(idf[i]) for t, i in vocab.items() if " " not in t}
        self.max_idf = max(self.idf.values(), default=1.0)
        self.stat_vocab = set(stats.STAT_WORDS)
        # Root -> the index's words with that root: "seizes" is answered by a text saying "seizure".
        self.family: dict[str, set[str]] = {}
        for word in self.idf:
            self.family.setdefault(family(word), set()).add(word)


_aux_lock = threading.Lock()
_aux_cache: "weakref.WeakKeyDictionary[object, _Aux]" = weakref.WeakKeyDictionary()


def _aux(retriever) -> _Aux:
    aux = _aux_cache.get(retriever)
    if aux is None:
        with _aux_lock:
            aux = _aux_cache.get(retriever) or _Aux(retriever)
            _aux_cache[retriever] = aux
    return aux


def _current_retriever():
    from assistant import index_store

    return index_store.current()


def current_retriever():
    """The Retriever answers come from now (tests replace _current_retriever)."""
    return _current_retriever()


def answer(message: str, context: dict | None = None, retriever=None) -> Answer:
    """Answer one visitor message. `context` is what the conversation remembered."""
    context = context or {}
    text = clean(message or "").strip()
    talk = smalltalk.detect(text)
    if talk:
        return Answer(text=smalltalk.reply(talk), kind="smalltalk", confidence=1.0, suggestions=smalltalk.STARTERS[:3])
    text = smalltalk.strip_greeting(text)
    retriever = retriever or _current_retriever()
    cat = catalogs.for_index(retriever)
    aux = _aux(retriever)
    info = retriever.explain(text)
    toks = [info["corrections"].get(t, t) for t in info["tokens"]]
    if routing.about_enforcement(text):
        # Only a message about enforcement is read for its question; in any other, the
        # words the content never uses are the sign that it is out of scope.
        toks = coverage.focus(text, toks, info, aux)
    q = {t: 1.0 for t in toks}
    for feats in info["synonyms"].values():
        for feat in feats:
            if " " not in feat:
                q.setdefault(feat, 1.0)  # an explicit mapping: "sneakers" names Footwear

    frame = parse(text, cat.report_year)
    prefer = ""
    is_follow = followup.is_followup(text, toks, context)
    if is_follow:
        old = Frame.from_dict(context["frame"])
        frame = followup.merge(frame, old)
        q = followup.carry_tokens(q, stats.has_row(cat, q), old, cat)
        prefer = old.table
    story = coverage.is_story(info["tokens"], routing.about_enforcement(text))
    unexplained = [] if is_follow else coverage.unexplained(toks, info, cat, aux)
    asking = coverage.asked_text(text)  # the sentences that ask; None for a message of one sentence
    question_words = coverage.asked(asking, info) if story else None
    if question_words is not None:
        # Words of the story told before the question do not make it ask for something no table holds.
        unexplained = [t for t in unexplained if t in question_words]
    asked = (asking or "") if story else ""
    # In a story, only the asking sentences can ask for a figure ("we registered it last year. Can customs stop them?").
    wants_figure = query.asks_figure(parse(asked, cat.report_year) if asked else frame, asked or text)
    q_stat = q
    if question_words is not None:
        # "I import watches for a small shop ... What was the total MSRP of everything CBP seized?":
        # the story's words name no row; the question's do.
        named = {f for term, feats in info["synonyms"].items() if set(term.split()) <= question_words for f in feats}
        q_stat = {t: w for t, w in q.items() if t in question_words or t in named}
    stat = stats.resolve(cat, text, frame, q_stat, unexplained, prefer, story, wants_figure) if cat.tables else None

    hits = retriever.search(text, k=20)
    # "What does HSS stand for?": the answer must speak to HSS; "stand for" is how the question is asked.
    defining = query.defines(text)
    topic = [t for t in toks if t not in coverage.DEFINE_WORDS] if defining else toks
    topic = topic or toks
    faq_hits = [h for h in hits if h.doc.kind == "faq"]
    term = query.defined_term(text) if defining else ""
    if term:
        # The term alone finds the FAQ that explains it; the rest of the question ("in CBP's
        # seizure figures") would pull the FAQ that quotes the figures.
        faq_hits = sorted(faq_hits + retriever.search(term, k=3, kinds={"faq"}), key=lambda h: -h.score)
    definer = coverage.definer(term, faq_hits)
    faq = definer or coverage.rerank(topic, info, faq_hits, aux)
    section = coverage.rerank(topic, info, [h for h in hits if h.doc.kind == "section"], aux)
    cover = coverage.coverage(topic, info, hits[:5] + [h for h in (faq, section) if h], aux)
    faq_cov = coverage.covered(topic, info, coverage.words(faq.doc), aux) if faq else 0.0
    sec_cov = coverage.covered(topic, info, coverage.words(section.doc), aux) if section else 0.0
    debug = {
        "faq": [faq.doc.id, round(faq.score, 3), round(faq_cov, 3)] if faq else None,
        "section": [section.doc.id, round(section.score, 3), round(sec_cov, 3)] if section else None,
        "frame": frame.to_dict(),
        "tokens": toks,
        "unexplained": unexplained,
        "coverage": round(cover, 3),
        "stat": round(stat.confidence, 3) if stat else None,
        "candidates": [{"id": h.doc.id, "kind": h.doc.kind, "score": round(h.score, 3)} for h in hits[:5]],
    }

    # In a message of several sentences, only the asking ones can ask for a person:
    # "customer service stopped answering. How do I get my money back?" does not.
    if routing.wants_person(asking or text):
        return _person(text, hits, aux, debug)
    unknown = coverage.unknown(toks, info, aux)
    if question_words is not None:
        unknown = [t for t in unknown if t in question_words]
    debug["unknown"] = unknown
    if unknown and wants_figure and not (
        stat and stat.cells and (stat.label or stat.kind == "rows" or stat.table_named)
    ):
        # "How many firearms were seized?": no table row and no passage speaks of them,
        # and CBP's overall totals or a key-figures FAQ would answer another question.
        return _fallback(aux, debug, NO_FIGURE_TEXT)
    if stat and stat.missing and not stat.cells and coverage.year_nowhere(frame, cat, hits):
        # "ipr seizure statistics fy 2024": no table has that year and no passage or FAQ
        # that matched names it, so whatever they say is about another year.
        return _statistic(stat, text, hits, aux, debug, retriever)
    # A close FAQ beats a table when the question asks for no figure at all.
    faq_first = faq is not None and faq.score >= FAQ_MIN and faq_cov >= ANSWER_COVERAGE and not wants_figure
    faq_first = faq_first or (definer is not None and not wants_figure)  # "MSRP - what's that?"
    if story and stat and stat.kind == "total" and not (stat.table_named or frame.total) and faq is not None:
        # "... a story on fakes around the Super Bowl. How much sports gear was seized?": CBP's
        # overall total answers another question than an FAQ with figures on the story's subject.
        faq_first = faq_first or (
            faq_cov >= ANSWER_COVERAGE and faq.score >= STORY_FAQ and any(ch.isdigit() for ch in faq.doc.meta["answer"])
        )
    if stat and stat.confidence >= STAT_MIN and (stat.cells or stat.missing) and not faq_first:
        return _statistic(stat, text, hits, aux, debug, retriever)
    if stat and stat.cells and stat.confidence >= STAT_WEAK and frame.year_given and faq is not None:
        # "... in FY 2019?": an FAQ whose answer never names that year cannot give its figure; the table can.
        if not any(str(year) in faq.doc.meta["answer"] for year in frame.years):
            return _statistic(stat, text, hits, aux, debug, retriever)
    # A story around a channel question ("I run a small shop ... where do I report the
    # supplier of a counterfeit?") leaves words the content never uses; the request
    # for a channel and an IPR word are enough to stay in scope.
    channel = routing.wants_route(text)
    loose = channel and routing.anchored(text) and (cover < COVERAGE_MIN or story)
    if cover >= (STORY_COVERAGE if story else COVERAGE_MIN) or loose:
        if channel:
            if not any(h.doc.kind == "contact" for h in hits):
                # FAQs crowd contacts out of the hits; the channel is what was asked for.
                hits = hits + retriever.search(routing.contact_query(text), k=3, kinds={"contact"})
            picked = routing.pick(text, hits, aux.contacts)
            top_contact = next((h.score for h in hits if h.doc.kind == "contact"), 0.0)
            if faq and faq.score >= (FAQ_ANCHORED if loose else FAQ_ROUTE) and faq.doc.meta["contacts"]:
                return _faq(faq, hits, aux, debug, extra_contacts=picked, cov=faq_cov)
            if picked and (top_contact >= ROUTE_MIN or loose or routing.anchored(text)):
                return _route(picked, top_contact, hits, aux, debug)
        need = STORY_COVERAGE if story else ANSWER_COVERAGE
        faq_ok = faq is not None and faq_cov >= need and coverage.combined(faq, faq_cov) >= threshold()
        sec_ok = section is not None and sec_cov >= SECTION_COVERAGE and coverage.combined(section, sec_cov) >= threshold()
        if faq_ok and faq.score >= FAQ_MIN and faq.score >= (section.score if section else 0) - 0.05:
            if sec_ok and coverage.passage_beats_faq(topic, info, frame, faq, section, aux):
                return _section(section, text, hits, aux, debug, sec_cov)
            return _faq(faq, hits, aux, debug, cov=faq_cov)
        if defining and faq_ok and faq.score >= max(_faq_bar(topic, faq_cov, True), section.score if section else 0):
            return _faq(faq, hits, aux, debug, cov=faq_cov)  # a term is explained by its FAQ, not by a passage using it
        if sec_ok and section.score >= SECTION_MIN:
            return _section(section, text, hits, aux, debug, sec_cov)
        if faq_ok and faq.score >= (STORY_FAQ if story else _faq_bar(topic, faq_cov, defining)):
            return _faq(faq, hits, aux, debug, cov=faq_cov)
    # A terse row name ("and footwear?") asks for its figure; a how-to question that
    # merely touches a table's words ("how do I snitch on a seller?") does not.
    if stat and stat.confidence >= STAT_WEAK and stat.cells and (wants_figure or (stat.label and not channel)):
        return _statistic(stat, text, hits, aux, debug, retriever)
    return _fallback(aux, debug)


# -- helpers ---------------------------------------------------------------


def _faq_bar(toks: list[str], cov: float, defining: bool = False) -> float:
    """Least index similarity for an FAQ that is not a close phrasing match.

    Similarity falls as a question grows (each word is a smaller part of it), so a
    long question whose words the FAQ mostly holds may match less closely; so may
    one whose every word the FAQ holds ("what does MSRP stand for").
    """
    bar = FAQ_ROUTE
    if defining and cov >= 0.7:
        bar -= 0.15  # a term asked about that the FAQ holds: its phrasing ("stand for") matters little
    elif cov >= 0.99:
        bar -= 0.05
    if len(set(toks)) >= 6 and cov >= 0.7:
        bar -= 0.07
    return bar


def _source(hit) -> dict:
    return {"title": hit.doc.title, "url": hit.doc.url, "kind": "faq" if hit.doc.kind == "faq" else "section"}


def _related(hits, exclude: set[str]) -> list[str]:
    return [h.doc.meta["question"] for h in hits if h.doc.kind == "faq" and h.doc.meta["question"] not in exclude]


def _faq(hit, hits, aux: _Aux, debug: dict, extra_contacts: list[dict] | None = None, cov: float = 1.0) -> Answer:
    meta = hit.doc.meta
    text = compose.plain_numbers(meta["answer"].strip())
    contacts = {c["slug"]: c for c in meta["contacts"]}
    for c in extra_contacts or []:
        contacts.setdefault(c["slug"], c)
    missing = [c for c in contacts.values() if routing.address(c).lower().rstrip("/") not in text.lower()]
    if missing:
        text += "\n\n" + "\n".join("- " + routing.describe(c) for c in missing[:3])
    return Answer(
        text=text,
        kind="faq",
        confidence=round(coverage.combined(hit, cov), 3),
        sources=[_source(hit)],
        links=[routing.link(c) for c in contacts.values()],
        suggestions=compose.suggestions(_related(hits, {meta["question"]}), {meta["question"]}, smalltalk.STARTERS),
        debug=debug,
    )


def _section(hit, text: str, hits, aux: _Aux, debug: dict, cov: float = 1.0) -> Answer:
    body = compose.best_sentences(hit.doc.meta["sentences"], text, aux.idf)
    return Answer(
        text=body,
        kind="section",
        confidence=round(coverage.combined(hit, cov), 3),
        sources=[_source(hit)],
        suggestions=compose.suggestions(_related(hits, set()), set(), smalltalk.STARTERS),
        debug=debug,
    )


def _route(picked: list[dict], score: float, hits, aux: _Aux, debug: dict) -> Answer:
    first = picked[0]
    purpose = compose.trim(first.get("purpose", ""), 45)
    lines = "\n".join("- " + routing.describe(c) for c in picked)
    source = aux.contact_source.get(first["slug"])
    faq = next((h for h in hits if h.doc.kind == "faq"), None)
    sources = [source] if source else ([_source(faq)] if faq else [])
    return Answer(
        text=f"{purpose}\n\n{lines}".strip(),
        kind="route",
        confidence=round(min(1.0, max(score, 0.5)), 3),
        sources=sources,
        links=[routing.link(c) for c in picked],
        suggestions=compose.suggestions(_related(hits, set()), set(), smalltalk.STARTERS),
        debug=debug,
    )


def _person(text: str, hits, aux: _Aux, debug: dict) -> Answer:
    desk = aux.contacts.get(routing.HELP_DESK)
    contacts = [desk] if desk else []
    body = PERSON_TEXT + ("\n\n- " + routing.describe(desk) if desk else "")
    source = aux.contact_source.get(routing.HELP_DESK)
    return Answer(
        text=body,
        kind="route",
        confidence=1.0,
        sources=[source] if source else [],
        links=[routing.link(c) for c in contacts],
        suggestions=smalltalk.STARTERS[:3],
        offer_handoff=True,
        debug=debug,
    )


def _statistic(result, text: str, hits, aux: _Aux, debug: dict, retriever) -> Answer:
    if result.missing and not result.cells:
        # The right table, but not that year or row: no figure to give, so this is
        # a fallback (help desk offered), saying what the report does cover.
        answer = _fallback(aux, debug)
        answer.text = f"{result.missing} {MISSING_TEXT}"
        return answer
    body = figures.render(result)
    if result.kind == "compare" and not result.label:
        # The report's own statement of the change, when a passage makes one.
        note = figures.prose_change(result, retriever.search(text, k=10, kinds={"section"}))
        if note:
            body += f" The report says: \"{note}\""
    frame = result.frame or Frame()
    frame.table, frame.label = result.table.slug, result.label
    frame.measure = frame.measure or ""
    sources = []
    if result.table.url:
        sources.append({"title": result.table.section_title or result.table.name(), "url": result.table.url, "kind": "section"})
    elif hits:
        sec = next((h for h in hits if h.doc.kind == "section"), None)
        if sec:
            sources.append(_source(sec))
    return Answer(
        text=body,
        kind="statistic",
        confidence=round(result.confidence, 3),
        sources=sources,
        suggestions=figures.suggestions(result),
        context={"kind": "statistic", "frame": {**frame.to_dict(), "measure": result.measure if frame.measure else ""}},
        debug=debug,
    )


def _fallback(aux: _Aux, debug: dict, text: str = "") -> Answer:
    desk = aux.contacts.get(routing.HELP_DESK)
    return Answer(
        text=text or FALLBACK_TEXT,
        kind="fallback",
        confidence=0.0,
        links=[routing.link(desk)] if desk else [],
        suggestions=smalltalk.STARTERS[:3],
        offer_handoff=True,
        debug=debug,
    )
