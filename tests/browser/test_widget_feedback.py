"""Helpful / not helpful buttons under each answer record feedback."""
import pytest

from assistant.models import Feedback
from tests.browser.helpers import ask

pytestmark = pytest.mark.browser


def test_it_records_helpful_and_not_helpful(site, page):
    page.goto(site + "/")
    first = ask(page, "How do I record my trademark with CBP?")
    first.get_by_role("button", name="Helpful", exact=True).click()
    first.locator(".thanks").wait_for()
    second = ask(page, "What is a seizure line?")
    second.get_by_role("button", name="Not helpful").click()
    second.locator(".thanks").wait_for()

    votes = list(Feedback.objects.order_by("created_at").values_list("helpful", flat=True))
    assert votes == [True, False]
    assert first.get_by_role("button", name="Helpful", exact=True).count() == 0  # one vote per answer


def test_it_keeps_the_buttons_when_feedback_fails(site, page):
    page.goto(site + "/")
    answer = ask(page, "How do I record my trademark with CBP?")
    page.route("**/api/v1/feedback/", lambda route: route.fulfill(status=503, json={"error": "Down."}))
    answer.get_by_role("button", name="Helpful", exact=True).click()
    alert = page.locator("ipr-assistant [role=alert]")
    alert.get_by_text("not working right now").wait_for()
    assert answer.get_by_role("button", name="Helpful", exact=True).is_visible()
    assert Feedback.objects.count() == 0
