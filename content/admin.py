"""Staff edit the content here. Every change is kept in history (who, when, what) with revert.

Rows the loaders made show a "staff edited" column: once a staff member changes a
row, the loaders leave it alone (content/services.py).
"""
import datetime

from django.contrib import admin, messages
from django.db import transaction
from django.db.models import Count, Q
from django.http import HttpResponseRedirect
from django.utils import timezone
from django.urls import reverse
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from content import services
from content.models import (
    FAQ, Contact, Example, FAQSource, FAQSuggestion, GlossaryTerm, Report, ReportSource, Section, Statistic, Synonym,
)

# English | Español: each pair on one row of the form, the Spanish beside the English
# it translates (content/static/content/side-by-side.css widens the two columns).
SIDE_BY_SIDE = "side-by-side"


class SideBySide:
    """Admin Media for forms that show English and Spanish fields in pairs."""

    css = {"all": ["content/side-by-side.css"]}


class SpanishFilter(admin.SimpleListFilter):
    """Rows with and without a Spanish version (`spanish_field` filled or empty)."""

    title = "Spanish version"
    parameter_name = "spanish"
    spanish_field = ""

    def lookups(self, request, model_admin):
        return (("missing", "Not translated yet"), ("present", "Translated"))

    def queryset(self, request, queryset):
        if self.value() == "missing":
            return queryset.filter(**{self.spanish_field: ""})
        if self.value() == "present":
            return queryset.exclude(**{self.spanish_field: ""})
        return queryset


class FAQSpanishFilter(SpanishFilter):
    spanish_field = "question_es"


class ContactSpanishFilter(SpanishFilter):
    spanish_field = "name_es"


class LoadedAdmin(SimpleHistoryAdmin):
    @admin.display(boolean=True, description="staff edited")
    def staff_edited(self, obj) -> bool:
        return obj.edited_by_staff


@admin.register(Report)
class ReportAdmin(SimpleHistoryAdmin):
    """Loaded reports. A report is added by adding its source (Report sources) and refreshing."""

    list_display = ("title", "fiscal_year", "section_count", "loaded_at", "source")
    list_filter = ("fiscal_year",)
    search_fields = ("title", "slug", "source")
    readonly_fields = ("slug", "fiscal_year", "source", "checksum", "loaded_at")

    def has_add_permission(self, request) -> bool:
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(_sections=Count("sections", filter=Q(sections__published=True)))

    @admin.display(description="published sections", ordering="_sections")
    def section_count(self, obj) -> int:
        return obj._sections


@admin.register(ReportSource)
class ReportSourceAdmin(SimpleHistoryAdmin):
    """One source per fiscal year: add next year's report here, as CBP publishes it (PDF or text)."""

    list_display = ("fiscal_year", "url", "active", "refresh_status", "outcome", "refreshed_at", "loaded_report")
    list_filter = ("refresh_status", "active")
    search_fields = ("url", "refresh_message")
    readonly_fields = ("refresh_status", "refresh_message", "refreshed_at", "loaded_report")
    fields = ("fiscal_year", "url", "active", "refresh_status", "refresh_message", "refreshed_at", "loaded_report")
    actions = ("refresh_from_source",)

    @admin.display(description="what happened")
    def outcome(self, obj) -> str:
        # Why a new year was refused, in the list itself: staff should not have to open the row.
        text = obj.refresh_message or ""
        return text if len(text) <= 160 else text[:159] + "…"

    @admin.display(description="loaded report")
    def loaded_report(self, obj) -> str:
        report = obj.report if obj and obj.pk else None
        if report is None:
            return "-"
        return format_html('<a href="{}">{}</a>', reverse("admin:content_report_change", args=[report.pk]), report)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if obj.active and (not change or "url" in form.changed_data):
            from content.refresh import queue

            # After the commit, so the job finds the row (and its new URL).
            transaction.on_commit(lambda: queue([obj.pk]))
            self.message_user(request, f"Reading FY {obj.fiscal_year} from its source in the background; see its refresh status in a minute.", messages.INFO)

    @admin.action(description="Refresh from source now (in the background)")
    def refresh_from_source(self, request, queryset):
        from content.refresh import queue

        how = queue(list(queryset.values_list("pk", flat=True)))
        note = "queued; see the refresh status in a minute" if how == "queued" else "done (the job queue is down)"
        self.message_user(request, f"Refresh of {queryset.count()} report source(s) {note}.", messages.SUCCESS)


@admin.register(Section)
class SectionAdmin(LoadedAdmin):
    list_display = ("title", "report", "audience", "published", "staff_edited", "updated_at")
    list_filter = ("audience", "published", "report")
    search_fields = ("title", "slug", "body")
    readonly_fields = ("updated_at",)
    prepopulated_fields = {"slug": ("title",)}


@admin.register(Statistic)
class StatisticAdmin(LoadedAdmin):
    list_display = ("label", "table", "fiscal_year", "report", "measure", "printed", "is_total", "published", "staff_edited")
    list_filter = ("report", "table_slug", "fiscal_year", "category", "measure", "is_total", "published")
    search_fields = ("label", "table", "printed", "note")
    list_select_related = ("report",)
    autocomplete_fields = ("section",)


@admin.register(Contact)
class ContactAdmin(LoadedAdmin):
    list_display = (
        "name", "slug", "kind", "address", "spanish", "link_ok", "link_status", "link_checked_at", "published", "staff_edited",
    )
    list_filter = ("kind", "published", ContactSpanishFilter, "link_ok")
    search_fields = (
        "name", "slug", "purpose", "who_should_use", "keywords", "example_questions", "url", "email", "phone",
        "name_es", "purpose_es", "who_should_use_es", "keywords_es",
    )
    readonly_fields = ("link_status", "link_ok", "link_error", "link_checked_at")
    fieldsets = (
        (None, {"fields": ("slug", "kind", "url", "email", "phone", "hours", "order", "published")}),
        (
            "English | Español",
            {
                "classes": (SIDE_BY_SIDE,),
                "description": "Each Spanish field sits beside the English it translates. Leave the Spanish "
                "empty until a reviewed translation exists: Spanish pages and answers then show the English.",
                "fields": (("name", "name_es"), ("purpose", "purpose_es"), ("who_should_use", "who_should_use_es"),
                           ("keywords", "keywords_es")),
            },
        ),
        ("How people ask for it", {"fields": ("example_questions",)}),
        ("Link check", {"fields": ("link_status", "link_ok", "link_error", "link_checked_at")}),
    )
    Media = SideBySide

    @admin.display(boolean=True, description="Spanish")
    def spanish(self, obj) -> bool:
        return bool(obj.name_es)

    @admin.display(description="address")
    def address(self, obj) -> str:
        return obj.href()


REVIEW_DAYS = 365


class ReviewFilter(admin.SimpleListFilter):
    """FAQs are checked against their sources yearly: which are due."""

    title = "review"
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return (("due", "Not reviewed within a year"), ("current", "Reviewed within a year"))

    def queryset(self, request, queryset):
        cutoff = timezone.localdate() - datetime.timedelta(days=REVIEW_DAYS)
        if self.value() == "due":
            return queryset.filter(Q(reviewed__isnull=True) | Q(reviewed__lt=cutoff))
        if self.value() == "current":
            return queryset.filter(reviewed__gte=cutoff)
        return queryset


class SourceLinkFilter(admin.SimpleListFilter):
    title = "source links"
    parameter_name = "source_links"

    def lookups(self, request, model_admin):
        return (("broken", "A source link is broken"), ("unchecked", "A source link is not checked yet"))

    def queryset(self, request, queryset):
        if self.value() == "broken":
            return queryset.filter(sources__link_ok=False).distinct()
        if self.value() == "unchecked":
            return queryset.filter(sources__link_ok__isnull=True).distinct()
        return queryset


class FAQSourceInline(admin.TabularInline):
    model = FAQSource
    extra = 1
    fields = ("title", "url", "order", "link_ok", "link_status", "link_error", "link_checked_at")
    readonly_fields = ("link_ok", "link_status", "link_error", "link_checked_at")


@admin.register(FAQ)
class FAQAdmin(LoadedAdmin):
    list_display = (
        "question", "spanish", "audience", "section", "reviewed", "review_due", "published", "staff_edited", "updated_at",
    )
    list_filter = (ReviewFilter, SourceLinkFilter, FAQSpanishFilter, "audience", "published", "contacts")
    search_fields = (
        "key", "question", "answer", "alternate_phrasings", "question_es", "answer_es", "alternate_phrasings_es",
        "sources__url", "sources__title",
    )
    filter_horizontal = ("contacts",)
    autocomplete_fields = ("section",)
    readonly_fields = ("preview", "preview_es", "updated_at")
    inlines = (FAQSourceInline,)
    actions = ("mark_reviewed",)
    fieldsets = (
        (None, {"fields": ("key", "audience", "contacts", "section", "reviewed", "order", "published", "updated_at")}),
        (
            "English | Español",
            {
                "classes": (SIDE_BY_SIDE,),
                "description": "Each Spanish field sits beside the English it translates. Leave the Spanish "
                "empty until a reviewed translation exists: the assistant then answers in English with a "
                "one-line note in Spanish, and the Spanish FAQ page says the answer is not translated yet.",
                "fields": (("question", "question_es"), ("answer", "answer_es"), ("preview", "preview_es"),
                           ("alternate_phrasings", "alternate_phrasings_es")),
            },
        ),
    )
    Media = SideBySide

    @admin.display(boolean=True, description="Spanish")
    def spanish(self, obj) -> bool:
        return bool(obj.question_es and obj.answer_es)

    @admin.display(boolean=True, description="review due")
    def review_due(self, obj) -> bool:
        return obj.reviewed is None or obj.reviewed < timezone.localdate() - datetime.timedelta(days=REVIEW_DAYS)

    @admin.action(description="Mark as reviewed today (after checking the answer against its sources)")
    def mark_reviewed(self, request, queryset):
        today = timezone.localdate()
        for faq in queryset:
            faq.reviewed = today
            faq._change_reason = "reviewed"
            faq.save()  # with the signed-in user in history: the loaders leave it alone from now on
        self.message_user(request, f"{queryset.count()} FAQ(s) marked as reviewed on {today:%Y-%m-%d}.", messages.SUCCESS)

    @admin.display(description="how the answer reads")
    def preview(self, obj) -> str:
        # Staff-typed text: only **bold**, [links](url) and lists become tags, and
        # nh3 removes anything else (portal.markup).
        from portal.markup import render

        return render(obj.answer) if obj and obj.answer else "-"

    @admin.display(description="how the Spanish answer reads")
    def preview_es(self, obj) -> str:
        from portal.markup import render

        return render(obj.answer_es) if obj and obj.answer_es else "-"


@admin.register(Synonym)
class SynonymAdmin(SimpleHistoryAdmin):
    list_display = ("term", "expansions", "language", "active")
    list_filter = ("language", "active")
    search_fields = ("term", "expansions")


@admin.register(GlossaryTerm)
class GlossaryTermAdmin(SimpleHistoryAdmin):
    """How the report's names (tables, rows, section titles) read in Spanish: in answers and on the Spanish pages."""

    list_display = ("english", "spanish")
    list_display_links = ("english",)
    search_fields = ("english", "spanish")
    fields = ("english", "spanish")


@admin.register(Example)
class ExampleAdmin(SimpleHistoryAdmin):
    """Questions the assistant's models learn from: out-of-scope ones it must refuse, figure questions it must
    take, and questions asking an FAQ (how people put what it answers)."""

    list_display = ("text", "kind", "faq", "language", "note", "active")
    list_filter = ("kind", "language", "active")
    search_fields = ("text", "note", "faq__key", "faq__question")
    list_select_related = ("faq",)


@admin.register(FAQSuggestion)
class FAQSuggestionAdmin(admin.ModelAdmin):
    list_display = ("question", "occurrences", "source", "status", "last_seen", "faq_link")
    list_filter = ("status", "source")
    search_fields = ("question", "examples")
    readonly_fields = ("occurrences", "first_seen", "last_seen", "faq")
    actions = ("create_faq", "mark_out_of_scope")

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

    @admin.action(description="Mark as out of scope (the assistant learns to refuse these)")
    def mark_out_of_scope(self, request, queryset):
        added = sum(services.mark_out_of_scope(s) for s in queryset)
        self.message_user(request, f"{added} out-of-scope example(s) added; they count from the next index build.", messages.SUCCESS)
