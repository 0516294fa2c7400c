"""/healthz, and JSON 400/403/404/500 pages for the API."""
from django.http import HttpRequest, JsonResponse
from django.views import defaults
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from ops import health
from ops.errors import json_error


@never_cache
@require_safe
def healthz(request: HttpRequest) -> JsonResponse:
    """200 when database, cache, broker and index are all fine, else 503."""
    healthy, body = health.run()
    return JsonResponse(body, status=200 if healthy else 503)


def _is_api(request: HttpRequest) -> bool:
    return request.path_info.startswith("/api/")


def bad_request(request, exception=None):
    if _is_api(request):
        return json_error(400, "The request could not be understood.")
    return defaults.bad_request(request, exception)


def permission_denied(request, exception=None):
    if _is_api(request):
        return json_error(403, "You are not allowed to do this.")
    return defaults.permission_denied(request, exception)


def page_not_found(request, exception=None):
    if _is_api(request):
        return json_error(404, "There is no API endpoint at this address.")
    return defaults.page_not_found(request, exception)


def server_error(request):
    if _is_api(request):
        return json_error(500, "Something went wrong on our side; please try again later.")
    return defaults.server_error(request)
