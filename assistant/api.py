"""Chat and feedback APIs (POST /api/v1/chat/, POST /api/v1/feedback/).

Thin views: validate with a nested input serializer, call a service, shape the
output. Errors use the shared shape {"error": ..., "field": ...} (ops.errors).
"""
from django.conf import settings
from drf_spectacular.utils import OpenApiExample, OpenApiResponse, extend_schema
from rest_framework import serializers, status
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response
from rest_framework.views import APIView

from assistant import services
from ops.fields import StrictCharField as TextField
from ops.fields import StrictUUIDField

KINDS = ["faq", "section", "statistic", "route", "smalltalk", "fallback"]


class ErrorSerializer(serializers.Serializer):
    error = serializers.CharField(help_text="One sentence saying what is wrong.")
    field = serializers.CharField(required=False, help_text="The field at fault, when there is one.")


class ThrottledSerializer(ErrorSerializer):
    retry_after = serializers.IntegerField(help_text="Seconds to wait before trying again.")


ERRORS = {
    400: OpenApiResponse(ErrorSerializer, description="Bad input: missing, empty, too long or wrong type; body not JSON."),
    413: OpenApiResponse(ErrorSerializer, description="Request body too large."),
    415: OpenApiResponse(ErrorSerializer, description="Only application/json bodies are accepted."),
    429: OpenApiResponse(ThrottledSerializer, description="Rate limited; see the Retry-After header."),
}


def _message_max() -> int:
    return int(getattr(settings, "CHAT_MAX_CHARS", 1000))


class ChatApi(APIView):
    throttle_scope = "chat"

    class InputSerializer(serializers.Serializer):
        message = TextField(
            max_length=_message_max(),
            trim_whitespace=True,
            help_text=f"The visitor's question (at most {_message_max():,} characters).",
            error_messages={
                "max_length": f"'message' is too long: keep it to {_message_max():,} characters or fewer.",
                "blank": "'message' must not be empty: type a question.",
                "invalid": "'message' must be a string.",
            },
        )
        conversation = StrictUUIDField(
            required=False,
            allow_null=True,
            help_text="Continue this conversation. An unknown id starts a new conversation (not an error).",
            error_messages={"invalid": "'conversation' must be a UUID as returned by a previous answer."},
        )

    class OutputSerializer(serializers.Serializer):
        class SourceSerializer(serializers.Serializer):
            title = serializers.CharField()
            url = serializers.CharField(help_text="/report/<slug>/ or /faq/<id>/")
            kind = serializers.CharField()

        class LinkSerializer(serializers.Serializer):
            label = serializers.CharField()
            url = serializers.CharField(help_text="https://..., mailto:... or tel:...")
            channel = serializers.CharField(help_text="The contact's slug.")

        answer = serializers.CharField(help_text="Plain text; may contain **bold** and [links](url).")
        kind = serializers.ChoiceField(choices=KINDS)
        confidence = serializers.FloatField(min_value=0.0, max_value=1.0)
        sources = SourceSerializer(many=True)
        links = LinkSerializer(many=True)
        suggestions = serializers.ListField(child=serializers.CharField())
        conversation = StrictUUIDField()
        answer_id = TextField(help_text="Opaque; send it to /api/v1/feedback/.")
        offer_handoff = serializers.BooleanField()

    @extend_schema(
        operation_id="chat",
        summary="Ask the assistant a question",
        request=InputSerializer,
        responses={200: OutputSerializer, **ERRORS},
        examples=[OpenApiExample("question", value={"message": "How do I report a website selling fakes?"}, request_only=True)],
    )
    def post(self, request):
        data = _validated(self.InputSerializer, request.data)
        result = services.chat(data["message"], data.get("conversation"))
        reply = result.answer
        body = {
            "answer": reply.text,
            "kind": reply.kind,
            "confidence": float(max(0.0, min(1.0, reply.confidence))),
            "sources": reply.sources,
            "links": reply.links,
            "suggestions": reply.suggestions,
            "conversation": str(result.conversation.pk),
            "answer_id": result.answer_id,
            "offer_handoff": bool(reply.offer_handoff),
        }
        return Response(body, status=status.HTTP_200_OK)


class FeedbackApi(APIView):
    throttle_scope = "feedback"

    class InputSerializer(serializers.Serializer):
        answer_id = TextField(
            max_length=500,
            help_text="The answer_id of the answer being rated.",
            error_messages={
                "blank": "'answer_id' must not be empty.",
                "invalid": "'answer_id' must be a string.",
                "max_length": "'answer_id' is not valid.",
            },
        )
        helpful = serializers.BooleanField(help_text="true: the answer helped; false: it did not.")
        comment = TextField(
            required=False,
            allow_blank=True,
            max_length=_message_max(),
            help_text="Optional; personal data is removed before it is stored.",
            error_messages={
                "max_length": f"'comment' is too long: keep it to {_message_max():,} characters or fewer.",
                "invalid": "'comment' must be a string.",
            },
        )

        def to_internal_value(self, data):
            # BooleanField accepts "yes"/1; the contract says true|false only.
            if isinstance(data, dict) and "helpful" in data and not isinstance(data["helpful"], bool):
                raise ValidationError({"helpful": ["'helpful' must be true or false."]})
            return super().to_internal_value(data)

    class OutputSerializer(serializers.Serializer):
        status = serializers.CharField()

    @extend_schema(
        operation_id="feedback",
        summary="Rate an answer",
        description="One rating per answer: sending again for the same answer_id updates the rating and adds "
        "the comment (the widget sends 'Not helpful' at once, then the optional comment).",
        request=InputSerializer,
        responses={201: OutputSerializer, **ERRORS},
    )
    def post(self, request):
        data = _validated(self.InputSerializer, request.data)
        try:
            services.record_feedback(data["answer_id"], data["helpful"], data.get("comment", ""))
        except services.InvalidAnswerId as exc:
            raise ValidationError({"answer_id": [str(exc)]}) from None
        return Response({"status": "recorded"}, status=status.HTTP_201_CREATED)


def _validated(serializer_class, data) -> dict:
    if not isinstance(data, dict):
        raise ValidationError({"non_field_errors": ["The request body must be a JSON object."]})
    serializer = serializer_class(data=data)
    serializer.is_valid(raise_exception=True)
    return serializer.validated_data
