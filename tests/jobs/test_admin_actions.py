"""Staff trigger jobs from the admin: refresh a report source, add next year's, rebuild the index.

Base cases: the action queues the job; with the broker down it runs inline.
"""
import pytest
from django.urls import reverse
from kombu.exceptions import OperationalError

from assistant.models import IndexBuild
from content.models import ReportSource


@pytest.fixture
def staff(client, django_user_model):
    user = django_user_model.objects.create_user("editor", password="x" * 16, is_staff=True, is_superuser=True)
    client.force_login(user)
    return client


def run_action(client, model: str, action: str, pks: list[int]):
    url = reverse(f"admin:{model}_changelist")
    return client.post(url, {"action": action, "_selected_action": pks}, follow=True)


def test_refresh_action_queues_a_refresh(loaded, staff, monkeypatch):
    from content.tasks import refresh_source

    sent = []
    monkeypatch.setattr(refresh_source, "apply_async", lambda args, **kw: sent.append(args))
    report = ReportSource.objects.get()
    response = run_action(staff, "content_reportsource", "refresh_from_source", [report.pk])
    assert response.status_code == 200
    assert sent == [[report.pk]]
    assert "queued" in response.content.decode()


def test_refresh_action_runs_inline_when_the_broker_is_down(loaded, staff, monkeypatch):
    from content.tasks import refresh_source

    def refuse(*args, **kwargs):
        raise OperationalError("Connection refused")

    monkeypatch.setattr(refresh_source, "apply_async", refuse)
    report = ReportSource.objects.get()
    report.url = "/nonexistent/report.txt"
    report.save()
    run_action(staff, "content_reportsource", "refresh_from_source", [report.pk])
    report.refresh_from_db()
    assert report.refresh_status == "failed" and "does not exist" in report.refresh_message


def test_index_build_admin_lists_builds_and_rebuilds(loaded, staff, monkeypatch):
    from assistant import rebuild

    asked = []
    monkeypatch.setattr(rebuild, "request", lambda force=False: asked.append(force) or "queued")
    build = IndexBuild.objects.create(version="v-test", status="ready", documents=3)
    listing = staff.get(reverse("admin:assistant_indexbuild_changelist"))
    assert listing.status_code == 200 and "v-test" in listing.content.decode()
    run_action(staff, "assistant_indexbuild", "rebuild_now", [build.pk])
    assert asked == [True]
