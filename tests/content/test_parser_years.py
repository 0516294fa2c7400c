"""The parser reads any year's report, from text or from a PDF (pure: no database)."""
import pytest

from content.parsing import parse_report, report_year
from content.parsing.layout import masked
from content.pdf import is_pdf, pdf_text, report_text
from content.reading import ContentError
from content.testing import font_path, next_year_text, report_pdf, shift_fiscal_years

needs_font = pytest.mark.skipif(font_path() is None, reason="DejaVu Sans is not installed (apt-get install fonts-dejavu-core)")


def cells(parsed, shift: int = 0) -> list[tuple]:
    return [(c.table_slug, c.table, c.fiscal_year + shift, c.label, c.measure, c.value, c.printed, c.is_total, c.section) for c in parsed.statistics]


def test_it_finds_the_year_a_report_is_about(report_text):
    assert report_year(report_text) == 2021
    assert report_year(next_year_text()) == 2022
    assert report_year("no year here") == 0


def test_titles_match_whatever_year_they_print():
    assert masked("Number of Seizure Lines by Product –  FY 2022") == masked("number of seizure lines by product - fy 2021")
    assert masked("FY 2021 Overall COVID- 19 Related") != masked("FY 2021 Overall COVID- 20 Related")


def test_next_years_text_moves_fiscal_years_only(report_text):
    moved = shift_fiscal_years("FY 2021 was a year; FY21 and Fiscal Year 2020.\n2018 324 1,162\nAs of 10/1/2021\nApril 7, 2021")
    assert moved == "FY 2022 was a year; FY22 and Fiscal Year 2021.\n2019 324 1,162\nAs of 10/1/2022\nApril 7, 2021"


def test_it_reads_next_years_report_whole(parsed):
    following = parse_report(next_year_text())
    assert following.fiscal_year == 2022
    assert following.title == "Intellectual Property Rights Seizure Statistics, Fiscal Year 2022"
    assert [(s.slug, s.title) for s in following.sections] == [(s.slug, s.title) for s in parsed.sections]
    renamed = [(slug, name.replace("2021", "2022").replace("2020", "2021"), *rest) for slug, name, *rest in cells(parsed, 1)]
    assert cells(following) == renamed
    assert len(following.statistics) == 354


@needs_font
def test_a_pdf_of_the_report_parses_as_its_text(report_text, parsed):
    pdf = report_pdf(report_text)
    assert is_pdf(pdf) and not is_pdf(report_text.encode())
    from_pdf = parse_report(report_text_of(pdf))
    assert cells(from_pdf) == cells(parsed)
    assert [(s.slug, s.body, s.footnotes, s.audience) for s in from_pdf.sections] == [
        (s.slug, s.body, s.footnotes, s.audience) for s in parsed.sections
    ]


def report_text_of(pdf: bytes) -> str:
    return report_text(pdf, "report.pdf")


def test_it_refuses_a_damaged_pdf():
    with pytest.raises(ContentError, match="not a readable PDF"):
        pdf_text(b"%PDF-1.7\n" + b"\x8f\x90garbage" * 100, "fy2022.pdf")


def test_it_refuses_a_pdf_without_text():
    from reportlab.pdfgen import canvas
    import io

    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.rect(100, 100, 200, 200, fill=1)  # a picture of a page, no text
    page.showPage()
    page.save()
    with pytest.raises(ContentError, match="no text to extract"):
        pdf_text(out.getvalue(), "scan.pdf")


def test_it_refuses_a_password_protected_pdf():
    from reportlab.pdfgen import canvas
    import io

    out = io.BytesIO()
    page = canvas.Canvas(out, encrypt="secret")
    page.drawString(100, 700, "Executive Summary")
    page.showPage()
    page.save()
    with pytest.raises(ContentError, match="password-protected"):
        pdf_text(out.getvalue(), "locked.pdf")
