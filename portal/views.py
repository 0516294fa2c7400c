from pathlib import Path

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.views.decorators.cache import cache_control, never_cache
from django.utils.translation import get_language
from django.views.decorators.http import require_GET, require_safe

from portal import selectors, services
from portal.examples import examples

# Browsers and crawlers ask for /favicon.ico whatever the page links to.
FAVICON = (Path(__file__).parent / "static" / "portal" / "favicon.ico").read_bytes()


class ChannelRedirect(HttpResponseRedirect):
    # Channels include email addresses and phone numbers, not only web pages.
    allowed_schemes = ["https", "http", "mailto", "tel"]


# Pages answer HEAD as well as GET: uptime checks and link checkers use HEAD.
@require_safe
def home(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "portal/home.html",
        {
            "report": selectors.current_report(),
            "contacts": selectors.contacts(),
            "examples": examples(),
            "names": selectors.glossary(get_language()),
        },
    )


@require_safe
@cache_control(public=True, max_age=86400)
def favicon(request: HttpRequest) -> HttpResponse:
    return HttpResponse(FAVICON, content_type="image/vnd.microsoft.icon")


@require_safe
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
