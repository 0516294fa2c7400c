"""The widget by keyboard alone: from the first Tab to an answer's link and back
to the launcher in at most 3 Tabs, on every page, in English and in Spanish."""
import pytest

from tests.browser.helpers import DESKTOP, PHONE_320, active, answers, focused_html

pytestmark = pytest.mark.browser


def in_newest_answer(page) -> bool:
    """Whether focus is on a link inside the newest answer."""
    return page.evaluate(
        """() => {
            const root = document.querySelector('ipr-assistant').shadowRoot;
            const node = root.activeElement, answers = root.querySelectorAll('.msg.bot');
            return !!node && node.tagName === 'A' && answers.length > 0 && answers[answers.length - 1].contains(node);
        }"""
    )


# The skip link and a question that gets an answer with links, in each page language.
FLOW = {
    "en": ("Ask the assistant", "How do I report a counterfeit seller?"),
    "es": ("Pregunte al asistente", "¿Cómo denuncio a un vendedor de productos falsificados?"),
}


@pytest.mark.parametrize("path", ["/", "/faq/", "/privacy/", "/es/", "/es/faq/", "/es/privacy/"])
@pytest.mark.parametrize("size", [DESKTOP, PHONE_320], ids=["desktop", "phone-320"])
def test_it_reaches_an_answer_link_and_the_launcher_in_three_tabs(site, browser, path, size):
    skip_link, question = FLOW["es" if path.startswith("/es/") else "en"]
    context = browser.new_context(**size)
    context.set_default_timeout(15000)
    page = context.new_page()
    page.goto(site + path)
    page.locator("ipr-assistant .launcher").wait_for()
    tabs = 0

    page.keyboard.press("Tab")
    tabs += 1
    assert skip_link in focused_html(page)  # the skip link is the first stop
    page.keyboard.press("Enter")
    assert page.locator("ipr-assistant .panel").is_visible()
    assert active(page) == "input"

    page.keyboard.type(question)
    page.keyboard.press("Enter")
    answer = answers(page).first
    answer.wait_for()
    assert active(page) == "input"  # the answer did not pull focus away from the box

    while not in_newest_answer(page):
        page.keyboard.press("Shift+Tab")
        tabs += 1
        assert tabs <= 3, f"{tabs} Tabs and still not on the answer's links: {focused_html(page)}"
    link = focused_html(page)
    assert link.startswith("<a ") and 'href="' in link

    page.keyboard.press("Escape")
    assert page.locator("ipr-assistant .panel").is_hidden()
    assert active(page) == "launcher"
    assert page.locator("ipr-assistant .launcher").get_attribute("aria-expanded") == "false"
    assert tabs <= 3
    context.close()


def test_it_answers_a_question_asked_by_keyboard_only(site, page):
    page.goto(site + "/privacy/")
    panel = page.locator("ipr-assistant .panel")
    page.locator("ipr-assistant .launcher").wait_for()
    assert panel.is_hidden()
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert panel.is_visible()
    assert page.locator("ipr-assistant .launcher").get_attribute("aria-expanded") == "true"

    page.keyboard.type("How do I report a counterfeit seller?")
    page.keyboard.press("Enter")
    answer = answers(page).first
    answer.wait_for()
    assert answer.locator(".text").inner_text().strip()
    assert answer.locator(".sources a").count() >= 1
    assert answer.locator(".links a.link-card").count() >= 1
    for href in answer.locator(".links a.link-card").evaluate_all("els => els.map(e => e.getAttribute('href'))"):
        assert "/go/" in href
    assert active(page) == "input"
    assert page.locator("ipr-assistant [role=log]").get_attribute("aria-live") == "polite"


def test_the_helpful_buttons_are_one_tab_stop_with_arrow_keys(site, page):
    page.goto(site + "/")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.keyboard.type("How do I record my trademark with CBP?")
    page.keyboard.press("Enter")
    answers(page).first.wait_for()
    page.keyboard.press("Shift+Tab")
    assert ">Helpful<" in focused_html(page)
    page.keyboard.press("ArrowRight")
    assert ">Not helpful<" in focused_html(page)
    page.keyboard.press("Tab")  # leaves the group: back to the question box
    assert active(page) == "input"


def test_it_sends_a_suggested_question_from_a_chip(site, page):
    page.goto(site + "/")
    page.locator("ipr-assistant .launcher").click()
    chip = page.locator("ipr-assistant .chip").first
    chip.wait_for()
    question = chip.inner_text()
    chip.focus()
    page.keyboard.press("Enter")
    answers(page).first.wait_for()
    assert page.locator("ipr-assistant .msg.user").first.inner_text().endswith(question)
    assert active(page) == "input"  # the chip was replaced, focus went somewhere useful
