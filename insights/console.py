"""The staff console: what the public would get for a question, and why.

Nothing is stored: assistant.services.answer_message() answers without a
ChatLog or counters, so staff trials never show up in the public figures.
The answer's debug carries how the question was read (assistant.answering.question)
and every strategy's candidate with its score, fit, bar and reasons.
"""
from assistant import index_store
from assistant.services import answer_message


def try_question(question: str, k: int = 10) -> dict:
    answer = answer_message(question)
    debug = answer.debug or {}
    read = debug.get("question", {})
    hits = index_store.current().retriever.search(question, k=k)
    return {
        "answer": answer,
        "candidates": debug.get("candidates", []),
        "hits": [
            {"score": hit.score, "kind": hit.doc.kind, "title": hit.doc.title, "url": hit.doc.url, "id": hit.doc.id}
            for hit in hits
        ],
        "question": read,
        "explain": {
            "tokens": read.get("tokens", []),
            "corrections": read.get("corrections", {}),
            "synonyms": read.get("synonyms", []),
            "unknown": read.get("unknown", []),
        },
        "frame": read.get("frame"),
        "debug": debug,
    }
