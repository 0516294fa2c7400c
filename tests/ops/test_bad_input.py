"""Bad input on the API: clear JSON errors, never a 5xx, nothing half-read.

Runs against tests/ops/urls.py's echo view, which validates like the chat API.
"""
import io
import json

import pytest

pytestmark = [pytest.mark.urls("tests.ops.urls"), pytest.mark.django_db]

URL = "/api/v1/_echo/"


def post_raw(client, body: bytes, content_type="application/json", **extra):
    return client.generic("POST", URL, body, content_type=content_type, **extra)


# --- body size --------------------------------------------------------------
def test_it_refuses_a_body_over_the_limit_with_413(client, settings):
    body = json.dumps({"message": "x" * (settings.API_MAX_BODY + 10)}).encode()
    response = post_raw(client, body)
    assert response.status_code == 413
    assert response.json() == {"error": "The request body is too large; the limit is 16 KiB."}


def test_it_refuses_by_content_length_before_reading(rf, settings):
    from ops.middleware import BodyLimitMiddleware

    class Exploding(io.RawIOBase):
        def read(self, *args):
            raise AssertionError("the body must not be read")

    request = rf.post(URL, data=b"{}", content_type="application/json")
    request.META["CONTENT_LENGTH"] = str(10 * 1024 * 1024)
    request._stream = Exploding()
    response = BodyLimitMiddleware(lambda r: pytest.fail("view reached"))(request)
    assert response.status_code == 413


def test_it_caps_the_read_of_a_chunked_body_without_length(rf, settings):
    from ops.middleware import BodyLimitMiddleware

    class Endless(io.RawIOBase):
        read_total = 0

        def read(self, size=-1):
            assert size != -1, "an unbounded read of an endless body"
            Endless.read_total += size
            return b"a" * size

    request = rf.post(URL, data=b"", content_type="application/json")
    request.META.pop("CONTENT_LENGTH", None)
    request._stream = Endless()
    response = BodyLimitMiddleware(lambda r: pytest.fail("view reached"))(request)
    assert response.status_code == 413
    assert Endless.read_total <= settings.API_MAX_BODY + 1


def test_it_passes_a_chunked_body_within_the_limit_to_the_view(rf):
    from ops.middleware import BodyLimitMiddleware

    request = rf.post(URL, data=b"", content_type="application/json")
    request.META.pop("CONTENT_LENGTH", None)
    request._stream = io.BytesIO(b'{"message": "hi"}')
    seen = {}
    BodyLimitMiddleware(lambda r: seen.setdefault("body", r.body) and None)(request)
    assert seen["body"] == b'{"message": "hi"}'


def test_it_rejects_a_content_length_that_is_not_a_number(client):
    response = post_raw(client, b"{}", CONTENT_LENGTH="ten")
    assert response.status_code == 400
    assert "Content-Length" in response.json()["error"]


def test_it_accepts_a_body_just_under_the_limit(client, settings):
    padding = settings.API_MAX_BODY - len(json.dumps({"message": "hi", "pad": ""}))
    body = json.dumps({"message": "hi", "pad": " " * padding}).encode()
    assert len(body) == settings.API_MAX_BODY
    assert post_raw(client, body).status_code == 200


def test_it_leaves_large_admin_forms_alone(admin_client, settings):
    # The 16 KiB cap is for the API only; staff edit long report sections.
    response = admin_client.post("/" + settings.ADMIN_PATH + "logout/", {"pad": "x" * 40000})
    assert response.status_code != 413


# --- content type and JSON ----------------------------------------------------
@pytest.mark.parametrize(
    "content_type, body",
    [("text/plain", b"hello"), ("application/x-www-form-urlencoded", b"message=hello"), ("multipart/form-data; boundary=x", b"--x--")],
)
def test_it_answers_415_for_non_json_bodies(client, content_type, body):
    response = post_raw(client, body, content_type=content_type)
    assert response.status_code == 415
    assert response.json() == {"error": "Send the request body as JSON with the header Content-Type: application/json."}


@pytest.mark.parametrize("body", [b"{", b"not json", b'{"message": "a"', b"\xff\xfe"])
def test_it_answers_400_for_bodies_that_are_not_json(client, body):
    response = post_raw(client, body)
    assert response.status_code == 400
    assert "error" in response.json()


@pytest.mark.parametrize(
    "payload, field",
    [
        ({}, "message"),
        ({"message": ""}, "message"),
        ({"message": "   "}, "message"),
        ({"message": None}, "message"),
        ({"message": ["a"]}, "message"),
        ({"message": {"a": 1}}, "message"),
        ({"message": "x" * 1001}, "message"),
        ({"message": "ok", "count": "many"}, "count"),
        ({"message": "ok", "conversation": False}, "conversation"),
        ({"message": "ok", "conversation": 5}, "conversation"),
        ({"message": "ok", "conversation": "not-a-uuid"}, "conversation"),
    ],
)
def test_it_names_the_field_at_fault(client, payload, field):
    response = client.post(URL, payload, content_type="application/json")
    assert response.status_code == 400
    body = response.json()
    assert body["field"] == field
    assert body["error"].endswith(".") and field in body["error"]


@pytest.mark.parametrize("payload", [[], ["message"], "message", 1, None, True])
def test_it_handles_json_that_is_not_an_object(client, payload):
    response = post_raw(client, json.dumps(payload).encode())
    assert response.status_code == 400
    assert "error" in response.json()


def test_it_answers_405_in_the_error_shape(client):
    response = client.get(URL)
    assert response.status_code == 405
    assert response.json() == {"error": "The GET method is not allowed here."}


# --- odd characters ------------------------------------------------------------
@pytest.mark.parametrize(
    "message, expected",
    [
        ("hello\x00world", "helloworld"),
        ("tab\tand\nnewline", "tab\tand\nnewline"),
        ("zero\u200bwidth\ufeff", "zerowidth"),
        ("bidi \u202eevil", "bidi evil"),
        ("ｆｕｌｌｗｉｄｔｈ", "fullwidth"),
        ("emoji 🙂 ok", "emoji 🙂 ok"),
        ("c1\x85\x9fcontrols", "c1controls"),
        ("lone \ud800surrogate", "lone surrogate"),
    ],
)
def test_it_normalises_odd_characters(client, message, expected):
    response = client.post(URL, {"message": message}, content_type="application/json")
    assert response.status_code == 200
    assert response.json()["message"] == expected


def test_it_treats_a_message_of_only_invisible_characters_as_empty(client):
    response = client.post(URL, {"message": "\u200b\u200b\x00"}, content_type="application/json")
    assert response.status_code == 400
    assert response.json()["field"] == "message"


def test_it_counts_the_length_after_cleaning(client):
    message = "a" * 1000 + "\u200b" * 50
    response = client.post(URL, {"message": message}, content_type="application/json")
    assert response.status_code == 200


# --- nesting and chunked bodies (issue 17, findings 4 and 6) ----------------------
def chunked(body: bytes) -> dict:
    """What gunicorn hands over for Transfer-Encoding: chunked: no Content-Length,
    the decoded body in wsgi.input (a stream that returns what it has), and
    wsgi.input_terminated set."""
    return {"CONTENT_LENGTH": "", "HTTP_TRANSFER_ENCODING": "chunked", "wsgi.input": io.BytesIO(body),
            "wsgi.input_terminated": True}


@pytest.mark.parametrize("url", ["/api/v1/chat/", "/api/v1/feedback/", "/api/v1/handoff/"])
@pytest.mark.parametrize("opener", ["[", '{"a":'])
def test_it_refuses_deeply_nested_json_with_400_on_every_api(client, url, opener, caplog):
    closer = "]" if opener == "[" else "}"
    # 2,000 levels: within the 16 KiB limit, deeper than json.loads can recurse.
    body = ('{"message": ' + opener * 2000 + "1" + closer * 2000 + "}").encode()
    assert len(body) < 16 * 1024
    with caplog.at_level("ERROR"):
        response = client.generic("POST", url, body, content_type="application/json")
    assert response.status_code == 400
    assert response.json() == {"error": "The JSON body is nested too deeply: at most 32 levels."}
    assert not [r for r in caplog.records if r.levelname == "ERROR"]


def test_it_accepts_ordinary_nesting_and_brackets_inside_strings(client):
    message = "[" * 200 + "{" * 200
    response = client.post(URL, {"message": message, "count": 1}, content_type="application/json")
    assert response.status_code == 200
    assert response.json()["message"] == message


def test_it_reads_a_chunked_body_the_server_decoded(client):
    body = b'{"message": "hello from a chunked upload"}'
    response = client.generic(
        "POST", URL, body, content_type="application/json",
        **chunked(body),
    )
    assert response.status_code == 200, response.content
    assert response.json() == {"message": "hello from a chunked upload"}


def test_it_refuses_a_chunked_body_over_the_limit_with_413(client, settings):
    body = json.dumps({"message": "x" * (settings.API_MAX_BODY + 10)}).encode()
    response = client.generic(
        "POST", URL, body, content_type="application/json",
        **chunked(body),
    )
    assert response.status_code == 413


def test_it_answers_411_when_the_server_cannot_decode_a_chunked_body(client):
    response = client.generic(
        "POST", URL, b'{"message": "hi"}', content_type="application/json",
        CONTENT_LENGTH="", HTTP_TRANSFER_ENCODING="chunked",
    )
    assert response.status_code == 411
    assert response.json() == {"error": "Send the request body with a Content-Length header."}
