"""The dashboard split by language: questions, fallbacks and feedback per language
the visitors used (from the chat logs kept), top lists per language, hand-offs by
language, and the language in the questions CSV."""
import csv
import io

import pytest

from assistant.models import ChatLog, Feedback
from handoff.models import HandoffRequest
from tests.insights.conftest import url

pytestmark = pytest.mark.django_db


def log(question: str, kind: str, language: str) -> ChatLog:
    return ChatLog.objects.create(question=question, kind=kind, language=language)


@pytest.fixture
def mixed(db):
    for _ in range(3):
        log("How do I report a fake seller?", "route", "en")
    log("What is the weather?", "fallback", "en")
    for _ in range(2):
        log("¿Cómo denuncio a un vendedor?", "route", "es")
    spanish_miss = log("¿Qué tiempo hace?", "fallback", "es")
    log("¿Qué tiempo hace?", "fallback", "es")
    log("hola", "smalltalk", "es")
    Feedback.objects.create(log=ChatLog.objects.filter(language="en").first(), helpful=True)
    Feedback.objects.create(log=spanish_miss, helpful=False)
    Feedback.objects.create(log=ChatLog.objects.filter(language="es", kind="route").first(), helpful=True)
    HandoffRequest.objects.create(reference="IPR-AAAA-AAAA", questions=["x"], language="es")
    HandoffRequest.objects.create(reference="IPR-BBBB-BBBB", questions=["y"], language="es")
    HandoffRequest.objects.create(reference="IPR-CCCC-CCCC", questions=["z"])


def rows(staff) -> dict:
    return {row["code"]: row for row in staff.get(url("dashboard_changelist")).context["languages"]}


def test_it_splits_questions_fallbacks_and_feedback_by_language(staff, mixed):
    by = rows(staff)
    assert list(by) == ["en", "es"]
    assert (by["en"]["questions"], by["en"]["answered"], by["en"]["fallback"]) == (4, 3, 1)
    assert (by["es"]["questions"], by["es"]["answered"], by["es"]["fallback"]) == (5, 3, 2)
    assert by["es"]["fallback_share"] == 40.0 and by["en"]["fallback_share"] == 25.0
    assert (by["en"]["helpful"], by["en"]["not_helpful"]) == (1, 0)
    assert (by["es"]["helpful"], by["es"]["not_helpful"], by["es"]["helpful_share"]) == (1, 1, 50.0)


def test_it_lists_top_questions_and_fallbacks_per_language(staff, mixed):
    by = rows(staff)
    assert by["es"]["top_questions"] == [("¿Cómo denuncio a un vendedor?", 2), ("¿Qué tiempo hace?", 2)]
    assert by["es"]["top_fallbacks"] == [("¿Qué tiempo hace?", 2)]
    assert by["en"]["top_fallbacks"] == [("What is the weather?", 1)]


def test_it_shows_the_split_on_the_page(staff, mixed):
    html = staff.get(url("dashboard_changelist")).content.decode()
    assert '<tr id="language-es"><th scope="row">Español</th>' in html
    assert "<h3>Top fallbacks in Español</h3>" in html and '<td lang="es">¿Qué tiempo hace?</td>' in html
    assert "Questions by language" in html
    assert "by the visitor's language: Español 2, English 1" in html


def test_a_language_nobody_used_is_still_listed_with_zeros(staff):
    log("How do I report a fake seller?", "route", "en")
    by = rows(staff)
    assert by["es"]["questions"] == 0 and by["es"]["fallback_share"] is None and by["es"]["top_questions"] == []


def test_the_questions_csv_says_each_questions_language(staff, mixed):
    response = staff.get(url("dashboard_questions"))
    data = list(csv.reader(io.StringIO(response.content.decode("utf-8"))))
    assert data[0] == ["list", "question", "count", "language"]
    assert ["fallback", "¿Qué tiempo hace?", "2", "es"] in data
    assert ["top", "How do I report a fake seller?", "3", "en"] in data
