from django.urls import path

from portal import views

urlpatterns = [
    path("", views.home, name="home"),
    path("privacy/", views.privacy, name="privacy"),
    path("go/<slug:slug>/", views.go, name="go"),
]
