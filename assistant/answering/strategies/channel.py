"""Send people to the right reporting or help channel, or to a person.

Which contact fits is decided by the index: contact documents hold each
channel's name, purpose, who should use it, keywords and example questions
(staff-editable). A follow-up ("who do I email about it?") takes the channels
the previous answer gave, in the medium asked for.
"""
from assistant.answering import bars, channels, compose, evidence, messages, reading, state
from assistant.answering.candidate import Candidate
from assistant.answering.reply import Answer
from assistant.answering.strategies import common


# Kinds of answer (reading.asked) no channel is: a length of time, a date, how often. (Amounts are left
# out: a price word in the story, "perfumes sold as originals", does not make "where do I report it?"
# ask one.)
_NOT_A_CHANNEL = frozenset({"duration", "time", "frequency"})


def propose(q, index) -> list[Candidate]:
    if q.smalltalk:
        return []
    if q.intent == "person":
        return [Candidate("route", 1.0, "channel", ["asks for a person"], lambda: _person(q, index))]
    if q.intent != "channel" and not q.has("channel"):
        return []
    if reading.asked(q) in _NOT_A_CHANNEL:
        # "how long does it take for a recordation to get approved?": a duration, which a link to a
        # channel does not give (an FAQ may, else the fallback says so).
        return []
    if q.follow_up and q.intent == "channel" and q.subject.get("contacts"):
        picked = channels.of_subject(q.subject["contacts"], index.contacts, q.medium)
        if picked and _about_them(q, picked, index):
            return [Candidate("route", 0.9, "channel", ["the channels of the previous answer"], lambda: _route(q, picked, 0.9, index))]
    hits = common.contact_hits(q, index)
    picked = channels.pick(hits, index.contacts, q.medium, bars.ROUTE["runner_up"], reporting=q.reporting)
    if not picked:
        return []
    top = next(h.score for h in hits if h.doc.kind == "contact")
    cover = evidence.coverage_of(q, hits[:5], index)
    need = bars.COVERAGE["any_story" if q.story else "any"]
    reasons = [f"contact {picked[0]['slug']}: similarity {top:.2f}", f"coverage {cover:.2f}"]
    if cover < need and not (q.anchored or (q.follow_up and q.intent == "channel")):
        return []  # (a channel asked for in a conversation on IPR is looked for with the conversation's words)
    score = top
    if (q.anchored or q.follow_up) and q.intent == "channel":
        # A story around a channel question naming IPR leaves words the content never uses; the
        # request for a channel and an IPR word (or a conversation about them: "how do I submit
        # one?" after the e-Allegations figures) are enough to stay in scope.
        score = max(score, bars.ROUTE["anchored"])
        reasons.append("names IPR" if q.anchored else "asks where, in a conversation on IPR")
    return [Candidate("route", min(1.0, score), "channel", reasons, lambda: _route(q, picked, score, index))]


def _about_them(q, picked: list[dict], index) -> bool:
    """Whether a follow-up asks for the channels just given: "who do I email about it?" names nothing of
    its own; "and how do I record my trademark with CBP?" names a subject those channels never speak
    of (after the ITC's exclusion orders), and its channel is looked for afresh."""
    # ("email", "call", "report" say how to reach a channel, not what about.)
    reach = index.lexicon(q.language).tokens_of("channel", "channel.email", "channel.phone", "channel.report", "channel.tell")
    own = [t for t in state.own_words(q, index) if t not in q.inherited and t not in reach]
    if not own:
        return True
    mine = evidence.covered(q, _said_of(picked, index), index, tokens=own)
    if mine < bars.COVERAGE["any"]:
        return False
    # "¿y dónde puedo buscar esas grabaciones como público?" after e-Recordation's channels: another
    # channel (the public search) speaks to more of what is asked; it is looked for afresh.
    given = {c["slug"] for c in picked}
    # (A contact is indexed as several documents: the nearest three contacts, not documents.)
    nearest = {h.doc.meta["slug"]: h.doc.meta for h in index.search(q, kinds={"contact"})}
    others = [c for slug, c in list(nearest.items())[:3] if slug not in given]
    return not any(evidence.covered(q, _said_of([c], index), index, tokens=own) > mine for c in others)


def _said_of(contacts: list[dict], index) -> frozenset:
    """The words the contacts' own fields and example questions use."""
    fields = [c.get(f) or "" for c in contacts for f in ("name", "purpose", "who_should_use", "keywords")]
    fields += [example for c in contacts for example in c.get("example_questions") or []]
    return frozenset(index.words_of_text(" ".join(fields)))


def _route(q, picked: list[dict], score: float, index) -> Answer:
    first = picked[0]
    purpose = compose.trim(channels.purpose(first, q.language), 45)
    lines = "\n".join("- " + channels.describe(c, q.language) for c in picked)
    source = index.contact_source.get(first["slug"])
    context = state.remember("route", topic=q.topic, contacts=[c["slug"] for c in picked], previous={"subject": q.subject})
    return Answer(
        text=f"{purpose}\n\n{lines}".strip(),
        kind="route",
        confidence=round(min(1.0, max(score, 0.5)), 3),
        sources=[source] if source else [],
        links=[channels.link(c, q.language) for c in picked],
        suggestions=common.suggestions(q, index.search(q), set()),
        context=context,
    )


def _person(q, index) -> Answer:
    desk = index.contacts.get(channels.HELP_DESK)
    body = messages.say("person", q.language) + ("\n\n- " + channels.describe(desk, q.language) if desk else "")
    source = index.contact_source.get(channels.HELP_DESK)
    return Answer(
        text=body,
        kind="route",
        confidence=1.0,
        sources=[source] if source else [],
        links=[channels.link(desk, q.language)] if desk else [],
        suggestions=messages.starters(q.language)[:3],
        offer_handoff=True,
        context={"subject": q.subject} if q.subject else {},
    )
