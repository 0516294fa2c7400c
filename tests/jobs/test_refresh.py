"""Refreshing a report from its source (a local HTTP server on 127.0.0.1, or a path).

Base cases: unchanged source is skipped by checksum, a changed one is loaded,
truncated or garbled text is refused with nothing changed and the reason
recorded, and a source that can't be read (404, missing file, too big, too
slow, odd scheme) is recorded as failed. Staff edits survive a refresh.
Every year's report: a PDF as CBP publishes it loads with the same figures as
the text, next year's source loads next to this year's without changing it, and
a new year the parser cannot read whole (or of the wrong year) is refused.
"""
import hashlib
import time
from pathlib import Path

import pytest

from content import refresh
from content.models import Report, ReportSource, Section, Statistic
from content.tasks import refresh_reports, refresh_source
from content.testing import next_year_text, report_pdf

REPORT = Path(__file__).resolve().parents[2] / "content" / "data" / "cbp-ipr-seizure-statistics-fy2021.txt"
SHIPPED = REPORT.read_bytes()
CHANGED = SHIPPED.replace(b"CBP continued the Truth Behind Counterfeits", b"CBP relaunched the Truth Behind Counterfeits", 1)


@pytest.fixture
def report(loaded, http_server):
    """The shipped report's source, pointed at the local server."""
    source = ReportSource.objects.get(fiscal_year=2021)
    source.url = http_server.url + "/report.txt"
    source.save()
    return source


def serve(http_server, body: bytes) -> None:
    http_server.routes["/report.txt"] = (200, {"Content-Type": "text/plain; charset=utf-8"}, body)


def snapshot() -> tuple:
    return (
        list(Section.objects.order_by("pk").values_list("slug", "body", "published")),
        list(Statistic.objects.order_by("pk").values_list("label", "value", "published")),
    )


def test_it_skips_an_unchanged_source(report, http_server):
    serve(http_server, SHIPPED)
    assert Report.objects.get(fiscal_year=2021).checksum == hashlib.sha256(SHIPPED).hexdigest()
    before = snapshot()
    assert refresh.refresh(report) == "unchanged"
    report.refresh_from_db()
    assert report.refresh_status == "unchanged" and report.refreshed_at is not None
    assert snapshot() == before
    assert http_server.hits == [("GET", "/report.txt")]


def test_it_loads_a_changed_source(report, http_server):
    assert CHANGED != SHIPPED
    serve(http_server, CHANGED)
    assert refresh_source.apply(args=[report.pk]).get() == "loaded"
    report.refresh_from_db()
    assert report.refresh_status == "loaded" and "sections: 0 created, 1 updated" in report.refresh_message
    assert Report.objects.get(fiscal_year=2021).checksum == hashlib.sha256(CHANGED).hexdigest()
    assert "CBP relaunched the Truth Behind Counterfeits" in Section.objects.get(slug="public-awareness-campaign").body


def test_it_keeps_staff_edits_on_refresh(report, http_server):
    section = Section.objects.get(slug="public-awareness-campaign")
    section.body = "Edited by staff."
    section.save()
    serve(http_server, CHANGED)
    assert refresh.refresh(report) == "loaded"
    assert Section.objects.get(slug="public-awareness-campaign").body == "Edited by staff."


@pytest.mark.parametrize(
    "body, reason",
    [
        (SHIPPED[: len(SHIPPED) // 6], "truncated"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 40, "binary"),
        ("Rapport saisi".encode("utf-16"), "binary"),  # UTF-16 is full of NUL bytes
        (SHIPPED[:5000] + b"\xff\xfe\xfa" + SHIPPED[5000:], "UTF-8"),
        (b"", "empty"),
    ],
    ids=["truncated", "binary", "utf16", "invalid-utf8", "empty"],
)
def test_it_refuses_bad_text_and_changes_nothing(report, http_server, body, reason):
    serve(http_server, body)
    checksum, before = Report.objects.get().checksum, snapshot()
    assert refresh.refresh(report) == "refused"
    report.refresh_from_db()
    assert report.refresh_status == "refused"
    assert reason.lower() in report.refresh_message.lower()
    assert Report.objects.get().checksum == checksum
    assert snapshot() == before


def test_it_records_an_http_error(report, http_server):
    http_server.routes["/report.txt"] = (404, {}, b"gone")
    assert refresh.refresh(report) == "failed"
    report.refresh_from_db()
    assert "HTTP 404" in report.refresh_message


def test_it_records_a_missing_file(report, tmp_path):
    report.url = str(tmp_path / "nowhere.txt")
    assert refresh.refresh(report) == "failed"
    assert "does not exist" in ReportSource.objects.get().refresh_message


def test_it_reads_a_file_path(report, tmp_path):
    path = tmp_path / "report.txt"
    path.write_bytes(CHANGED)
    report.url = str(path)
    assert refresh.refresh(report) == "loaded"


def test_it_refuses_an_unknown_scheme(report):
    report.url = "ftp://example.gov/report.txt"
    assert refresh.refresh(report) == "failed"
    assert "unsupported" in ReportSource.objects.get().refresh_message


def test_it_caps_the_size(http_server):
    serve(http_server, b"x" * 5000)
    with pytest.raises(refresh.FetchError, match="limit"):
        refresh.fetch(http_server.url + "/report.txt", max_bytes=1000)


def test_it_caps_the_size_without_a_content_length(http_server):
    def stream(handler):
        handler.send_response(200)
        handler.end_headers()
        handler.wfile.write(b"x" * 5000)

    http_server.routes["/report.txt"] = (200, {}, stream)
    with pytest.raises(refresh.FetchError, match="limit"):
        refresh.fetch(http_server.url + "/report.txt", max_bytes=1000)


def test_it_times_out_on_a_server_that_hangs(http_server):
    def hang(handler):
        time.sleep(3)

    http_server.routes["/report.txt"] = (200, {}, hang)
    with pytest.raises(refresh.FetchError, match="timed out"):
        refresh.fetch(http_server.url + "/report.txt", timeout=0.5)


def test_it_gives_up_on_a_trickling_server(http_server):
    def trickle(handler):
        handler.send_response(200)
        handler.send_header("Content-Length", "1000")
        handler.end_headers()
        for _ in range(20):
            handler.wfile.write(b"x" * 10)
            handler.wfile.flush()
            time.sleep(0.1)

    http_server.routes["/report.txt"] = (200, {}, trickle)
    with pytest.raises(refresh.FetchError, match="took over"):
        refresh.fetch(http_server.url + "/report.txt", timeout=5, deadline=0.5)


def test_it_records_a_refused_connection(report):
    from tests.jobs.conftest import free_port

    report.url = f"http://127.0.0.1:{free_port()}/report.txt"
    assert refresh.refresh(report) == "failed"
    assert "cannot reach" in ReportSource.objects.get().refresh_message


# --- PDFs and every year's report ------------------------------------------------------


def cells(report: Report) -> list[tuple]:
    rows = Statistic.objects.filter(report=report, published=True).order_by("table_slug", "fiscal_year", "label", "measure")
    return list(rows.values_list("table_slug", "table", "fiscal_year", "label", "measure", "value", "printed", "is_total", "note"))


@pytest.fixture(scope="module")
def fy2021_pdf() -> bytes:
    from content.testing import font_path

    if font_path() is None:
        pytest.skip("DejaVu Sans is not installed (apt-get install fonts-dejavu-core; scripts/test does)")
    return report_pdf(SHIPPED.decode("utf-8"))


def test_it_loads_a_pdf_served_over_http_with_the_same_figures(report, http_server, fy2021_pdf):
    report_2021 = Report.objects.get(fiscal_year=2021)
    from_text = cells(report_2021)
    sections = list(Section.objects.filter(report=report_2021).order_by("order").values_list("slug", "title", "body", "footnotes"))
    http_server.routes["/report.pdf"] = (200, {"Content-Type": "application/pdf"}, fy2021_pdf)
    report.url = http_server.url + "/report.pdf"
    assert refresh.refresh(report) == "loaded", report.refresh_message
    assert Report.objects.get(fiscal_year=2021).checksum == hashlib.sha256(fy2021_pdf).hexdigest()
    assert len(from_text) == 354
    assert cells(report_2021) == from_text
    # The text too: pdfminer gives the parser the lines and boxes it reads.
    assert list(Section.objects.filter(report=report_2021).order_by("order").values_list("slug", "title", "body", "footnotes")) == sections
    assert "sections: 0 created, 0 updated" in ReportSource.objects.get(pk=report.pk).refresh_message


def test_it_loads_next_years_pdf_next_to_this_years(loaded, http_server):
    from content.testing import font_path

    if font_path() is None:
        pytest.skip("DejaVu Sans is not installed (apt-get install fonts-dejavu-core; scripts/test does)")
    before = snapshot()
    pdf = report_pdf(next_year_text())
    http_server.routes["/fy2022.pdf"] = (200, {"Content-Type": "application/pdf"}, pdf)
    source = ReportSource.objects.create(fiscal_year=2022, url=http_server.url + "/fy2022.pdf")
    assert refresh_source.apply(args=[source.pk]).get() == "loaded"
    source.refresh_from_db()
    assert source.refresh_status == "loaded", source.refresh_message
    fy2022 = Report.objects.get(fiscal_year=2022)
    assert fy2022.sections.count() == 32 and fy2022.statistics.count() == 354
    assert fy2022.statistics.get(table_slug="seizure-lines-by-product", fiscal_year=2022, label="Handbags/Wallets", measure="seizure_lines").printed == "28,331"
    # FY 2021 kept all it had.
    assert Report.objects.get(fiscal_year=2021).sections.count() == 32
    assert Statistic.objects.filter(report__fiscal_year=2021).count() == 354
    assert [row for row in snapshot()[0] if row[0] == "public-awareness-campaign"][0] == before[0][[r[0] for r in before[0]].index("public-awareness-campaign")]


def test_refresh_reports_queues_every_active_source(loaded, monkeypatch):
    sent = []
    monkeypatch.setattr(refresh_source, "delay", lambda source_id: sent.append(source_id))
    ReportSource.objects.create(fiscal_year=2022, url="https://example.gov/fy2022.pdf")
    ReportSource.objects.create(fiscal_year=2019, url="https://example.gov/fy2019.pdf", active=False)
    ids = refresh_reports.apply().get()
    assert sorted(sent) == sorted(ids) == sorted(ReportSource.objects.filter(active=True).values_list("pk", flat=True))
    assert len(ids) == 2


@pytest.mark.parametrize(
    "body, reason",
    [
        (next_year_text().encode()[: len(next_year_text().encode()) // 2], "could not be read whole"),
        (SHIPPED, "is the FY 2021 report, not FY 2022"),
        (b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF", "PDF"),
    ],
    ids=["half-of-next-year", "last-years-report", "broken-pdf"],
)
def test_it_refuses_a_new_year_it_cannot_read_whole(loaded, http_server, body, reason):
    before = snapshot()
    http_server.routes["/fy2022"] = (200, {}, body)
    source = ReportSource.objects.create(fiscal_year=2022, url=http_server.url + "/fy2022")
    assert refresh.refresh(source) == "refused"
    source.refresh_from_db()
    assert reason in source.refresh_message
    assert not Report.objects.filter(fiscal_year=2022).exists()
    assert snapshot() == before


def test_it_refuses_a_new_year_whose_tables_did_not_extract(loaded, http_server):
    text = next_year_text()
    # The statistics pages' tables lost (as when a PDF prints them as images).
    start = text.index("Number of Seizure Lines by Product")
    end = text.index("CBP IPR Points of Contact")
    kept = "\n".join(line for line in text[start:end].split("\n") if not any(ch.isdigit() for ch in line))
    http_server.routes["/fy2022.txt"] = (200, {}, (text[:start] + kept + text[end:]).encode())
    source = ReportSource.objects.create(fiscal_year=2022, url=http_server.url + "/fy2022.txt")
    assert refresh.refresh(source) == "refused"
    source.refresh_from_db()
    assert "no 'Number of Seizure Lines by Product – FY 2022' table" in source.refresh_message
    assert not Report.objects.filter(fiscal_year=2022).exists()
