"""Send people to the right reporting or help channel (content.Contact).

Which contact is decided by the index (contact documents hold name, purpose,
who should use it and keywords); routing.py only decides whether the question
asks for a channel at all and which media (online, phone, email) to offer.
"""
import re

from assistant.retrieval import Hit
from assistant.retrieval.text import fold

INTENT = re.compile(
    r"\b(report(ing)?|tip\s*off|snitch|file\s+(a|an)\s+\w+|submit|record(ing)?\s+(a|my|our|the)|register(ing)?|recordation|"
    r"search(ing)?|look\s*up|database|contact(ing)?|e-?mail|phone|call(ing)?|telephone|number\s+(to|for)|hotline|reach|"
    r"help\s*desk|ruling|get\s+in\s+touch|who\s+(do|should|can)\s+(i|we)|where\s+(do|can|should)\s+(i|we)|how\s+(do|can|should)\s+(i|we)\s+"
    r"(report|record|register|contact|reach|request|submit|search|find|file|tell|let|notify|protect)|request\s+a)\b"
)
PERSON = re.compile(
    r"\b(talk|speak|chat)\s+(to|with)\s+(a|an|someone|somebody|real|human|person|agent|officer|staff|representative|people)|"
    r"\b(real|live|actual)\s+(person|human|agent)|\bhuman\s+(agent|being|help)|\b(contact|reach)\s+(a\s+)?(person|human)|"
    r"\bcustomer\s+service|\brepresentative\b|\boperator\b|\bcall\s+me\b"
)
# Words that put a channel question inside IPR enforcement whatever else it says.
ANCHOR = re.compile(
    r"\b(counterfeit\w*|fakes?|knock-?offs?|pirat\w*|bootleg\w*|replicas?|infring\w*|trademarks?|copyrights?|ipr|"
    r"intellectual\s+property|e-?allegations?|recordations?|patents?|exclusion\s+orders?|itc|section\s+337)\b"
)
REPORT = re.compile(r"\breport(ing|ed)?\b")
SELLER = re.compile(r"\b(sellers?|selling|vendors?|listings?|marketplaces?|storefronts?)\b")
# A long message naming these is about border enforcement, told as a story (coverage.is_story).
STORY_ANCHOR = re.compile(r"\b(cbp|customs|seiz\w*|siez\w*|confiscat\w*)\b")
PHONE = re.compile(r"\b(phone|call|telephone|hotline|number\s+to\s+call|phone\s+number|ring)\b")
EMAIL = re.compile(r"\b(e-?mail|write\s+to|address)\b")
HELP_DESK = "ipr-help-desk"


# "the report", "CBP's seizure report": the document, not an act of reporting.
_THE_REPORT = re.compile(r"\b(the|this|that|cbp|cbps|ipr|seizure|statistics|annual|fy\s*\d{2,4}|\d{4})\s+report\b")


def wants_route(message: str) -> bool:
    return bool(INTENT.search(_THE_REPORT.sub(" ", fold(message))))


def anchored(message: str) -> bool:
    """Whether a question names IPR enforcement itself ("report the supplier of a counterfeit bag"),
    or asks where to report a seller or a listing ("the seller is still listing hundreds. Where do I report this?")."""
    text = fold(message)
    return bool(ANCHOR.search(text) or (REPORT.search(text) and SELLER.search(text)))


def about_enforcement(message: str) -> bool:
    """anchored(), or a word of border enforcement ("CBP seized a lot of COVID stuff")."""
    return anchored(message) or bool(STORY_ANCHOR.search(fold(message)))


_TELL = re.compile(r"\b(tell|notify|inform|alert|warn|let\s+\w+\s+know|flag)\b")


def contact_query(message: str) -> str:
    """The message as a search for a channel: "who do I tell?" asks where to report."""
    text = fold(message)
    return message + " report" if _TELL.search(text) and not re.search(r"\breport", text) else message


def wants_person(message: str) -> bool:
    return bool(PERSON.search(fold(message)))


def pick(message: str, hits: list[Hit], all_contacts: dict[str, dict], limit: int = 3) -> list[dict]:
    """Contacts for `message`: the best contact hit, close runners-up, and the same
    channel's other media (e-allegations + e-allegations-phone)."""
    contacts = [h for h in hits if h.doc.kind == "contact"]
    if not contacts:
        return []
    text = fold(message)
    top = contacts[0].score
    chosen = [h.doc.meta for h in contacts if h.score >= 0.7 * top][:limit]
    if PHONE.search(text):
        chosen.sort(key=lambda c: c["kind"] != "phone")
    elif EMAIL.search(text):
        chosen.sort(key=lambda c: c["kind"] != "email")
    out = {c["slug"]: c for c in chosen}
    first = chosen[0]["slug"]
    base = first.rsplit("-phone", 1)[0]
    for slug, contact in all_contacts.items():
        if slug != first and (slug == base + "-phone" or slug == base) and len(out) < limit + 1:
            out.setdefault(slug, contact)
    return list(out.values())


def address(contact: dict) -> str:
    """What a person types or dials: the URL, the email address or the phone number."""
    return contact.get("url") or contact.get("email") or contact.get("phone") or contact.get("href", "")


def link(contact: dict) -> dict:
    return {"label": contact["name"], "url": contact["href"], "channel": contact["slug"]}


def describe(contact: dict) -> str:
    line = f"**{contact['name']}**: {address(contact)}"
    if contact.get("hours"):
        line += f" ({contact['hours']})"
    return line
