"""Staff views: chat logs, feedback, unanswered questions and "Create FAQ"."""
from urllib.parse import parse_qs, urlparse

import pytest
from django.contrib.auth import get_user_model

from assistant.admin import faq_add_url
from assistant.models import ChatLog, Feedback


@pytest.fixture
def staff(client, db):
    user = get_user_model().objects.create_superuser("staff", "staff@example.com", "a-long-test-password")
    client.force_login(user)
    return client


@pytest.fixture
def logs(db):
    a = ChatLog.objects.create(question="how do I renew my passport", kind="fallback")
    ChatLog.objects.create(question="Renew my passport how?", kind="fallback")
    ChatLog.objects.create(question="best pizza recipe", kind="fallback")
    good = ChatLog.objects.create(question="What is Entry Type 86?", kind="faq")
    Feedback.objects.create(log=good, helpful=False, comment="too vague")
    return a


def test_it_groups_unanswered_questions_and_negative_feedback(staff, logs, settings):
    r = staff.get(f"/{settings.ADMIN_PATH}assistant/chatlog/unanswered/")
    assert r.status_code == 200
    html = r.content.decode()
    groups = r.context["groups"]
    assert groups[0]["count"] == 2 and "passport" in groups[0]["question"].lower()
    assert len(groups) == 2
    assert "What is Entry Type 86?" in html and "too vague" in html
    assert html.count("Create FAQ") >= 3


def test_create_faq_prefills_the_faq_form(staff, logs):
    url = faq_add_url("how do I renew my passport", ["Renew my passport how?"])
    query = parse_qs(urlparse(url).query)
    assert query["question"] == ["how do I renew my passport"]
    assert query["alternate_phrasings"] == ["Renew my passport how?"]
    r = staff.get(url)
    assert r.status_code == 200
    assert r.context["adminform"].form.initial["question"] == "how do I renew my passport"


def test_the_action_opens_the_faq_form_with_the_selection(staff, logs, settings):
    ids = list(ChatLog.objects.filter(kind="fallback").values_list("pk", flat=True))
    r = staff.post(
        f"/{settings.ADMIN_PATH}assistant/chatlog/",
        {"action": "create_faq_from_selected", "_selected_action": ids},
    )
    assert r.status_code == 302 and "/content/faq/add/?question=" in r["Location"]


def test_logs_are_read_only_and_listed(staff, logs, settings):
    r = staff.get(f"/{settings.ADMIN_PATH}assistant/chatlog/")
    assert r.status_code == 200 and "Unanswered questions" in r.content.decode()
    assert staff.get(f"/{settings.ADMIN_PATH}assistant/chatlog/add/").status_code == 403
    assert staff.get(f"/{settings.ADMIN_PATH}assistant/feedback/").status_code == 200


def test_anonymous_users_cannot_see_logs(client, logs, settings):
    r = client.get(f"/{settings.ADMIN_PATH}assistant/chatlog/unanswered/")
    assert r.status_code == 302 and "login" in r["Location"]
