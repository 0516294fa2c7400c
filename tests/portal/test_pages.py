"""The portal's pages: home and privacy (report and FAQ pages: tests/content/test_pages.py)."""
import pytest
from django.test import override_settings

from content.models import Contact


@pytest.mark.django_db
class TestHome:
    """The home page explains the service; the assistant starts as a launcher."""

    def test_it_renders_with_the_widget_closed(self, client):
        response = client.get("/")
        assert response.status_code == 200
        html = response.content.decode()
        # Launcher-first: on a phone an open panel would cover the page.
        assert '<ipr-assistant id="ipr-assistant"></ipr-assistant>' in html and "<ipr-assistant open" not in html
        assert '<script type="module" src="/static/assistant/widget.js"></script>' in html
        assert "e-Allegations" in html

    def test_its_first_tab_stop_is_a_skip_link_to_the_assistant(self, client):
        body = client.get("/").content.decode().split("<body", 1)[1]
        first = body.split("<a ", 1)[1].split(">", 1)[0]
        assert first == 'class="skip-link" href="#ipr-assistant"'
        assert body.index(">Ask the assistant</a>") < body.index(">Skip to main content</a>")

    def test_its_example_questions_are_buttons_that_ask_them(self, client):
        from portal.examples import examples

        html = client.get("/").content.decode()
        for _, questions in examples("en"):
            for question in questions:
                assert f'<button type="button" class="ask" data-ipr-ask>{question}</button>' in html.replace("&#x27;", "'")

    def test_it_answers_head(self, client):
        response = client.head("/")
        assert response.status_code == 200 and response.content == b""

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

    def test_it_says_the_visitor_chooses_which_questions_are_sent(self, client):
        html = client.get("/privacy/").content.decode()
        assert "You tick which of the questions you asked" in html
        assert "exactly what will be sent" in html and "24 hours" in html


@pytest.mark.django_db
def test_it_shows_a_friendly_404_page(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_contact_kinds_are_known():
    # The /go/ view and the widget only know these kinds; a new one needs both updated.
    assert set(Contact.Kind.values) == {"online_form", "website", "email", "phone"}


def test_it_serves_a_favicon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/vnd.microsoft.icon"
    assert response.content[:4] == b"\x00\x00\x01\x00"  # an ICO file
    assert "max-age=86400" in response["Cache-Control"]
    assert client.head("/favicon.ico").status_code == 200


@pytest.mark.django_db
def test_every_page_links_its_icons(client):
    html = client.get("/privacy/").content.decode()
    assert '<link rel="icon" href="/static/portal/favicon.svg" type="image/svg+xml">' in html
    assert '<link rel="icon" href="/favicon.ico" sizes="32x32">' in html
