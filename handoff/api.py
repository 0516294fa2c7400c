"""POST /api/v1/handoff/: send the visitor's questions to the IPR help desk;
GET /api/v1/handoff/<reference>/: how far that has got.

Thin views: the serializer checks shapes and types, handoff.services checks the
content, stores the request and queues the email; handoff.selectors says what a
visitor may see of it. Errors use the shared shape {"error": ..., "field": ...}.
"""

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext, override
from drf_spectacular.utils import OpenApiExample, OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import serializers, status
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response
from rest_framework.views import APIView

from assistant.api import ERRORS, ErrorSerializer, VerifiedConversationField
from handoff import selectors, services
from ops.fields import KeptCharField, StrictCharField

STATUSES = list(selectors.MESSAGES)
LANGUAGE_CODES = [code for code, _ in settings.LANGUAGES]


def queued_message(reference: str, with_email: bool) -> str:
    """What the visitor is told at once, in the active language: queued, not emailed yet, and not an allegation."""
    reply = (
        gettext("Once it is sent, the help desk can answer you by email.")
        if with_email
        else gettext("You gave no email address, so quote the reference if you contact the help desk.")
    )
    # The request is only queued when this is said: the email goes out from a worker.
    return gettext(
        "Your questions are queued for the IPR help desk with reference {reference}; they have not "
        "been emailed yet. {reply} "
        "This is **not** a way to file an allegation: to report a suspected counterfeit or "
        "other IPR violation, use [e-Allegations]({url})."
    ).format(reference=reference, reply=reply, url=services.EALLEGATIONS_URL)


def status_page(reference: str) -> str:
    return reverse("handoff-status-page", args=[reference])


class HandoffApi(APIView):
    throttle_scope = "handoff"

    class InputSerializer(serializers.Serializer):
        questions = serializers.ListField(
            child=KeptCharField(
                max_kept=services.MAX_QUESTION_CHARS,
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
        conversation = VerifiedConversationField(
            required=False,
            allow_null=True,
            help_text="The chat conversation the questions come from, if any: the `conversation` value of the "
            "last chat answer. Linked only when it proves the conversation (a public id alone is ignored).",
            error_messages={"invalid": "Send the 'conversation' value returned by the chat API, or leave it out."},
        )
        confirm = serializers.BooleanField(
            help_text="Must be true: the visitor confirmed they want the questions sent to a person."
        )
        language = serializers.ChoiceField(
            choices=LANGUAGE_CODES,
            required=False,
            help_text="The language the visitor used (the widget's): the email tells the help desk, "
            "and `message` is written in it. English when left out.",
            error_messages={"invalid_choice": f"Send one of {', '.join(LANGUAGE_CODES)}, or leave it out."},
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

        reference = serializers.RegexField(selectors.REFERENCE.pattern)
        status = serializers.ChoiceField(choices=["queued"], help_text="Always queued: the email goes out from a worker.")
        message = serializers.CharField(help_text="Plain text; may contain **bold** and [links](url).")
        links = LinkSerializer(many=True, help_text="Where to file an allegation instead (e-Allegations).")
        status_url = serializers.CharField(help_text="Site-relative page showing this request's status.")

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
        language = data.get("language") or "en"
        try:
            handoff = services.create_request(
                data["questions"], data.get("email") or "", data.get("conversation"), language
            )
        except services.HandoffError as exc:
            return Response({"error": str(exc), "field": exc.field}, status=status.HTTP_400_BAD_REQUEST)
        with override(language):
            body = {
                "reference": handoff.reference,
                "status": handoff.status,
                "message": queued_message(handoff.reference, bool(handoff.email)),
                "links": [
                    {"label": gettext("File an e-Allegation"), "url": services.EALLEGATIONS_URL, "channel": "e-allegations"}
                ],
                "status_url": status_page(handoff.reference),
            }
        return Response(body, status=status.HTTP_201_CREATED)


class HandoffStatusApi(APIView):
    throttle_scope = "handoff_status"

    class OutputSerializer(serializers.Serializer):
        reference = serializers.RegexField(selectors.REFERENCE.pattern)
        status = serializers.ChoiceField(
            choices=STATUSES,
            help_text="queued: not emailed yet; retrying: the mail server refused, tried again for 24 hours; "
            "sent; answered; failed: not sent within 24 hours, staff told.",
        )
        message = serializers.CharField(help_text="One sentence saying what the status means.")
        created_at = serializers.DateTimeField()
        sent_at = serializers.DateTimeField(allow_null=True)
        next_attempt_at = serializers.DateTimeField(allow_null=True, help_text="When retrying: the next attempt.")
        status_url = serializers.CharField(help_text="Site-relative page showing this status.")

    @extend_schema(
        operation_id="handoff_status",
        summary="The status of a hand-off request (no personal data)",
        parameters=[
            OpenApiParameter(
                "lang", str, enum=LANGUAGE_CODES, required=False,
                description="The language of `message` and of `status_url`'s page (default en).",
            )
        ],
        responses={
            200: OutputSerializer,
            404: OpenApiResponse(ErrorSerializer, description="No request with this reference (or deleted after retention)."),
            429: ERRORS[429],
        },
    )
    def get(self, request, reference: str):
        found = selectors.public_status(reference)
        language = request.query_params.get("lang", "en")
        language = language if language in LANGUAGE_CODES else "en"
        if found is None:
            return Response(
                {"error": "There is no hand-off request with this reference; requests are deleted after the retention period."},
                status=status.HTTP_404_NOT_FOUND,
            )
        with override(language):
            body = {
                "reference": found.reference,
                "status": found.status,
                "message": found.message,
                "created_at": found.created_at,
                "sent_at": found.sent_at,
                "next_attempt_at": found.next_attempt_at,
                "status_url": status_page(found.reference),
            }
        return Response(self.OutputSerializer(body).data)
