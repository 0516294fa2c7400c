"""Staff views of the chat: logs, feedback, and what the assistant could not answer.

"Unanswered questions" groups fallback questions and negatively rated answers
by their topic words; each group has a one-click "Create FAQ" that opens the FAQ
add form pre-filled (question + the group's other wordings as phrasings).
"""
from urllib.parse import urlencode

from django.contrib import admin
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html

from assistant import selectors
from assistant.models import ChatLog, Feedback, IndexBuild


def faq_add_url(question: str, phrasings: list[str] | None = None) -> str:
    """The FAQ add form with question (and alternate phrasings) filled in."""
    params = {"question": question[:300]}
    others = [p for p in dict.fromkeys(phrasings or []) if p and p != question]
    if others:
        params["alternate_phrasings"] = "\n".join(others[:8])
    return reverse("admin:content_faq_add") + "?" + urlencode(params)


class FeedbackInline(admin.TabularInline):
    model = Feedback
    extra = 0
    can_delete = False
    fields = ("helpful", "comment", "created_at")
    readonly_fields = fields

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(ChatLog)
class ChatLogAdmin(admin.ModelAdmin):
    list_display = ("created_at", "question", "kind", "confidence", "latency_ms", "create_faq")
    list_filter = ("kind", "created_at")
    search_fields = ("question", "answer")
    date_hierarchy = "created_at"
    readonly_fields = ("conversation", "created_at", "question", "kind", "answer", "sources", "confidence", "latency_ms")
    inlines = [FeedbackInline]
    actions = ["create_faq_from_selected"]
    change_list_template = "admin/assistant/chatlog_change_list.html"

    def has_add_permission(self, request) -> bool:
        return False  # logs come from the chat only

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    @admin.display(description="FAQ")
    def create_faq(self, obj: ChatLog) -> str:
        if obj.kind not in ("fallback",) and not obj.feedback.filter(helpful=False).exists():
            return ""
        return format_html('<a href="{}">Create FAQ</a>', faq_add_url(obj.question))

    @admin.action(description="Create an FAQ from the selected questions")
    def create_faq_from_selected(self, request, queryset):
        questions = list(queryset.order_by("-created_at").values_list("question", flat=True))
        return redirect(faq_add_url(questions[0], questions[1:]))

    def get_urls(self):
        extra = [
            path("unanswered/", self.admin_site.admin_view(self.unanswered_view), name="assistant_chatlog_unanswered"),
        ]
        return extra + super().get_urls()

    def unanswered_view(self, request):
        groups = selectors.unanswered()
        for group in groups:
            group["faq_url"] = faq_add_url(group["question"], group["examples"])
        negative = selectors.negative_feedback_groups()
        for group in negative:
            group["faq_url"] = faq_add_url(group["question"], group["examples"])
        context = {
            **self.admin_site.each_context(request),
            "title": "Unanswered questions and negative feedback",
            "opts": self.model._meta,
            "groups": groups,
            "negative": negative,
        }
        return TemplateResponse(request, "admin/assistant/unanswered.html", context)


@admin.register(Feedback)
class FeedbackAdmin(admin.ModelAdmin):
    list_display = ("created_at", "helpful", "question", "comment", "create_faq")
    list_filter = ("helpful", "created_at")
    search_fields = ("comment", "log__question")
    list_select_related = ("log",)
    readonly_fields = ("log", "helpful", "comment", "created_at")

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    @admin.display(description="question")
    def question(self, obj: Feedback) -> str:
        return obj.log.question[:120]

    @admin.display(description="FAQ")
    def create_faq(self, obj: Feedback) -> str:
        if obj.helpful:
            return ""
        return format_html('<a href="{}">Create FAQ</a>', faq_add_url(obj.log.question))


@admin.register(IndexBuild)
class IndexBuildAdmin(admin.ModelAdmin):
    """Search index versions; the newest ready one is served (assistant/index_store.py)."""

    list_display = ("short_version", "status", "documents", "started_at", "built_at", "duration_ms")
    list_filter = ("status",)
    fields = ("version", "status", "documents", "started_at", "built_at", "duration_ms", "error")
    readonly_fields = fields
    actions = ("rebuild_now",)

    @admin.display(description="version")
    def short_version(self, obj) -> str:
        return obj.version[:12]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    @admin.action(description="Rebuild the index from the current content")
    def rebuild_now(self, request, queryset):
        from assistant import rebuild

        how = rebuild.request(force=True)
        self.message_user(request, f"Index rebuild {how}; the new version is served within seconds of finishing.")
