"""A visitor's request to have a person at the IPR help desk answer their questions."""
from django.db import models

# The languages the public side speaks (settings.LANGUAGES), named for the help desk in English.
LANGUAGES = [("en", "English"), ("es", "Spanish")]


class HandoffRequest(models.Model):
    """Questions forwarded by email to settings.HELPDESK_EMAIL.

    The questions are kept as the visitor sent them (minus control characters):
    they asked for them to be sent. The reply email is the only personal data
    collected on purpose; rows are deleted after settings.CHAT_LOG_DAYS
    (handoff.services.purge_expired).

    A request stays `queued` until the mail server accepts it: failed attempts
    are retried with backoff (next_attempt_at) for handoff.services.RETRY_FOR
    after queued_at; only then is it `failed`, and staff are alerted.
    """

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        SENT = "sent", "Sent to the help desk"
        FAILED = "failed", "Failed"
        ANSWERED = "answered", "Answered"

    reference = models.CharField(max_length=20, unique=True, editable=False)
    questions = models.JSONField(default=list, help_text="As the visitor sent them, oldest first.")
    email = models.EmailField(max_length=254, blank=True, help_text="Where the visitor asked to be answered.")
    conversation = models.UUIDField(null=True, blank=True, help_text="The chat conversation, if any.")
    language = models.CharField(
        max_length=5, choices=LANGUAGES, default="en",
        help_text="The language the visitor used the assistant in (the widget's); the email says it.",
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED, db_index=True)
    attempts = models.PositiveSmallIntegerField(default=0, help_text="Delivery attempts so far.")
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    queued_at = models.DateTimeField(
        null=True, blank=True, help_text="When it was (last) queued; retries stop a day after this."
    )
    last_attempt_at = models.DateTimeField(null=True, blank=True)
    next_attempt_at = models.DateTimeField(
        null=True, blank=True, db_index=True, help_text="When the sweep sends it again if it is still queued."
    )
    sent_at = models.DateTimeField(null=True, blank=True)
    answered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "hand-off request"

    def __str__(self) -> str:
        return self.reference

    @property
    def public_status(self) -> str:
        """What the visitor is told: queued, retrying, sent, answered or failed."""
        if self.status == self.Status.QUEUED and self.attempts:
            return "retrying"
        return self.status
