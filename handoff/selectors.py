"""Reads for hand-offs: what a visitor may see about their request.

Only the reference, the status and times: never the questions or the email
address, so knowing (or guessing) a reference reveals nothing personal.
"""
import datetime
import re
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from handoff.models import HandoffRequest

# As printed to the visitor; lower case and surrounding spaces are forgiven.
REFERENCE = re.compile(r"^IPR-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$")


@dataclass(frozen=True)
class PublicStatus:
    reference: str
    status: str  # queued | retrying | sent | answered | failed
    created_at: datetime.datetime
    sent_at: datetime.datetime | None
    next_attempt_at: datetime.datetime | None

    @property
    def message(self) -> str:
        """What the status means, in the active language (the page's, or the API's ?lang=)."""
        return str(MESSAGES[self.status])


MESSAGES = {
    "queued": _("Queued: it has not been emailed to the IPR help desk yet. This usually takes less than a minute."),
    "retrying": _(
        "Not sent yet: the mail server did not accept it. It is kept and tried again automatically "
        "for 24 hours, at longer and longer intervals."
    ),
    "sent": _("Sent: the IPR help desk received it by email."),
    "answered": _("Sent, and marked answered by the IPR help desk."),
    "failed": _(
        "Not sent: it could not be emailed within 24 hours. It is kept, and staff have been told "
        "so they can send it again."
    ),
}


def normalize_reference(value: str) -> str:
    return value.strip().upper()


def public_status(reference: str) -> PublicStatus | None:
    """The visitor-facing status of a request, or None for an unknown reference."""
    reference = normalize_reference(reference)
    if not REFERENCE.match(reference):
        return None
    row = (
        HandoffRequest.objects.filter(reference=reference)
        .only("reference", "status", "attempts", "created_at", "sent_at", "next_attempt_at")
        .first()
    )
    if row is None:
        return None
    status = row.public_status
    return PublicStatus(
        reference=row.reference,
        status=status,
        created_at=row.created_at,
        sent_at=row.sent_at,
        next_attempt_at=row.next_attempt_at if status == "retrying" else None,
    )
