from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView

from handoff import views as handoff_views
from ops import views as ops_views
from portal import views as portal_views

# The admin is this project's, not a generic Django site.
admin.site.site_header = "IPR assistant administration"
admin.site.site_title = "IPR assistant admin"
admin.site.index_title = "Content, conversations and hand-offs"

urlpatterns = [
    path(settings.ADMIN_PATH, admin.site.urls),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    path("healthz", ops_views.healthz, name="healthz"),
    path("api/v1/handoff/", include("handoff.urls")),
    path("api/v1/", include("assistant.urls")),
    # The same in every language: no page of their own.
    path("favicon.ico", portal_views.favicon, name="favicon"),
    path("go/<slug:slug>/", portal_views.go, name="go"),
]

# Pages: English at /..., Spanish at /es/... with the same path after the prefix,
# so a link is switched by adding or removing "/es" and the answering layer's
# source addresses (/report/..., /faq/<id>/) name a page in either language.
urlpatterns += i18n_patterns(
    path("handoff/<str:reference>/", handoff_views.status_page, name="handoff-status-page"),
    path("", include("content.urls")),
    path("", include("portal.urls")),
    prefix_default_language=False,
)

# JSON error bodies under /api/, the usual pages elsewhere.
handler400 = "ops.views.bad_request"
handler403 = "ops.views.permission_denied"
handler404 = "ops.views.page_not_found"
handler500 = "ops.views.server_error"
