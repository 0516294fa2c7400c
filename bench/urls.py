"""The site's URLs plus POST /api/v1/_bare/: a DRF endpoint that does no work.

bench/load.py drives it with the same requests as the chat, through the same
middleware, parser and renderer, to measure the framework's floor: the server
CPU a request costs before the chat does anything of its own.
"""
from django.urls import path
from rest_framework.response import Response
from rest_framework.views import APIView

from ipr_site.urls import handler400, handler403, handler404, handler500, urlpatterns as site_patterns  # noqa: F401


class BareApi(APIView):
    def post(self, request):
        request.data  # parsed like the chat's body, then nothing
        return Response({"ok": True})


urlpatterns = [path("api/v1/_bare/", BareApi.as_view()), *site_patterns]
