"""The staff console: what the public would get for a question, and why.

Nothing is stored: assistant.services.answer_message() answers without a
ChatLog or counters, so staff trials never show up in the public figures.
"""
from assistant import index_store
from assistant.services import answer_message


def try_question(question: str, k: int = 10) -> dict:
    answer = answer_message(question)
    retriever = index_store.current()
    hits = retriever.search(question, k=k)
    return {
        "answer": answer,
        "candidates": [
            {"score": hit.score, "kind": hit.doc.kind, "title": hit.doc.title, "url": hit.doc.url, "id": hit.doc.id}
            for hit in hits
        ],
        "explain": retriever.explain(question),
        "frame": (answer.debug or {}).get("frame"),
        "debug": answer.debug or {},
    }
