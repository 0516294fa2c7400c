"""Channel links in answers go through /go/<slug>/, which counts the click."""
import pytest

from assistant.models import DailyCount
from content.models import Contact
from tests.browser.helpers import ask

pytestmark = pytest.mark.browser


def test_it_counts_a_click_on_a_channel_link(site, page, context):
    seen = []

    def through_go(route):
        # Let /go/ answer for real, but stop before the browser leaves this machine.
        response = route.fetch(max_redirects=0)
        seen.append((response.status, response.headers.get("location")))
        route.fulfill(status=200, body="left for " + str(response.headers.get("location")), content_type="text/plain")

    context.route("**/go/**", through_go)
    page.goto(site + "/")
    answer = ask(page, "How do I report a counterfeit seller?")
    # e-Allegations is linked in the answer's text: that link goes through /go/ (no second card).
    card = answer.locator(".text a[href*='/go/']").first
    href = card.get_attribute("href")
    assert href.startswith(site + "/go/")
    assert card.get_attribute("rel") == "noopener noreferrer"
    slug = href.rstrip("/").rsplit("/", 1)[1]

    with context.expect_page() as opened:
        card.click()
    opened.value.wait_for_load_state()

    assert seen == [(302, Contact.objects.get(slug=slug).href())]
    assert DailyCount.objects.get(metric="click", key=slug).count == 1


def test_a_phone_card_shows_the_number_as_printed_and_dials_it(site, page, context):
    page.goto(site + "/")
    answer = ask(page, "How do I report a counterfeit seller?")
    card = answer.locator("a.link-card", has_text="1-800-BE-ALERT").first
    assert card.locator(".link-detail").inner_text() == "Call 1-800-BE-ALERT"
    assert card.get_attribute("href").endswith("/go/e-allegations-phone/")
    assert "+18002325378" not in answer.inner_text()
    assert Contact.objects.get(slug="e-allegations-phone").href() == "tel:+18002325378"  # what /go/ dials


@pytest.mark.parametrize(
    "question",
    ["How do I report a counterfeit seller?", "How do I record my trademark with CBP?", "Who do I contact with questions about IPR enforcement?"],
)
def test_an_answer_links_each_channel_once(site, page, question):
    page.goto(site + "/")
    answer = ask(page, question)
    hrefs = answer.locator(".text a, a.link-card").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    go = [h for h in hrefs if "/go/" in h]
    assert len(go) == len(set(go)), hrefs  # a channel linked in the text gets no second card
    slugs = {h.rstrip("/").rsplit("/", 1)[1] for h in go}
    direct = {h for h in hrefs if "/go/" not in h}
    for slug in slugs:
        assert Contact.objects.get(slug=slug).href() not in direct, (slug, hrefs)
