"""Any change to what the assistant answers from asks for an index rebuild.

Saves and deletes of sections, FAQs (and their contacts and sources), contacts, statistics
and synonyms, from the admin, a loader or a refresh, register one callback per
transaction; after the commit it asks assistant.rebuild for a coalesced rebuild.
A rolled-back change asks for nothing.
"""
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from content.models import FAQ, LINK_FIELDS, Contact, FAQSource, Section, Statistic, Synonym

# FAQ sources are in the index too: a chat answer cites them.
WATCHED = (Section, FAQ, FAQSource, Contact, Statistic, Synonym)

# Link-check results are not content: saving only them needs no rebuild.
IGNORED_FIELDS = {
    Contact: frozenset(LINK_FIELDS),
    FAQSource: frozenset(LINK_FIELDS),
}


def _rebuild_after_commit() -> None:
    from assistant import rebuild

    rebuild.request()


def changed(sender, instance=None, update_fields=None, raw=False, **kwargs) -> None:
    if raw:  # fixtures and test-database restores: not an edit
        return
    ignored = IGNORED_FIELDS.get(sender)
    if ignored and update_fields and set(update_fields) <= ignored:
        return
    connection = transaction.get_connection()
    # A loader saving a thousand rows in one transaction registers one callback.
    if connection.in_atomic_block and any(entry[1] is _rebuild_after_commit for entry in connection.run_on_commit):
        return
    transaction.on_commit(_rebuild_after_commit)


def connect() -> None:
    for model in WATCHED:
        post_save.connect(changed, sender=model, dispatch_uid=f"rebuild-save-{model.__name__}")
        post_delete.connect(changed, sender=model, dispatch_uid=f"rebuild-delete-{model.__name__}")
    m2m_changed.connect(changed, sender=FAQ.contacts.through, dispatch_uid="rebuild-faq-contacts")
