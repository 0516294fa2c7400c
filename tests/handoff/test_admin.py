"""Hand-off requests in the admin: filters, search, read-only questions, actions."""
import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from handoff import services
from handoff.models import HandoffRequest

pytestmark = pytest.mark.django_db

LIST = "admin:handoff_handoffrequest_changelist"


@pytest.fixture
def admin_client_(db):
    user = get_user_model().objects.create_superuser("boss", "boss@example.test", "a-long-password-1")
    client = Client()
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client


@pytest.fixture
def queued(monkeypatch):
    ids = []
    monkeypatch.setattr(services, "queue", ids.append)
    return ids


def make(reference: str, status: str = "queued", questions=None) -> HandoffRequest:
    return HandoffRequest.objects.create(reference=reference, status=status, questions=questions or ["q"])


# Base case: the list, filtered and searched.
def test_it_lists_requests_filtered_by_status(admin_client_):
    make("IPR-AAAA-2222", "failed")
    make("IPR-BBBB-3333", "sent")
    html = admin_client_.get(reverse(LIST), {"status__exact": "failed"}).content.decode()
    assert "IPR-AAAA-2222" in html and "IPR-BBBB-3333" not in html


def test_it_finds_a_request_by_reference(admin_client_):
    make("IPR-AAAA-2222")
    make("IPR-BBBB-3333")
    html = admin_client_.get(reverse(LIST), {"q": "IPR-BBBB-3333"}).content.decode()
    assert "IPR-BBBB-3333" in html and "IPR-AAAA-2222" not in html


def test_it_shows_questions_read_only_and_escaped(admin_client_):
    request = make("IPR-AAAA-2222", questions=["<b>bold</b> question", "second"])
    url = reverse("admin:handoff_handoffrequest_change", args=[request.pk])
    html = admin_client_.get(url).content.decode()
    assert "<li>&lt;b&gt;bold&lt;/b&gt; question</li>" in html
    assert 'name="questions"' not in html and 'name="email"' not in html
    admin_client_.post(url, {"email": "changed@example.com", "questions": '["x"]'})
    request.refresh_from_db()
    assert request.questions == ["<b>bold</b> question", "second"] and request.email == ""


def test_it_cannot_add_requests(admin_client_):
    assert admin_client_.get(reverse("admin:handoff_handoffrequest_add")).status_code == 403


def test_it_resends_selected_requests_except_answered_ones(admin_client_, queued, django_capture_on_commit_callbacks):
    failed = make("IPR-AAAA-2222", "failed")
    HandoffRequest.objects.filter(pk=failed.pk).update(attempts=6, last_error="refused")
    answered = make("IPR-BBBB-3333", "answered")
    with django_capture_on_commit_callbacks(execute=True):
        admin_client_.post(reverse(LIST), {"action": "resend", "_selected_action": [failed.pk, answered.pk]})
    failed.refresh_from_db()
    answered.refresh_from_db()
    assert failed.status == "queued" and failed.attempts == 0 and failed.last_error == ""
    assert answered.status == "answered"
    assert queued == [failed.pk]


def test_it_marks_requests_answered(admin_client_):
    request = make("IPR-AAAA-2222", "sent")
    admin_client_.post(reverse(LIST), {"action": "mark_answered", "_selected_action": [request.pk]})
    request.refresh_from_db()
    assert request.status == "answered" and request.answered_at is not None


def test_it_hides_requests_from_users_who_are_not_staff(client):
    assert client.get(reverse(LIST)).status_code == 302


def test_it_shows_the_redacted_chat_that_led_to_the_hand_off(admin_client_):
    from assistant.models import ChatLog, Conversation

    conversation = Conversation.objects.create()
    ChatLog.objects.create(conversation=conversation, question="is a <fake> bag legal?", kind="fallback")
    request = HandoffRequest.objects.create(reference="IPR-AAAA-2222", questions=["q"], conversation=conversation.pk)
    html = admin_client_.get(reverse("admin:handoff_handoffrequest_change", args=[request.pk])).content.decode()
    assert "<li>is a &lt;fake&gt; bag legal? <em>(fallback)</em></li>" in html


def test_it_warns_staff_about_requests_it_gave_up_on(admin_client_):
    make("IPR-AAAA-2222", "failed")
    make("IPR-BBBB-3333", "sent")
    html = admin_client_.get(reverse(LIST)).content.decode()
    assert "1 request(s) could not be emailed to the help desk within 24 hours" in html


def test_it_gives_no_warning_when_nothing_failed(admin_client_):
    make("IPR-BBBB-3333", "sent")
    assert "could not be emailed" not in admin_client_.get(reverse(LIST)).content.decode()


def test_staff_see_and_filter_by_the_visitors_language(admin_client_):
    HandoffRequest.objects.create(reference="IPR-AAAA-4444", questions=["¿Y mi paquete?"], language="es")
    make("IPR-BBBB-5555")
    html = admin_client_.get(reverse(LIST), {"language__exact": "es"}).content.decode()
    assert "IPR-AAAA-4444" in html and "IPR-BBBB-5555" not in html
    assert '<td class="field-language">Spanish</td>' in html
    change = reverse("admin:handoff_handoffrequest_change", args=[HandoffRequest.objects.get(reference="IPR-AAAA-4444").pk])
    assert "Spanish" in admin_client_.get(change).content.decode()
