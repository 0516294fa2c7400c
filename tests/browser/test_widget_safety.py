"""Answers are rendered as text: markup staff typed into a FAQ cannot run in the widget."""
import pytest

from assistant import index_store
from content.models import FAQ
from tests.browser.helpers import ask

pytestmark = pytest.mark.browser

HOSTILE = (
    "Careful: <script>window.__pwned = 1</script> and "
    '<img src="/nothing.png" onerror="window.__pwned = 2"> and '
    "[a javascript link](javascript:window.__pwned=3) and "
    "[a data link](data:text/html,<script>parent.__pwned=4</script>) and "
    "**<b onmouseover=\"window.__pwned=5\">bold</b>** and [a fine link](https://www.cbp.gov/trade)."
)


def test_it_renders_a_hostile_faq_answer_as_harmless_text(site, page):
    faq = FAQ.objects.filter(published=True).order_by("order").first()
    faq.answer = HOSTILE
    faq.save()
    index_store.build_and_publish()
    index_store._checked_at = float("-inf")

    page.goto(site + "/")
    answer = ask(page, faq.question)
    text = answer.locator(".text")
    assert "<script>window.__pwned = 1</script>" in text.inner_text()
    assert "[a javascript link](javascript:window.__pwned=3)" in text.inner_text()
    assert text.locator("script, img, b, iframe, object").count() == 0
    hrefs = text.locator("a").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    assert "https://www.cbp.gov/trade" in hrefs
    assert all(href.startswith(("https://", "mailto:", "tel:", "http://localhost")) for href in hrefs), hrefs
    fine = text.locator('a[href="https://www.cbp.gov/trade"]')
    assert fine.get_attribute("rel") == "noopener noreferrer"
    assert fine.get_attribute("target") == "_blank"
    text.locator("strong").first.hover()
    page.wait_for_timeout(300)
    assert page.evaluate("() => window.__pwned") is None
    assert page.errors == []

    # The FAQ page itself shows the same text through the server-side allowlist.
    page.goto(site + faq.get_absolute_url())
    assert page.locator(".answer script, .answer img, .answer b").count() == 0
    assert page.evaluate("() => window.__pwned") is None
