from django.urls import path

from content import views

urlpatterns = [
    path("report/<slug:slug>/", views.section, name="section"),
    path("faq/<int:pk>/", views.faq, name="faq"),
]
