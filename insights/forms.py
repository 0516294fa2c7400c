import datetime

from django import forms
from django.conf import settings
from django.utils import timezone

from insights.selectors import DEFAULT_DAYS, MAX_DAYS, Period


class DateInput(forms.DateInput):
    input_type = "date"


class PeriodForm(forms.Form):
    """The dashboard's date range; empty means the last 30 days."""

    start = forms.DateField(required=False, widget=DateInput)
    end = forms.DateField(required=False, widget=DateInput)

    def clean(self):
        data = super().clean()
        today = timezone.localdate()
        end = data.get("end") or today
        start = data.get("start") or end - datetime.timedelta(days=DEFAULT_DAYS - 1)
        if start > end:
            raise forms.ValidationError("The start date must not be after the end date.")
        if (end - start).days + 1 > MAX_DAYS:
            raise forms.ValidationError(f"Choose a period of at most {MAX_DAYS} days.")
        data["period"] = Period(start, end)
        return data

    def period(self) -> Period:
        """The chosen period, or the default one when the form is not valid."""
        if self.is_valid():
            return self.cleaned_data["period"]
        return Period.last()


class ConsoleForm(forms.Form):
    question = forms.CharField(
        max_length=getattr(settings, "CHAT_MAX_CHARS", 1000),
        widget=forms.Textarea(attrs={"rows": 3, "cols": 80, "autofocus": True}),
        help_text="Answered as the public would be answered; nothing is logged or counted.",
    )
