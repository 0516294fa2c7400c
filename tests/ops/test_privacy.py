"""Privacy end to end: personal data typed by a visitor leaves no trace, pages
load nothing from other hosts, and anonymous visits get no cookies."""
import logging
from html.parser import HTMLParser
from urllib.parse import urlparse

import pytest
from django.db import connection

pytestmark = pytest.mark.django_db(transaction=False)

EMAIL = "jane.doe.ipr@example.com"
PHONE = "(202) 555-0143"
SSN = "123-45-6789"
CARD = "4111 1111 1111 1111"
# Every way the data could be stored, also with separators stripped.
NEEDLES = [EMAIL, "jane.doe.ipr", PHONE, "555-0143", "2025550143", SSN, "123456789", CARD, "4111111111111111"]


def all_text_in_database() -> str:
    chunks = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")
            for row in cursor.fetchall():
                chunks.extend(str(value) for value in row if value is not None)
    return "\n".join(chunks)


def test_personal_data_in_chat_and_feedback_leaves_no_trace(client, loaded, caplog):
    caplog.set_level(logging.DEBUG)  # everything any logger writes
    question = f"I'm {EMAIL}, phone {PHONE}, SSN {SSN}, card {CARD}: how do I report fake sneakers?"
    chat = client.post("/api/v1/chat/", {"message": question}, content_type="application/json")
    assert chat.status_code == 200, chat.content
    answer_id = chat.json()["answer_id"]
    comment = f"Call me on {PHONE} or mail {EMAIL}, SSN {SSN}"
    feedback = client.post(
        "/api/v1/feedback/", {"answer_id": answer_id, "helpful": False, "comment": comment},
        content_type="application/json",
    )
    assert feedback.status_code == 201, feedback.content

    stored = all_text_in_database()
    assert "sneakers" in stored  # the question itself was stored, so the check can fail
    logged = caplog.text + "\n".join(str(r.args) for r in caplog.records)
    for needle in NEEDLES:
        assert needle not in stored, f"{needle!r} stored in the database"
        assert needle not in logged, f"{needle!r} written to the logs"
    assert "[email]" in stored and "[ssn]" in stored


class _Resources(HTMLParser):
    """Collects every URL the browser would fetch on its own (not links to follow)."""

    def __init__(self):
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name in ("src", "srcset", "poster", "data"):
            if attrs.get(name):
                self.urls.extend(part.strip().split(" ")[0] for part in attrs[name].split(","))
        # <link rel="alternate"> names the page in another language: a browser never fetches it.
        if tag == "link" and attrs.get("href") and not set((attrs.get("rel") or "").split()) <= {"alternate", "canonical"}:
            self.urls.append(attrs["href"])
        if "url(" in (attrs.get("style") or ""):
            self.urls.append(attrs["style"])


def public_pages() -> list[str]:
    from content.models import FAQ, Section

    pages = ["/", "/privacy/"]
    section = Section.objects.filter(published=True).first()
    faq = FAQ.objects.filter(published=True).first()
    if section:
        pages.append(section.get_absolute_url())
    if faq:
        pages.append(f"/faq/{faq.pk}/")
    return pages + ["/es" + page for page in pages]


def test_pages_load_nothing_from_other_hosts(client, loaded):
    pages = public_pages()
    assert len(pages) == 8, "the shipped content has a section and an FAQ (in English and Spanish)"
    for page in pages:
        response = client.get(page)
        assert response.status_code == 200, page
        parser = _Resources()
        parser.feed(response.content.decode())
        for url in parser.urls:
            parsed = urlparse(url)
            assert not parsed.netloc and parsed.scheme in ("", "data"), f"{page} loads {url}"
            assert "url(" not in url or "http" not in url, f"{page} loads {url}"


def test_the_resource_check_can_see_a_third_party_script():
    parser = _Resources()
    parser.feed('<script src="https://cdn.example.net/x.js"></script><a href="https://www.cbp.gov/">CBP</a>'
                '<link rel="alternate" hreflang="es" href="https://ipr.example.gov/es/">'
                '<link rel="stylesheet" href="https://cdn.example.net/x.css">')
    assert parser.urls == ["https://cdn.example.net/x.js", "https://cdn.example.net/x.css"]


def test_anonymous_visits_set_no_cookies(client, loaded):
    for page in public_pages() + ["/healthz", "/api/schema/"]:
        response = client.get(page)
        assert not response.cookies, f"{page} sets {list(response.cookies)}"
    chat = client.post("/api/v1/chat/", {"message": "How many seizures in FY 2021?"}, content_type="application/json")
    assert chat.status_code == 200
    assert not chat.cookies
    assert not client.cookies
