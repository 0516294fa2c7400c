"""One error shape for every API: {"error": "<one sentence>", "field": "<name>"}.

`handler` is DRF's EXCEPTION_HANDLER; `json_error` builds the same body for
plain Django code paths (middleware, 404/500 handlers).
"""
from django.http import JsonResponse
from rest_framework import exceptions
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_handler


def json_error(status: int, message: str, field: str | None = None, **extra) -> JsonResponse:
    body = {"error": message}
    if field:
        body["field"] = field
    body.update(extra)
    return JsonResponse(body, status=status)


def _sentence(text: str) -> str:
    text = " ".join(str(text).split())
    return text if text.endswith((".", "?", "!")) else text + "."


def _first_error(detail, path: str = "") -> tuple[str | None, object]:
    """Walk a ValidationError detail to its first message and dotted field path."""
    if isinstance(detail, dict):
        for key, value in detail.items():
            name = "" if key in ("non_field_errors", "__all__") else str(key)
            return _first_error(value, f"{path}.{name}" if path and name else (name or path))
        return path or None, "The request is not valid."
    if isinstance(detail, list):
        for index, value in enumerate(detail):
            if isinstance(value, (dict, list)):
                return _first_error(value, f"{path}.{index}" if path else str(index))
            return path or None, value
        return path or None, "The request is not valid."
    return path or None, detail


def _validation_message(field: str | None, message) -> str:
    code = getattr(message, "code", None)
    if field:
        if code == "required":
            return f"'{field}' is required."
        if code == "null":
            return f"'{field}' must not be null."
        if code == "blank":
            return f"'{field}' must not be empty."
        return _sentence(f"'{field}': {message}")
    return _sentence(message)


def handler(exc, context):
    response = drf_handler(exc, context)
    if response is None:
        return None  # unexpected error: Django's handler500 answers in JSON
    headers = {k: v for k, v in response.items() if k in ("Retry-After", "Allow", "WWW-Authenticate")}
    field = None
    extra = {}
    if isinstance(exc, exceptions.ValidationError):
        field, message = _first_error(exc.detail)
        message = _validation_message(field, message)
    elif isinstance(exc, exceptions.ParseError):
        message = "The request body is not valid JSON."
    elif isinstance(exc, exceptions.UnsupportedMediaType):
        message = "Send the request body as JSON with the header Content-Type: application/json."
    elif isinstance(exc, exceptions.Throttled):
        wait = int(exc.wait or 1)
        message = f"Too many requests; please try again in {wait} seconds."
        extra["retry_after"] = wait
        headers["Retry-After"] = str(wait)
    elif isinstance(exc, exceptions.MethodNotAllowed):
        message = f"The {context['request'].method} method is not allowed here."
    elif isinstance(exc, exceptions.NotFound):
        message = "Not found."
    else:
        detail = getattr(exc, "detail", "The request could not be processed.")
        message = _sentence(detail if isinstance(detail, str) else _first_error(detail)[1])
    body = {"error": message}
    if field:
        body["field"] = field
    body.update(extra)
    return Response(body, status=response.status_code, headers=headers)
