"""POST /api/v1/chat/: the contract shape, bad input, logging with redaction."""
import uuid

import pytest
from rest_framework.test import APIClient

from assistant import conversations
from assistant.models import ChatLog, Conversation, DailyCount

URL = "/api/v1/chat/"


@pytest.fixture
def client(db, live_index, settings):
    settings.THROTTLE_RATES = {"chat": None, "feedback": None, "handoff": None}
    return APIClient()


def _post(client, body, **kwargs):
    return client.post(URL, body, format="json", **kwargs)


def test_it_answers_with_every_contract_field(client):
    r = _post(client, {"message": "What was the MSRP of seized handbags and wallets in FY 2021?"})
    assert r.status_code == 200
    body = r.json()
    assert set(body) == {"answer", "kind", "confidence", "sources", "links", "suggestions", "conversation", "answer_id",
                         "offer_handoff", "language", "chart"}
    assert body["language"] == "en" and body["chart"] is None
    assert "$972,495,390" in body["answer"] and body["kind"] == "statistic"
    assert 0.0 <= body["confidence"] <= 1.0
    assert body["sources"][0]["url"].startswith("/report/")
    public_id, token = conversations.split(body["conversation"])  # "<public id>.<secret token>"
    assert token and Conversation.objects.get(pk=public_id).token_hash == conversations.hash_token(token)
    assert 2 <= len(body["suggestions"]) <= 4 and body["offer_handoff"] is False


def test_it_links_channels(client):
    body = _post(client, {"message": "How do I report a website selling fakes?"}).json()
    assert any(link["url"].startswith("https://eallegations.cbp.gov") for link in body["links"])


def test_it_offers_handoff_on_a_fallback_about_ipr(client):
    body = _post(client, {"message": "How many firearms were seized?"}).json()
    assert body["kind"] == "fallback" and body["offer_handoff"] is True


@pytest.mark.parametrize("message", ["How do I renew my passport?", "Can you tell me a joke about penguins?"])
def test_it_offers_no_handoff_for_an_out_of_scope_question(client, message):
    # The help desk answers IPR questions; offering it for these would waste the visitor's time and theirs.
    body = _post(client, {"message": message}).json()
    assert body["kind"] == "fallback" and body["offer_handoff"] is False


def test_it_offers_handoff_when_the_visitor_asks_for_a_person(client):
    body = _post(client, {"message": "I want to talk to a real person"}).json()
    assert body["offer_handoff"] is True


def test_it_gives_phone_channels_their_number_as_printed(client):
    body = _post(client, {"message": "How do I report a counterfeit seller?"}).json()
    phones = [link for link in body["links"] if link["url"].startswith("tel:")]
    assert phones, body["links"]
    assert {link["url"]: link["phone"] for link in phones}["tel:+18002325378"] == "1-800-BE-ALERT"
    assert all("phone" not in link for link in body["links"] if not link["url"].startswith("tel:"))


def test_it_continues_a_conversation(client):
    first = _post(client, {"message": "How many seizure lines of footwear in FY 2021?"}).json()
    second = _post(client, {"message": "what about FY 2020?", "conversation": first["conversation"]}).json()
    assert second["conversation"] == first["conversation"]
    assert "10,868" in second["answer"]


def test_it_starts_a_new_conversation_for_an_unknown_id(client):
    unknown = str(uuid.uuid4())
    r = _post(client, {"message": "hello", "conversation": unknown})
    assert r.status_code == 200
    assert not r.json()["conversation"].startswith(unknown)
    assert Conversation.objects.filter(pk=conversations.split(r.json()["conversation"])[0]).exists()


# Issue 17, finding 7: a conversation's public id (in logs, the admin, hand-off
# records) must not let anyone continue it and inherit its context.
def test_it_does_not_continue_a_conversation_from_its_public_id_alone(client):
    first = _post(client, {"message": "How many seizure lines of footwear in FY 2021?"}).json()
    public_id = str(conversations.split(first["conversation"])[0])
    assert Conversation.objects.get(pk=public_id).context  # there is context to steal
    stranger = _post(client, {"message": "what about FY 2020?", "conversation": public_id}).json()
    assert conversations.split(stranger["conversation"])[0] != uuid.UUID(public_id)
    assert "10,868" not in stranger["answer"]  # the footwear context was not inherited
    assert ChatLog.objects.filter(conversation_id=public_id).count() == 1


def test_it_does_not_continue_a_conversation_with_a_wrong_token(client):
    first = _post(client, {"message": "How many seizure lines of footwear in FY 2021?"}).json()
    public_id, token = conversations.split(first["conversation"])
    forged = f"{public_id}.{'A' * len(token)}"
    stranger = _post(client, {"message": "what about FY 2020?", "conversation": forged}).json()
    assert conversations.split(stranger["conversation"])[0] != public_id
    assert "10,868" not in stranger["answer"]


def test_the_handle_never_appears_in_the_database(client):
    first = _post(client, {"message": "hello"}).json()
    _, token = conversations.split(first["conversation"])
    assert not Conversation.objects.filter(token_hash__contains=token).exists()
    assert not ChatLog.objects.filter(question__contains=token).exists()


def test_it_accepts_a_null_conversation(client):
    assert _post(client, {"message": "hello", "conversation": None}).status_code == 200


def test_it_logs_the_exchange_with_the_question_redacted(client):
    message = "I'm jane.doe@example.com, call me at 555-867-5309: how do I report a fake seller?"
    body = _post(client, {"message": message}).json()
    log = ChatLog.objects.get()
    assert "jane.doe@example.com" not in log.question and "867-5309" not in log.question
    assert "[email]" in log.question and "[phone]" in log.question
    assert log.kind == body["kind"] and log.answer == body["answer"] and log.latency_ms >= 0
    assert log.sources == body["sources"]


def test_it_logs_the_language_of_each_answer(client):
    _post(client, {"message": "¿Cuántas incautaciones hizo CBP en el año fiscal 2021?"})
    _post(client, {"message": "How many seizures did CBP make in FY 2021?"})
    assert list(ChatLog.objects.order_by("created_at", "pk").values_list("language", flat=True)) == ["es", "en"]


def test_it_counts_questions_and_outcomes(client):
    _post(client, {"message": "What is Operation Mega Flex?"})
    _post(client, {"message": "asdkjh qwpoe zzxcv"})
    counts = {c.metric: c.count for c in DailyCount.objects.all()}
    assert counts == {"questions": 2, "answered": 1, "fallback": 1}


@pytest.mark.parametrize(
    "body,field",
    [
        ({}, "message"),
        ({"message": ""}, "message"),
        ({"message": "   "}, "message"),
        ({"message": "\u200b\u200b"}, "message"),
        ({"message": "x" * 1001}, "message"),
        ({"message": 42}, "message"),
        ({"message": ["a"]}, "message"),
        ({"message": None}, "message"),
        ({"message": "hi", "conversation": "not-a-uuid"}, "conversation"),
        ({"message": "hi", "conversation": 7}, "conversation"),
    ],
)
def test_it_rejects_bad_input_with_a_clear_error(client, body, field):
    r = _post(client, body)
    assert r.status_code == 400
    data = r.json()
    assert data["field"] == field and data["error"].endswith(".")
    assert ChatLog.objects.count() == 0


def test_it_takes_exactly_the_maximum_length(client):
    assert _post(client, {"message": "a" * 1000}).status_code == 200


def test_it_says_how_long_a_message_may_be(client):
    assert "1,000" in _post(client, {"message": "x" * 1001}).json()["error"]


@pytest.mark.parametrize("payload", ["[1, 2]", '"just a string"', "{not json", ""])
def test_it_rejects_a_body_that_is_not_a_json_object(client, payload):
    r = client.post(URL, payload, content_type="application/json")
    assert r.status_code == 400 and "error" in r.json()


@pytest.mark.parametrize(
    "payload,content_type",
    [("message=hi", "application/x-www-form-urlencoded"), ("hi", "text/plain")],
)
def test_it_refuses_non_json_bodies(client, payload, content_type):
    r = client.post(URL, payload, content_type=content_type)
    assert r.status_code == 415 and "JSON" in r.json()["error"]


def test_it_only_accepts_post(client):
    assert client.get(URL).status_code == 405


def test_the_views_declare_their_throttle_scopes():
    from assistant.api import ChatApi, FeedbackApi

    assert ChatApi.throttle_scope == "chat" and FeedbackApi.throttle_scope == "feedback"


def test_the_schema_documents_the_chat_api(client):
    r = client.get("/api/schema/", HTTP_ACCEPT="application/json")
    assert r.status_code == 200
    text = r.content.decode()
    assert "/api/v1/chat/" in text and "/api/v1/feedback/" in text and "offer_handoff" in text


def test_it_logs_and_counts_a_repeated_question_every_time(client, settings):
    settings.ANSWER_CACHE_SIZE = 16
    bodies = [_post(client, {"message": "What is e-Allegations?"}).json() for _ in range(3)]
    assert len({b["answer"] for b in bodies}) == 1 and len({b["conversation"] for b in bodies}) == 3
    assert ChatLog.objects.filter(question="What is e-Allegations?").count() == 3
    assert DailyCount.objects.get(metric="questions").count == 3


def test_it_answers_in_the_language_of_the_question_and_logs_it(client):
    body = _post(client, {"message": "¿Cuántas incautaciones hizo CBP en el año fiscal 2021?"}).json()
    assert body["language"] == "es" and "27,115" in body["answer"] and "año fiscal 2021" in body["answer"]
    assert ChatLog.objects.latest("pk").language == "es"


def test_a_message_too_short_to_tell_follows_the_pages_language(client):
    assert _post(client, {"message": "hola", "language": "es"}).json()["language"] == "es"
    assert _post(client, {"message": "ok", "language": "en"}).json()["language"] == "en"
    assert _post(client, {"message": "hola", "language": "fr"}).status_code == 400


def test_a_ranking_carries_its_chart(client):
    chart = _post(client, {"message": "Which product had the most seizure lines in FY 2021?"}).json()["chart"]
    assert chart["svg"].startswith("<svg") and "Wearing Apparel/Accessories" in chart["alt"]
    assert chart["rows"][0] == ["Wearing Apparel/Accessories", "30,681"]
