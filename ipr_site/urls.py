from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView

from ops import views as ops_views

urlpatterns = [
    path(settings.ADMIN_PATH, admin.site.urls),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    path("healthz", ops_views.healthz, name="healthz"),
    path("api/v1/handoff/", include("handoff.urls")),
    path("api/v1/", include("assistant.urls")),
    path("", include("content.urls")),
    path("", include("portal.urls")),
]

# JSON error bodies under /api/, the usual pages elsewhere.
handler400 = "ops.views.bad_request"
handler403 = "ops.views.permission_denied"
handler404 = "ops.views.page_not_found"
handler500 = "ops.views.server_error"
