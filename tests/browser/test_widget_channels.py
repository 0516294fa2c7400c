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
    card = answer.locator("a.link-card").first
    href = card.get_attribute("href")
    assert href.startswith(site + "/go/")
    assert card.get_attribute("rel") == "noopener noreferrer"
    slug = href.rstrip("/").rsplit("/", 1)[1]

    with context.expect_page() as opened:
        card.click()
    opened.value.wait_for_load_state()

    assert seen == [(302, Contact.objects.get(slug=slug).href())]
    assert DailyCount.objects.get(metric="click", key=slug).count == 1
