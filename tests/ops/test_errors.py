"""JSON 404/500 under /api/, the usual HTML pages elsewhere; no internals leak."""
import pytest
from rest_framework import serializers

from ops.schema import AutoSchema

pytestmark = [pytest.mark.urls("tests.ops.urls"), pytest.mark.django_db]


def test_it_answers_json_404_for_unknown_api_paths(client):
    response = client.get("/api/v1/no-such-thing/")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"error": "There is no API endpoint at this address."}


def test_it_keeps_html_404_pages_outside_the_api(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("text/html")


def test_it_answers_json_500_without_internals(client):
    client.raise_request_exception = False
    response = client.get("/api/v1/_boom/")
    assert response.status_code == 500
    assert response.json() == {"error": "Something went wrong on our side; please try again later."}
    assert b"postgres" not in response.content and b"boom" not in response.content


def test_it_marks_api_responses_no_store(client):
    response = client.get("/api/v1/no-such-thing/")
    assert response["Cache-Control"] == "no-store"



class ChatApi:
    class InputSerializer(serializers.Serializer):
        class LinkSerializer(serializers.Serializer):
            pass


class FeedbackApi:
    class InputSerializer(serializers.Serializer):
        pass


class PlainSerializer(serializers.Serializer):
    pass


def test_nested_serializers_get_distinct_schema_components():
    # Two views' nested InputSerializers must not collapse into one "Input".
    schema = AutoSchema()
    names = [
        schema.get_serializer_name(s(), "request")
        for s in (ChatApi.InputSerializer, FeedbackApi.InputSerializer, ChatApi.InputSerializer.LinkSerializer, PlainSerializer)
    ]
    assert names == ["ChatApiInputSerializer", "FeedbackApiInputSerializer", "ChatApiInputLinkSerializer", "PlainSerializer"]
