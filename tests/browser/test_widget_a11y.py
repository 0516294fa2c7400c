"""Accessibility (axe-core, vendored) in every state of the widget, in English and
in Spanish, on a desktop, a 320-pixel phone and a desktop zoomed to 200%, with
screenshots of each; in each language, no word of the other is left in the widget."""
from dataclasses import dataclass

import pytest

from assistant.answering import messages
from handoff.models import HandoffRequest
from tests.browser.helpers import DESKTOP, PHONE_320, ZOOM_200, ask, check, open_widget

pytestmark = pytest.mark.browser


@dataclass(frozen=True)
class Walk:
    """What a visitor reads and clicks in one page language."""

    home: str
    questions: tuple[str, str, str]  # answered with links, a figure, off-topic
    not_helpful: str
    comment_label: str
    person: str
    offer: str
    send: str
    queued: str
    status_page: str
    language_line: str
    error: str
    close: str
    infix: str  # in the screenshots' names
    foreign: tuple[str, ...]  # the other language's words that must not show in the widget


WALKS = {
    "en": Walk(
        "/", ("How do I report a counterfeit seller?", "How many seizures did CBP make in FY 2021?",
              "Can you tell me a joke about penguins?"),
        "Not helpful", "What were you looking for? (optional)", "I want to talk to a real person",
        "Send my questions to the IPR help desk", "Send to the help desk", "Queued, reference", "/handoff/",
        "Language: English", "not working right now", "Close assistant", "",
        ("Pregunte", "Cerrar", "Enviar", "Fuentes", "Conversación", "caracteres", "Útil", "En cola"),
    ),
    "es": Walk(
        "/es/", ("¿Cómo denuncio a un vendedor de productos falsificados?", "¿Cuántas incautaciones hizo CBP en el año fiscal 2021?",
                 "¿Me puede contar un chiste sobre pingüinos?"),
        "No fue útil", "¿Qué buscaba? (opcional)", "Quiero hablar con una persona",
        "Enviar mis preguntas a la mesa de ayuda de IPR", "Enviar a la mesa de ayuda", "En cola, referencia", "/es/handoff/",
        "Idioma: español", "no funciona en este momento", "Cerrar el asistente", "-es",
        ("Ask about IPR", "Close assistant", "Start over", "Your question", "Send", "Helpful", "Sources:",
         "Conversation", "Suggested questions", "Queued", "characters"),
    ),
}


def widget_text(page) -> str:
    """Everything the widget shows or says to a screen reader (text and ARIA labels)."""
    return page.evaluate(
        """() => {
            const root = document.querySelector('ipr-assistant').shadowRoot;
            const labels = [...root.querySelectorAll('[aria-label], [placeholder]')]
                .map(n => (n.getAttribute('aria-label') || '') + ' ' + (n.getAttribute('placeholder') || ''));
            return root.querySelector('.root').innerText + ' ' + labels.join(' ');
        }"""
    )


@pytest.mark.parametrize("language", ["en", "es"])
def test_it_has_no_axe_violations_in_any_state_on_a_desktop(site, new_page, monkeypatch, language):
    walk = WALKS[language]
    monkeypatch.setattr("handoff.services.queue", lambda request_id: None)  # no broker in this test
    page = new_page(DESKTOP)
    page.goto(site + walk.home)
    page.locator("ipr-assistant .launcher").wait_for()
    assert page.evaluate("document.documentElement.lang") == language
    check(page, "home, widget closed", f"home{walk.infix}-desktop.png")

    open_widget(page)
    chips = page.locator("ipr-assistant .chip")
    chips.first.wait_for()
    assert chips.all_inner_texts() == messages.starters(language)  # the server's, in the page's language
    check(page, "widget open, no question yet")

    for question in walk.questions:
        ask(page, question)
    check(page, "after three answers", f"widget{walk.infix}-desktop.png")

    last = page.locator("ipr-assistant .msg.bot").last
    last.get_by_role("button", name=walk.not_helpful).click()
    last.get_by_label(walk.comment_label).wait_for()
    check(page, f"comment box after '{walk.not_helpful}'")

    answer = ask(page, walk.person)
    answer.get_by_role("button", name=walk.offer).click()
    form = page.locator("ipr-assistant .handoff")
    form.locator(".handoff-pick").wait_for()
    assert walk.language_line in form.locator(".handoff-preview").inner_text()  # what is sent, shown
    check(page, "hand-off form", f"widget{walk.infix}-handoff-form.png")

    form.get_by_role("button", name=walk.send).click()
    note = page.locator("ipr-assistant .handoff-note")
    note.wait_for()
    reference = note.get_attribute("data-reference")
    assert note.inner_text().startswith(f"{walk.queued} {reference}")
    assert note.locator("a").get_attribute("href").endswith(f"{walk.status_page}{reference}/")
    assert HandoffRequest.objects.get(reference=reference).language == language  # the help desk is told
    check(page, "hand-off queued", f"widget{walk.infix}-handoff-queued.png")

    page.route("**/api/v1/chat/", lambda route: route.fulfill(status=503, json={"error": "Down."}))
    page.locator("ipr-assistant #input").fill(walk.questions[0])
    page.locator("ipr-assistant #input").press("Enter")
    page.locator("ipr-assistant [role=alert]").get_by_text(walk.error).wait_for()
    check(page, "an error")

    words = widget_text(page)  # the widget's own words (answers may quote the report in English)
    assert [word for word in walk.foreign if word in words] == []
    assert page.errors == []


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("size,name", [(PHONE_320, "phone-320"), (ZOOM_200, "zoom-200")])
def test_it_has_no_axe_violations_on_a_small_screen(site, new_page, size, name, language):
    walk = WALKS[language]
    home, question, close, infix = walk.home, walk.questions[0], walk.close, walk.infix
    page = new_page(size)
    page.goto(site + home)
    page.locator("ipr-assistant .launcher").wait_for()
    check(page, f"{name}: closed", f"home{infix}-{name}.png")
    open_widget(page)
    page.locator("ipr-assistant .chip").first.wait_for()
    check(page, f"{name}: open (modal)", f"widget{infix}-{name}-open.png")
    ask(page, question)
    check(page, f"{name}: after an answer", f"widget{infix}-{name}-answer.png")
    page.get_by_role("button", name=close).click()
    check(page, f"{name}: closed again")
    assert page.errors == []


def test_site_pages_load_nothing_from_other_hosts_and_break_no_csp_rule(site, page, context):
    from content.models import FAQ, Section

    console = []
    page.on("console", lambda message: console.append(message.text) if message.type == "error" else None)
    pages = ["/", "/privacy/", "/report/", "/faq/", Section.objects.filter(published=True).first().get_absolute_url(),
             FAQ.objects.filter(published=True).first().get_absolute_url()]
    for path in pages:
        page.goto(site + path)
        page.wait_for_load_state("networkidle")
    assert context.outside == []
    assert console == []  # no CSP refusals, no 404 for /favicon.ico or anything else
    assert page.errors == []
