"""What the assistant remembers: conversations, logs, feedback, daily counts, index builds."""
import uuid

from django.db import models


class Conversation(models.Model):
    """A visitor's thread; `context` remembers what the last question was about."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    context = models.JSONField(default=dict, blank=True)
    # SHA-256 of the secret the visitor holds (assistant/conversations.py); the
    # id alone cannot continue the conversation. Empty: it can't be continued.
    token_hash = models.CharField(max_length=64, blank=True, default="", editable=False)

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
    language = models.CharField(max_length=5, default="en", db_index=True, help_text="The language the visitor used: en or es.")

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


class DailyCount(models.Model):
    """A counter per day that outlives chat-log retention (dashboard, exports).

    metric: questions, answered, fallback, helpful, not_helpful, click, handoff...
    key: what it counts within the metric, e.g. the contact slug for clicks.
    """

    day = models.DateField()
    metric = models.CharField(max_length=30)
    key = models.CharField(max_length=120, blank=True, default="")
    count = models.PositiveBigIntegerField(default=0)

    class Meta:
        ordering = ["-day", "metric", "key"]
        constraints = [models.UniqueConstraint(fields=["day", "metric", "key"], name="unique_daily_count")]

    def __str__(self) -> str:
        return f"{self.day} {self.metric} {self.key}: {self.count}"


class IndexBuild(models.Model):
    """One built search index. The newest `ready` build is the one served.

    The artifact lives in the database so every web process, on any machine,
    can load the same version (see assistant/index_store.py).
    """

    class Status(models.TextChoices):
        BUILDING = "building", "Building"
        READY = "ready", "Ready"
        FAILED = "failed", "Failed"

    version = models.CharField(max_length=64, unique=True, help_text="Content fingerprint plus build time.")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.BUILDING)
    started_at = models.DateTimeField(auto_now_add=True)
    built_at = models.DateTimeField(null=True, blank=True)
    duration_ms = models.FloatField(null=True, blank=True)
    documents = models.PositiveIntegerField(default=0)
    artifact = models.BinaryField(null=True, blank=True, editable=False)
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["-started_at"]

    def __str__(self) -> str:
        return f"{self.version} ({self.status})"
