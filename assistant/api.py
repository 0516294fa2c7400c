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

from assistant import conversations, services
from ops.fields import KeptCharField
from ops.fields import StrictCharField as TextField

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


class ConversationHandleField(serializers.RegexField):
    """A conversation handle as the chat API returns it ("<public id>.<token>").

    A bare public id is well formed (clients from before handles send one) but
    continues nothing. Only a JSON string is accepted.
    """

    def __init__(self, **kwargs):
        kwargs.setdefault("error_messages", {"invalid": "'conversation' must be the value returned by a previous answer."})
        super().__init__(conversations.HANDLE_PATTERN, **kwargs)

    def to_internal_value(self, data):
        if not isinstance(data, str):
            self.fail("invalid")
        return super().to_internal_value(data)


class VerifiedConversationField(ConversationHandleField):
    """A handle, validated into the public id of the conversation it proves, or
    None when it proves none (a public id alone, a wrong token): for records
    that link to a conversation (hand-offs), so a public id seen in a log cannot
    attach someone else's chat to them."""

    def run_validation(self, data=serializers.empty):
        # After the pattern check (run on the string), not in to_internal_value.
        return conversations.verified_id(super().run_validation(data))


def _message_max() -> int:
    return int(getattr(settings, "CHAT_MAX_CHARS", 1000))


LANGUAGES = ("en", "es")


class ChatApi(APIView):
    throttle_scope = "chat"

    class InputSerializer(serializers.Serializer):
        message = KeptCharField(
            max_kept=_message_max(),
            trim_whitespace=True,
            help_text=f"The visitor's question (at most {_message_max():,} characters, not counting invisible "
            "and control characters, which are removed).",
            error_messages={
                "max_length": f"'message' is too long: keep it to {_message_max():,} characters or fewer.",
                "blank": "'message' must not be empty: type a question.",
                "invalid": "'message' must be a string.",
            },
        )
        conversation = ConversationHandleField(
            required=False,
            allow_null=True,
            help_text="Continue a conversation: send the `conversation` value of the previous answer, as it was. "
            "Anything else that is well formed (an unknown or expired handle, a conversation's public id "
            "alone) starts a new conversation; that is not an error.",
        )
        language = serializers.ChoiceField(
            choices=LANGUAGES, required=False, allow_blank=True,
            help_text="The page's or widget's language. The answer is in the message's language; a message too "
            "short to tell (\"hola\", \"ok\") is answered in this one.",
            error_messages={"invalid_choice": "'language' must be one of: " + ", ".join(LANGUAGES) + "."},
        )

    class OutputSerializer(serializers.Serializer):
        class ChartSerializer(serializers.Serializer):
            svg = serializers.CharField(help_text="Server-drawn SVG (no script, no style attributes), role=img.")
            alt = serializers.CharField(help_text="The chart in words, every figure included.")
            title = serializers.CharField()
            rows = serializers.ListField(child=serializers.ListField(child=serializers.CharField()),
                                         help_text="The figures as a table: [label, figure as printed].")

        class SourceSerializer(serializers.Serializer):
            title = serializers.CharField()
            url = serializers.CharField(help_text="/report/<fiscal year>/<slug>/ or /faq/<id>/")
            kind = serializers.CharField()

        class LinkSerializer(serializers.Serializer):
            label = serializers.CharField()
            url = serializers.CharField(help_text="https://..., mailto:... or tel:...")
            channel = serializers.CharField(help_text="The contact's slug.")
            phone = serializers.CharField(
                required=False, help_text="Phone channels only: the number as printed (1-800-BE-ALERT)."
            )

        answer = serializers.CharField(help_text="Plain text; may contain **bold** and [links](url).")
        kind = serializers.ChoiceField(choices=KINDS)
        confidence = serializers.FloatField(min_value=0.0, max_value=1.0)
        sources = SourceSerializer(many=True)
        links = LinkSerializer(many=True)
        suggestions = serializers.ListField(child=serializers.CharField())
        conversation = serializers.RegexField(
            conversations.HANDLE_PATTERN,
            help_text="Opaque: send it back as `conversation` with the next question to continue this "
            "conversation. It holds a secret: keep it out of URLs and logs.",
        )
        answer_id = TextField(help_text="Opaque; send it to /api/v1/feedback/.")
        offer_handoff = serializers.BooleanField()
        language = serializers.ChoiceField(choices=LANGUAGES, help_text="The language the answer is written in.")
        chart = ChartSerializer(allow_null=True, help_text="A trend or ranking as a picture, when the answer is one.")

    @extend_schema(
        operation_id="chat",
        summary="Ask the assistant a question",
        request=InputSerializer,
        responses={200: OutputSerializer, **ERRORS},
        examples=[OpenApiExample("question", value={"message": "How do I report a website selling fakes?"}, request_only=True)],
    )
    def post(self, request):
        data = _validated(self.InputSerializer, request.data)
        result = services.chat(data["message"], data.get("conversation"), data.get("language") or "")
        reply = result.answer
        body = {
            "answer": reply.text,
            "kind": reply.kind,
            "confidence": float(max(0.0, min(1.0, reply.confidence))),
            "sources": reply.sources,
            "links": reply.links,
            "suggestions": reply.suggestions,
            "conversation": result.handle,
            "answer_id": result.answer_id,
            "offer_handoff": bool(reply.offer_handoff),
            "language": reply.language,
            "chart": reply.chart,
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
