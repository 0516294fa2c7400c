"""Shared fixtures.

`loaded` gives a database with everything shipped loaded (report, FAQs,
contacts), built once per test session and rolled back after each test.
"""
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
