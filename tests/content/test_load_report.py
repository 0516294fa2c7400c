"""Loading the report: idempotent, keeps staff edits, unpublishes, refuses bad input whole."""
import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError

from content.models import Report, Section, Statistic
from content.services import ContentError, load_report_file, load_report_text

from .conftest import REPORT

pytestmark = pytest.mark.django_db


def snapshot() -> dict:
    """Everything a refused load must leave untouched."""
    report = Report.objects.get()
    return {
        "sections": list(Section.objects.values_list("slug", "body", "published").order_by("slug")),
        "statistics": Statistic.objects.filter(published=True).count(),
        "history": (
            Section.history.count(),
            Statistic.history.count(),
            Report.history.count(),
        ),
        "report": (report.checksum, report.loaded_at, report.source),
    }


# --- the shipped report, loaded once for the session ---------------------------


def test_it_loaded_the_shipped_report(loaded):
    report = Report.objects.get()
    assert report.fiscal_year == 2021
    assert len(report.checksum) == 64 and report.loaded_at is not None
    assert Section.objects.filter(published=True).count() >= 30
    assert Statistic.objects.filter(published=True).count() >= 300
    cell = Statistic.objects.get(table_slug="msrp-by-product", fiscal_year=2021, label="Handbags/Wallets", measure="msrp")
    assert cell.printed == "$972,495,390"
    assert cell.section.slug == "products-seized-by-msrp"
    assert not cell.edited_by_staff


def test_it_changes_nothing_when_run_twice(loaded):
    before = snapshot()
    result = load_report_file(REPORT)
    assert not result.changed
    assert result.sections.unchanged == Section.objects.count()
    assert result.statistics.unchanged == Statistic.objects.count()
    assert snapshot() == before  # no new history rows either


def test_the_command_prints_progress(loaded, capsys):
    call_command("load_report", str(REPORT))
    out = capsys.readouterr().out
    assert "sections: 0 created, 0 updated, 0 kept (staff-edited), 0 unpublished" in out


# --- staff edits ---------------------------------------------------------------------


def test_it_keeps_a_section_staff_edited(loaded):
    section = Section.objects.get(slug="public-awareness-campaign")
    section.body = "Rewritten by staff."
    section.save()
    assert section.edited_by_staff
    result = load_report_file(REPORT)
    section.refresh_from_db()
    assert section.body == "Rewritten by staff."
    assert result.sections.kept == 1


def test_it_keeps_a_statistic_a_signed_in_user_changed(loaded):
    # A note is not a loaded field, but the history says a person edited the row.
    user = get_user_model().objects.create_user("editor", is_staff=True)
    cell = Statistic.objects.get(table_slug="covid-19-seizure-totals", label="Masks", measure="quantity")
    cell.note = "Counted at the border."
    cell._history_user = user
    cell.save()
    load_report_file(REPORT)
    cell.refresh_from_db()
    assert cell.note == "Counted at the border."


# --- things disappearing from the source -----------------------------------------------


def without(text: str, start: str, end: str) -> str:
    a = text.index(start)
    return text[:a] + text[text.index(end, a):]


def test_it_unpublishes_instead_of_deleting(loaded, report_text):
    total = Section.objects.count()
    shorter = without(report_text, "Public Awareness Campaign\n", "Asia Pacific Economic Cooperation\n")
    shorter = without(shorter, "FY 2021 Overall COVID- 19", " Operational and")
    result = load_report_text(shorter, str(REPORT))
    assert result.sections.unpublished == 1
    assert Section.objects.count() == total
    assert not Section.objects.get(slug="public-awareness-campaign").published
    assert not Statistic.objects.filter(table_slug="covid-19-seizure-totals", published=True).exists()
    assert Statistic.objects.filter(table_slug="covid-19-seizure-totals").count() == 22
    # Back in the source: published again.
    load_report_file(REPORT)
    assert Section.objects.get(slug="public-awareness-campaign").published
    assert Statistic.objects.filter(table_slug="covid-19-seizure-totals", published=True).count() == 22


def test_it_leaves_a_staff_unpublished_section_unpublished(loaded):
    user = get_user_model().objects.create_user("editor2", is_staff=True)
    section = Section.objects.get(slug="asia-pacific-economic-cooperation")
    section.published = False
    section._history_user = user
    section.save()
    load_report_file(REPORT)
    section.refresh_from_db()
    assert not section.published


# --- refusals: a clear reason and nothing changed ----------------------------------------


@pytest.mark.parametrize(
    "data,reason",
    [
        (b"", "empty"),
        (b"   \n\n  \n", "empty"),
        (b"Executive Summary\x00\x01\x02 binary", "binary"),
        (b"Executive Summary \xff\xfe caf\xe9", "not UTF-8"),
        ("\u2591\u2592\u2593 ".encode() * 500, "garbled"),
        ("\x07\x08\x0b\x0e".encode() * 500, "garbled"),
        (b"Just a note about something else entirely.\n", "no report sections"),
    ],
)
def test_it_refuses_bad_files_and_changes_nothing(loaded, tmp_path, data, reason):
    before = snapshot()
    path = tmp_path / "report.txt"
    path.write_bytes(data)
    with pytest.raises(ContentError, match=reason):
        load_report_file(path)
    assert snapshot() == before


def test_it_refuses_a_missing_file(loaded, tmp_path):
    with pytest.raises(ContentError, match="no such file"):
        load_report_file(tmp_path / "nowhere.txt")


def test_it_refuses_a_truncated_file_and_changes_nothing(loaded, report_text):
    before = snapshot()
    cut = report_text[: len(report_text) // 4]
    with pytest.raises(ContentError, match="truncated"):
        load_report_text(cut, "https://example.org/report.txt")
    assert snapshot() == before


def test_it_refuses_text_with_the_tables_missing(loaded, report_text):
    before = snapshot()
    cut = report_text[: report_text.index(" Number of Seizures")]
    with pytest.raises(ContentError, match="tables"):
        load_report_text(cut, "cut.txt")
    assert snapshot() == before


def test_it_accepts_bytes_and_records_the_checksum(loaded):
    data = REPORT.read_bytes()
    result = load_report_text(data, "https://example.org/ipr.txt", checksum="a" * 64)
    result.report.refresh_from_db()
    assert result.report.checksum == "a" * 64
    assert result.report.source == "https://example.org/ipr.txt"


def test_the_command_fails_with_the_reason(loaded, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    with pytest.raises(CommandError, match="refused: .*empty"):
        call_command("load_report", str(empty))
    with pytest.raises(CommandError, match="no such file"):
        call_command("load_report", str(tmp_path / "missing.txt"))


@pytest.mark.parametrize("text,reason", [("", "empty"), ("Executive Summary\x00 text", "binary"), ("\x01\x02\x03" * 300, "garbled")])
def test_it_refuses_bad_text_given_directly(loaded, text, reason):
    before = snapshot()
    with pytest.raises(ContentError, match=reason):
        load_report_text(text, "https://example.org/report.txt")
    assert snapshot() == before
