"""Test material built from the shipped FY 2021 report: next year's text, and a PDF.

Used by the content tests and, for answering across reports, by the assistant's:

    from content.testing import shipped_report_text, next_year_text, report_pdf
    text = next_year_text()            # the FY 2021 text, every fiscal year moved on by one
    pdf = report_pdf(shipped_report_text())   # bytes of a PDF that prints that text

Nothing here runs in production. `report_pdf` needs reportlab (a test dependency)
and the DejaVu Sans font (Debian's fonts-dejavu-core, which scripts/test installs).
"""
import re
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"
FY2021_FILE = DATA_DIR / "cbp-ipr-seizure-statistics-fy2021.txt"

# Debian's fonts-dejavu-core; the first that exists is used.
FONT_PATHS = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "/usr/local/share/fonts/DejaVuSans.ttf",
)


@lru_cache(maxsize=1)
def shipped_report_text() -> str:
    """The shipped FY 2021 report text."""
    return FY2021_FILE.read_text(encoding="utf-8")


_FY = re.compile(r"\b(FY ?|Fiscal Year )((?:19|20)\d\d)\b")
_FY_SHORT = re.compile(r"\bFY(\d\d)\b")
_AS_OF = re.compile(r"\b(As of \d{1,2}/\d{1,2}/)(20\d\d)\b", re.I)
# Rows of the e-Allegations table: "2021 407 1,743".
_YEAR_ROW = re.compile(r"^(\s*)((?:19|20)\d\d)(\s+\d[\d,]*\s+\d[\d,]*\s*)$", re.M)


def shift_fiscal_years(text: str, years: int = 1) -> str:
    """The text with every fiscal year moved on by `years`.

    "FY 2021" -> "FY 2022", "FY 2020" -> "FY 2021", "FY21" -> "FY22", "Fiscal Year
    2021", the e-Allegations table's year rows and the COVID-19 table's "As of
    10/1/2021". Calendar dates in prose ("April 7, 2021") are left alone: they are
    not fiscal years.
    """
    text = _FY.sub(lambda m: f"{m.group(1)}{int(m.group(2)) + years}", text)
    text = _FY_SHORT.sub(lambda m: f"FY{(int(m.group(1)) + years) % 100:02d}", text)
    text = _AS_OF.sub(lambda m: f"{m.group(1)}{int(m.group(2)) + years}", text)
    return _YEAR_ROW.sub(lambda m: f"{m.group(1)}{int(m.group(2)) + years}{m.group(3)}", text)


def next_year_text(years: int = 1) -> str:
    """"Next year's report": the FY 2021 text with every fiscal year moved on by one.

    Same sections and same figures, printed for FY 2022 (its FY 2021 columns carry
    what the real report prints for FY 2020, so the two reports print FY 2021
    differently, as real reports sometimes do after revisions).
    """
    return shift_fiscal_years(shipped_report_text(), years)


def font_path() -> str | None:
    return next((p for p in FONT_PATHS if Path(p).is_file()), None)


def report_pdf(text: str, lines_per_page: int = 64) -> bytes:
    """A PDF that prints `text` line by line, as CBP's PDF prints its report.

    Each source line is one printed line; a blank line is a vertical gap, so a PDF
    extractor sees the same text boxes; pages break at a gap once a page is full.
    Leading spaces are printed (the parser reads a single one as a page start).
    A Unicode TrueType font (DejaVu Sans) keeps ’ – § ■ ❱ extractable.
    """
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    import io

    path = font_path()
    if path is None:
        raise RuntimeError("DejaVu Sans not found: apt-get install fonts-dejavu-core")
    pdfmetrics.registerFont(TTFont("ReportSans", path))
    size, leading, margin = 9, 11, 40
    # A PDF positions text; it has no tab characters. The parser reads a tab as a space.
    rows = text.replace("\r\n", "\n").replace("\t", " ").split("\n")
    width = max(pdfmetrics.stringWidth(r, "ReportSans", size) for r in rows) + 2 * margin
    height = lines_per_page * leading + 2 * margin
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=(width, height), invariant=1, pageCompression=1)
    pdf.setTitle("Intellectual Property Rights Seizure Statistics (test copy)")
    # Boxes: runs of printed lines, each after its number of blank lines.
    boxes: list[tuple[int, list[str]]] = []
    gap = 0
    for row in rows:
        if not row.strip():
            gap += 1
            continue
        if gap or not boxes:
            boxes.append((gap, []))
        boxes[-1][1].append(row)
        gap = 0
    y, used = height - margin, 0
    for gap, box in boxes:
        fits = used + gap + len(box) <= lines_per_page
        if used and not fits and len(box) <= lines_per_page:
            pdf.showPage()  # a box starts on the next page rather than breaking
            y, used = height - margin, 0
        elif used:
            y, used = y - gap * leading, used + gap
        for row in box:
            if used >= lines_per_page:  # a box longer than a page
                pdf.showPage()
                y, used = height - margin, 0
            pdf.setFont("ReportSans", size)
            pdf.drawString(margin, y, row)
            y, used = y - leading, used + 1
    pdf.showPage()
    pdf.save()
    return out.getvalue()
