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


def test_it_adds_a_comment_after_not_helpful(site, page):
    page.goto(site + "/")
    answer = ask(page, "What is a seizure line?")
    answer.get_by_role("button", name="Not helpful").click()
    box = answer.get_by_label("What were you looking for? (optional)")
    box.fill("I wanted the number for 2019, mail me at jane@example.com")
    answer.get_by_role("button", name="Send comment").click()
    answer.get_by_text("Thanks, your comment was sent.").wait_for()

    feedback = Feedback.objects.get()  # the comment joins the rating: one row, one count
    assert feedback.helpful is False and "I wanted the number for 2019" in feedback.comment
    assert "jane@example.com" not in feedback.comment
    page.reload()
    page.locator("ipr-assistant").get_by_text("Thanks, your feedback was recorded.").wait_for()
    assert page.locator("ipr-assistant").get_by_label("What were you looking for? (optional)").count() == 0


def test_it_handles_a_missing_comment(site, page):
    page.goto(site + "/")
    answer = ask(page, "What is a seizure line?")
    answer.get_by_role("button", name="Not helpful").click()
    answer.get_by_role("button", name="Send comment").click()  # empty: nothing sent
    box = answer.get_by_label("What were you looking for? (optional)")
    assert box.evaluate("node => node.getRootNode().activeElement === node")
    assert Feedback.objects.get().comment == ""
