"""What a visitor can see of their hand-off: GET /api/v1/handoff/<reference>/ and
the page /handoff/<reference>/. The status, never the questions or the address."""
import pytest
from django.utils import timezone

from handoff.models import HandoffRequest

pytestmark = pytest.mark.django_db

SECRET_QUESTION = "My order 555-0199 from shop-xyz was seized"
SECRET_EMAIL = "private.visitor@example.com"


def make(**fields) -> HandoffRequest:
    values = {"reference": "IPR-7F3K-9Q2D", "questions": [SECRET_QUESTION], "email": SECRET_EMAIL}
    return HandoffRequest.objects.create(**{**values, **fields})


@pytest.mark.parametrize(
    "fields,status,words",
    [
        ({}, "queued", "has not been emailed"),
        ({"attempts": 3, "last_error": "ConnectionRefusedError", "next_attempt_at": timezone.now()}, "retrying", "tried again"),
        ({"status": "sent", "attempts": 1, "sent_at": timezone.now()}, "sent", "received it"),
        ({"status": "answered"}, "answered", "answered"),
        ({"status": "failed", "attempts": 30}, "failed", "staff have been told"),
    ],
)
def test_it_reports_each_status_without_personal_data(api, client, fields, status, words):
    make(**fields)
    response = api.get("/api/v1/handoff/IPR-7F3K-9Q2D/")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == status and words in body["message"]
    assert body["status_url"] == "/handoff/IPR-7F3K-9Q2D/"
    page = client.get("/handoff/IPR-7F3K-9Q2D/")
    assert page.status_code == 200 and words in page.content.decode()
    for shown in (response.content.decode(), page.content.decode()):
        assert SECRET_QUESTION not in shown and SECRET_EMAIL not in shown and "ConnectionRefused" not in shown
    assert page["Cache-Control"].startswith("max-age=0")
    assert '<meta name="robots" content="noindex">' in page.content.decode()


def test_it_says_when_a_retrying_request_is_tried_next(api):
    next_try = timezone.now().replace(microsecond=0)
    make(attempts=2, next_attempt_at=next_try)
    body = api.get("/api/v1/handoff/IPR-7F3K-9Q2D/").json()
    assert body["next_attempt_at"].startswith(next_try.strftime("%Y-%m-%dT%H:%M"))


def test_it_forgives_lower_case_and_spaces_in_a_reference(api, client):
    make()
    assert api.get("/api/v1/handoff/ipr-7f3k-9q2d/").json()["reference"] == "IPR-7F3K-9Q2D"
    assert client.get("/handoff/ipr-7f3k-9q2d/").status_code == 200


@pytest.mark.parametrize("reference", ["IPR-7F3K-9Q2E", "IPR-0000-0000", "nope", "x" * 300, "%00"])
def test_it_answers_404_for_an_unknown_reference(api, client, reference):
    make()
    response = api.get(f"/api/v1/handoff/{reference}/")
    assert response.status_code == 404 and "no hand-off request" in response.json()["error"].lower()
    assert client.get(f"/handoff/{reference}/").status_code == 404


def test_the_page_answers_head(client):
    make()
    assert client.head("/handoff/IPR-7F3K-9Q2D/").status_code == 200
