"""Report sources as CBP publishes them: a PDF, or its text.

A PDF's text is extracted with pdfminer.six and its default layout analysis: it
groups a page's lines into text boxes and separates boxes with a blank line,
keeps each printed line a line, and keeps a line's leading space. The parser
(content/parsing) reads exactly that shape: blank lines end paragraphs and
tables, and a single leading space marks a page or box start. poppler's
`pdftotext` joins boxes differently (see docs/content.md), so pdfminer it is.
"""
import io
import logging

from content.reading import ContentError, check_text, decode

log = logging.getLogger(__name__)

PDF_MAGIC = b"%PDF-"
# A real report is a few dozen pages; more than this is not the report.
MAX_PAGES = 400


def is_pdf(data: bytes) -> bool:
    # The header may follow a little junk (some servers prepend a BOM or whitespace).
    return PDF_MAGIC in data[:1024]


def pdf_text(data: bytes, name: str = "the PDF") -> str:
    """The text of a PDF, as the parser expects it. Raises ContentError with the reason."""
    from pdfminer.high_level import extract_text
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfminer.psparser import PSException

    try:
        text = extract_text(io.BytesIO(data), maxpages=MAX_PAGES)
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise ContentError(f"{name} is a password-protected PDF: its text cannot be read") from None
    except (PDFSyntaxError, PSException) as exc:
        raise ContentError(f"{name} is not a readable PDF ({exc or type(exc).__name__})") from None
    except Exception as exc:  # pdfminer raises plain errors on damaged files too
        log.warning("PDF extraction of %s failed: %r", name, exc)
        raise ContentError(f"{name} is not a readable PDF ({type(exc).__name__}: {exc})"[:300]) from None
    # Glyphs without a Unicode mapping come out as NUL; they are not "binary" text.
    text = text.replace("\x00", " ")
    if not text.strip():
        raise ContentError(f"{name} is a PDF with no text to extract (a scanned image?)")
    return text


def report_text(data: bytes, name: str = "the report") -> str:
    """Text of a report source: a PDF's extracted text, else the bytes as UTF-8 text."""
    if is_pdf(data):
        text = pdf_text(data, name)
        check_text(text, name)
        return text
    return decode(data, name=name)
