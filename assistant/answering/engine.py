"""Decide how to answer: statistic, FAQ, report passage, channel, small talk or fallback.

Every candidate gets a confidence in [0, 1]; the best one answers when it clears
its bar, else the assistant falls back (thresholds measured on the dev set, see
docs/assistant.md).
"""
import re
import threading
import weakref

from django.conf import settings

from assistant.answering import catalog as catalogs
from assistant.answering import compose, followup, routing, smalltalk, stats
from assistant.answering.query import Frame, parse
from assistant.answering.reply import Answer
from assistant.redaction import clean

# Bars each kind must clear (cosine similarity for index hits, 0-1 for stats).
STAT_MIN = 0.7  # a statistic this sure beats any passage
FAQ_MIN = 0.45  # an FAQ phrasing this close answers directly
FAQ_ROUTE = 0.35  # a channel question may take a slightly looser FAQ match (it carries links)
SECTION_MIN = 0.15
ANSWER_COVERAGE = 0.55  # an FAQ (phrasing + answer) must speak to this share of the question
SECTION_COVERAGE = 0.6  # a passage, the same
FAQ_ANCHORED = 0.2  # a channel question naming IPR, told as a story the content cannot cover
ROUTE_MIN = 0.15
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


def _combined(hit, cov: float) -> float:
    """An answer's confidence: index similarity, discounted by how much of the question it leaves out."""
    return min(1.0, hit.score * (0.4 + 0.6 * cov))


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
    toks = _focus(text, [info["corrections"].get(t, t) for t in info["tokens"]], info, aux)
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
    unexplained = [] if is_follow else _unexplained(toks, info, cat, aux)
    stat = stats.resolve(cat, text, frame, q, unexplained, prefer) if cat.tables else None

    hits = retriever.search(text, k=20)
    faq = _rerank(toks, info, [h for h in hits if h.doc.kind == "faq"], aux)
    section = _rerank(toks, info, [h for h in hits if h.doc.kind == "section"], aux)
    coverage = _coverage(toks, info, hits[:5] + [h for h in (faq, section) if h], aux)
    faq_cov = _covered(toks, info, _words(faq.doc), aux) if faq else 0.0
    sec_cov = _covered(toks, info, _words(section.doc), aux) if section else 0.0
    debug = {
        "faq": [faq.doc.id, round(faq.score, 3), round(faq_cov, 3)] if faq else None,
        "section": [section.doc.id, round(section.score, 3), round(sec_cov, 3)] if section else None,
        "frame": frame.to_dict(),
        "tokens": toks,
        "unexplained": unexplained,
        "coverage": round(coverage, 3),
        "stat": round(stat.confidence, 3) if stat else None,
        "candidates": [{"id": h.doc.id, "kind": h.doc.kind, "score": round(h.score, 3)} for h in hits[:5]],
    }

    if routing.wants_person(text):
        return _person(text, hits, aux, debug)
    unknown = _unknown(toks, info, aux)
    debug["unknown"] = unknown
    if unknown and stats.asks_figure(frame, text) and not (stat and stat.cells and stat.label):
        # "How many firearms were seized?": no table row and no passage speaks of them,
        # and CBP's overall totals or a key-figures FAQ would answer another question.
        return _fallback(aux, debug, NO_FIGURE_TEXT)
    # A close FAQ beats a table when the question asks for no figure at all.
    faq_first = faq is not None and faq.score >= FAQ_MIN and faq_cov >= ANSWER_COVERAGE and not stats.asks_figure(frame, text)
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
    story = coverage < COVERAGE_MIN and channel and routing.anchored(text)
    if coverage >= COVERAGE_MIN or story:
        if channel:
            if story and not any(h.doc.kind == "contact" for h in hits):
                # FAQs crowd contacts out of a long question's hits; the channel is what was asked for.
                hits = hits + retriever.search(text, k=3, kinds={"contact"})
            picked = routing.pick(text, hits, aux.contacts)
            top_contact = next((h.score for h in hits if h.doc.kind == "contact"), 0.0)
            if faq and faq.score >= (FAQ_ANCHORED if story else FAQ_ROUTE) and faq.doc.meta["contacts"]:
                return _faq(faq, hits, aux, debug, extra_contacts=picked, cov=faq_cov)
            if picked and (top_contact >= ROUTE_MIN or story):
                return _route(picked, top_contact, hits, aux, debug)
        faq_ok = faq is not None and faq_cov >= ANSWER_COVERAGE and _combined(faq, faq_cov) >= threshold()
        sec_ok = section is not None and sec_cov >= SECTION_COVERAGE and _combined(section, sec_cov) >= threshold()
        if faq_ok and faq.score >= FAQ_MIN and faq.score >= (section.score if section else 0) - 0.05:
            if sec_ok and _passage_beats_faq(toks, info, frame, faq, section, aux):
                return _section(section, text, hits, aux, debug, sec_cov)
            return _faq(faq, hits, aux, debug, cov=faq_cov)
        if sec_ok and section.score >= SECTION_MIN:
            return _section(section, text, hits, aux, debug, sec_cov)
        if faq_ok and faq.score >= _faq_bar(toks, faq_cov):
            return _faq(faq, hits, aux, debug, cov=faq_cov)
    # A terse row name ("and footwear?") asks for its figure; a how-to question that
    # merely touches a table's words ("how do I snitch on a seller?") does not.
    if stat and stat.confidence >= STAT_WEAK and stat.cells and (stats.asks_figure(frame, text) or (stat.label and not channel)):
        return _statistic(stat, text, hits, aux, debug, retriever)
    return _fallback(aux, debug)


# -- helpers ---------------------------------------------------------------

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _focus(text: str, toks: list[str], info: dict, aux: _Aux) -> list[str]:
    """The question's words, less the story told before it.

    "I bought sneakers online and they look fake. The seller stopped answering.
    What can I do?": words of the story the content never uses ("bought",
    "answering") say nothing about scope, yet would weigh most in coverage. They
    are dropped; the story's known words and every word of the question itself
    stay, so "My trip is next week. How do I renew my passport?" still falls back.
    """
    sentences = [s for s in _SENTENCE_END.split(text) if s.strip()]
    if len(sentences) < 2:
        return toks
    from assistant.retrieval.text import tokens

    asked = [s for s in sentences if s.rstrip().endswith("?")] or sentences[-1:]
    keep = {info["corrections"].get(t, t) for s in asked for t in tokens(s)}
    synonym_words = {w for term in info["synonyms"] for w in term.split()}
    return [t for t in toks if t in keep or t in aux.idf or t in synonym_words or t.isdigit()]



def _unknown(toks: list[str], info: dict, aux: _Aux) -> list[str]:
    """Question words no document uses and no synonym or spelling fix explains ("firearms")."""
    synonym_words = {w for term in info["synonyms"] for w in term.split()}
    return [
        t for t in toks
        if len(t) >= 4 and t.isalpha() and t not in aux.idf and t not in aux.stat_vocab and t not in synonym_words
    ]


def _faq_bar(toks: list[str], cov: float) -> float:
    """Least index similarity for an FAQ that is not a close phrasing match.

    Similarity falls as a question grows (each word is a smaller part of it), so a
    long question whose words the FAQ mostly holds may match less closely; so may
    one whose every word the FAQ holds ("what does MSRP stand for").
    """
    bar = FAQ_ROUTE
    if cov >= 0.99:
        bar -= 0.05
    if len(set(toks)) >= 6 and cov >= 0.7:
        bar -= 0.07
    return bar


def _unexplained(toks: list[str], info: dict, cat, aux: _Aux) -> list[str]:
    """Question words that no statistics table speaks to ("advice", "arrest", "process").

    A word just before a row word is its modifier ("face masks", "designer
    handbags") and a short form of a row word names it ("pharma").
    """
    known = set(aux.stat_vocab)
    label_words: set[str] = set()
    for table in cat.tables:
        known.update(table.keywords)
        for label_toks in table.labels.values():
            label_words.update(label_toks)
    known |= label_words
    for term, feats in info["synonyms"].items():
        if any(f in known for f in feats):
            known.update(term.split())
    out = []
    for i, tok in enumerate(toks):
        if tok in known or tok.isdigit() or len(tok) <= 1:
            continue
        if i + 1 < len(toks) and toks[i + 1] in label_words:
            continue
        if len(tok) >= 4 and tok.isalpha() and any(w.startswith(tok) and len(w) >= 6 for w in label_words):
            continue
        out.append(tok)
    return out


def _rerank(toks: list[str], info: dict, hits, aux: _Aux):
    """Among close hits of one kind, the one whose words (for an FAQ: its answer too)
    cover most of the question. Index scores see only the phrasing; an FAQ whose
    answer holds the asked-for facts beats one whose phrasing merely sounds alike."""
    if not hits:
        return None
    top = hits[0].score
    best, best_key = None, -1.0
    seen = set()
    for hit in hits:
        if hit.score < 0.5 * top:
            break
        key = hit.doc.url
        if key in seen:
            continue
        seen.add(key)
        cov = _covered(toks, info, _words(hit.doc), aux)
        combined = _combined(hit, cov)
        if combined > best_key:
            best, best_key = hit, combined
    return best


def _words(doc) -> set[str]:
    words = _doc_tokens(doc)
    if doc.kind == "faq":
        words = words | _text_tokens(doc.meta["question"] + " " + doc.meta["answer"])
    return words


def _passage_beats_faq(toks: list[str], info: dict, frame: Frame, faq, section, aux: _Aux) -> bool:
    """A close report passage wins over an FAQ when it speaks to more of the question,
    or when the question wants a figure that only the passage gives."""
    if section is None or section.score < 0.6 * faq.score:
        return False
    faq_words = _words(faq.doc)
    sec_words = _doc_tokens(section.doc)
    faq_cov = _covered(toks, info, faq_words, aux)
    sec_cov = _covered(toks, info, sec_words, aux)
    if sec_cov > faq_cov + 0.15:
        return True
    wants_figure = frame.count or frame.measure in ("percentage", "msrp", "quantity")
    has_digit = any(ch.isdigit() for ch in faq.doc.meta["answer"])
    return wants_figure and not has_digit and any(ch.isdigit() for ch in section.doc.text) and sec_cov >= faq_cov


def _covered(toks: list[str], info: dict, words: set[str], aux: _Aux) -> float:
    alts: dict[str, set[str]] = {}
    for term, feats in info["synonyms"].items():
        for tok in term.split():
            alts.setdefault(tok, set()).update(f for f in feats if " " not in f)
    total = got = 0.0
    for tok in set(toks):
        w = aux.idf.get(tok, aux.max_idf)
        total += w
        if tok in words or alts.get(tok, set()) & words:
            got += w
    return got / total if total else 0.0


_text_tok_cache: dict[str, set[str]] = {}


def _text_tokens(text: str) -> set[str]:
    from assistant.retrieval.text import tokens

    found = _text_tok_cache.get(text)
    if found is None:
        found = set(tokens(text))
        if len(_text_tok_cache) < 5000:
            _text_tok_cache[text] = found
    return found


def _coverage(toks: list[str], info: dict, hits, aux: _Aux) -> float:
    """How much of the question (idf-weighted) the best hits' words cover.

    Unknown words weigh the most: "renew my passport" shares only "renew" with
    the content, so it is not an IPR question even if "renew" matches a contact.
    A word counts as covered when a synonym of it is ("sneakers" -> "footwear").
    """
    if not toks:
        return 0.0
    words: set[str] = set()
    for hit in hits:
        words.update(_words(hit.doc))
    return _covered(toks, info, words, aux)


_doc_tok_cache: dict[str, set[str]] = {}
_DOC_CACHE_MAX = 200_000


def _doc_tokens(doc) -> set[str]:
    # Keyed by id + text length: hashing a whole Doc would hash its text each time.
    key = f"{doc.id}:{len(doc.text)}:{hash(doc.text)}"
    cached = _doc_tok_cache.get(key)
    if cached is None:
        from assistant.retrieval.text import tokens

        cached = set(tokens(doc.text))
        if len(_doc_tok_cache) >= _DOC_CACHE_MAX:
            _doc_tok_cache.clear()
        _doc_tok_cache[key] = cached
    return cached


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
        confidence=round(_combined(hit, cov), 3),
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
        confidence=round(_combined(hit, cov), 3),
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
    body = stats.render(result)
    if result.kind == "compare" and not result.label:
        # The report's own statement of the change, when a passage makes one.
        note = _prose_change(result, retriever.search(text, k=5, kinds={"section"}))
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
        suggestions=_stat_suggestions(result),
        context={"kind": "statistic", "frame": {**frame.to_dict(), "measure": result.measure if frame.measure else ""}},
        debug=debug,
    )


_MEASURE_TALK = {"msrp": r"MSRP|valued|value", "seizures": r"seizures", "seizure_lines": r"seizure lines"}


def _prose_change(result, hits) -> str:
    """The sentence where the report itself states this change (it may round differently)."""
    import re

    a, b = result.cells
    pattern = _MEASURE_TALK.get(result.measure)
    if not pattern or b.year != a.year + 1:
        return ""
    for hit in hits:
        for sentence in hit.doc.meta["sentences"]:
            if (
                re.search(r"\d+(\.\d+)?\s?(%|percent)", sentence)
                and re.search(r"increas|decreas|rose|fell|grew|up from|down from", sentence, re.I)
                and re.search(pattern, sentence)
                and (str(a.year) in sentence or "previous" in sentence.lower())
                and str(b.year) in hit.doc.text
            ):
                return compose.trim(sentence, 50)
    return ""


def _stat_suggestions(result) -> list[str]:
    t = result.table
    year = result.years[-1] if result.years else None
    out = []
    others = [y for y in t.years if y != year]
    if others and result.label:
        out.append(f"What about FY {others[-1]}?")
    measures = t.measures(year) - {result.measure}
    if "msrp" in measures and result.label:
        out.append("What was the MSRP?")
    elif "percentage" in measures and result.label:
        out.append("What share of the total was that?")
    if result.kind != "rank":
        out.append(f"Which had the most {stats.UNITS.get(result.measure) or 'MSRP'} in FY {year}?".replace("most MSRP", "highest MSRP"))
    out.append("How do I report a website selling counterfeit goods?")
    return compose.suggestions(out, set(), smalltalk.STARTERS, n=3)


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
