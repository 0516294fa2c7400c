"""Reads for the portal's own pages (home, channel redirects).

Report and FAQ pages, and the reads behind them, belong to content (content/selectors.py).
"""
from django.db.models import QuerySet
from django.http import Http404

from content import selectors as content
from content.models import Contact, Report
from content.translations import Glossary
from portal.markup import safe_url


def published_contact(slug: str) -> Contact:
    """The contact a /go/ link names, if it is published and has a followable address."""
    contact = Contact.objects.filter(slug=slug, published=True).first()
    if contact is None or not safe_url(contact.href()) or contact.href().startswith("/"):
        raise Http404("No such channel")
    return contact


def contacts() -> QuerySet[Contact]:
    return content.contacts()


def current_report() -> Report | None:
    """The newest loaded report (the home page names it)."""
    return content.newest_report()


def glossary(language: str) -> Glossary:
    """Report names in `language` (the home page's contact hours)."""
    return content.glossary(language)
