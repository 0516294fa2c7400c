"""GET /api/v1/widget/: what the widget needs from the server before the first question.

The starter questions and the length limits live here once: the widget reads
them instead of keeping a second copy that could drift from what the server
accepts and answers.
"""
from django.conf import settings
from django.utils.decorators import method_decorator
from django.views.decorators.cache import cache_control
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from assistant.answering import messages
from handoff import services as handoff


@method_decorator(cache_control(public=True, max_age=300), name="dispatch")
class WidgetConfigApi(APIView):
    class OutputSerializer(serializers.Serializer):
        class HandoffLimits(serializers.Serializer):
            max_questions = serializers.IntegerField()
            max_question_chars = serializers.IntegerField()
            max_total_chars = serializers.IntegerField()

        max_chars = serializers.IntegerField(help_text="Longest question the chat API accepts, in characters.")
        starters = serializers.ListField(child=serializers.CharField(), help_text="Questions to offer before the first one.")
        handoff = HandoffLimits()

    @extend_schema(operation_id="widget_config", summary="Starter questions and limits for the widget", responses={200: OutputSerializer})
    def get(self, request):
        return Response(config(request.query_params.get("lang", "en")))


def config(language: str = "en") -> dict:
    """Limits, and the starter questions in `language` (English for a language the assistant does not speak)."""
    return {
        "max_chars": settings.CHAT_MAX_CHARS,
        "starters": list(messages.starters(language if language in messages.STARTERS else "en")),
        "handoff": {
            "max_questions": handoff.MAX_QUESTIONS,
            "max_question_chars": handoff.MAX_QUESTION_CHARS,
            "max_total_chars": handoff.MAX_TOTAL_CHARS,
        },
    }
