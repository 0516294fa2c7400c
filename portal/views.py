from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from portal import selectors, services


class ChannelRedirect(HttpResponseRedirect):
    # Channels include email addresses and phone numbers, not only web pages.
    allowed_schemes = ["https", "http", "mailto", "tel"]


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "portal/home.html",
        {"report": selectors.current_report(), "contacts": selectors.contacts()},
    )


@require_GET
def privacy(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "portal/privacy.html",
        {"log_days": settings.CHAT_LOG_DAYS, "helpdesk_email": settings.HELPDESK_EMAIL},
    )


@require_GET
@never_cache
def go(request: HttpRequest, slug: str) -> HttpResponse:
    """Count the click, then send the visitor to the channel's stored address.

    The target comes only from the database row, never from the request, so the
    path or query cannot turn this into an open redirect.
    """
    contact = selectors.published_contact(slug)
    services.record_click(contact)
    return ChannelRedirect(contact.href())
