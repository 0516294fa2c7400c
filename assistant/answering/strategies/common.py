"""Pieces every strategy's answers share: sources, related questions, the fallback reply."""
from assistant.answering import channels, compose, messages
from assistant.answering.reply import Answer


def source(hit) -> dict:
    return {"title": hit.doc.title, "url": hit.doc.url, "kind": "faq" if hit.doc.kind == "faq" else "section"}


def faq_sources(hit) -> list[dict]:
    """The FAQ itself, then the sources it was written from (the report, a regulation, a cbp.gov page)."""
    out = [source(hit)]
    for item in hit.doc.meta.get("sources") or []:
        if item.get("url") and all(item["url"] != s["url"] for s in out):
            out.append({"title": item.get("title") or item["url"], "url": item["url"], "kind": "source"})
    return out


def question_of(meta: dict, language: str) -> str:
    """An FAQ's question in `language` (English when it has no reviewed translation)."""
    return (meta.get(language) or {}).get("question") or meta["question"] if language != "en" else meta["question"]


def related(hits, exclude: set[str], language: str = "en") -> list[str]:
    out = []
    for h in hits:
        if h.doc.kind == "faq" and h.doc.meta["question"] not in exclude:
            if language == "en" or (h.doc.meta.get(language) or {}).get("question"):
                out.append(question_of(h.doc.meta, language))
    return out


def suggestions(q, hits, exclude: set[str]) -> list[str]:
    shown = {question_of({"question": e}, "en") for e in exclude}
    return compose.suggestions(related(hits, shown, q.language), exclude, messages.starters(q.language))


def faq_text(meta: dict, language: str) -> str:
    """An FAQ's answer in `language`; without a reviewed translation, the English one with a
    note in the visitor's language saying so (never silently)."""
    if language == "en":
        return meta["answer"]
    translated = (meta.get(language) or {}).get("answer")
    return translated if translated else f"{messages.say('not_translated', language)}\n\n{meta['answer']}"


def fallback(index, q, text: str = "") -> Answer:
    """The assistant cannot answer: say so and give the help desk; the conversation keeps its subject.

    A person at the help desk can help with an IPR or border question the content cannot
    answer, not with the weather or a joke: the hand-off is offered only for those.
    """
    desk = index.contacts.get(channels.HELP_DESK)
    return Answer(
        text=text or messages.say("fallback.near" if q.near_scope else "fallback", q.language),
        kind="fallback",
        confidence=0.0,
        links=[channels.link(desk, q.language)] if desk else [],
        suggestions=messages.starters(q.language)[:3],
        offer_handoff=q.near_scope,
        context={"subject": q.subject} if q.subject else {},
    )


def contact_hits(q, index) -> list:
    """The question's hits with its channels among them: FAQs crowd contacts out of the hits, and
    a question asking where to report needs the channels that take reports."""
    hits = index.search(q)
    found = [h for h in hits if h.doc.kind == "contact"]
    if not found or (q.reporting and not any(channels.takes_reports(h.doc.meta) for h in found)):
        hits = hits + index.search(q, kinds={"contact"})
    return hits
