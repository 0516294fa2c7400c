"""The site in two languages: English at /..., Spanish at /es/..., chosen by the
address alone; a visible switch to the same page in the other language; lang
attributes right; home, privacy, error and hand-off pages in Spanish."""
import re

import pytest
from django.template.loader import render_to_string
from django.test import override_settings
from django.utils import translation

from portal.examples import examples

pytestmark = pytest.mark.django_db


def get(client, path: str, **headers):
    response = client.get(path, **headers)
    return response, response.content.decode()


class TestTheAddressDecides:
    def test_spanish_pages_live_under_es(self, client):
        for path in ("/es/", "/es/faq/", "/es/report/", "/es/privacy/"):
            response, html = get(client, path)
            assert response.status_code == 200, path
            assert response["Content-Language"] == "es"
            assert '<html lang="es">' in html, path

    def test_a_browser_asking_for_spanish_still_gets_english_at_an_english_address(self, client):
        # A shared link shows what its sender saw: no redirect, no cookie, no Vary on Accept-Language.
        response, html = get(client, "/", HTTP_ACCEPT_LANGUAGE="es-MX,es;q=0.9")
        assert response.status_code == 200 and '<html lang="en">' in html
        assert response["Content-Language"] == "en"
        assert "Accept-Language" not in response.get("Vary", "")
        assert not response.cookies

    def test_es_without_a_slash_is_redirected_to_the_spanish_home(self, client):
        response = client.get("/es")
        assert response.status_code == 301 and response["Location"] == "/es/"

    def test_the_admin_and_the_api_stay_english(self, client):
        from django.conf import settings

        assert client.get(f"/es/{settings.ADMIN_PATH}").status_code == 404
        response = client.get("/api/v1/widget/")
        assert response["Content-Language"] == "en"

    def test_language_free_addresses_have_no_spanish_copy(self, client, contact):
        assert client.get(f"/go/{contact.slug}/").status_code == 302
        assert client.get(f"/es/go/{contact.slug}/").status_code == 404
        assert client.get("/favicon.ico").status_code == 200

    def test_the_thread_goes_back_to_english_after_a_spanish_page(self, client):
        client.get("/es/")
        assert translation.get_language() == "en"


class TestTheLanguageSwitch:
    @pytest.mark.parametrize("english,spanish", [("/", "/es/"), ("/faq/", "/es/faq/"), ("/privacy/", "/es/privacy/"), ("/report/", "/es/report/")])
    def test_it_links_the_same_page_in_the_other_language(self, client, english, spanish):
        _, html = get(client, english)
        assert f'<p class="language-switch"><a href="{spanish}" hreflang="es" lang="es">Español</a></p>' in html
        _, html = get(client, spanish)
        assert f'<p class="language-switch"><a href="{english}" hreflang="en" lang="en">English</a></p>' in html

    def test_it_names_both_versions_for_search_engines(self, client):
        _, html = get(client, "/es/privacy/")
        assert '<link rel="alternate" hreflang="en" href="http://testserver/privacy/">' in html
        assert '<link rel="alternate" hreflang="es" href="http://testserver/es/privacy/">' in html

    def test_a_missing_page_switches_to_the_other_languages_home(self, client):
        response, html = get(client, "/es/no-such-page/")
        assert response.status_code == 404
        assert '<html lang="es">' in html and "<h1>No se encontró la página</h1>" in html
        assert '<a href="/" hreflang="en" lang="en">English</a>' in html
        assert 'href="/es/report/"' in html  # its links stay in Spanish
        assert 'rel="alternate"' not in html  # no other version of a page that does not exist

    def test_the_switch_is_reached_after_the_skip_links(self, client):
        body = get(client, "/es/")[1].split("<body", 1)[1]
        links = re.findall(r"<a ([^>]*)>", body)
        assert links[0] == 'class="skip-link" href="#ipr-assistant"'
        assert ">Pregunte al asistente</a>" in body and ">Ir al contenido principal</a>" in body


class TestSpanishHome:
    def test_it_offers_spanish_example_questions(self, client):
        _, html = get(client, "/es/")
        for audience, questions in examples("es"):
            assert f"<h3>{audience}</h3>" in html
            for question in questions:
                assert f'<button type="button" class="ask" data-ipr-ask>{question}</button>' in html
        assert "¿Cuántas incautaciones hizo CBP en el año fiscal 2021?" in html
        assert [q for _, qs in examples("es") for q in qs] != [q for _, qs in examples("en") for q in qs]

    def test_it_names_channels_in_spanish(self, client, loaded):
        _, html = get(client, "/es/")
        assert '<a href="/go/e-allegations/">e-Allegations (denuncias en línea de violaciones comerciales)</a>' in html
        assert "Atiende de lunes a viernes" in html  # the help desk's hours, from the glossary

    def test_it_says_quotations_from_the_report_stay_in_english(self, client, loaded):
        _, html = get(client, "/es/")
        assert "El asistente responde en español." in html
        assert 'lang="en">Intellectual Property Rights Seizure Statistics' in html  # the report's title, marked


class TestSpanishPrivacy:
    @override_settings(CHAT_LOG_DAYS=45)
    def test_it_states_the_retention_setting_in_spanish(self, client):
        _, html = get(client, "/es/privacy/")
        assert "<strong>45 días</strong>" in html and "después de 45 días, igual que las preguntas" in html

    @override_settings(CHAT_LOG_DAYS=1)
    def test_it_says_one_day_in_the_singular(self, client):
        _, html = get(client, "/es/privacy/")
        assert "<strong>1 día</strong>" in html


def test_the_500_page_follows_the_address_language():
    with translation.override("es"):
        html = render_to_string("500.html")
    assert '<html lang="es">' in html and "<h1>Algo salió mal</h1>" in html
    assert '<html lang="en">' in render_to_string("500.html")
