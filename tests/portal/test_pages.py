"""Public pages: home, privacy, report sections, FAQs and their indexes."""
import pytest
from django.test import override_settings

from content.models import FAQ, Contact, Section
from tests.portal.conftest import stat


@pytest.mark.django_db
class TestHome:
    """The home page explains the service and shows the assistant open."""

    def test_it_renders_with_the_widget_open(self, client):
        response = client.get("/")
        assert response.status_code == 200
        html = response.content.decode()
        assert "<ipr-assistant open>" in html
        assert 'src="/static/assistant/widget.js"' in html
        assert "e-Allegations" in html

    def test_it_links_channels_through_go(self, client, contact):
        html = client.get("/").content.decode()
        assert f'href="/go/{contact.slug}/"' in html
        assert 'href="https://eallegations.cbp.gov/s/"' not in html

    def test_it_leaves_out_unpublished_channels(self, client, contact):
        contact.published = False
        contact.save()
        assert f"/go/{contact.slug}/" not in client.get("/").content.decode()

    def test_it_handles_post_with_405(self, client):
        assert client.post("/").status_code == 405


@pytest.mark.django_db
class TestPrivacy:
    """The privacy notice states what is kept, redaction and the retention setting."""

    @override_settings(CHAT_LOG_DAYS=45)
    def test_it_states_the_retention_setting(self, client):
        html = client.get("/privacy/").content.decode()
        assert "45 days" in html

    def test_it_lists_every_redacted_kind(self, client):
        html = client.get("/privacy/").content.decode()
        for placeholder in ("[email]", "[phone]", "[ssn]", "[card]", "[address]"):
            assert placeholder in html
        assert "No cookies" in html
        assert "help desk" in html


@pytest.mark.django_db
class TestSection:
    """/report/<slug>/: body, footnotes, statistics tables, related FAQs."""

    def test_it_renders_body_and_footnotes(self, client, section):
        response = client.get(section.get_absolute_url())
        assert response.status_code == 200
        html = response.content.decode()
        assert "<h1>Test spotlight on widgets</h1>" in html
        assert "<p>First paragraph about widgets.</p>" in html
        assert '<li value="7">' in html
        assert 'href="https://example.org/source"' in html

    def test_it_links_footnote_urls_once(self, client, section):
        section.footnotes = [{"number": "1", "text": "See https://example.org/a for more.", "urls": ["https://example.org/a"]}]
        section.save()
        html = client.get(section.get_absolute_url()).content.decode()
        assert html.count('href="https://example.org/a"') == 1

    def test_it_renders_statistics_as_accessible_tables(self, client, section):
        stat(section, label="Gadgets", printed="1,234", order=1)
        stat(section, label="Gadgets", measure="msrp", printed="$5,000", order=2)
        stat(section, label="Total", printed="1,234", order=3, is_total=True)
        html = client.get(section.get_absolute_url()).content.decode()
        assert "<caption" in html and "Number of Seizure Lines by Widget, FY 2099</caption>" in html
        assert '<th scope="col">Product</th><th scope="col">Seizure lines</th><th scope="col">MSRP (USD)</th>' in html
        assert '<th scope="row">Gadgets</th><td>1,234</td><td>$5,000</td>' in html
        assert '<tr class="total"><th scope="row">Total</th><td>1,234</td><td>–</td>' in html

    def test_it_uses_years_as_columns_when_a_table_spans_years(self, client, section):
        stat(section, label="Seizures", fiscal_year=2098, printed="10", order=1)
        stat(section, label="Seizures", fiscal_year=2099, printed="20", order=1)
        html = client.get(section.get_absolute_url()).content.decode()
        assert '<th scope="col">FY 2099</th><th scope="col">FY 2098</th>' in html
        assert '<th scope="row">Seizures</th><td>20</td><td>10</td>' in html

    def test_it_hides_unpublished_statistics(self, client, section):
        stat(section, label="Secret row", printed="99", published=False)
        assert "Secret row" not in client.get(section.get_absolute_url()).content.decode()

    def test_it_escapes_staff_edited_text(self, client, section):
        section.body = "<script>alert(1)</script> and <b>bold</b>"
        section.save()
        html = client.get(section.get_absolute_url()).content.decode()
        assert "<script>alert(1)" not in html
        assert "&lt;script&gt;" in html

    def test_it_handles_unpublished_section_with_404(self, client, section):
        section.published = False
        section.save()
        assert client.get(section.get_absolute_url()).status_code == 404

    def test_it_handles_unknown_section_with_404(self, client):
        assert client.get("/report/no-such-section/").status_code == 404

    def test_it_renders_every_shipped_section(self, client, loaded):
        slugs = list(Section.objects.filter(published=True).values_list("slug", flat=True))
        assert slugs, "load_content should ship sections"
        for slug in slugs:
            assert client.get(f"/report/{slug}/").status_code == 200, slug


@pytest.mark.django_db
class TestFaq:
    """/faq/<id>/: the answer through the markup allowlist, contacts through /go/."""

    def test_it_renders_markup_and_contacts(self, client, faq):
        html = client.get(faq.get_absolute_url()).content.decode()
        assert "<strong>care</strong>" in html
        assert '<a href="https://eallegations.cbp.gov/s/" rel="noopener noreferrer">the form</a>' in html
        assert "<li>first step</li>" in html
        assert 'href="/go/t-allege/"' in html
        assert 'href="/report/t-widgets/"' in html

    def test_it_neutralises_hostile_answers(self, client, faq):
        faq.answer = (
            '<script>alert(1)</script> <img src=x onerror="alert(2)"> '
            "[click](javascript:alert(3)) [data](data:text/html,hi) **<svg onload=alert(4)>**"
        )
        faq.save()
        html = client.get(faq.get_absolute_url()).content.decode()
        answer = html.split('<div class="answer">')[1].split("</div>")[0]
        assert "<script" not in answer and "<img" not in answer and "<svg" not in answer
        assert 'href="javascript' not in answer and 'href="data' not in answer
        assert "&lt;script&gt;" in answer  # shown as text, not dropped
        assert "[click](javascript:alert(3))" in answer

    def test_it_leaves_out_unpublished_contacts(self, client, faq, contact):
        contact.published = False
        contact.save()
        assert "/go/t-allege/" not in client.get(faq.get_absolute_url()).content.decode()

    def test_it_handles_unpublished_faq_with_404(self, client, faq):
        faq.published = False
        faq.save()
        assert client.get(faq.get_absolute_url()).status_code == 404

    def test_it_handles_unknown_faq_with_404(self, client):
        assert client.get("/faq/999999999/").status_code == 404

    def test_it_renders_every_shipped_faq(self, client, loaded):
        ids = list(FAQ.objects.filter(published=True).values_list("pk", flat=True))
        assert ids, "load_content should ship FAQs"
        for pk in ids:
            assert client.get(f"/faq/{pk}/").status_code == 200, pk


@pytest.mark.django_db
class TestIndexes:
    """/report/ and /faq/ list what is published, nothing else."""

    def test_it_lists_published_sections_only(self, client, section, report):
        Section.objects.create(report=report, title="Hidden bit", slug="t-hidden", body="x", published=False)
        html = client.get("/report/").content.decode()
        assert 'href="/report/t-widgets/"' in html
        assert "Hidden bit" not in html

    def test_it_lists_published_faqs_only(self, client, faq):
        FAQ.objects.create(key="t-hidden", question="A hidden question?", answer="x", published=False)
        html = client.get("/faq/").content.decode()
        assert f'href="/faq/{faq.pk}/"' in html
        assert "A hidden question?" not in html

    def test_it_shows_a_friendly_404_page(self, client):
        response = client.get("/no-such-page/")
        assert response.status_code == 404
        assert "Page not found" in response.content.decode()


def test_contact_kinds_are_known():
    # The /go/ view and the widget only know these kinds; a new one needs both updated.
    assert set(Contact.Kind.values) == {"online_form", "website", "email", "phone"}
