"""Test URLconf: the real site plus small API views owned by the ops tests.

The ops tests exercise throttling, body limits and error shapes on these views
so they do not depend on the state of the chat/feedback/hand-off code.
"""
from rest_framework import serializers
from rest_framework.response import Response
from rest_framework.views import APIView
from django.urls import path

from ipr_site.urls import handler400, handler403, handler404, handler500, urlpatterns as site_patterns  # noqa: F401
from ops.fields import CleanCharField, StrictUUIDField


class EchoView(APIView):
    throttle_scope = "chat"

    class InputSerializer(serializers.Serializer):
        message = CleanCharField(max_length=1000)
        count = serializers.IntegerField(required=False)
        conversation = StrictUUIDField(required=False, allow_null=True)

    def post(self, request):
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        return Response({"message": data.validated_data["message"]})


class FeedbackEchoView(EchoView):
    throttle_scope = "feedback"


class BoomView(APIView):
    def get(self, request):
        raise RuntimeError("boom with secret postgres://user:pw@db/x")


urlpatterns = [
    path("api/v1/_echo/", EchoView.as_view()),
    path("api/v1/_echo_feedback/", FeedbackEchoView.as_view()),
    path("api/v1/_boom/", BoomView.as_view()),
    *site_patterns,
]
