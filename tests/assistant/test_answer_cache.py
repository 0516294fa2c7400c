"""Remembered answers: reused for the same question, context, index and
threshold; never for a question holding personal data; bounded in size."""
import copy

import pytest

from assistant import answer_cache
from assistant.answering import engine

QUESTION = "How many seizures of counterfeit handbags were there in FY 2021?"


@pytest.fixture
def calls(live_index, monkeypatch, settings):
    """How many times the engine really answered."""
    settings.ANSWER_CACHE_SIZE = 8
    seen = []
    real = engine.answer

    def counting(message, context=None, index=None, language=""):
        seen.append(message)
        return real(message, context, index=index, language=language)

    monkeypatch.setattr(answer_cache, "answer", counting)
    return seen


def ask(message: str, context: dict | None = None, redacted: str | None = None):
    return answer_cache.cached_answer(message, context or {}, message if redacted is None else redacted)


def test_it_answers_a_repeated_question_once(calls):
    first = ask(QUESTION)
    second = ask(QUESTION)
    assert len(calls) == 1
    assert (second.text, second.kind, second.sources) == (first.text, first.kind, first.sources)
    assert first.kind == "statistic"


def test_it_answers_afresh_in_another_context(calls):
    ask("what about footwear?")
    ask("what about footwear?", {"frame": {"table": "Seizure lines by product", "measure": "lines"}})
    assert len(calls) == 2


def test_it_never_remembers_a_question_with_personal_data(calls):
    message = "my email is jane@example.com, how do I report fake perfume?"
    for _ in range(2):
        ask(message, redacted="my email is [email removed], how do I report fake perfume?")
    assert len(calls) == 2
    assert all(message not in key[0] for memory in answer_cache._by_index.values() for key in memory.items)


def test_it_answers_afresh_from_a_new_index(calls, knowledge, monkeypatch):
    ask(QUESTION)
    rebuilt = copy.copy(knowledge)  # what a content edit publishes: a new object
    monkeypatch.setattr(engine, "_current_index", lambda: rebuilt)
    ask(QUESTION)
    assert len(calls) == 2


def test_it_answers_afresh_when_the_threshold_changes(calls, settings):
    ask(QUESTION)
    settings.FALLBACK_THRESHOLD = 0.3
    ask(QUESTION)
    assert len(calls) == 2


def test_it_forgets_the_least_recently_used_answer(calls, settings):
    settings.ANSWER_CACHE_SIZE = 2
    ask("hello")
    ask("thanks")
    ask("hello")  # now the most recent
    ask("What is e-Allegations?")  # evicts "thanks"
    ask("hello")
    ask("thanks")
    assert calls == ["hello", "thanks", "What is e-Allegations?", "thanks"]


def test_it_can_be_turned_off(calls, settings):
    settings.ANSWER_CACHE_SIZE = 0
    ask(QUESTION)
    ask(QUESTION)
    assert len(calls) == 2


def test_a_callers_changes_do_not_reach_the_remembered_answer(calls):
    first = ask(QUESTION)
    first.text = "changed by a caller"
    assert ask(QUESTION).text != "changed by a caller"
