"""Every year's report: loading next year's never changes this year's; each report
keeps its sections and statistics; a report of the wrong year or one the parser
cannot read whole is refused. Also: FAQ sources and review dates as loaded, the
admin for report sources and reviews, and who the history says made a change."""
import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import IntegrityError
from django.urls import reverse

from assistant import documents
from content.loaders import LOADER_USERNAME, load_faqs
from content.models import FAQ, FAQSource, Report, ReportSource, Section, Statistic
from content.services import DATA_DIR, ContentError, load_report_text
from content.testing import next_year_text, shipped_report_text

pytestmark = pytest.mark.django_db


def shape(year: int) -> tuple:
    report = Report.objects.get(fiscal_year=year)
    return (
        list(Section.objects.filter(report=report).order_by("order").values_list("slug", "body", "published")),
        list(Statistic.objects.filter(report=report).order_by("pk").values_list("table_slug", "fiscal_year", "label", "measure", "printed", "published")),
        (report.checksum, report.loaded_at, report.source),
    )


# --- loading next year's report -----------------------------------------------------------


def test_loading_next_years_report_leaves_this_years_alone(loaded):
    before = shape(2021)
    result = load_report_text(next_year_text(), "fy2022.txt")
    assert result.created and result.report.fiscal_year == 2022
    assert str(result.sections) == "32 created, 0 updated, 0 kept (staff-edited), 0 unpublished, 0 unchanged"
    assert str(result.statistics) == "354 created, 0 updated, 0 kept (staff-edited), 0 unpublished, 0 unchanged"
    assert shape(2021) == before  # all 32 sections and 354 cells stay with FY 2021


def test_each_report_keeps_its_own_figures_for_the_same_year(loaded):
    load_report_text(next_year_text(), "fy2022.txt")
    # Both print FY 2021 seizure lines by product, differently (the copy moved FY 2020's figures on a year).
    cells = Statistic.objects.filter(table_slug="seizure-lines-by-product", fiscal_year=2021, label="Handbags/Wallets", measure="seizure_lines")
    assert sorted(cells.values_list("report__fiscal_year", "printed")) == [(2021, "28,331"), (2022, "16,554")]
    newest = Statistic.objects.get(report__fiscal_year=2022, table_slug="seizure-lines-by-product", fiscal_year=2022, label="Handbags/Wallets", measure="seizure_lines")
    assert newest.printed == "28,331" and newest.section.report.fiscal_year == 2022


def test_reloading_either_report_changes_nothing(loaded):
    load_report_text(next_year_text(), "fy2022.txt")
    before = (shape(2021), shape(2022))
    assert not load_report_text(next_year_text(), "fy2022.txt").changed
    assert not load_report_text(shipped_report_text(), "content/data/cbp-ipr-seizure-statistics-fy2021.txt").changed
    assert (shape(2021), shape(2022)) == before


def test_a_section_slug_is_unique_per_report_only(loaded):
    load_report_text(next_year_text(), "fy2022.txt")
    assert Section.objects.filter(slug="executive-summary").count() == 2
    with pytest.raises(IntegrityError):
        Section.objects.create(report=Report.objects.get(fiscal_year=2022), slug="executive-summary", title="Again", body="x")


def test_it_refuses_a_report_of_another_year_than_asked(loaded):
    before = shape(2021)
    with pytest.raises(ContentError, match="is the FY 2021 report, not FY 2022"):
        load_report_text(shipped_report_text(), "fy2022.pdf", fiscal_year=2022)
    assert not Report.objects.filter(fiscal_year=2022).exists() and shape(2021) == before


def test_it_refuses_a_new_year_it_cannot_read_whole(loaded):
    text = next_year_text()
    cut = text[: text.index("CBP IPR Points of Contact")]  # the last page lost
    with pytest.raises(ContentError, match="could not be read whole \\(no 'CBP IPR Points of Contact' page\\)"):
        load_report_text(cut, "fy2022.txt")
    assert not Report.objects.filter(fiscal_year=2022).exists()


def test_it_refuses_a_table_it_found_but_could_not_read(loaded):
    text = next_year_text()
    # A row that lost its figures ends the table early: no total is read.
    broken = text.replace("Mail 7,293 6,886  8,982  9,643", "Mail 7,293", 1)
    with pytest.raises(ContentError, match="could not be read whole .*'Modes of Transport Seizures' has no total row"):
        load_report_text(broken, "fy2022.txt")
    # A first row lost whole: the rows no longer add up to the total.
    dropped = text.replace("Express 16,926 17,001  15,811  21,632", "", 1)
    with pytest.raises(ContentError, match="rows are far off the printed total 27,115 \\(not read whole\\)"):
        load_report_text(dropped, "fy2022.txt")
    assert not Report.objects.filter(fiscal_year=2022).exists()


def test_the_command_loads_a_pdf_and_checks_the_year(loaded, tmp_path, capsys):
    from content.testing import font_path, report_pdf

    if font_path() is None:
        pytest.skip("DejaVu Sans is not installed (apt-get install fonts-dejavu-core)")
    path = tmp_path / "fy2022.pdf"
    path.write_bytes(report_pdf(next_year_text()))
    with pytest.raises(CommandError, match="refused: .*is the FY 2022 report, not FY 2023"):
        call_command("load_report", str(path), fiscal_year=2023)
    call_command("load_report", str(path), fiscal_year=2022)
    out = capsys.readouterr().out
    assert "report: ipr-seizure-statistics-fy2022 (FY 2022, new)" in out
    assert "statistics: 354 created" in out
    assert Statistic.objects.filter(report__fiscal_year=2022).count() == 354


# --- who changed what ----------------------------------------------------------------------


def test_history_names_the_loader_and_the_source(loaded):
    load_report_text(next_year_text(), "fy2022.txt")
    record = Section.history.filter(report_id=Report.objects.get(fiscal_year=2022).pk).first()
    assert record.history_user.username == LOADER_USERNAME
    assert record.history_change_reason == "loaded from fy2022.txt"
    loader = get_user_model().objects.get(username=LOADER_USERNAME)
    assert not loader.is_active and not loader.has_usable_password() and not loader.is_staff


def test_the_admin_history_page_says_who_loaded_it(client, loaded):
    staff = get_user_model().objects.create_superuser("boss", "boss@example.org", "a-long-password-123")
    client.force_login(staff)
    section = Section.objects.get(report__fiscal_year=2021, slug="executive-summary")
    html = client.get(reverse("admin:content_section_history", args=[section.pk])).content.decode()
    assert LOADER_USERNAME in html and "loaded from content/data/cbp-ipr-seizure-statistics-fy2021.txt" in html
    assert ">None<" not in html


def test_loader_history_does_not_count_as_a_staff_edit(loaded):
    # The loader's own history user must not make every row "touched by staff".
    load_report_text(shipped_report_text().replace("CBP continued the Truth", "CBP relaunched the Truth", 1), "x.txt")
    result = load_report_text(shipped_report_text(), "content/data/cbp-ipr-seizure-statistics-fy2021.txt")
    assert result.sections.updated == 1 and result.sections.kept == 0


# --- FAQ sources and review dates -----------------------------------------------------------


def test_every_shipped_faq_is_loaded_with_sources_and_a_review_date(loaded):
    for faq in FAQ.objects.prefetch_related("sources"):
        assert faq.reviewed is not None and faq.sources.exists(), faq.key
    faq = FAQ.objects.get(key="avoid-buying-counterfeits")
    assert faq.source_list()[0] == {
        "title": "CBP, IPR Seizure Statistics FY 2021: Public Awareness Campaign", "url": "/report/2021/public-awareness-campaign/"
    }
    assert faq.section.get_absolute_url() == "/report/2021/public-awareness-campaign/"


def test_an_faq_stays_with_the_report_section_its_source_names(loaded):
    # Loading FY 2022 adds another "Public Awareness Campaign"; the FAQ's source is FY 2021's.
    load_report_text(next_year_text(), "fy2022.txt")
    load_faqs(DATA_DIR / "faqs.json")
    assert FAQ.objects.get(key="avoid-buying-counterfeits").section.report.fiscal_year == 2021


def test_the_faq_loader_refuses_an_faq_without_source_or_review_date(loaded, tmp_path):
    import json

    items = json.loads((DATA_DIR / "faqs.json").read_text(encoding="utf-8"))
    items[3].pop("reviewed")
    items[5]["sources"] = []
    path = tmp_path / "faqs.json"
    path.write_text(json.dumps(items), encoding="utf-8")
    with pytest.raises(ContentError) as refused:
        load_faqs(path)
    assert f"entry 4 ('{items[3]['key']}'): needs 'reviewed'" in str(refused.value)
    assert f"entry 6 ('{items[5]['key']}'): needs 'sources'" in str(refused.value)


def test_the_faq_loader_refuses_a_source_naming_no_loaded_section(loaded, tmp_path):
    import json

    items = json.loads((DATA_DIR / "faqs.json").read_text(encoding="utf-8"))
    items[0]["sources"] = [{"title": "The report", "url": "/report/2021/no-such-page/"}]
    path = tmp_path / "faqs.json"
    path.write_text(json.dumps(items), encoding="utf-8")
    with pytest.raises(ContentError, match="source '/report/2021/no-such-page/' names no loaded report section"):
        load_faqs(path)


def test_the_faq_loader_syncs_sources_and_keeps_link_results(loaded, tmp_path):
    import json

    key = "avoid-buying-counterfeits"
    FAQSource.objects.filter(faq__key=key).update(link_ok=True, link_status=200)
    items = json.loads((DATA_DIR / "faqs.json").read_text(encoding="utf-8"))
    entry = next(i for i in items if i["key"] == key)
    entry["sources"].append({"title": "Fake Goods, Real Dangers", "url": "https://www.cbp.gov/FakeGoodsRealDangers-new"})
    path = tmp_path / "faqs.json"
    path.write_text(json.dumps(items), encoding="utf-8")
    counts, _ = load_faqs(path)
    assert counts.updated == 1
    rows = list(FAQSource.objects.filter(faq__key=key).order_by("order"))
    assert [(r.url, r.link_ok) for r in rows][0] == ("/report/2021/public-awareness-campaign/", True)  # its check is kept
    assert [(r.url, r.link_ok) for r in rows][-1] == ("https://www.cbp.gov/FakeGoodsRealDangers-new", None)
    assert load_faqs(path)[0].updated == 0  # idempotent


def test_the_chat_can_cite_an_faqs_sources(loaded):
    faq = FAQ.objects.get(key="avoid-buying-counterfeits")
    doc = next(d for d in documents.collect() if d.kind == "faq" and d.meta["faq"] == faq.pk)
    assert doc.meta["sources"] == faq.source_list()
    assert doc.meta["reviewed"] == faq.reviewed.isoformat()


def test_index_docs_keep_two_reports_apart(loaded):
    load_report_text(next_year_text(), "fy2022.txt")
    docs = documents.collect()
    assert len({d.id for d in docs}) == len(docs)
    summary = [d for d in docs if d.kind == "section" and d.meta["section"] == "executive-summary"]
    assert {d.meta["report_year"] for d in summary} == {2021, 2022}
    assert {d.url for d in summary} == {"/report/2021/executive-summary/", "/report/2022/executive-summary/"}
    handbags = [d for d in docs if d.kind == "statistic" and d.meta["table_slug"] == "seizure-lines-by-product"
                and d.meta["year"] == 2021 and d.meta["label"] == "Handbags/Wallets"]
    assert sorted(d.meta["report_year"] for d in handbags) == [2021, 2022]


# --- the admin ---------------------------------------------------------------------------------


def test_staff_add_next_years_source_and_it_is_read_in_the_background(client, staff, loaded, monkeypatch, django_capture_on_commit_callbacks):
    from content.tasks import refresh_source

    sent = []
    monkeypatch.setattr(refresh_source, "apply_async", lambda args, **kw: sent.append(args))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("admin:content_reportsource_add"),
            {"fiscal_year": 2022, "url": "https://www.cbp.gov/document/report/fy-2022-ipr-seizure-statistics.pdf", "active": "on"},
            follow=True,
        )
    assert response.status_code == 200
    source = ReportSource.objects.get(fiscal_year=2022)
    assert sent == [[source.pk]]
    assert "Reading FY 2022 from its source in the background" in response.content.decode()
    assert source.history.first().history_user == staff


def test_reports_are_not_added_by_hand(client, staff, loaded):
    assert client.get(reverse("admin:content_report_add")).status_code == 403
    page = client.get(reverse("admin:content_report_changelist")).content.decode()
    assert "Published sections" in page


def test_the_faq_list_shows_faqs_not_reviewed_within_a_year(client, staff, loaded):
    today = datetime.date.today()
    FAQ.objects.filter(key="avoid-buying-counterfeits").update(reviewed=today - datetime.timedelta(days=400))
    FAQ.objects.filter(key="counterfeits-not-victimless").update(reviewed=None)
    FAQ.objects.exclude(key__in=["avoid-buying-counterfeits", "counterfeits-not-victimless"]).update(reviewed=today)
    page = client.get(reverse("admin:content_faq_changelist"), {"review": "due"}).content.decode()
    assert "How can I avoid buying counterfeit goods?" in page
    assert "2 FAQs" in page
    current = client.get(reverse("admin:content_faq_changelist"), {"review": "current"}).content.decode()
    assert "How can I avoid buying counterfeit goods?" not in current


def test_staff_mark_faqs_reviewed_and_the_loader_then_leaves_them(client, staff, loaded):
    faq = FAQ.objects.get(key="avoid-buying-counterfeits")
    client.post(reverse("admin:content_faq_changelist"), {"action": "mark_reviewed", "_selected_action": [faq.pk]})
    faq.refresh_from_db()
    assert faq.reviewed == datetime.date.today()
    assert faq.history.first().history_user == staff
    assert load_faqs(DATA_DIR / "faqs.json")[0].kept == 1


def test_the_faq_form_edits_sources_inline(client, staff, loaded):
    faq = FAQ.objects.get(key="avoid-buying-counterfeits")
    html = client.get(reverse("admin:content_faq_change", args=[faq.pk])).content.decode()
    assert 'name="sources-0-url"' in html and "/report/2021/public-awareness-campaign/" in html
    assert 'name="reviewed"' in html


def test_the_source_list_says_why_a_new_year_was_refused(client, staff, loaded):
    ReportSource.objects.create(
        fiscal_year=2022, url="https://example.gov/fy2022.pdf", refresh_status="refused",
        refresh_message="the FY 2022 report could not be read whole (no 'CBP IPR Points of Contact' page): ...",
    )
    page = client.get(reverse("admin:content_reportsource_changelist")).content.decode()
    assert "could not be read whole (no &#x27;CBP IPR Points of Contact&#x27; page)" in page
    assert "Refused" in page
