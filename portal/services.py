"""Writes made by the public site."""
from assistant.counts import bump
from content.models import Contact


def record_click(contact: Contact) -> None:
    """Count a visitor following a channel link; the count outlives chat-log retention."""
    bump("click", contact.slug)
