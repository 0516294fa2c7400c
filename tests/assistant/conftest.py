"""Fixtures for the answering layer and the chat APIs.

`retriever` is built once per session straight from the loaded content (no
IndexBuild row), and `ask` answers through it; API tests patch the engine to
use the same retriever so no test waits for an index build.
"""
import pytest

from assistant import documents
from assistant.answering import engine
from assistant.retrieval import Retriever


@pytest.fixture(scope="session")
def retriever(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        return Retriever.build(documents.collect(), documents.synonyms())


@pytest.fixture
def ask(retriever, db):
    """ask(question, context=None) -> Answer, as the public would get it."""

    def _ask(question: str, context: dict | None = None):
        return engine.answer(question, context or {}, retriever=retriever)

    return _ask


@pytest.fixture
def live_index(db, retriever, monkeypatch):
    """Make services/API answer from the session retriever."""
    monkeypatch.setattr(engine, "_current_retriever", lambda: retriever)
    return retriever
