"""Unanswered and badly rated questions grouped into FAQ suggestions.

Base cases: similar wordings and typos group together, distinct topics don't,
a second run changes nothing, new logs update the same suggestion, dismissed
ones stay dismissed, counts don't drop when retention deletes logs.
"""
import pytest

from assistant import suggestions
from assistant.models import ChatLog, Feedback
from assistant.tasks import update_suggestions
from content.models import FAQSuggestion

SHIPPING = [
    "can I ship perfume to my cousin in canada",
    "Can I ship perfume to my cousin in Canada?",
    "can i ship perfume to canada",
    "can I send perfume to Canada",
]
TAXES = ["what taxes do I pay on imported sneakers", "what taxes do i pay on imported snekers"]


def fallback(question: str) -> ChatLog:
    return ChatLog.objects.create(question=question, kind="fallback")


@pytest.fixture
def asked(db):
    for question in SHIPPING + TAXES:
        fallback(question)


def test_it_groups_similar_questions(asked):
    result = update_suggestions.apply().get()
    assert result["fallback"]["created"] == 2
    shipping, taxes = FAQSuggestion.objects.filter(source="fallback").order_by("-occurrences")
    assert shipping.occurrences == 4 and "perfume" in shipping.question.lower()
    assert taxes.occurrences == 2 and "taxes" in taxes.question.lower()
    assert len(shipping.examples) >= 1 and shipping.first_seen and shipping.last_seen


def test_it_is_idempotent(asked):
    suggestions.update()
    before = list(FAQSuggestion.objects.order_by("pk").values())
    result = suggestions.update()
    assert result["fallback"] == {"groups": 2, "created": 0, "updated": 0}
    assert list(FAQSuggestion.objects.order_by("pk").values()) == before


def test_it_updates_the_same_suggestion_when_more_people_ask(asked):
    suggestions.update()
    fallback("can I ship perfume to my aunt in canada")
    suggestions.update()
    assert FAQSuggestion.objects.filter(source="fallback").count() == 2
    assert FAQSuggestion.objects.filter(question__icontains="perfume").get().occurrences == 5


def test_it_keeps_dismissed_suggestions_dismissed(asked):
    suggestions.update()
    FAQSuggestion.objects.filter(question__icontains="perfume").update(status="dismissed")
    fallback("can I ship perfume to canada please")
    suggestions.update()
    suggestion = FAQSuggestion.objects.get(question__icontains="perfume")
    assert suggestion.status == "dismissed" and suggestion.occurrences == 5


def test_it_keeps_counts_when_logs_are_deleted(asked):
    suggestions.update()
    ChatLog.objects.filter(question__icontains="perfume").delete()
    suggestions.update()
    assert FAQSuggestion.objects.get(question__icontains="perfume").occurrences == 4


def test_it_groups_answers_rated_not_helpful(db):
    for question in ["how many seizures of handbags", "how many handbag seizures"]:
        log = ChatLog.objects.create(question=question, kind="statistic")
        Feedback.objects.create(log=log, helpful=False)
    helpful = ChatLog.objects.create(question="how do I record a trademark", kind="faq")
    Feedback.objects.create(log=helpful, helpful=True)
    suggestions.update()
    only = FAQSuggestion.objects.get(source=suggestions.FEEDBACK)
    assert only.occurrences == 2 and "handbag" in only.question


def test_it_ignores_redaction_placeholders_and_empty_questions(db):
    fallback("[email]")
    fallback("?!")
    assert suggestions.update()["fallback"]["groups"] == 0
    assert not FAQSuggestion.objects.exists()


def test_it_copes_with_stop_words_only(db):
    fallback("what is it")
    fallback("what is it?")
    assert suggestions.update()["fallback"]["created"] == 1
