"""Request limits and security headers, for every response the site sends."""
import io
import re

from django.conf import settings
from django.utils import translation

from ops.errors import json_error

_BODY_METHODS = {"POST", "PUT", "PATCH", "DELETE"}


class BodyLimitMiddleware:
    """Refuse API bodies over settings.API_MAX_BODY bytes (413) or nested deeper
    than settings.API_MAX_JSON_DEPTH (400), before any view parses them.

    Content-Length is checked before anything is read. A chunked body (no
    length) is read from the server's decoded input at most one byte past the
    limit, so an endless upload costs us API_MAX_BODY + 1 bytes and no more;
    a server that does not decode chunked bodies for us (it does not set
    wsgi.input_terminated, e.g. runserver) gets 411 instead of a hang. Django
    itself reads a body without Content-Length as empty, which is how a chunked
    question used to become "'message' is required".

    The depth check exists because json.loads recurses: about 1,000 levels of
    [[[... raise RecursionError, a 500 with a long traceback in the log.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in _BODY_METHODS and request.path_info.startswith("/api/"):
            refused = self._check(request)
            if refused is not None:
                return refused
        return self.get_response(request)

    def _check(self, request):
        limit = settings.API_MAX_BODY
        raw = request.META.get("CONTENT_LENGTH") or ""
        if raw.strip():
            try:
                length = int(raw)
            except ValueError:
                return json_error(400, "The Content-Length header is not a number.")
            if length < 0:
                return json_error(400, "The Content-Length header is not a number.")
            if length > limit:
                return _too_large(limit)
            body = request.read(limit + 1)
        elif "chunked" in request.META.get("HTTP_TRANSFER_ENCODING", "").lower():
            if not request.META.get("wsgi.input_terminated"):
                return json_error(411, "Send the request body with a Content-Length header.")
            body = _read_at_most(request.META["wsgi.input"], limit + 1)
        else:
            body = request.read(limit + 1)
        if len(body) > limit:
            return _too_large(limit)
        if too_deep(body, settings.API_MAX_JSON_DEPTH):
            return json_error(
                400, f"The JSON body is nested too deeply: at most {settings.API_MAX_JSON_DEPTH} levels."
            )
        # Hand the (bounded) body on as if nothing had been read yet.
        request._body = body
        request._stream = io.BytesIO(body)
        if not raw.strip():
            # DRF only parses bodies with a length.
            request.META["CONTENT_LENGTH"] = str(len(body))
        return None


def _read_at_most(stream, size: int) -> bytes:
    """Read up to `size` bytes from a stream that may return less per call."""
    parts, got = [], 0
    while got < size:
        part = stream.read(size - got)
        if not part:
            break
        parts.append(part)
        got += len(part)
    return b"".join(parts)


# A JSON string (escapes included) or one bracket; strings are skipped whole so
# brackets inside them do not count. The closing quote is optional, so an
# unterminated string runs to the end once instead of failing and being
# retried from every later quote (quadratic).
_JSON_TOKENS = re.compile(rb'"(?:[^"\\]|\\.)*"?|[\[\]{}]', re.DOTALL)


def too_deep(body: bytes, limit: int) -> bool:
    """True when the JSON text opens more than `limit` arrays/objects at once.

    Linear, and free for ordinary bodies: with no more brackets than the limit
    in all, no nesting can exceed it, so the scan runs only for bodies full of
    brackets (at most API_MAX_BODY bytes of them).
    """
    if body.count(b"[") + body.count(b"{") <= limit:
        return False
    depth = 0
    for match in _JSON_TOKENS.finditer(body):
        token = match.group()
        if token in (b"[", b"{"):
            depth += 1
            if depth > limit:
                return True
        elif token in (b"]", b"}"):
            depth -= 1
    return False


def _too_large(limit: int):
    return json_error(413, f"The request body is too large; the limit is {limit // 1024} KiB.")


class SecurityHeadersMiddleware:
    """Content-Security-Policy and Permissions-Policy; no-store on the API.

    The admin gets a policy that also allows inline style attributes (some
    third-party admin templates use them); scripts stay 'self' everywhere.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = "/" + settings.ADMIN_PATH

    def __call__(self, request):
        response = self.get_response(request)
        path = request.path_info
        policy = settings.CSP_ADMIN if path.startswith(self.admin_prefix) else settings.CSP
        response.headers.setdefault("Content-Security-Policy", policy)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        if path.startswith("/api/v1/"):
            # Answers are per-exchange; shared caches must not keep them.
            response.headers.setdefault("Cache-Control", "no-store")
        return response


class PathLanguageMiddleware:
    """The language of a page is its address's: /es/... is Spanish, everything else English.

    Django's LocaleMiddleware also reads the Accept-Language header (and adds
    `Vary: Accept-Language` to every unprefixed response); here the address
    alone decides, so a shared link shows what its sender saw, caches need not
    vary, and no cookie is set. The admin and the APIs (outside i18n_patterns)
    are English.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
        # override, not activate: the thread goes back to its language after the
        # response, so code run later in it (tests, a worker thread) is not left in Spanish.
        with translation.override(language):
            request.LANGUAGE_CODE = translation.get_language()
            response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        return response
