"""Request limits and security headers, for every response the site sends."""
import io

from django.conf import settings

from ops.errors import json_error

_BODY_METHODS = {"POST", "PUT", "PATCH", "DELETE"}


class BodyLimitMiddleware:
    """Refuse API bodies over settings.API_MAX_BODY bytes with 413, early.

    Content-Length is checked before anything is read; a chunked body (no
    length) is read at most one byte past the limit, so an endless upload
    costs us API_MAX_BODY + 1 bytes and no more.
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
        if len(body) > limit:
            return _too_large(limit)
        # Hand the (bounded) body on as if nothing had been read yet.
        request._body = body
        request._stream = io.BytesIO(body)
        if not raw.strip() and body:
            # A chunked upload: DRF only parses bodies with a length.
            request.META["CONTENT_LENGTH"] = str(len(body))
        return None


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
