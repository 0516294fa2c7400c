"""Fixtures for the staff pages: users with and without staff rights, seeded counts."""
import datetime

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from assistant.models import ChatLog, DailyCount



def url(name: str) -> str:
    return reverse(f"admin:insights_{name}")


@pytest.fixture
def staff(db):
    user = get_user_model().objects.create_user("staffer", "staff@example.test", "a-long-password-1", is_staff=True)
    client = Client()
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client


@pytest.fixture
def visitor_user(db):
    user = get_user_model().objects.create_user("member", "member@example.test", "a-long-password-1")
    client = Client()
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client


def days_ago(n: int) -> datetime.date:
    return timezone.localdate() - datetime.timedelta(days=n)


def log(question: str, kind: str, days: int = 0) -> ChatLog:
    row = ChatLog.objects.create(question=question, kind=kind)
    ChatLog.objects.filter(pk=row.pk).update(created_at=timezone.now() - datetime.timedelta(days=days))
    return row


@pytest.fixture
def seeded(db):
    """Counts over the last days, plus some outside the default 30-day period."""
    rows = [
        (0, "questions", "", 10), (0, "answered", "", 7), (0, "fallback", "", 3),
        (1, "questions", "", 5), (1, "answered", "", 5),
        (0, "helpful", "", 4), (1, "not_helpful", "", 1),
        (0, "click", "e-allegations", 6), (2, "click", "e-allegations", 2), (1, "click", "ipr-help-desk", 3),
        (3, "handoff", "", 2),
        (45, "questions", "", 1000), (45, "answered", "", 1000),  # outside 30 days
    ]
    for ago, metric, key, count in rows:
        DailyCount.objects.create(day=days_ago(ago), metric=metric, key=key, count=count)
    for _ in range(3):
        log("How do I report a fake seller?", "route")
    log("how do I report a fake seller?  ", "route", days=1)
    log("What is the weather?", "fallback")
    log("What is the weather?", "fallback", days=2)
    log("Recipe for pancakes", "fallback")
    log("hello", "smalltalk")
    log("Very old question", "faq", days=60)
