"""Conversation handles: what a visitor sends back to continue their conversation.

A conversation's public id (a UUID) shows up in logs, the admin and hand-off
records, so it must not be enough to continue the conversation and inherit its
context. The chat API hands out "<public id>.<token>" instead: the token is 32
random bytes from `secrets`, and only its SHA-256 is stored
(Conversation.token_hash). A request that sends the public id alone, a wrong
token, or the handle of a conversation that is gone, starts a new conversation:
no error, nothing inherited.
"""
import hashlib
import hmac
import re
import secrets
import uuid
from dataclasses import dataclass

from assistant.models import Conversation

UUID_PATTERN = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
TOKEN_PATTERN = r"[A-Za-z0-9_-]{20,64}"
# A handle, or a bare public id (what clients before handles sent: accepted, not trusted).
HANDLE_PATTERN = rf"^{UUID_PATTERN}(?:\.{TOKEN_PATTERN})?$"
_HANDLE = re.compile(HANDLE_PATTERN)


@dataclass(frozen=True)
class Issued:
    id: uuid.UUID
    token: str

    @property
    def handle(self) -> str:
        return make_handle(self.id, self.token)

    @property
    def token_hash(self) -> str:
        return hash_token(self.token)


def issue() -> Issued:
    """A new public id and secret token."""
    return Issued(uuid.uuid4(), secrets.token_urlsafe(32))


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def make_handle(conversation_id: uuid.UUID, token: str) -> str:
    return f"{conversation_id}.{token}"


def well_formed(value: str) -> bool:
    return bool(_HANDLE.match(value))


def split(handle: str) -> tuple[uuid.UUID, str | None]:
    """(public id, token or None); the handle must be well_formed()."""
    public, _, token = handle.partition(".")
    return uuid.UUID(public), token or None


def verified(handle: str | None) -> tuple[Conversation, str] | None:
    """The conversation this handle continues, with its token; None to start anew."""
    if not handle or not well_formed(handle):
        return None
    conversation_id, token = split(handle)
    if token is None:
        return None  # a public id alone is no proof of anything
    conversation = Conversation.objects.filter(pk=conversation_id).first()
    if conversation is None or not conversation.token_hash:
        return None
    if not hmac.compare_digest(conversation.token_hash, hash_token(token)):
        return None
    return conversation, token


def verified_id(handle: str | None) -> uuid.UUID | None:
    """The public id of the conversation a valid handle names, else None (hand-offs)."""
    found = verified(handle)
    return found[0].pk if found else None
