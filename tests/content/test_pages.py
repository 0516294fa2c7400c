"""The report and FAQ pages: per report (/report/<fiscal year>/<slug>/), old
addresses redirected to the newest report, tables as printed with a chart each,
FAQ sources and review dates."""
import re

import pytest

from content.models import FAQ, FAQSource, Report, Section
from content.services import load_report_text
from content.testing import next_year_text

from .conftest import stat


@pytest.fixture
def next_year(loaded):
    """The FY 2022 report (the FY 2021 text with every fiscal year moved on by one), loaded."""
    return load_report_text(next_year_text(), "fy2022.txt").report


def tables_in(html: str) -> list[str]:
    return re.findall(r'<figure class="stats-figure".*?</figure>', html, re.S)


@pytest.mark.django_db
class TestSection:
    """/report/<fiscal year>/<slug>/: body, footnotes, statistics tables, related FAQs."""

    def test_it_is_addressed_by_report_year_and_slug(self, section):
        assert section.get_absolute_url() == "/report/2099/t-widgets/"

    def test_it_renders_body_and_footnotes(self, client, section):
        response = client.get(section.get_absolute_url())
        assert response.status_code == 200
        html = response.content.decode()
        assert "<h1>Test spotlight on widgets</h1>" in html
        assert "<p>First paragraph about widgets.</p>" in html
        assert '<li value="7">' in html
        assert 'href="https://example.org/source"' in html

    def test_it_links_footnote_urls_once(self, client, section):
        section.footnotes = [{"number": "1", "text": "See https://example.org/a for more.", "urls": ["https://example.org/a"]}]
        section.save()
        html = client.get(section.get_absolute_url()).content.decode()
        assert html.count('href="https://example.org/a"') == 1

    def test_it_renders_statistics_as_accessible_tables(self, client, section):
        stat(section, label="Gadgets", printed="1,234", value=1234, order=1)
        stat(section, label="Gadgets", measure="msrp", printed="$5,000", value=5000, order=2)
        stat(section, label="Gizmos", printed="766", value=766, order=3)
        stat(section, label="Gizmos", measure="msrp", printed="$1,000", value=1000, order=4)
        stat(section, label="Total", printed="2,000", value=2000, order=5, is_total=True)
        html = client.get(section.get_absolute_url()).content.decode()
        assert '<caption class="visually-hidden">Number of Seizure Lines by Widget, FY 2099</caption>' in html
        assert '<th scope="col">Product</th><th scope="col">Seizure lines</th><th scope="col">MSRP (USD)</th>' in html
        assert '<th scope="row">Gadgets</th><td>1,234</td><td>$5,000</td>' in html
        # A figure the report does not print is said so, not left blank.
        assert '<tr class="total"><th scope="row">Total</th><td>2,000</td><td><span aria-hidden="true">–</span><span class="visually-hidden">not printed</span></td>' in html

    def test_it_keeps_the_table_title_outside_the_scrolling_box(self, client, section):
        # A long title inside the scrolling table was clipped on a narrow screen.
        stat(section, label="Gadgets", printed="1,234", order=1)
        stat(section, label="Gizmos", printed="766", order=2)
        html = client.get(section.get_absolute_url()).content.decode()
        figure = tables_in(html)[0]
        title = figure.index('<figcaption id="table-1-title" class="stats-title">Number of Seizure Lines by Widget, FY 2099</figcaption>')
        assert title < figure.index('<div class="table-scroll" role="region" aria-labelledby="table-1-title"')

    def test_it_draws_a_chart_next_to_each_table(self, client, section):
        stat(section, label="Gadgets", printed="1,234", value=1234, order=1)
        stat(section, label="Gizmos", printed="766", value=766, order=2)
        stat(section, label="Total", printed="2,000", value=2000, order=3, is_total=True)
        html = client.get(section.get_absolute_url()).content.decode()
        svg = re.search(r"<svg.*?</svg>", tables_in(html)[0], re.S).group(0)
        assert 'role="img"' in svg and "<title" in svg
        assert "<desc" in svg and "Gadgets: 1,234; Gizmos: 766" in svg
        assert svg.count('<rect class="bar') == 2  # no bar for the total
        assert "<table" in tables_in(html)[0]  # the numbers stay as a table

    def test_it_uses_years_as_columns_when_a_table_spans_years(self, client, section):
        stat(section, label="Seizures", fiscal_year=2098, printed="10", order=1)
        stat(section, label="Seizures", fiscal_year=2099, printed="20", order=1)
        html = client.get(section.get_absolute_url()).content.decode()
        assert '<th scope="col">FY 2099</th><th scope="col">FY 2098</th>' in html
        assert '<th scope="row">Seizures</th><td>20</td><td>10</td>' in html

    def test_it_hides_unpublished_statistics(self, client, section):
        stat(section, label="Secret row", printed="99", published=False)
        assert "Secret row" not in client.get(section.get_absolute_url()).content.decode()

    def test_it_escapes_staff_edited_text(self, client, section):
        section.body = "<script>alert(1)</script> and <b>bold</b>"
        section.save()
        html = client.get(section.get_absolute_url()).content.decode()
        assert "<script>alert(1)" not in html
        assert "&lt;script&gt;" in html

    def test_it_handles_unpublished_section_with_404(self, client, section):
        section.published = False
        section.save()
        assert client.get(section.get_absolute_url()).status_code == 404

    def test_it_handles_unknown_section_with_404(self, client):
        assert client.get("/report/no-such-section/").status_code == 404
        assert client.get("/report/2021/no-such-section/").status_code == 404
        assert client.get("/report/1999/").status_code == 404

    def test_it_renders_every_shipped_section(self, client, loaded):
        for section in Section.objects.filter(published=True).select_related("report"):
            assert client.get(section.get_absolute_url()).status_code == 200, section.slug


@pytest.mark.django_db
class TestShippedTables:
    """The shipped report's tables, each as the report prints it."""

    def test_it_prints_each_years_table_on_its_own(self, client, loaded):
        html = client.get("/report/2021/number-of-seizures/").content.decode()
        figures = tables_in(html)
        titles = [re.search(r'class="stats-title">(.*?)<', f).group(1) for f in figures]
        assert titles == ["Number of Seizure Lines by Product – FY 2021", "Number of Seizure Lines by Product – FY 2020"]
        # "All Other Commodities" is FY 2021's row, "All Other Products" FY 2020's: no half-empty rows.
        assert "All Other Commodities" in figures[0] and "All Other Products" not in figures[0]
        assert "All Other Products" in figures[1] and "All Other Commodities" not in figures[1]

    def test_it_prints_no_empty_cell_and_no_total_of_dashes(self, client, loaded):
        for section in Section.objects.filter(statistics__isnull=False).distinct().select_related("report"):
            html = client.get(section.get_absolute_url()).content.decode()
            assert "not printed" not in html, section.slug
            assert not re.search(r"Grand Total</th><td><span aria-hidden", html), section.slug

    def test_it_prints_the_seizure_line_count_under_the_msrp_table(self, client, loaded):
        html = client.get("/report/2021/products-seized-by-msrp/").content.decode()
        first = tables_in(html)[0]
        assert '<p class="table-extra">Number of Seizure Lines: <strong>102,490</strong></p>' in first
        assert '<th scope="row">Number of Seizure Lines</th>' not in first

    def test_every_shipped_table_has_a_chart(self, client, loaded):
        count = 0
        for section in Section.objects.filter(statistics__isnull=False).distinct().select_related("report"):
            for figure in tables_in(client.get(section.get_absolute_url()).content.decode()):
                assert '<svg class="chart' in figure and 'role="img"' in figure, section.slug
                count += 1
        assert count == 15  # the report prints 15 tables

    def test_a_trend_table_draws_years_oldest_first(self, client, loaded):
        html = client.get("/report/2021/intellectual-property-rights-e-allegations/").content.decode()
        desc = re.search(r"<desc[^>]*>(.*?)</desc>", html).group(1)
        assert desc == "FY 2018: 324; FY 2019: 264; FY 2020: 360; FY 2021: 407"


@pytest.mark.django_db
class TestEveryYear:
    """Two reports side by side: pages per report, old addresses to the newest one."""

    def test_each_report_keeps_its_sections(self, client, next_year):
        assert Report.objects.get(fiscal_year=2021).sections.filter(published=True).count() == 32
        assert next_year.sections.filter(published=True).count() == 32
        assert client.get("/report/2021/executive-summary/").status_code == 200
        html = client.get("/report/2022/executive-summary/").content.decode()
        assert "FY 2022 was another successful year" in html
        assert 'href="/report/2021/executive-summary/">the FY 2021 report</a>' in html

    def test_old_addresses_go_to_the_newest_report(self, client, loaded):
        response = client.get("/report/executive-summary/")
        assert response.status_code == 302 and response["Location"] == "/report/2021/executive-summary/"
        load_report_text(next_year_text(), "fy2022.txt")
        response = client.get("/report/executive-summary/")
        assert response.status_code == 302 and response["Location"] == "/report/2022/executive-summary/"

    def test_the_index_shows_the_newest_report_and_lists_every_year(self, client, next_year):
        html = client.get("/report/").content.decode()
        assert "<h1>Intellectual Property Rights Seizure Statistics, Fiscal Year 2022</h1>" in html
        assert 'href="/report/2022/executive-summary/"' in html and 'href="/report/2021/executive-summary/"' not in html
        assert 'href="/report/2021/">Intellectual Property Rights Seizure Statistics, Fiscal Year 2021</a>' in html
        older = client.get("/report/2021/").content.decode()
        assert 'href="/report/2021/executive-summary/"' in older

    def test_the_newer_reports_tables_print_its_own_years(self, client, next_year):
        html = client.get("/report/2022/number-of-seizures/").content.decode()
        titles = re.findall(r'class="stats-title">(.*?)<', html)
        assert titles == ["Number of Seizure Lines by Product – FY 2022", "Number of Seizure Lines by Product – FY 2021"]


@pytest.mark.django_db
class TestIndexes:
    """/report/ and /faq/ list what is published, nothing else."""

    def test_it_lists_published_sections_only(self, client, section, report):
        Section.objects.create(report=report, title="Hidden bit", slug="t-hidden", body="x", published=False)
        html = client.get("/report/").content.decode()
        assert 'href="/report/2099/t-widgets/"' in html
        assert "Hidden bit" not in html

    def test_it_lists_published_faqs_only(self, client, faq):
        FAQ.objects.create(key="t-hidden", question="A hidden question?", answer="x", published=False)
        html = client.get("/faq/").content.decode()
        assert f'href="/faq/{faq.pk}/"' in html
        assert "A hidden question?" not in html


@pytest.mark.django_db
class TestFaq:
    """/faq/<id>/: the answer through the markup allowlist, contacts through /go/, sources, review date."""

    def test_it_renders_markup_and_contacts(self, client, faq):
        html = client.get(faq.get_absolute_url()).content.decode()
        assert "<strong>care</strong>" in html
        assert '<a href="https://eallegations.cbp.gov/s/" rel="noopener noreferrer">the form</a>' in html
        assert "<li>first step</li>" in html
        assert 'href="/go/t-allege/"' in html
        assert 'href="/report/2099/t-widgets/"' in html

    def test_it_shows_its_sources_and_review_date(self, client, faq):
        import datetime

        FAQSource.objects.create(faq=faq, title="19 CFR 148.55 (eCFR)", url="https://www.ecfr.gov/current/title-19/section-148.55", order=10)
        FAQSource.objects.create(faq=faq, title="The report: widgets", url="/report/2099/t-widgets/", order=20)
        faq.reviewed = datetime.date(2026, 11, 30)
        faq.save()
        html = client.get(faq.get_absolute_url()).content.decode()
        sources = html.split('id="sources-heading"')[1].split("</ul>")[0]
        assert '<a href="https://www.ecfr.gov/current/title-19/section-148.55" rel="noopener noreferrer">19 CFR 148.55 (eCFR)</a>' in sources
        assert '<a href="/report/2099/t-widgets/">The report: widgets</a>' in sources
        assert sources.index("19 CFR") < sources.index("The report")
        assert 'Last reviewed <time datetime="2026-11-30">November 30, 2026</time>' in html

    def test_it_neutralises_hostile_answers(self, client, faq):
        faq.answer = (
            '<script>alert(1)</script> <img src=x onerror="alert(2)"> '
            "[click](javascript:alert(3)) [data](data:text/html,hi) **<svg onload=alert(4)>**"
        )
        faq.save()
        html = client.get(faq.get_absolute_url()).content.decode()
        answer = html.split('<div class="answer">')[1].split("</div>")[0]
        assert "<script" not in answer and "<img" not in answer and "<svg" not in answer
        assert 'href="javascript' not in answer and 'href="data' not in answer
        assert "&lt;script&gt;" in answer  # shown as text, not dropped
        assert "[click](javascript:alert(3))" in answer

    def test_it_leaves_out_unpublished_contacts(self, client, faq, contact):
        contact.published = False
        contact.save()
        assert "/go/t-allege/" not in client.get(faq.get_absolute_url()).content.decode()

    def test_it_handles_unpublished_faq_with_404(self, client, faq):
        faq.published = False
        faq.save()
        assert client.get(faq.get_absolute_url()).status_code == 404

    def test_it_handles_unknown_faq_with_404(self, client):
        assert client.get("/faq/999999999/").status_code == 404

    def test_it_renders_every_shipped_faq_with_its_sources(self, client, loaded):
        for faq in FAQ.objects.filter(published=True):
            html = client.get(faq.get_absolute_url()).content.decode()
            assert 'id="sources-heading"' in html and "Last reviewed" in html, faq.key
