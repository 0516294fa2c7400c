from django.urls import path

from content import views

urlpatterns = [
    path("report/", views.sections, name="sections"),
    path("report/<slug:slug>/", views.section, name="section"),
    path("faq/", views.faqs, name="faqs"),
    path("faq/<int:pk>/", views.faq, name="faq"),
]
