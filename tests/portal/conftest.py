"""Fixtures for the public-site tests: small rows of our own, next to the shipped content.

Slugs start with "t-" so they never collide with what load_content ships.
"""
import pytest

from content.models import FAQ, Contact, Report, Section, Statistic


@pytest.fixture
def report(db):
    return Report.objects.create(title="Test report FY 2099", slug="t-report", fiscal_year=2099, source="test")


@pytest.fixture
def section(report):
    return Section.objects.create(
        report=report,
        title="Test spotlight on widgets",
        slug="t-widgets",
        body="First paragraph about widgets.\n\nSecond paragraph, see https://www.cbp.gov/trade.",
        order=1,
        footnotes=[{"number": "7", "text": "A footnote source.", "urls": ["https://example.org/source"]}],
    )


@pytest.fixture
def contact(db):
    return Contact.objects.create(
        name="Test e-Allegations",
        slug="t-allege",
        kind=Contact.Kind.ONLINE_FORM,
        url="https://eallegations.cbp.gov/s/",
        purpose="Report suspected counterfeit goods.",
    )


@pytest.fixture
def faq(section, contact):
    faq = FAQ.objects.create(
        key="t-faq",
        question="How do I test a widget?",
        answer="Use **care**. See [the form](https://eallegations.cbp.gov/s/).\n- first step\n- second step",
        section=section,
    )
    faq.contacts.add(contact)
    return faq


def stat(section, **kw):
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
