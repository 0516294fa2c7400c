"""Shared fixtures.

`loaded` gives a database with everything shipped loaded (report, FAQs,
contacts), built once per test session and rolled back after each test.
"""
import os

import pytest
from django.core.management import call_command


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_content", verbosity=0)


@pytest.fixture
def loaded(db):
    """The shipped content, loaded once for the session."""
    return None


@pytest.fixture
def contact(db):
    """A channel of our own ("t-" slugs never collide with the shipped content)."""
    from content.models import Contact

    return Contact.objects.create(
        name="Test e-Allegations",
        slug="t-allege",
        kind=Contact.Kind.ONLINE_FORM,
        url="https://eallegations.cbp.gov/s/",
        purpose="Report suspected counterfeit goods.",
    )


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    """Rate-limit counters live in Redis when REDIS_URL is set and would outlive
    a test (and a whole run: windows are up to a day), so each test starts clean."""
    url = os.environ.get("REDIS_URL")
    if url:
        import redis

        client = redis.Redis.from_url(url, socket_timeout=2)
        keys = list(client.scan_iter("ipr:throttle:*", count=1000))
        if keys:
            client.delete(*keys)
        client.close()
    yield


@pytest.fixture(autouse=True)
def _closed_rate_limit_breaker():
    """A test that stopped a Redis leaves the rate limit's breaker open for 5 s."""
    from ops import throttles

    throttles.reset()
    yield


@pytest.fixture(autouse=True)
def _fresh_answer_cache():
    """Remembered answers would let one test's patched engine answer for the next."""
    from assistant import answer_cache

    answer_cache.clear()
    yield
