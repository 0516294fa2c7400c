"""Staff pages in the admin: the dashboard (with CSV export) and the question console.

Each is a proxy model's admin whose list page is replaced by the page itself,
so it is listed on the admin index and protected like any admin page
(admin_view: staff login, CSRF).
"""
import json

from django.conf import settings
from django.contrib import admin
from django.template.response import TemplateResponse
from django.urls import path, reverse

from insights import charts, console, exports, selectors
from insights.forms import ConsoleForm, PeriodForm
from insights.models import Console, Dashboard


class StaffPage(admin.ModelAdmin):
    """A read-only page for every active staff member; no rows to add or edit."""

    def has_view_permission(self, request, obj=None) -> bool:
        return request.user.is_active and request.user.is_staff

    def has_module_permission(self, request) -> bool:
        return self.has_view_permission(request)

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    def page_context(self, request, title: str) -> dict:
        return {**self.admin_site.each_context(request), "title": title, "opts": self.model._meta}


@admin.register(Dashboard)
class DashboardAdmin(StaffPage):
    def get_urls(self):
        info = self.model._meta.app_label, self.model._meta.model_name
        view = self.admin_site.admin_view
        return [
            path("", view(self.dashboard), name="%s_%s_changelist" % info),
            path("export/counts.csv", view(self.export_counts), name="%s_%s_counts" % info),
            path("export/questions.csv", view(self.export_questions), name="%s_%s_questions" % info),
        ]

    def dashboard(self, request):
        form = PeriodForm(request.GET or None)
        period = form.period()
        if not form.is_bound:
            # The boxes show the period the page shows, not empty fields.
            form = PeriodForm(initial={"start": period.start, "end": period.end})
        data = selectors.dashboard(period)
        series, total = data["series"], data["totals"]
        days = data["days"]
        context = {
            **self.page_context(request, "IPR assistant dashboard"),
            **data,
            "form": form,
            "query": f"?start={period.start}&end={period.end}",
            "questions_chart": charts.daily_bars(
                days,
                [("answered", "answered", series["answered"]), ("fallback", "fallback", series["fallback"])],
                "Questions per day",
                "questions",
            ),
            "answered_chart": charts.share_bar(
                [("Answered", "answered", total["answered"]), ("Fallback", "fallback", total["fallback"])],
                "Answered versus fallback",
            ),
            "helpful_chart": charts.share_bar(
                [("Helpful", "helpful", total["helpful"]), ("Not helpful", "not-helpful", total["not_helpful"])],
                "Helpful versus not helpful",
            ),
            "clicks_chart": charts.hbars(data["clicks"], "Clicks per reporting channel", "clicks"),
            "language_chart": charts.share_bar(
                [(row["name"], f"lang-{row['code']}", row["questions"]) for row in data["languages"]],
                "Questions by language (chat logs kept)",
            ),
            "handoff_chart": charts.daily_bars(
                days, [("hand-offs", "handoff", series["handoff"])], "Hand-offs per day", "hand-offs"
            ),
            "table": selectors.daily_table(period),
            "retention_days": settings.CHAT_LOG_DAYS,
            "counts_url": reverse("admin:insights_dashboard_counts"),
            "questions_url": reverse("admin:insights_dashboard_questions"),
        }
        return TemplateResponse(request, "insights/dashboard.html", context)

    def export_counts(self, request):
        return exports.counts_csv(PeriodForm(request.GET or None).period())

    def export_questions(self, request):
        return exports.questions_csv(PeriodForm(request.GET or None).period())


@admin.register(Console)
class ConsoleAdmin(StaffPage):
    def get_urls(self):
        info = self.model._meta.app_label, self.model._meta.model_name
        return [path("", self.admin_site.admin_view(self.console), name="%s_%s_changelist" % info)]

    def console(self, request):
        form = ConsoleForm(request.POST or None)
        result = None
        if request.method == "POST" and form.is_valid():
            result = console.try_question(form.cleaned_data["question"])
            result["frame_json"] = json.dumps(result["frame"], indent=2, sort_keys=True, default=str)
            result["debug_json"] = json.dumps(result["debug"], indent=2, sort_keys=True, default=str)
        context = {**self.page_context(request, "Try a question"), "form": form, "result": result}
        return TemplateResponse(request, "insights/console.html", context)
