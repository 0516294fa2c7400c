"""Answers from the report's own text: the passage that covers the question and holds the kind
of answer it asks for (reading.py), trimmed to its best sentences."""
from assistant.answering import bars, compose, evidence, messages, reading, state
from assistant.answering.candidate import Candidate
from assistant.answering.reply import Answer
from assistant.answering.strategies import common


def propose(q, index) -> list[Candidate]:
    if q.smalltalk or q.intent == "person":
        return []
    hits = index.search(q)
    sections = [h for h in hits if h.doc.kind == "section"]
    kind = reading.asked(q)
    best, cov, factor = _read(q, sections, index, kind)
    if best is None or cov < bars.COVERAGE["section"]:
        return []
    score = evidence.combined(best.score, cov) * factor
    reasons = [f"{best.doc.id}: similarity {best.score:.2f}, coverage {cov:.2f}"]
    if kind:
        reasons.append(f"x{factor:.2f}: {'holds' if factor != bars.READ['lacks'] else 'holds no'} {kind}")
    other = reading.other_years(q, " ".join(_sentences(best.doc, index)))
    if other:
        # "and how many active orders at the end of FY 2020?": a passage giving FY 2021's figure answers
        # another year, as an FAQ that never names the year asked does.
        score *= bars.READ["other_year"]
        reasons.append(f"x{bars.READ['other_year']:.2f}: names {', '.join(other)}, not the year asked")
    faq, faq_cov = evidence.best(q, [h for h in hits if h.doc.kind == "faq"], index)
    if faq is not None and cov > faq_cov + bars.FAQ["passage_wins"] and best.score >= 0.6 * faq.score:
        score *= 1 + bars.FAQ["passage_wins"]
        reasons.append(f"covers more of the question than {faq.doc.id} ({faq_cov:.2f})")
    return [Candidate("section", min(1.0, score), "passage", reasons, lambda: _answer(q, best, score, index))]


def _read(q, sections, index, kind: str):
    """Among close passages, the one that best covers the question and holds the kind of answer
    asked for; with its coverage and how much holding that kind counts for it."""
    top = sections[0].score if sections else 0.0
    chosen, chosen_cov, chosen_factor, key = None, 0.0, 1.0, -1.0
    for hit in sections:
        if hit.score < bars.READ["close"] * top:
            break
        cov = evidence.covered(q, _words(hit.doc, index), index)
        focus = reading.focus(q, _sentences(hit.doc, index), kind, index, context=hit.doc.title) if kind else None
        factor = (bars.READ["lacks"] if focus is None else bars.READ["holds"]) if kind else 1.0
        # Among passages holding the kind asked for, the one whose holding sentence speaks to the
        # question itself: "went into effect in January 2018" over "the Act of 2015".
        value = evidence.combined(hit.score, cov) * factor * (1 + bars.READ["focus"] * (focus or 0.0))
        if q.follow_up and q.tokens:
            # "and their MSRP?": of the passages the conversation's words find, the one with the follow-up's own.
            value *= 1 + bars.READ["own_words"] * evidence.covered(q, _words(hit.doc, index), index, tokens=q.tokens)
        if value > key:
            chosen, chosen_cov, chosen_factor, key = hit, cov, factor, value
    return chosen, chosen_cov, chosen_factor


def _words(doc, index) -> frozenset:
    """A passage's words; a bullet's with the next ones', as _answer reads them together."""
    words = index.words.of(doc)
    for following in _read_on(doc, index):
        words = words | index.words.of(following)
    return words


def _sentences(doc, index) -> list[str]:
    """What is read of a passage: its sentences, a short one's with those read on."""
    sentences = list(doc.meta["sentences"])
    for following in _read_on(doc, index):
        sentences += [s for s in following.meta["sentences"] if s not in sentences]
    return sentences


def _read_on(doc, index) -> list:
    """The passages read with a short one: the next ones, while what is read stays short.
    A bullet ("Seizures correctly citing 19 USC 1337(i): 81 cases") is read with the ones after it
    ("Seizure Est. MSRP: $1,930,683"): the report lists a program's figures one per line, under a lead
    ("Exclusion Orders – for FY 2021:") that alone says nothing."""
    out = []
    length = sum(len(s.split()) for s in doc.meta["sentences"])
    following = index.next_passage(doc)
    while following is not None and length < bars.READ["short_passage"]:
        out.append(following)
        length += sum(len(s.split()) for s in following.meta["sentences"])
        following = index.next_passage(following)
    return out


def _answer(q, hit, score: float, index) -> Answer:
    kind = reading.asked(q)
    sentences = _sentences(hit.doc, index)
    # A follow-up's own words ("and their MSRP?") say which sentence is asked; the conversation's found the passage.
    query = " ".join(q.tokens) if q.follow_up and q.tokens else q.query
    body = compose.best_sentences(sentences, query, index.idf,
                                  answers=lambda sentence: bool(kind) and reading.holds(kind, sentence))
    if q.language != "en":
        body = f"{messages.say('passage_in_english', q.language)}\n\n{body}"  # the report is published in English
    context = state.remember("section", topic=q.topic, previous={"subject": q.subject})
    return Answer(
        text=body,
        kind="section",
        confidence=round(score, 3),
        sources=[common.source(hit)],
        suggestions=common.suggestions(q, index.search(q), set()),
        context=context,
    )
