"""Suggestions that work: every starter question the widget offers and every
example on the home page asks its question when clicked, and gets an answer, in
English and in Spanish."""
import pytest

from assistant.answering import messages
from portal.examples import examples
from tests.browser.helpers import answers

pytestmark = pytest.mark.browser


# The home page, and the widget's close and start-over buttons, in each page language.
PAGES = {"en": ("/", "Close assistant", "Start over"), "es": ("/es/", "Cerrar el asistente", "Empezar de nuevo")}


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_home_page_example_asks_its_question_and_is_answered(site, page, language):
    home, close, _ = PAGES[language]
    page.goto(site + home)
    page.locator("ipr-assistant .launcher").wait_for()
    asked = 0
    for _, questions in examples(language):
        for question in questions:
            button = page.get_by_role("button", name=question, exact=True)
            if page.locator("ipr-assistant .panel").is_visible():
                page.get_by_role("button", name=close).click()
            button.click()
            asked += 1
            answer = answers(page).nth(asked - 1)
            answer.wait_for()
            assert page.locator("ipr-assistant .msg.user").nth(asked - 1).inner_text().endswith(question)
            assert "fallback" not in answer.get_attribute("class"), f"{question!r} got a fallback"
            assert page.locator("ipr-assistant .panel").is_visible()
    assert asked == 9 and page.errors == []


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_starter_chip_is_the_servers_and_is_answered(site, page, language):
    home, _, start_over = PAGES[language]
    page.goto(site + home)
    page.locator("ipr-assistant .launcher").click()
    for n, question in enumerate(messages.starters(language)):
        if n:
            page.get_by_role("button", name=start_over).click()
        chips = page.locator("ipr-assistant .chip")
        chips.first.wait_for()
        # From GET /api/v1/widget/?lang=, no second copy.
        assert chips.all_inner_texts() == messages.starters(language)
        chips.nth(n).click()
        answer = answers(page).first
        answer.wait_for()
        assert "fallback" not in answer.get_attribute("class"), f"{question!r} got a fallback"
