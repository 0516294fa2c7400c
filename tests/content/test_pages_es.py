"""The report and FAQ pages in Spanish (/es/...): the chrome in Spanish, the report's
names from the glossary, its text in English and said so, FAQs in Spanish when they
have a Spanish version and otherwise in English with a note, never silently."""
import re

import pytest

from content.models import FAQ, GlossaryTerm

from .conftest import stat

pytestmark = pytest.mark.django_db


def spanish(client, path: str) -> str:
    response = client.get("/es" + path)
    assert response.status_code == 200, path
    assert response["Content-Language"] == "es"
    return response.content.decode()


class TestSpanishSection:
    def test_it_is_the_same_address_under_es(self, client, section):
        html = spanish(client, section.get_absolute_url())
        assert '<html lang="es">' in html
        assert 'href="/es/report/2099/"' in html  # breadcrumb to the Spanish report page
        assert "El informe, año fiscal 2099" in html

    def test_it_shows_the_report_text_in_english_and_says_so(self, client, section):
        html = spanish(client, section.get_absolute_url())
        assert "CBP publica el informe solo en inglés" in html
        body = re.search(r'<div class="report-text" lang="en">(.*?)</div>', html, re.S).group(1)
        assert "<p>First paragraph about widgets.</p>" in body
        assert re.search(r'<ol lang="en">\s*<li value="7">A footnote source.', html)  # footnotes too

    def test_it_names_a_section_from_the_glossary_or_marks_it_english(self, client, section):
        html = spanish(client, section.get_absolute_url())
        assert '<h1 lang="en">Test spotlight on widgets</h1>' in html  # no glossary entry: English, marked
        GlossaryTerm.objects.create(english="Test spotlight on widgets", spanish="Artilugios en detalle")
        html = spanish(client, section.get_absolute_url())
        assert "<h1>Artilugios en detalle</h1>" in html
        assert "<title>Artilugios en detalle, año fiscal 2099 |" in html

    def test_it_names_tables_rows_and_columns_in_spanish(self, client, section):
        GlossaryTerm.objects.create(english="Number of Seizure Lines by Widget", spanish="Número de líneas de incautación por artilugio")
        GlossaryTerm.objects.create(english="Gadgets", spanish="Aparatos")
        stat(section, label="Gadgets", printed="1,234", value=1234, order=1)
        stat(section, label="Gadgets", measure="msrp", printed="$5,000", value=5000, order=2)
        stat(section, label="Gizmos", printed="766", value=766, order=3)
        stat(section, label="Gizmos", measure="msrp", printed="$1,000", value=1000, order=4)
        stat(section, label="Total", printed="2,000", value=2000, order=5, is_total=True, note="Rows add up to 2,000.")
        html = spanish(client, section.get_absolute_url())
        assert '<caption class="visually-hidden">Número de líneas de incautación por artilugio, año fiscal 2099</caption>' in html
        assert '<th scope="col">Producto</th><th scope="col">Líneas de incautación</th><th scope="col">MSRP (USD)</th>' in html
        # Figures keep the report's U.S. format; a name the glossary lacks stays English and says so.
        assert '<th scope="row">Aparatos</th><td>1,234</td><td>$5,000</td>' in html
        assert '<th scope="row" lang="en">Gizmos</th><td>766</td>' in html
        assert '<span class="visually-hidden">no figura en el informe</span>' in html
        assert 'Nota: <span lang="en">Rows add up to 2,000.</span>' in html
        svg = re.search(r"<svg.*?</svg>", html, re.S).group(0)
        assert "Aparatos: $5,000" in svg or "Aparatos: 1,234" in svg

    def test_it_heads_year_columns_in_spanish(self, client, section):
        GlossaryTerm.objects.create(english="Number of Seizure Lines by Widget", spanish="Líneas por artilugio")
        stat(section, label="Seizures", fiscal_year=2098, printed="10", order=1)
        stat(section, label="Seizures", fiscal_year=2099, printed="20", order=1)
        stat(section, label="Seizures", fiscal_year=2098, measure="msrp", printed="$1", order=2, table_slug="t-two")
        stat(section, label="Seizures", fiscal_year=2099, measure="msrp", printed="$2", order=2, table_slug="t-two")
        stat(section, label="Seizures", fiscal_year=2099, printed="3", order=3, table_slug="t-two")
        html = spanish(client, section.get_absolute_url())
        assert '<th scope="col">Año fiscal 2099</th><th scope="col">Año fiscal 2098</th>' in html
        assert '<th scope="col">MSRP (USD), año fiscal 2099</th>' in html

    def test_the_english_page_is_unchanged_by_the_glossary(self, client, section):
        GlossaryTerm.objects.create(english="Test spotlight on widgets", spanish="Artilugios en detalle")
        stat(section, label="Gadgets", printed="1,234", order=1)
        html = client.get(section.get_absolute_url()).content.decode()
        assert '<html lang="en">' in html and "<h1>Test spotlight on widgets</h1>" in html
        assert "Artilugios" not in html and 'lang="en">' not in html.split("<body", 1)[1].split("<footer", 1)[0]

    def test_the_report_page_names_the_report_in_spanish_and_cites_its_title(self, client, section):
        html = spanish(client, "/report/2099/")
        assert "<h1>El informe de CBP del año fiscal 2099</h1>" in html
        assert '<cite lang="en">Test report FY 2099</cite>' in html
        assert 'href="/es/report/2099/t-widgets/" lang="en">Test spotlight on widgets</a>' in html


class TestSpanishFAQ:
    def test_it_shows_the_spanish_question_and_answer(self, client, faq):
        faq.question_es = "¿Cómo pruebo un artilugio?"
        faq.answer_es = "Con **cuidado**. Vea [el formulario](https://eallegations.cbp.gov/s/)."
        faq.save()
        html = spanish(client, f"/faq/{faq.pk}/")
        assert "<h1>¿Cómo pruebo un artilugio?</h1>" in html
        assert '<div class="answer"><p>Con <strong>cuidado</strong>.' in html
        assert "todavía no está traducida" not in html
        assert "Del informe:" in html and 'href="/es/report/2099/t-widgets/"' in html

    def test_it_shows_an_untranslated_faq_in_english_with_a_note(self, client, faq):
        html = spanish(client, f"/faq/{faq.pk}/")
        assert '<h1 lang="en">How do I test a widget?</h1>' in html
        assert "Esta respuesta todavía no está traducida al español, así que se muestra en inglés." in html
        assert '<div class="answer" lang="en"><p>Use <strong>care</strong>.' in html

    def test_it_shows_contacts_in_spanish_and_says_the_kind_in_spanish(self, client, faq, contact):
        contact.name_es = "e-Allegations de prueba"
        contact.purpose_es = "Denuncie productos falsificados."
        contact.save()
        html = spanish(client, f"/faq/{faq.pk}/")
        assert f'<a href="/go/{contact.slug}/">e-Allegations de prueba</a>' in html
        assert "Formulario en línea" in html and "<p>Denuncie productos falsificados.</p>" in html

    def test_it_marks_english_sources_and_the_review_date_in_spanish(self, client, faq):
        import datetime

        faq.sources.create(title="19 CFR 133.21 (eCFR)", url="https://www.ecfr.gov/current/title-19/section-133.21")
        faq.reviewed = datetime.date(2024, 6, 3)
        faq.save()
        html = spanish(client, f"/faq/{faq.pk}/")
        assert "Estas fuentes están en inglés." in html and '<ul class="sources" lang="en">' in html
        assert '<time datetime="2024-06-03">3 de junio de 2024</time>' in html
        assert '<time datetime="2024-06-03">June 3, 2024</time>' in client.get(f"/faq/{faq.pk}/").content.decode()

    def test_the_list_marks_questions_without_a_spanish_version(self, client, faq):
        other = FAQ.objects.create(key="t-other", question="Is this English?", answer="Yes.", question_es="¿Está en español?", answer_es="Sí.")
        html = spanish(client, "/faq/")
        assert f'<a href="/es/faq/{other.pk}/">¿Está en español?</a></li>' in html
        assert f'<a href="/es/faq/{faq.pk}/" lang="en">How do I test a widget?</a> <span class="language-tag">(en inglés)</span>' in html


def test_every_shipped_report_name_has_a_spanish_name(loaded):
    """Tables, rows and section titles of the shipped reports, and contact hours: all in the glossary."""
    from content.models import Contact, Section, Statistic

    known = {name.casefold() for name in GlossaryTerm.objects.values_list("english", flat=True)}
    names = set(Statistic.objects.filter(published=True).values_list("table", flat=True))
    names |= set(Statistic.objects.filter(published=True).values_list("label", flat=True))
    names |= set(Section.objects.filter(published=True).values_list("title", flat=True))
    names |= {hours for hours in Contact.objects.filter(published=True).values_list("hours", flat=True) if hours}
    assert sorted(name for name in names if name.casefold() not in known) == []
