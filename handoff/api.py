"""POST /api/v1/handoff/: send the visitor's questions to the IPR help desk.

Thin view: the serializer checks shapes and types, handoff.services checks the
content, stores the request and queues the email. Errors use the shared shape
{"error": ..., "field": ...}.
"""
from drf_spectacular.utils import OpenApiExample, extend_schema
from rest_framework import serializers, status
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response
from rest_framework.views import APIView

from assistant.api import ERRORS
from handoff import services
from ops.fields import StrictCharField, StrictUUIDField

MESSAGE = (
    "Thank you. Your questions were sent to the IPR help desk with reference {reference}. "
    "{reply} "
    "This is **not** a way to file an allegation: to report a suspected counterfeit or "
    "other IPR violation, use [e-Allegations]({url})."
)


class HandoffApi(APIView):
    throttle_scope = "handoff"

    class InputSerializer(serializers.Serializer):
        questions = serializers.ListField(
            child=StrictCharField(
                max_length=services.MAX_QUESTION_CHARS,
                allow_blank=True,
                error_messages={
                    "invalid": "Each question must be a string.",
                    "max_length": f"Each question must be at most {services.MAX_QUESTION_CHARS:,} characters.",
                },
            ),
            min_length=1,
            max_length=services.MAX_QUESTIONS,
            help_text=f"The questions for the help desk, 1 to {services.MAX_QUESTIONS}, "
            f"each at most {services.MAX_QUESTION_CHARS:,} characters "
            f"({services.MAX_TOTAL_CHARS:,} in all). Sent as typed, not redacted.",
            error_messages={
                "min_length": "Send at least one question.",
                "max_length": f"Send at most {services.MAX_QUESTIONS} questions.",
                "not_a_list": "Send a list of strings.",
                "empty": "Send at least one question.",
            },
        )
        email = StrictCharField(
            required=False,
            allow_blank=True,
            allow_null=True,
            trim_whitespace=False,
            max_length=services.MAX_EMAIL_CHARS,
            help_text="Optional address for the help desk's reply; kept for the retention period.",
            error_messages={"invalid": "Send a string.", "max_length": "Keep it to 254 characters or fewer."},
        )
        conversation = StrictUUIDField(
            required=False,
            allow_null=True,
            help_text="The chat conversation the questions come from, if any.",
            error_messages={"invalid": "Send the UUID returned by the chat API, or leave it out."},
        )
        confirm = serializers.BooleanField(
            help_text="Must be true: the visitor confirmed they want the questions sent to a person."
        )

        def to_internal_value(self, data):
            # BooleanField would take "yes" or 1; the visitor's consent must be explicit.
            if isinstance(data, dict) and "confirm" in data and data["confirm"] is not True:
                raise ValidationError(
                    {"confirm": ["Set it to true to confirm you want your questions sent to the IPR help desk."]}
                )
            return super().to_internal_value(data)

    class OutputSerializer(serializers.Serializer):
        class LinkSerializer(serializers.Serializer):
            label = serializers.CharField()
            url = serializers.CharField()
            channel = serializers.CharField()

        reference = serializers.RegexField(r"^IPR-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$")
        status = serializers.ChoiceField(choices=["queued"])
        message = serializers.CharField(help_text="Plain text; may contain **bold** and [links](url).")
        links = LinkSerializer(many=True, help_text="Where to file an allegation instead (e-Allegations).")

    @extend_schema(
        operation_id="handoff",
        summary="Send questions to a person at the IPR help desk",
        request=InputSerializer,
        responses={201: OutputSerializer, **ERRORS},
        examples=[
            OpenApiExample(
                "hand-off",
                value={"questions": ["Can I bring a replica bag through customs?"], "email": "me@example.com", "confirm": True},
                request_only=True,
            )
        ],
    )
    def post(self, request):
        if not isinstance(request.data, dict):
            raise ValidationError({"non_field_errors": ["The request body must be a JSON object."]})
        serializer = self.InputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        try:
            handoff = services.create_request(data["questions"], data.get("email") or "", data.get("conversation"))
        except services.HandoffError as exc:
            return Response({"error": str(exc), "field": exc.field}, status=status.HTTP_400_BAD_REQUEST)
        reply = (
            "They will answer by email."
            if handoff.email
            else "You gave no email address, so quote the reference if you contact the help desk."
        )
        body = {
            "reference": handoff.reference,
            "status": handoff.status,
            "message": MESSAGE.format(reference=handoff.reference, reply=reply, url=services.EALLEGATIONS_URL),
            "links": [{"label": "File an e-Allegation", "url": services.EALLEGATIONS_URL, "channel": "e-allegations"}],
        }
        return Response(body, status=status.HTTP_201_CREATED)
