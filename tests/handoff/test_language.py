"""The visitor's language on a hand-off: stored from the widget's `language`, told to
the help desk in the email (subject, body, header), and the visitor's own texts
(the API's message, the status page and API) in that language."""
import pytest

from handoff import services
from handoff.models import HandoffRequest
from tests.handoff.conftest import post

pytestmark = pytest.mark.django_db

VALID = {"questions": ["¿Puedo traer un bolso de imitación de México?"], "confirm": True}


@pytest.fixture
def queued(monkeypatch):
    ids = []
    monkeypatch.setattr(services, "queue", ids.append)
    return ids


def test_it_stores_the_language_the_widget_sends(api, queued):
    reference = post(api, {**VALID, "language": "es"}).json()["reference"]
    assert HandoffRequest.objects.get(reference=reference).language == "es"


def test_it_takes_english_when_no_language_is_sent(api, queued):
    reference = post(api, VALID).json()["reference"]
    assert HandoffRequest.objects.get(reference=reference).language == "en"


@pytest.mark.parametrize("language", ["fr", "ES", "es-MX", 1, ["es"]])
def test_it_refuses_a_language_it_does_not_speak(api, queued, language):
    response = post(api, {**VALID, "language": language})
    assert response.status_code == 400
    assert response.json()["field"] == "language"
    assert "en, es" in response.json()["error"]
    assert not HandoffRequest.objects.exists() and queued == []


def test_it_answers_the_visitor_in_their_language(api, queued):
    body = post(api, {**VALID, "language": "es", "email": "visita@example.com"}).json()
    assert body["message"].startswith(f"Sus preguntas están en cola para la mesa de ayuda de IPR con la referencia {body['reference']}")
    assert "Una vez enviada, la mesa de ayuda puede responderle por correo electrónico." in body["message"]
    assert "**no** es una forma de presentar una denuncia" in body["message"]
    assert body["links"][0]["label"] == "Presentar una denuncia en e-Allegations"
    assert body["status_url"] == f"/es/handoff/{body['reference']}/"
    english = post(api, VALID).json()
    assert english["message"].startswith("Your questions are queued") and english["status_url"].startswith("/handoff/")


def test_the_email_tells_the_help_desk_the_visitors_language(smtp):
    request = HandoffRequest.objects.create(reference=services.new_reference(), questions=VALID["questions"], language="es")
    assert services.deliver(request.pk) is True
    message = smtp.messages()[0]
    assert message["Subject"] == f"IPR assistant hand-off {request.reference} (in Spanish)"
    assert message["X-IPR-Language"] == "es"
    body = message.get_content()
    assert "Language: Spanish. The visitor used the assistant in Spanish: please reply in Spanish if you can." in body
    assert "1. ¿Puedo traer un bolso de imitación de México?" in body


def test_an_english_request_says_english(smtp):
    request = HandoffRequest.objects.create(reference=services.new_reference(), questions=["Hi"])
    services.deliver(request.pk)
    message = smtp.messages()[0]
    assert message["Subject"] == f"IPR assistant hand-off {request.reference}"
    assert message["X-IPR-Language"] == "en" and "Language: English\r\n" in message.get_content()


def test_a_language_edited_into_the_row_never_reaches_a_header(smtp):
    request = HandoffRequest.objects.create(reference=services.new_reference(), questions=["Hi"])
    HandoffRequest.objects.filter(pk=request.pk).update(language="e\r\nX")  # what fits in the column
    services.deliver(request.pk)
    envelope, message = smtp.envelopes[0], smtp.messages()[0]
    assert message["Bcc"] is None and message["X-IPR-Language"] == "en"
    assert len(envelope.rcpt_tos) == 1


def test_the_status_page_and_api_speak_spanish(api, client):
    HandoffRequest.objects.create(reference="IPR-7F3K-9Q2D", questions=["x"], status="sent", attempts=1)
    body = api.get("/api/v1/handoff/IPR-7F3K-9Q2D/", {"lang": "es"}).json()
    assert body["message"] == "Enviada: la mesa de ayuda de IPR la recibió por correo electrónico."
    assert body["status_url"] == "/es/handoff/IPR-7F3K-9Q2D/"
    assert api.get("/api/v1/handoff/IPR-7F3K-9Q2D/", {"lang": "xx"}).json()["message"].startswith("Sent:")
    html = client.get("/es/handoff/IPR-7F3K-9Q2D/").content.decode()
    assert '<html lang="es">' in html and "<h1>Su solicitud a la mesa de ayuda de IPR</h1>" in html
    assert "Enviada: la mesa de ayuda de IPR la recibió por correo electrónico." in html
    assert " de 20" in html and "(UTC)" in html  # "3 de junio de 2026, 14:05 (UTC)"
