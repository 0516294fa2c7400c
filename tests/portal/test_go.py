"""/go/<slug>/: counts a click on a reporting channel and redirects to its stored address."""
import pytest

from assistant.models import DailyCount
from content.models import Contact


def clicks(slug: str) -> int:
    row = DailyCount.objects.filter(metric="click", key=slug).first()
    return row.count if row else 0


@pytest.mark.django_db
class TestGo:
    """Happy paths: each kind of channel address, counted once per visit."""

    def test_it_redirects_to_the_stored_url_and_counts(self, client, contact):
        response = client.get(f"/go/{contact.slug}/")
        assert response.status_code == 302
        assert response["Location"] == "https://eallegations.cbp.gov/s/"
        assert clicks(contact.slug) == 1
        client.get(f"/go/{contact.slug}/")
        assert clicks(contact.slug) == 2

    def test_it_redirects_email_channels_to_mailto(self, client):
        Contact.objects.create(name="Desk", slug="t-desk", kind="email", email="IPRHELPDESK@cbp.dhs.gov", purpose="x")
        response = client.get("/go/t-desk/")
        assert response.status_code == 302
        assert response["Location"] == "mailto:IPRHELPDESK@cbp.dhs.gov"

    def test_it_redirects_phone_channels_to_tel(self, client):
        Contact.objects.create(name="Line", slug="t-line", kind="phone", phone="1-800-BE-ALERT", purpose="x")
        response = client.get("/go/t-line/")
        assert response["Location"] == "tel:+18002325378"

    def test_it_is_not_cached(self, client, contact):
        response = client.get(f"/go/{contact.slug}/")
        assert "no-store" in response["Cache-Control"]

    def test_it_works_for_shipped_channels(self, client, loaded):
        slug = Contact.objects.filter(published=True).exclude(url="").values_list("slug", flat=True).first()
        assert slug, "load_content should ship contacts"
        response = client.get(f"/go/{slug}/")
        assert response.status_code == 302
        assert response["Location"] == Contact.objects.get(slug=slug).href()


@pytest.mark.django_db
class TestGoRefuses:
    """Failure modes: unknown or hidden channels, other methods, and redirect tricks."""

    def test_it_handles_unknown_slug_with_404_and_no_count(self, client):
        assert client.get("/go/no-such-channel/").status_code == 404
        assert not DailyCount.objects.filter(metric="click").exists()

    def test_it_handles_unpublished_contact_with_404(self, client, contact):
        contact.published = False
        contact.save()
        assert client.get(f"/go/{contact.slug}/").status_code == 404
        assert clicks(contact.slug) == 0

    def test_it_handles_contact_without_address_with_404(self, client):
        Contact.objects.create(name="Nothing", slug="t-empty", kind="website", purpose="x")
        assert client.get("/go/t-empty/").status_code == 404

    @pytest.mark.parametrize("bad", ["javascript:alert(1)", "data:text/html,<script>1</script>", "//evil.example/", "/admin/"])
    def test_it_handles_unsafe_stored_address_with_404(self, client, bad):
        # URLField validation is bypassed by direct writes; the view must not trust it.
        Contact.objects.create(name="Bad", slug="t-bad", kind="website", url=bad, purpose="x")
        assert client.get("/go/t-bad/").status_code == 404
        assert clicks("t-bad") == 0

    @pytest.mark.parametrize("method", ["post", "put", "delete", "patch"])
    def test_it_handles_non_get_with_405(self, client, contact, method):
        response = getattr(client, method)(f"/go/{contact.slug}/")
        assert response.status_code == 405
        assert clicks(contact.slug) == 0

    @pytest.mark.parametrize(
        "query",
        ["?next=https://evil.example/", "?url=//evil.example", "?to=javascript:alert(1)", "?redirect=https%3A%2F%2Fevil.example"],
    )
    def test_it_ignores_query_tricks(self, client, contact, query):
        response = client.get(f"/go/{contact.slug}/{query}")
        assert response["Location"] == "https://eallegations.cbp.gov/s/"

    @pytest.mark.parametrize(
        "path",
        [
            "/go/https://evil.example/",
            "/go//evil.example/",
            "/go/t-allege/https://evil.example/",
            "/go/t-allege/..%2f..%2fevil.example/",
            "/go/%2F%2Fevil.example/",
            "/go/evil.example/",
        ],
    )
    def test_it_ignores_path_tricks(self, client, contact, path):
        response = client.get(path)
        location = response.get("Location", "")
        assert response.status_code in (301, 302, 404)
        assert "evil.example" not in location
        if response.status_code == 302:
            assert location == "https://eallegations.cbp.gov/s/"
