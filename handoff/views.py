"""/handoff/<reference>/: a page saying how far a hand-off request has got.

Anyone with the reference may look, so it shows no personal data: not the
questions, not the email address (handoff.selectors.public_status).
"""
from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from handoff import selectors


@require_safe
@never_cache
def status_page(request: HttpRequest, reference: str) -> HttpResponse:
    found = selectors.public_status(reference)
    if found is None:
        raise Http404("No hand-off request with this reference")
    return render(request, "handoff/status.html", {"handoff": found, "helpdesk_email": settings.HELPDESK_EMAIL})
