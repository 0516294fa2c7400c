"""Refreshing a report from its source (a local HTTP server on 127.0.0.1, or a path).

Base cases: unchanged source is skipped by checksum, a changed one is loaded,
truncated or garbled text is refused with nothing changed and the reason
recorded, and a source that can't be read (404, missing file, too big, too
slow, odd scheme) is recorded as failed. Staff edits survive a refresh.
"""
import hashlib
import time
from pathlib import Path

import pytest

from content import refresh
from content.models import Report, Section, Statistic
from content.tasks import refresh_report

REPORT = Path(__file__).resolve().parents[2] / "content" / "data" / "cbp-ipr-seizure-statistics-fy2021.txt"
SHIPPED = REPORT.read_bytes()
CHANGED = SHIPPED.replace(b"CBP continued the Truth Behind Counterfeits", b"CBP relaunched the Truth Behind Counterfeits", 1)


@pytest.fixture
def report(loaded, http_server):
    """The shipped report, pointed at the local server."""
    report = Report.objects.get()
    report.source = http_server.url + "/report.txt"
    report.save()
    return report


def serve(http_server, body: bytes) -> None:
    http_server.routes["/report.txt"] = (200, {"Content-Type": "text/plain; charset=utf-8"}, body)


def snapshot() -> tuple:
    return (
        list(Section.objects.order_by("pk").values_list("slug", "body", "published")),
        list(Statistic.objects.order_by("pk").values_list("label", "value", "published")),
    )


def test_it_skips_an_unchanged_source(report, http_server):
    serve(http_server, SHIPPED)
    report.checksum = hashlib.sha256(SHIPPED).hexdigest()
    report.save()
    before = snapshot()
    assert refresh.refresh(report) == "unchanged"
    report.refresh_from_db()
    assert report.refresh_status == "unchanged" and report.refreshed_at is not None
    assert snapshot() == before
    assert http_server.hits == [("GET", "/report.txt")]


def test_it_loads_a_changed_source(report, http_server):
    assert CHANGED != SHIPPED
    serve(http_server, CHANGED)
    assert refresh_report.apply(args=[report.pk]).get() == "loaded"
    report.refresh_from_db()
    assert report.refresh_status == "loaded" and report.refresh_message == ""
    assert report.checksum == hashlib.sha256(CHANGED).hexdigest()
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
    checksum, before = report.checksum, snapshot()
    assert refresh.refresh(report) == "refused"
    report.refresh_from_db()
    assert report.refresh_status == "refused"
    assert reason.lower() in report.refresh_message.lower()
    assert report.checksum == checksum
    assert snapshot() == before


def test_it_records_an_http_error(report, http_server):
    http_server.routes["/report.txt"] = (404, {}, b"gone")
    assert refresh.refresh(report) == "failed"
    report.refresh_from_db()
    assert "HTTP 404" in report.refresh_message


def test_it_records_a_missing_file(report, tmp_path):
    report.source = str(tmp_path / "nowhere.txt")
    assert refresh.refresh(report) == "failed"
    assert "does not exist" in Report.objects.get().refresh_message


def test_it_reads_a_file_path(report, tmp_path):
    path = tmp_path / "report.txt"
    path.write_bytes(CHANGED)
    report.source = str(path)
    assert refresh.refresh(report) == "loaded"


def test_it_refuses_an_unknown_scheme(report):
    report.source = "ftp://example.gov/report.txt"
    assert refresh.refresh(report) == "failed"
    assert "unsupported" in Report.objects.get().refresh_message


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

    report.source = f"http://127.0.0.1:{free_port()}/report.txt"
    assert refresh.refresh(report) == "failed"
    assert "cannot reach" in Report.objects.get().refresh_message
