"""Reporting and help channels (content.Contact) as answers show them.

Which contact fits a question is decided by the index and the chooser; this
module writes a contact the way the report prints it and picks among close
contact hits the medium the visitor asked for (phone, email).
"""
from assistant.retrieval.text import tokens

HELP_DESK = "ipr-help-desk"


def address(contact: dict) -> str:
    """What a person types or dials: the URL, the email address or the phone number as printed."""
    return contact.get("url") or contact.get("email") or contact.get("phone") or contact.get("href", "")


def name(contact: dict, language: str = "en") -> str:
    """The channel's name in `language` when staff gave one."""
    return (contact.get(language) or {}).get("name") or contact["name"] if language != "en" else contact["name"]


def purpose(contact: dict, language: str = "en") -> str:
    return (contact.get(language) or {}).get("purpose") or contact.get("purpose", "") if language != "en" else contact.get("purpose", "")


def link(contact: dict, language: str = "en") -> dict:
    """A channel's link; a phone channel's carries the number as the report prints it ("1-800-BE-ALERT")
    for the card to show, while its tel: URL stays numeric."""
    out = {"label": name(contact, language), "url": contact["href"], "channel": contact["slug"]}
    if contact.get("phone"):
        out["phone"] = contact["phone"]
    return out


def describe(contact: dict, language: str = "en") -> str:
    line = f"**{name(contact, language)}**: {address(contact)}"
    if contact.get("hours"):
        line += f" ({contact['hours']})"
    return line


def takes_reports(contact: dict) -> bool:
    """A channel whose purpose, as staff wrote it, is to take reports ("Report a suspected trade violation ...")."""
    return "report" in tokens(contact.get("purpose", "").split(".")[0])


def pick(hits, all_contacts: dict[str, dict], medium: str, runner_up: float, limit: int = 3,
         reporting: bool = False) -> list[dict]:
    """Contacts for a channel question: the best contact hit, close runners-up, and the same
    channel's other medium (e-allegations + e-allegations-phone); the medium asked for first.
    reporting: the question asks where to report, so channels that take reports come first."""
    contacts = [h for h in hits if h.doc.kind == "contact"]
    if reporting and any(takes_reports(h.doc.meta) for h in contacts):
        contacts = [h for h in contacts if takes_reports(h.doc.meta)]
    if not contacts:
        return []
    top = contacts[0].score
    # A channel has several documents (its description, each example question): once each.
    close = {h.doc.meta["slug"]: h.doc.meta for h in contacts if h.score >= runner_up * top}
    chosen = list(close.values())[:limit]
    if medium:
        chosen.sort(key=lambda c: c["kind"] != medium)
    out = {c["slug"]: c for c in chosen}
    first = chosen[0]["slug"]
    base = first.rsplit("-phone", 1)[0]
    for slug, contact in all_contacts.items():
        if slug != first and (slug == base + "-phone" or slug == base) and len(out) < limit + 1:
            out.setdefault(slug, contact)
    return list(out.values())


def of_subject(slugs: list[str], all_contacts: dict[str, dict], medium: str) -> list[dict]:
    """The channels an earlier answer gave, in the medium asked for ("who do I email about it?"): none
    when none of them is in that medium (the e-mail to ask about recordations is not the recordations'
    search page), so the channel is looked for afresh with the conversation's words."""
    found = [all_contacts[s] for s in slugs if s in all_contacts]
    if medium:
        return [c for c in found if c["kind"] == medium]
    return found
