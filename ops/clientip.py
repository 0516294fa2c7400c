"""Who is the client? One answer for throttling, lockouts and logs.

Behind settings.PROXY_COUNT trusted proxies, each proxy appends the address it
saw to X-Forwarded-For, so the client is the PROXY_COUNT-th entry from the
right; anything further left was written by the client and can be forged.
With PROXY_COUNT = 0 the header is ignored and REMOTE_ADDR is used.
"""
import ipaddress

from django.conf import settings
from django.http import HttpRequest


def _valid(address: str) -> str | None:
    try:
        return str(ipaddress.ip_address(address.strip()))
    except ValueError:
        return None


def client_ip(request: HttpRequest) -> str | None:
    """The client's address, or None when there is no valid one (never garbage)."""
    remote = _valid(request.META.get("REMOTE_ADDR") or "")
    count = settings.PROXY_COUNT
    if not count:
        return remote
    forwarded = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if a.strip()]
    if not forwarded:
        return remote
    # Fewer entries than proxies: the left-most is still one a proxy wrote.
    return _valid(forwarded[-min(count, len(forwarded))]) or remote
