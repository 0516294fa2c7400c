"""Fixtures for content tests: the shipped report text, parsed once; small rows of
our own for the pages (slugs start with "t-", fiscal year 2099, so they never
collide with what load_content ships)."""
from pathlib import Path

import pytest

from content.parsing import parse_report

REPORT = Path(__file__).resolve().parents[2] / "content" / "data" / "cbp-ipr-seizure-statistics-fy2021.txt"


@pytest.fixture(scope="session")
def report_text() -> str:
    return REPORT.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def parsed(report_text):
    return parse_report(report_text)


@pytest.fixture
def report(db):
    from content.models import Report

    return Report.objects.create(title="Test report FY 2099", slug="t-report", fiscal_year=2099, source="test")


@pytest.fixture
def section(report):
    from content.models import Section

    return Section.objects.create(
        report=report,
        title="Test spotlight on widgets",
        slug="t-widgets",
        body="First paragraph about widgets.\n\nSecond paragraph, see https://www.cbp.gov/trade.",
        order=1,
        footnotes=[{"number": "7", "text": "A footnote source.", "urls": ["https://example.org/source"]}],
    )


@pytest.fixture
def faq(section, contact):
    from content.models import FAQ

    faq = FAQ.objects.create(
        key="t-faq",
        question="How do I test a widget?",
        answer="Use **care**. See [the form](https://eallegations.cbp.gov/s/).\n- first step\n- second step",
        section=section,
    )
    faq.contacts.add(contact)
    return faq


@pytest.fixture
def staff(client):
    """A superuser signed in on `client` (the admin tests)."""
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_superuser("boss", "boss@example.org", "a-long-password-123")
    client.force_login(user)
    return user


def stat(section, **kw):
    from content.models import Statistic

    values = {
        "report": section.report,
        "table": "Number of Seizure Lines by Widget",
        "table_slug": "t-lines-by-widget",
        "section": section,
        "fiscal_year": 2099,
        "category": Statistic.Category.PRODUCT,
        "measure": Statistic.Measure.SEIZURE_LINES,
        "value": 1,
        "printed": "1",
    }
    values.update(kw)
    return Statistic.objects.create(**values)
