"""Answers from the curated FAQ: the FAQ whose phrasings and answer best cover the question.

The index finds FAQs by their phrasings (every alternate phrasing is an example
staff can add in the admin) and by question + answer; evidence.best() re-ranks
close hits by how much of the question each FAQ's words cover. A definition
question prefers the FAQ that asks what its term is. Weights: FAQ in bars.py.
"""
from assistant.answering import bars, channels, compose, evidence, reading, state
from assistant.answering.candidate import Candidate
from assistant.answering.words import sentences, words
from assistant.answering.reply import Answer
from assistant.retrieval.core import Hit
from assistant.retrieval.text import tokens as topic_tokens
from assistant.answering.strategies import common

W = bars.FAQ


def propose(q, index) -> list[Candidate]:
    if q.smalltalk or q.intent == "person":
        return []
    hits = [h for h in index.search(q) if h.doc.kind == "faq"]
    if q.term:
        # The term alone finds the FAQ that explains it; the rest of the question ("in CBP's
        # seizure figures") would pull the FAQ that quotes the figures.
        hits = sorted(hits + index.search_text(q.term, k=8, kinds={"faq"}), key=lambda h: -h.score)
    if q.follow_up and q.wants_figure and q.tokens:
        # "how many tools have been deployed through it?" after the Donations Acceptance Program: the
        # conversation's words find the program's FAQ; the follow-up's own words find the one that
        # gives the figure.
        own = index.search_text(" ".join(q.tokens), k=8, kinds={"faq"})
        hits = sorted(hits + own, key=lambda h: -h.score)
    if _asks_on_its_own(q):
        # "My husband came back from Guangzhou with 40 fake belts... Can CBP fine him for it?": the
        # story's words find FAQs about the trip; the asking sentence's own find the one it asks.
        own = index.search_text(" ".join(q.asking_words), k=8, kinds={"faq"})
        hits = sorted(hits + [Hit(h.doc, h.score * W["asked_alone"]) for h in own], key=lambda h: -h.score)
    definer = _definer(q, hits, index) if q.intent == "definition" else None
    wanted = _wanted_channels(q, index)
    probable = _probable(q, index)
    agreed = _agreed(q, hits, probable, index)
    out, close = [], [(h, c) for h, c in _close(q, hits, index, definer, probable) if not _asks_beyond(q, h, index)]
    for hit, cov in close:
        cov = _story_coverage(q, hit, cov, index)
        p = probable.get(hit.doc.meta["faq"], 0.0)
        candidate = _candidate(q, hit, cov, hit is definer, wanted, index, _still_on(q, hit, index), p)
        if candidate is not None:
            out.append(candidate)
    if agreed is not None and max((c.score for c in out), default=0.0) < bars.BARS["faq_story" if q.story else "faq"]:
        # Two readings that err differently (the closest phrasing; the model's weighing of every word)
        # pointing at one FAQ: either alone unsure, together surer than each. Only where no FAQ would
        # answer otherwise: it rescues a question from the fallback, never reorders answers.
        hit, cov = next((h, c) for h, c in close if h.doc.meta["faq"] == agreed)
        p = 1.0 - (1.0 - probable[agreed]) * (1.0 - hit.score)
        boosted = _candidate(q, hit, _story_coverage(q, hit, cov, index), hit is definer, wanted, index, _still_on(q, hit, index), p)
        out = [c for c in out if not c.reasons[0].startswith(hit.doc.id + ":")] + ([boosted] if boosted else [])
    pooled = _pooled(q, index, probable)
    if pooled and max((c.score for c in out), default=0.0) < bars.BARS["faq_story" if q.story else "faq"]:
        # Like the agreement above, a rescue from the fallback only: each of the two stands with their
        # pooled probability, and the one covering more of the question wins.
        for hit, cov in _close(q, hits, index, definer, pooled):
            faq = hit.doc.meta["faq"]
            if faq in pooled:
                candidate = _candidate(q, hit, _story_coverage(q, hit, cov, index), hit is definer, wanted, index, False, pooled[faq])
                out += [candidate] if candidate is not None else []
    return out


def _asks_on_its_own(q) -> bool:
    """A story whose asking sentence says what it asks by itself: no pointing back at the story
    ("can CBP stop it?") and at least two words of its own."""
    if not q.story or q.follow_up or not q.asking_tokens or "refer.back" in q.asking_tags:
        return False
    return len(q.asking_tokens & set(q.topic)) >= 2


def _agreed(q, hits, probable: dict, index):
    """The FAQ both the search (its closest FAQ) and the FAQ model (its most probable class, and
    probable enough) find first, when they agree; else None."""
    # Only for a question the in-scope model finds ours: "how do I renew my passport?" has both
    # pointing at the recordation's renewal. Never for legal advice, which no FAQ gives.
    if not hits or not probable or index.p_in_scope(q) < bars.INTENTS["agreement_in_scope"] or "ask.legal" in q.asking_tags:
        return None
    ranked = index.faq_intents(q, in_scope=True)
    first = hits[0].doc.meta["faq"]
    return first if ranked and ranked[0][0] == first and first in probable else None


def _story_coverage(q, hit, cov: float, index) -> float:
    """The coverage of a message of several sentences weighs what its asking sentence asks as much as
    the sentences around it: "I paid
    for 'authentic' AirPods ... the seller stopped answering. How do I get my money back?" is about the
    money, however few of the story's words the refund FAQ holds."""
    if not q.asking_tokens or q.follow_up:
        return cov
    asked = [t for t in q.topic if t in q.asking_tokens]
    if not asked:
        return cov
    return max(cov, (cov + evidence.covered(q, index.words.of(hit.doc), index, tokens=asked)) / 2)


def _probable(q, index) -> dict:
    """The FAQs the FAQ model (intents.py) finds at least bars.INTENTS["least"] probable: FAQ -> P.
    Not for a follow-up: the model learnt from whole questions, and a follow-up's words are mostly
    the conversation's ("what did they do around the super bowl?" after the IPR Center)."""
    if q.follow_up:
        return {}
    # The scope model (with the words no content has, and whether IPR is named) decides whether the
    # question is ours; given that it is, "not ours" must not take the FAQ model's probability: a
    # traveler's story ("flying home from Istanbul... how many fake bags am I allowed?") shares its
    # words with the duty-free examples, and only "fake" tells it apart.
    ranked = _ranked(q, index, in_scope=index.p_in_scope(q) >= bars.SCOPE["min_in_scope"])
    least, clear, ahead = bars.INTENTS["least"], bars.INTENTS["clear"], bars.INTENTS["ahead"]
    out = {faq: p for faq, p in ranked if p >= least and faq in index.faq_docs}
    if len(ranked) > 1:
        (faq, p), (_, second) = ranked[0], ranked[1]
        if faq in index.faq_docs and p >= clear and p >= ahead * second:
            out[faq] = p  # well ahead of every other class, though no class is likely in itself
    return out


def _ranked(q, index, in_scope: bool) -> list[tuple[object, float]]:
    """The FAQ model's classes for the question, most probable first; for a story whose asking
    sentence says what it asks, the probabilities for that sentence alone mixed in: the model weighs
    every word, and a story's ("my cousin runs a little boutique... she brings back fake purses")
    drown what it asks ("can they fine her?")."""
    ranked = index.faq_intents(q, in_scope=in_scope)
    # Unlike the search, the model may read a sentence pointing back at the story ("can they fine
    # her?"): its pronouns weigh nothing, and what it asks still speaks.
    if not q.story or q.follow_up or not q.asking_tokens or len(q.asking_tokens & set(q.topic)) < 2:
        return ranked
    return index.faq_intents_with(q, " ".join(q.asking_words), W["asked_alone_model"], in_scope=in_scope)


def _pooled(q, index, probable: dict) -> dict:
    """Two FAQs the FAQ model cannot tell apart but finds probable together ("3 fake bags from
    Bangkok, can I bring them all?": the one-item exemption, or what happens to fakes in a suitcase):
    FAQ -> their pooled probability, for each of the two; else {}."""
    if probable or q.follow_up or "ask.legal" in q.asking_tags:
        return {}
    ranked = _ranked(q, index, in_scope=index.p_in_scope(q) >= bars.SCOPE["min_in_scope"])
    if len(ranked) < 2:
        return {}
    (first, p), (second, p2) = ranked[0], ranked[1]
    if p + p2 < bars.INTENTS["pooled" if q.story else "least"] or p >= bars.INTENTS["ahead"] * p2 or not {first, second} <= index.faq_docs.keys():
        return {}
    return {first: p + p2, second: p + p2}


_PROSE_KINDS = ("duration", "frequency", "time")


def _close(q, hits, index, definer, probable: dict, limit: int = 5) -> list:
    """The few FAQs close to the question (one hit each), and any the FAQ model finds probable,
    with how much of the question each covers."""
    top = hits[0].score if hits else 0.0
    out, seen = [], set()
    lex = index.lexicon(q.language)
    skip = lex.grammar_tokens | lex.measure_tokens
    own = [t for t in q.tokens if not t.isdigit() and t not in skip] if q.follow_up else []
    kind = reading.asked(q)
    for hit in ([definer] if definer else []) + hits:
        # "how often do I renew a copyright recordation?": the closest phrasing may ask another kind of
        # question ("how much is it to renew..."); an FAQ holding the kind asked is read from further down.
        # (Only for a when, how long or how often: a number or an amount is in too many answers to tell.)
        least = W["close_holding"] if kind in _PROSE_KINDS and reading.holds(kind, hit.doc.meta["answer"]) else 0.5
        if hit.doc.url in seen or (hit is not definer and hit.score < least * top):
            continue
        seen.add(hit.doc.url)
        cov = evidence.covered(q, index.words.of(hit.doc), index)
        if len(own) >= 2:
            # "How many de minimis filings did CBP receive that year?" after an answer on express
            # shipments, "which agency handles the criminal investigations?" after the operations'
            # figures: a follow-up with a subject of its own is covered by what it asks itself.
            cov = max(cov, evidence.covered(q, index.words.of(hit.doc), index, tokens=own))
        out.append((hit, cov))
    # The few that answer best, similarity and coverage together: the closest phrasings may all cover
    # less of the question than one a little further down ("¿Cuántos envíos express procesó CBP?").
    first = [(h, c) for h, c in out[:1] if h is definer]
    rest = sorted((pair for pair in out if pair not in first), key=lambda pair: -evidence.combined(pair[0].score, pair[1]))
    out = first + rest[: limit - len(first)]
    for faq in probable:
        doc = index.faq_docs[faq]
        if doc.url not in seen:
            seen.add(doc.url)
            hit = next((h for h in hits if h.doc.url == doc.url), None) or Hit(doc, 0.0)
            out.append((hit, evidence.covered(q, index.words.of(hit.doc), index)))
    return out


def _names_asked(q) -> set[str]:
    """The names a figure question gives ("Mexico" in "how many seizure lines came from Mexico?"): an
    answer giving another figure never speaks of them."""
    asked = q.topic if q.asking_tokens is None else [t for t in q.topic if t in q.asking_tokens]
    return {t for word in q.names for t in topic_tokens(word) if t in asked}


def _taught(q, hit, cov: float, index) -> float:
    """The coverage an FAQ reaches when the words of its other phrasings count halfway
    (bars.FAQ["taught_words"]): they say what it answers, though its answer never says them. It only
    admits an FAQ its own words leave short ("what does cbp do with the fake stuff they take?"); the
    ranking stays with its own words (corpus 2026-12-02: ranking by it too lost as many as it won)."""
    taught = evidence.covered(q, index.words.of(hit.doc, taught=True), index)
    return cov + bars.FAQ["taught_words"] * max(0.0, taught - cov)


def _definer(q, hits, index):
    """For "what does MSRP stand for in the figures": the FAQ asking what the term is
    ("What does MSRP mean in the report?"), even when an FAQ quoting MSRP figures scores higher."""
    term = set(topic_tokens(q.term))
    # "the e-Allegations system", "el programa de e-Recordation de CBP": the name is the term, "system"
    # its kind and CBP whose it is.
    term = (term - index.lexicon(q.language).tokens_of("term.generic", "border")) or term
    if not term:
        return None
    found = [h for h in hits if term <= (index.defines(h.doc) or set())]
    if not found:
        return None
    # Of FAQs explaining the term and about as close to the question, the one explaining more of what
    # it names: "What is a CBP Center of Excellence and Expertise?" is the centers' FAQ, not "What is CBP?".
    top = max(h.score for h in found)
    asked = set(q.tokens) - index.lexicon(q.language).tokens_of("term.generic", "border")
    return max((h for h in found if h.score >= 0.9 * top), key=lambda h: (len(asked & index.defines(h.doc)), h.score))


def _wanted_channels(q, index) -> set[str]:
    """For a channel question, the channels it asks for (the contacts the index finds for it).
    An FAQ carrying another channel (a campaign page on a question about reporting) has not
    answered where to go."""
    if q.intent != "channel":
        return set()
    hits = common.contact_hits(q, index)  # as the channel strategy finds them
    return {c["slug"] for c in channels.pick(hits, index.contacts, q.medium, bars.ROUTE["runner_up"], reporting=q.reporting)}


def _still_on(q, hit, index) -> bool:
    """A follow-up asking more of the FAQ just given ("how many people did that reach?"): that FAQ,
    when it holds at least half of what the follow-up itself asks (not of the words it inherits)."""
    if not q.follow_up or hit.doc.meta["faq"] != q.subject.get("faq"):
        return False
    return evidence.covered(q, index.words.of(hit.doc), index, tokens=q.tokens) >= 0.5


def _asks_beyond(q, hit, index) -> bool:
    """A follow-up on the FAQ just given asking what it does not hold: a kind of answer it has none of,
    in words of its own it does not all speak of ("¿y cuánto cuesta cada herramienta?" after the tools
    the program deployed). Given again, it would answer the question before, not this one."""
    if not q.follow_up or hit.doc.meta["faq"] != q.subject.get("faq"):
        return False
    kind = reading.asked(q)
    if not kind or any(reading.holds(kind, s) for s in sentences(hit.doc.meta["answer"])):
        return False
    return evidence.covered(q, index.words.of(hit.doc), index, tokens=q.tokens) < 1.0


def _candidate(q, hit, cov: float, is_definer: bool, wanted: set[str], index, still_on: bool, p: float) -> Candidate | None:
    need = bars.COVERAGE["faq_story" if q.story else "faq"]
    own = {c["slug"] for c in hit.doc.meta["contacts"]}
    carries = bool(wanted & own) if wanted else bool(own)
    if p and q.intent == "channel" and not carries and q.story:
        p = 0.0  # what the model recognised is the story; the question asks where to go
    if p:
        need = min(need, bars.INTENTS["coverage"])
    loose = q.intent == "channel" and q.anchored and carries
    if cov < need and not (loose and cov >= bars.COVERAGE["faq_story"]) and _taught(q, hit, cov, index) < need:
        return None
    # The model has weighed every word already (words that speak for no FAQ move it little), so the words
    # a story leaves uncovered discount its probability less than they do a similarity; the surer stands.
    d = bars.INTENTS["coverage_discount"]
    recognised_score = min(1.0, p * (1 - d + d * cov))
    score = max(recognised_score, evidence.combined(hit.score, cov))
    reasons = [f"{hit.doc.id}: similarity {hit.score:.2f}, coverage {cov:.2f}"]
    if p and score == recognised_score:
        reasons.append(f"FAQ model: P {p:.2f}")
    answer_text = hit.doc.meta["answer"]  # English: what reading.holds reads, and figures are the same in both
    kind = reading.asked(q)
    # What a figure question counts, and any name no content has that it asks about ("EU customs").
    asked = sorted(q.counted | set(q.unknown))
    # (A story's names are where it happens, "flying home from Istanbul with a fake Rolex": only those of
    # the sentences that ask are asked about.)
    figure_of_a_year = q.wants_figure and q.frame.year_given and (not q.story or q.asking_tokens is not None)
    names = sorted(_names_asked(q)) if figure_of_a_year else []
    unnamed = [t for t in names if not evidence.covered(q, index.words.of(hit.doc), index, tokens=[t])]
    adjust = [
        (is_definer, W["definer"], "asks what the term is"),
        (q.intent == "definition" and bool(q.term) and not is_definer, W["not_definer"], "does not explain the term asked about"),
        *_year_factors(q, answer_text),
        (q.wants_figure and not any(ch.isdigit() for ch in answer_text), W["no_digits"], "gives no figure"),
        (bool(kind), _read_factor(q, kind, answer_text, hit, index), f"read for a {kind}"),
        (q.wants_figure and bool(asked) and not evidence.covered(q, index.words.of(hit.doc), index, tokens=asked),
         W["not_counted"], f"never speaks of {', '.join(asked)}"),
        (bool(unnamed), W["not_counted"], f"never names {', '.join(unnamed)}"),
        ("period.part" in q.asking_tags and q.wants_figure and any(ch.isdigit() for ch in answer_text)
         and not evidence.covered(q, index.words.of(hit.doc), index, tokens=_period_words(q)),
         W["period_missing"], "its figures are for whole years, not the part of a year asked"),
        (still_on, W["same_faq"], "the FAQ the conversation is on"),
        (_asks_alike(q, hit, index, carries), W["asks_alike"], "its question asks the same way"),
        (q.intent == "channel" and carries, W["contacts"], "carries the channel asked for"),
        (q.intent == "channel" and not hit.doc.meta["contacts"], W["no_contacts"], "has no channel to give"),
    ]
    for applies, factor, why in adjust:
        if applies:
            score *= factor
            reasons.append(f"x{factor:.2f}: {why}")
    # A question asking no figure may take a weaker FAQ match, when it says enough for a weak match to
    # mean something: "footwear?" is a row's figures asked, whatever FAQ speaks of shoes.
    asks_no_figure = not q.wants_figure and len(set(q.topic)) >= W["no_figure_words"]
    bar = "faq_story" if q.story else "faq_no_figure" if asks_no_figure else "faq"
    # An FAQ the model recognises in a question that names IPR may answer though the scope model
    # doubts it (chooser.py); never a request for legal advice, which the content must not give.
    # Recognised: in a question naming IPR; or, in one that names none ("insulin from an online pharmacy
    # with no prescription"), when the model is sure and the in-scope model does not rule it out.
    sure = p >= bars.SCOPE["recognised_unnamed"] and index.p_in_scope(q) >= bars.SCOPE["recognised_unnamed_in_scope"]
    recognised = p if (q.anchored or sure) and "ask.legal" not in q.asking_tags else 0.0
    return Candidate("faq", min(1.0, score), "faq", reasons, lambda: _answer(q, hit, score, index), bar=bar, recognised=recognised, uncapped=score)


def _year_factors(q, answer_text: str) -> list[tuple[bool, float, str]]:
    """An answer that never names the year asked; worse, one that gives another year's figure (weighed as
    a passage naming one)."""
    missing = q.frame.year_given and not (q.frame.reckoned and not q.wants_figure) and not any(str(y) in answer_text for y in q.frame.years)
    return [(missing, W["year_missing"], "never names the year asked"),
            (bool(reading.other_years(q, answer_text)), bars.READ["other_year"] / W["year_missing"], "names another year's figure")]


def _period_words(q) -> list[str]:
    """The words naming the part of a year asked about ("december", "quarter")."""
    return [t for m in q.matches if m.tag == "period.part" for t in topic_tokens(" ".join(q.words[m.start : m.end]))]


# How a question asks, which an FAQ's own question shares when it answers that ("how can I tell if a
# site sells fakes?" is asked to spot, not to report): read from the grammar, in both languages.
_ASKING_KINDS = frozenset({"ask.identify", "ask.why", "channel.report", "ask.meaning", "ask.fate"})


def _asks_alike(q, hit, index, carries: bool) -> bool:
    """Not twice for one thing: a channel question's FAQ that carries the channel counts for that alone (a
    weak match raised twice would pass for a sure one, over the in-scope model and its examples)."""
    kinds = q.asking_tags & _ASKING_KINDS
    if not kinds or (q.intent == "channel" and carries):
        return False
    language = q.language if (hit.doc.meta.get(q.language) or {}).get("question") and q.language != "en" else "en"
    asked = hit.doc.meta["question"] if language == "en" else hit.doc.meta[language]["question"]
    return bool(kinds & index.lexicon(language).tags_of(words(asked)))


def _read_factor(q, kind: str, answer_text: str, hit, index) -> float:
    """An FAQ whose answer holds the kind of answer asked for ("how long": a duration), the more when
    that sentence speaks to the question; one holding none is unlikely to answer."""
    if not kind:
        return 1.0
    focus = reading.focus(q, sentences(answer_text), kind, index, context=hit.doc.meta["question"])
    # A Spanish question is read against the Spanish answer too: "¿cuántas preguntas respondió?" meets
    # "respondió 939 preguntas" there, not "responded to 939 questions".
    # (Only where the English reading falls short: reading twice costs about a tenth of an answer.)
    own = (hit.doc.meta.get(q.language) or {}).get("answer") if q.language != "en" and (focus or 0.0) < 0.75 else None
    if own:
        focus_own = reading.focus(q, sentences(own), kind, index, context=(hit.doc.meta.get(q.language) or {}).get("question") or "")
        if focus_own is not None and (focus is None or focus_own > focus):
            focus = focus_own
    if focus is None:
        return bars.READ["faq_lacks"]
    return (1 - bars.READ["focus"] + bars.READ["focus"] * focus) * bars.READ["faq_holds"]


def _answer(q, hit, score: float, index) -> Answer:
    meta = hit.doc.meta
    text = compose.plain_numbers(common.faq_text(meta, q.language).strip())
    contacts = {c["slug"]: c for c in meta["contacts"]}
    if q.intent == "channel":
        for contact in channels.pick(index.search(q), index.contacts, q.medium, bars.ROUTE["runner_up"], limit=2, reporting=q.reporting):
            contacts.setdefault(contact["slug"], contact)
    unlisted = [c for c in contacts.values() if channels.address(c).lower().rstrip("/") not in text.lower()]
    if unlisted:
        text += "\n\n" + "\n".join("- " + channels.describe(c, q.language) for c in unlisted[:3])
    hits = index.search(q)
    topic = index.words_of_text(meta["question"])
    rows = _rows_asked(q, hit, index, topic)
    context = state.remember("faq", topic=topic + [t for t in rows if t not in topic], contacts=list(contacts),
                             faq=meta["faq"], previous={"subject": q.subject}, rows=rows,
                             years=q.frame.years if q.frame.year_given and rows else None)
    return Answer(
        text=text,
        kind="faq",
        confidence=round(min(1.0, score), 3),
        sources=common.faq_sources(hit),
        links=[channels.link(c, q.language) for c in contacts.values()],
        suggestions=common.suggestions(q, hits, {meta["question"]}),
        context=context,
    )


def _rows_asked(q, hit, index, topic: list[str]) -> list[str]:
    """The words of a row a figure question named whole, of a table of its own the FAQ speaks of (by the
    table's keywords: the COVID-19 products), which the FAQ's answer names and its question does not. The
    conversation stays on that row: "¿en cuántas incautaciones?" after the FAQ's 8,677 hydroxychloroquine
    tablets counts that row's seizures, not the FAQ's figures again. (Rows of the general tables, Mail or
    China, are in too many answers to stay on.)"""
    if not q.wants_figure:
        return []
    said = set(q.topic) | {f for feats in q.synonyms.values() for f in feats if " " not in f}
    held = index.words.of(hit.doc)
    rows = [toks for table in index.catalog.tables if table.keywords & held for toks in table.labels.values()
            if toks and set(toks) <= said and set(toks) <= held and not set(toks) <= set(topic) and not set(toks) & table.keywords]
    return list(dict.fromkeys(t for toks in rows for t in toks))
