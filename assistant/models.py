"""How the assistant answers and what it remembers: synonyms, conversations, logs, feedback."""
import uuid

from django.db import models
from simple_history.models import HistoricalRecords


class Synonym(models.Model):
    """A word people use, and the words the content uses for it.

    Applied at index and query time: "fake" also searches "counterfeit".
    """

    term = models.CharField(max_length=80, unique=True, help_text="What people type, e.g. 'sneakers'.")
    expansions = models.CharField(
        max_length=300, help_text="Comma-separated words the content uses, e.g. 'footwear, shoes'."
    )
    active = models.BooleanField(default=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["term"]

    def __str__(self) -> str:
        return f"{self.term} -> {self.expansions}"

    def expansion_list(self) -> list[str]:
        return [w.strip().lower() for w in self.expansions.split(",") if w.strip()]


class Conversation(models.Model):
    """A visitor's thread; `context` remembers what the last question was about."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    context = models.JSONField(default=dict, blank=True)

    def __str__(self) -> str:
        return str(self.id)


class ChatLog(models.Model):
    """One exchange. The question is redacted before it is saved."""

    conversation = models.ForeignKey(Conversation, null=True, blank=True, on_delete=models.SET_NULL, related_name="logs")
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    question = models.TextField(help_text="Redacted: emails, phones, SSNs, card numbers and addresses removed.")
    kind = models.CharField(max_length=20, db_index=True)
    answer = models.TextField(blank=True)
    sources = models.JSONField(default=list, blank=True)
    confidence = models.FloatField(default=0.0)
    latency_ms = models.FloatField(default=0.0)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.question[:80]


class Feedback(models.Model):
    log = models.ForeignKey(ChatLog, on_delete=models.CASCADE, related_name="feedback")
    helpful = models.BooleanField()
    comment = models.TextField(blank=True, help_text="Redacted like questions.")
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name_plural = "feedback"

    def __str__(self) -> str:
        return ("helpful" if self.helpful else "not helpful") + f" on #{self.log_id}"
