"""Serializer fields for visitor-typed text."""
from rest_framework import serializers

from assistant.redaction import clean


class CleanCharField(serializers.CharField):
    """CharField that normalises first (NFKC, no control/zero-width characters).

    Cleaning runs before DRF's blank and length checks, so a message made only
    of invisible characters is "empty", and the 1,000-character limit counts
    what is actually kept.
    """

    def run_validation(self, data=serializers.empty):
        if isinstance(data, str):
            data = clean(data)
        return super().run_validation(data)


class StrictCharField(CleanCharField):
    """Only a JSON string is text: 42, true or ["a"] are a wrong type, not "42"."""

    def to_internal_value(self, data):
        if not isinstance(data, str):
            self.fail("invalid")
        return super().to_internal_value(data)


class KeptCharField(StrictCharField):
    """Visitor text whose length limit counts the characters kept after cleaning (invisible and
    control characters are dropped first, docs/operations.md). A raw maxLength in the schema would
    promise to refuse what is accepted (the schema fuzz test found a hand-off question of 1,001
    characters, some of them control characters, accepted), so the limit is in the description."""

    def __init__(self, *, max_kept: int, **kwargs):
        self.max_kept = max_kept
        super().__init__(**kwargs)

    def run_validation(self, data=serializers.empty):
        value = super().run_validation(data)
        if isinstance(value, str) and len(value) > self.max_kept:
            self.fail("max_length", max_length=self.max_kept)
        return value


class StrictUUIDField(serializers.UUIDField):
    """UUIDField that accepts only strings.

    DRF's UUIDField turns any integer into a UUID (UUID(int=...)), and True/False
    are integers, so {"conversation": false} would be accepted as the zero UUID
    although the schema says "string, format uuid" (found by the schema fuzz test).
    """

    def to_internal_value(self, data):
        if not isinstance(data, str):
            self.fail("invalid", value=data)
        return super().to_internal_value(data)
