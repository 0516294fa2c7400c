from django.urls import path

from content import views

urlpatterns = [
    path("report/", views.reports, name="sections"),
    path("report/<int:fiscal_year>/", views.report, name="report"),
    path("report/<int:fiscal_year>/<slug:slug>/", views.section, name="section"),
    # Addresses from before reports had years: the newest report's section.
    path("report/<slug:slug>/", views.newest_section, name="section-newest"),
    path("faq/", views.faqs, name="faqs"),
    path("faq/<int:pk>/", views.faq, name="faq"),
]
