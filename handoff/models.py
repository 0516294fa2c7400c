"""A visitor's request to have a person at the IPR help desk answer their questions."""
from django.db import models


class HandoffRequest(models.Model):
    """Questions forwarded by email to settings.HELPDESK_EMAIL.

    The questions are kept as the visitor sent them (minus control characters):
    they asked for them to be sent. The reply email is the only personal data
    collected on purpose; rows are deleted after settings.CHAT_LOG_DAYS
    (handoff.services.purge_expired).
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
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED, db_index=True)
    attempts = models.PositiveSmallIntegerField(default=0, help_text="Delivery attempts so far.")
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    answered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "hand-off request"

    def __str__(self) -> str:
        return self.reference
