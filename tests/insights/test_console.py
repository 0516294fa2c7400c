"""The "try a question" console: the public answer and why, with nothing logged."""
import pytest

from assistant.models import ChatLog, DailyCount
from tests.insights.conftest import url

pytestmark = pytest.mark.django_db


def ask(client, question: str):
    return client.post(url("console_changelist"), {"question": question})


# Base case: the answer, the candidates with scores, and the rules applied.
def test_it_shows_the_answer_and_the_top_candidates(staff, loaded):
    response = ask(staff, "How do I report a website selling counterfeit goods?")
    assert response.status_code == 200
    result = response.context["result"]
    assert result["answer"].kind != "fallback"
    from portal.markup import render

    assert render(result["answer"].text) in response.content.decode()
    candidates = result["candidates"]
    assert candidates and candidates == sorted(candidates, key=lambda c: -c["fit"])
    assert all(c["reasons"] and c["strategy"] for c in candidates)  # why each one scored as it did
    assert 1 <= len(result["hits"]) <= 10
    assert 'class="num score"' in response.content.decode()
    assert "Rules applied" in response.content.decode()


def test_it_shows_spelling_corrections_and_the_year_rule(staff, loaded):
    response = ask(staff, "how many siezures of handbags in fy20")
    result = response.context["result"]
    assert result["explain"]["corrections"]  # "siezures" was corrected
    assert result["frame"]["years"] == [2020]
    html = response.content.decode()
    assert "siezures → seizures" in html
    assert "Parsed question frame" in html


def test_it_logs_and_counts_nothing(staff, loaded):
    ask(staff, "What was the total MSRP of seized goods in FY 2021?")
    ask(staff, "what is the weather tomorrow")
    assert ChatLog.objects.count() == 0
    assert DailyCount.objects.count() == 0


def test_it_shows_the_fallback_the_public_would_get(staff, loaded):
    response = ask(staff, "recipe for banana bread")
    assert response.context["result"]["answer"].kind == "fallback"


def test_it_refuses_an_empty_or_too_long_question(staff):
    for question in ("", "x" * 1001):
        response = ask(staff, question)
        assert response.status_code == 200
        assert response.context["result"] is None
        assert "errorlist" in response.content.decode()


def test_it_shows_an_empty_form_on_get(staff):
    response = staff.get(url("console_changelist"))
    assert response.status_code == 200 and response.context["result"] is None


def test_it_is_for_staff_only(client, visitor_user):
    for c in (client, visitor_user):
        response = ask(c, "anything")
        assert response.status_code == 302 and "login" in response["Location"]
    assert ChatLog.objects.count() == 0


def test_it_shows_the_answer_rendered_as_the_widget_shows_it(staff, loaded):
    html = ask(staff, "How many seizures did CBP make in FY 2021?").content.decode()
    answer = html.split('class="answer-text">', 1)[1].split("</div>", 1)[0]
    assert "<strong>" in answer and "**" not in answer
