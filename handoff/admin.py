from django.contrib import admin, messages
from django.utils.html import format_html, format_html_join

from assistant.models import ChatLog
from handoff import services
from handoff.models import HandoffRequest


@admin.register(HandoffRequest)
class HandoffRequestAdmin(admin.ModelAdmin):
    list_display = (
        "reference", "status", "language", "created_at", "sent_at", "attempts", "next_attempt_at", "has_email", "first_question",
    )
    list_filter = ("status", "language", "created_at")
    search_fields = ("=reference",)
    date_hierarchy = "created_at"
    actions = ["resend", "mark_answered"]
    fields = (
        "reference",
        "status",
        "question_list",
        "language",
        "email",
        "conversation",
        "transcript",
        "attempts",
        "last_error",
        "created_at",
        "queued_at",
        "last_attempt_at",
        "next_attempt_at",
        "sent_at",
        "answered_at",
    )
    # What the visitor sent is a record: nothing is editable; actions change the status.
    readonly_fields = fields

    def has_add_permission(self, request) -> bool:
        return False  # requests come from visitors only

    def changelist_view(self, request, extra_context=None):
        # The staff side of the alert sent when a request is given up on.
        failed = HandoffRequest.objects.filter(status=HandoffRequest.Status.FAILED).count()
        if failed:
            self.message_user(
                request,
                f"{failed} request(s) could not be emailed to the help desk within "
                f"{services.RETRY_FOR.total_seconds() / 3600:g} hours. Once mail works, select them "
                "(Status: Failed) and resend.",
                messages.WARNING,
            )
        return super().changelist_view(request, extra_context)

    @admin.display(description="reply email", boolean=True)
    def has_email(self, obj: HandoffRequest) -> bool:
        return bool(obj.email)

    @admin.display(description="first question")
    def first_question(self, obj: HandoffRequest) -> str:
        first = (obj.questions or [""])[0]
        return first if len(first) <= 80 else first[:79] + "…"

    @admin.display(description="questions")
    def question_list(self, obj: HandoffRequest) -> str:
        return format_html("<ol>{}</ol>", format_html_join("", "<li>{}</li>", ((q,) for q in obj.questions or [])))

    @admin.display(description="chat before the hand-off (redacted, while logs are kept)")
    def transcript(self, obj: HandoffRequest) -> str:
        if not obj.conversation:
            return "-"
        logs = ChatLog.objects.filter(conversation_id=obj.conversation).order_by("created_at")[:20]
        items = format_html_join("", "<li>{} <em>({})</em></li>", ((log.question, log.kind) for log in logs))
        return format_html("<ol>{}</ol>", items) if items else "(no chat logs kept)"

    @admin.action(description="Resend the selected requests to the help desk", permissions=["change"])
    def resend(self, request, queryset) -> None:
        count = services.resend(queryset)
        self.message_user(request, f"{count} request(s) queued again (answered ones are left alone).", messages.SUCCESS)

    @admin.action(description="Mark the selected requests answered", permissions=["change"])
    def mark_answered(self, request, queryset) -> None:
        count = services.mark_answered(queryset)
        self.message_user(request, f"{count} request(s) marked answered.", messages.SUCCESS)
