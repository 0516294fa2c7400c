"""Staff edit the content here. Every change is kept in history (who, when, what) with revert.

Rows the loaders made show a "staff edited" column: once a staff member changes a
row, the loaders leave it alone (content/services.py).
"""
from django.contrib import admin, messages
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from content import services
from content.models import FAQ, Contact, FAQSuggestion, Report, Section, Statistic, Synonym


class LoadedAdmin(SimpleHistoryAdmin):
    @admin.display(boolean=True, description="staff edited")
    def staff_edited(self, obj) -> bool:
        return obj.edited_by_staff


@admin.register(Report)
class ReportAdmin(SimpleHistoryAdmin):
    list_display = ("title", "fiscal_year", "loaded_at", "refresh_status", "refreshed_at")
    list_filter = ("refresh_status", "fiscal_year")
    search_fields = ("title", "slug", "source")
    readonly_fields = ("checksum", "loaded_at", "refresh_status", "refresh_message", "refreshed_at")
    actions = ("refresh_from_source",)

    @admin.action(description="Refresh from source now (in the background)")
    def refresh_from_source(self, request, queryset):
        from content.refresh import queue

        how = queue(list(queryset.values_list("pk", flat=True)))
        note = "queued; see the refresh status in a minute" if how == "queued" else "done (the job queue is down)"
        self.message_user(request, f"Refresh of {queryset.count()} report(s) {note}.", messages.SUCCESS)


@admin.register(Section)
class SectionAdmin(LoadedAdmin):
    list_display = ("title", "report", "audience", "published", "staff_edited", "updated_at")
    list_filter = ("audience", "published", "report")
    search_fields = ("title", "slug", "body")
    readonly_fields = ("updated_at",)
    prepopulated_fields = {"slug": ("title",)}


@admin.register(Statistic)
class StatisticAdmin(LoadedAdmin):
    list_display = ("label", "table", "fiscal_year", "measure", "printed", "is_total", "published", "staff_edited")
    list_filter = ("table_slug", "fiscal_year", "category", "measure", "is_total", "published")
    search_fields = ("label", "table", "printed", "note")
    list_select_related = ("report",)
    autocomplete_fields = ("section",)


@admin.register(Contact)
class ContactAdmin(LoadedAdmin):
    list_display = ("name", "slug", "kind", "address", "link_ok", "link_status", "link_checked_at", "published", "staff_edited")
    list_filter = ("kind", "published", "link_ok")
    search_fields = ("name", "slug", "purpose", "who_should_use", "keywords", "url", "email", "phone")
    readonly_fields = ("link_status", "link_ok", "link_error", "link_checked_at")

    @admin.display(description="address")
    def address(self, obj) -> str:
        return obj.href()


@admin.register(FAQ)
class FAQAdmin(LoadedAdmin):
    list_display = ("question", "audience", "section", "order", "published", "staff_edited", "updated_at")
    list_filter = ("audience", "published", "contacts")
    search_fields = ("key", "question", "answer", "alternate_phrasings")
    filter_horizontal = ("contacts",)
    autocomplete_fields = ("section",)
    readonly_fields = ("preview", "updated_at")
    fields = (
        "key", "question", "answer", "preview", "alternate_phrasings", "audience",
        "contacts", "section", "order", "published", "updated_at",
    )

    @admin.display(description="how the answer reads")
    def preview(self, obj) -> str:
        # Staff-typed text: only **bold**, [links](url) and lists become tags, and
        # nh3 removes anything else (portal.markup).
        from portal.markup import render

        return render(obj.answer) if obj and obj.answer else "-"


@admin.register(Synonym)
class SynonymAdmin(SimpleHistoryAdmin):
    list_display = ("term", "expansions", "active")
    list_filter = ("active",)
    search_fields = ("term", "expansions")


@admin.register(FAQSuggestion)
class FAQSuggestionAdmin(admin.ModelAdmin):
    list_display = ("question", "occurrences", "source", "status", "last_seen", "faq_link")
    list_filter = ("status", "source")
    search_fields = ("question", "examples")
    readonly_fields = ("occurrences", "first_seen", "last_seen", "faq")
    actions = ("create_faq",)

    @admin.display(description="FAQ")
    def faq_link(self, obj) -> str:
        if not obj.faq_id:
            return "-"
        return format_html('<a href="{}">{}</a>', reverse("admin:content_faq_change", args=[obj.faq_id]), obj.faq)

    @admin.action(description="Create FAQ from this (an unpublished draft to complete)")
    def create_faq(self, request, queryset):
        made = [services.create_faq_from_suggestion(s) for s in queryset]
        if len(made) == 1:
            self.message_user(request, "Draft FAQ created: write the answer, then publish it.", messages.SUCCESS)
            return HttpResponseRedirect(reverse("admin:content_faq_change", args=[made[0].pk]))
        self.message_user(request, f"{len(made)} draft FAQs created (unpublished).", messages.SUCCESS)
        return None
