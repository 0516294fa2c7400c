"""POST /api/v1/feedback/: signed answer ids, redacted comments, counters."""
import pytest
from rest_framework.test import APIClient

from assistant import services
from assistant.models import ChatLog, DailyCount, Feedback

URL = "/api/v1/feedback/"


@pytest.fixture
def client(db, live_index, settings):
    settings.THROTTLE_RATES = {"chat": None, "feedback": None, "handoff": None}
    return APIClient()


@pytest.fixture
def answer_id(client):
    return client.post("/api/v1/chat/", {"message": "What is Operation Mega Flex?"}, format="json").json()["answer_id"]


def test_it_records_helpful_feedback(client, answer_id):
    r = client.post(URL, {"answer_id": answer_id, "helpful": True}, format="json")
    assert r.status_code == 201
    fb = Feedback.objects.get()
    assert fb.helpful is True and fb.log == ChatLog.objects.get()
    assert DailyCount.objects.get(metric="helpful").count == 1


def test_it_records_unhelpful_feedback_with_a_redacted_comment(client, answer_id):
    r = client.post(URL, {"answer_id": answer_id, "helpful": False, "comment": "wrong! mail me at a@b.com"}, format="json")
    assert r.status_code == 201
    fb = Feedback.objects.get()
    assert fb.helpful is False and "a@b.com" not in fb.comment and "[email]" in fb.comment
    assert DailyCount.objects.get(metric="not_helpful").count == 1


def test_it_rejects_a_forged_answer_id(client, answer_id):
    forged = services.sign_answer_id(1).replace(":", ":x", 1)
    for bad in (forged, answer_id[:-2] + "zz", "12", "hello"):
        r = client.post(URL, {"answer_id": bad, "helpful": True}, format="json")
        assert r.status_code == 400 and r.json()["field"] == "answer_id"
    assert Feedback.objects.count() == 0


def test_it_rejects_an_id_signed_for_something_else(client, answer_id):
    from django.core import signing

    other = signing.dumps(ChatLog.objects.get().pk, salt="something-else")
    r = client.post(URL, {"answer_id": other, "helpful": True}, format="json")
    assert r.status_code == 400


def test_it_rejects_feedback_on_a_deleted_exchange(client, answer_id):
    ChatLog.objects.all().delete()
    r = client.post(URL, {"answer_id": answer_id, "helpful": True}, format="json")
    assert r.status_code == 400 and "no longer" in r.json()["error"]


@pytest.mark.parametrize(
    "body,field",
    [
        ({"helpful": True}, "answer_id"),
        ({"answer_id": "x"}, "helpful"),
        ({"answer_id": "", "helpful": True}, "answer_id"),
        ({"answer_id": "x", "helpful": "yes"}, "helpful"),
        ({"answer_id": "x", "helpful": 1}, "helpful"),
        ({"answer_id": "x", "helpful": True, "comment": "c" * 1001}, "comment"),
    ],
)
def test_it_rejects_missing_or_wrong_fields(client, body, field):
    r = client.post(URL, body, format="json")
    assert r.status_code == 400 and r.json()["field"] == field


def test_it_refuses_form_bodies(client):
    r = client.post(URL, "answer_id=x&helpful=true", content_type="application/x-www-form-urlencoded")
    assert r.status_code == 415


def test_it_adds_a_comment_to_the_rating_already_given(client, answer_id):
    client.post(URL, {"answer_id": answer_id, "helpful": False}, format="json")
    r = client.post(URL, {"answer_id": answer_id, "helpful": False, "comment": "I wanted the phone number"}, format="json")
    assert r.status_code == 201
    fb = Feedback.objects.get()
    assert fb.helpful is False and fb.comment == "I wanted the phone number"
    assert DailyCount.objects.get(metric="not_helpful").count == 1


def test_it_keeps_the_comment_when_rated_again_without_one(client, answer_id):
    client.post(URL, {"answer_id": answer_id, "helpful": False, "comment": "too vague"}, format="json")
    client.post(URL, {"answer_id": answer_id, "helpful": False}, format="json")
    assert Feedback.objects.get().comment == "too vague"


def test_it_moves_the_count_when_a_visitor_changes_their_rating(client, answer_id):
    client.post(URL, {"answer_id": answer_id, "helpful": True}, format="json")
    client.post(URL, {"answer_id": answer_id, "helpful": False}, format="json")
    assert Feedback.objects.get().helpful is False
    counts = dict(DailyCount.objects.values_list("metric", "count"))
    assert counts["helpful"] == 0 and counts["not_helpful"] == 1
