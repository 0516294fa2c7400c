"""The Spanish site and widget as a Spanish speaker uses them (Debian chromium): axe
finds nothing on the Spanish pages (the widget in every state and size, in both
languages: test_widget_a11y.py; the Spanish examples and starters:
test_widget_suggestions.py); the widget sends its language with each question, asks
for Spanish starters, links this site's pages in Spanish, marks an answer in another
language, takes a lang attribute, and has a Spanish string for every English one."""
import json

import pytest

from tests.browser.helpers import DESKTOP, ask, check

pytestmark = pytest.mark.browser

REPORT = "¿Cómo denuncio a un vendedor de productos falsificados?"


@pytest.mark.parametrize("path", ["/es/faq/", "/es/report/", "/es/privacy/", "/es/no-such-page/"])
def test_spanish_pages_have_no_axe_violations(site, new_page, path):
    page = new_page(DESKTOP)
    page.goto(site + path)
    page.locator("ipr-assistant .launcher").wait_for()
    check(page, path)


def test_a_spanish_report_section_and_faq_have_no_axe_violations(site, new_page):
    from content.models import FAQ

    page = new_page(DESKTOP)
    page.goto(site + "/es/report/2021/products-seized-by-msrp/")
    page.locator("ipr-assistant .launcher").wait_for()
    assert page.locator("figcaption").first.inner_text().startswith("MSRP por producto")
    check(page, "report section", "report-es-section.png")
    untranslated = FAQ.objects.filter(published=True, question_es="").first() or FAQ.objects.filter(published=True).first()
    page.goto(site + "/es" + untranslated.get_absolute_url())
    check(page, "an FAQ page")


def test_the_widget_sends_its_language_and_links_spanish_pages(site, page):
    sent = []
    page.on("request", lambda r: sent.append((r.url, r.post_data)) if "/api/v1/" in r.url else None)
    page.goto(site + "/es/")
    answer = ask(page, REPORT)
    bodies = [json.loads(body) for url, body in sent if url.endswith("/api/v1/chat/")]
    assert bodies and all(body["language"] == "es" for body in bodies)
    assert any(url.endswith("/api/v1/widget/?lang=es") for url, _ in sent)
    # This site's pages in Spanish: the FAQ or report section a source names, and the privacy notice.
    sources = answer.locator(".sources a").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    assert any("/es/faq/" in href or "/es/report/" in href for href in sources), sources
    hint = page.locator("ipr-assistant #hint a")
    assert hint.inner_text() == "Cómo se usan sus preguntas" and hint.get_attribute("href").endswith("/es/privacy/")
    for href in answer.locator(".links a").evaluate_all("els => els.map(e => e.getAttribute('href'))"):
        assert "/go/" in href and "/es/go/" not in href  # channel links are the same in every language


def test_an_answer_in_another_language_is_marked_for_screen_readers(site, page):
    # An English question in the Spanish widget: the server answers in English and says so.
    reply = {"answer": "Report it through [e-Allegations](https://eallegations.cbp.gov/s/).", "kind": "faq",
             "confidence": 0.9, "sources": [{"title": "An FAQ", "url": "/faq/1/", "kind": "faq"}], "links": [],
             "suggestions": [], "conversation": "00000000-0000-0000-0000-000000000001", "answer_id": "x",
             "offer_handoff": False, "language": "en"}
    page.route("**/api/v1/chat/", lambda route: route.fulfill(status=200, json=reply))
    page.goto(site + "/es/")
    answer = ask(page, "How do I report a seller?")
    assert answer.locator(".text").get_attribute("lang") == "en"
    assert answer.locator(".sources a").get_attribute("href").endswith("/es/faq/1/")
    reply["language"] = "es"
    assert ask(page, "¿Y en español?").locator(".text").get_attribute("lang") is None


def test_a_lang_attribute_picks_the_widgets_language_on_any_page(site, page):
    page.goto(site + "/")  # an English page
    page.locator("ipr-assistant .launcher").wait_for()
    page.evaluate(
        """() => {
            document.querySelector('ipr-assistant').remove();
            const node = document.createElement('ipr-assistant');
            node.setAttribute('lang', 'es-MX');
            document.body.append(node);
        }"""
    )
    launcher = page.locator("ipr-assistant .launcher")
    launcher.wait_for()
    assert launcher.inner_text().endswith("Pregunte sobre IPR")
    assert page.locator("ipr-assistant aside").get_attribute("aria-label") == "Asistente de IPR"


def test_the_spanish_strings_cover_every_english_one(site, page):
    page.goto(site + "/")
    missing = page.evaluate(
        """async () => {
            const { STRINGS } = await import('/static/assistant/widget.js');
            const out = [];
            const walk = (en, es, path) => {
                for (const [key, value] of Object.entries(en)) {
                    const other = es[key];
                    if (other === undefined) out.push(path + key + ': missing');
                    else if (Array.isArray(value) !== Array.isArray(other)) out.push(path + key + ': not a [one, other] pair');
                    else if (typeof value === 'object' && !Array.isArray(value)) walk(value, other, path + key + '.');
                    else if (value !== '' && JSON.stringify(other) === JSON.stringify(value) && !['eAllegations', 'counter', 'sources', 'landmark'].includes(key))
                        out.push(path + key + ': same as English');
                }
                for (const key of Object.keys(es)) if (!(key in en)) out.push(path + key + ': not in English');
            };
            walk(STRINGS.en, STRINGS.es, '');
            return out;
        }"""
    )
    assert missing == []
