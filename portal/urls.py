from django.urls import path

from portal import views

# Pages, in every language (ipr_site/urls.py puts them under i18n_patterns);
# /favicon.ico and /go/<slug>/ are language-free and live in the root URLconf.
urlpatterns = [
    path("", views.home, name="home"),
    path("privacy/", views.privacy, name="privacy"),
]
