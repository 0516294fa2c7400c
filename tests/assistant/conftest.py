"""Fixtures for the answering layer and the chat APIs.

`knowledge` is built once per session straight from the loaded content (no
IndexBuild row), and `ask` answers through it; API tests patch the engine to
use the same knowledge so no test waits for an index build.
"""
import pytest

from assistant import documents
from assistant.answering import engine
from assistant.answering.knowledge import build


@pytest.fixture(scope="session")
def knowledge(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        return build(documents.sources())


@pytest.fixture(scope="session")
def retriever(knowledge):
    return knowledge.retriever


@pytest.fixture
def ask(knowledge, db):
    """ask(question, context=None) -> Answer, as the public would get it."""

    def _ask(question: str, context: dict | None = None):
        return engine.answer(question, context or {}, index=knowledge)

    return _ask


@pytest.fixture
def live_index(db, knowledge, monkeypatch):
    """Make services/API answer from the session knowledge."""
    monkeypatch.setattr(engine, "_current_index", lambda: knowledge)
    return knowledge
