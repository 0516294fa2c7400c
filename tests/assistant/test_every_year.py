"""Answers across every year's report: with next year's report loaded beside this one (the FY 2021
text with every fiscal year moved on by one), the newest report answers by default, a year only the
older report prints is answered from it and cites it, and where both print a year the newer figure
is given with a note that the older report printed another."""
import pytest

from assistant import documents
from assistant.answering import engine
from assistant.answering.knowledge import build
from content.services import load_report_text
from content.testing import next_year_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_reports(loaded):
    load_report_text(next_year_text(), "fy2022.txt", fiscal_year=2022)
    return build(documents.sources())


def ask(index, question: str, context: dict | None = None):
    return engine.answer(question, context or {}, index=index)


def test_the_new_years_figures_and_rankings_are_answered(two_reports):
    # FY 2022 in the copy prints what FY 2021 printed.
    reply = ask(two_reports, "How many seizure lines were there in FY 2022?")
    assert reply.kind == "statistic" and "102,490" in reply.text
    reply = ask(two_reports, "Which product had the most seizure lines in FY 2022?")
    assert "Wearing Apparel/Accessories" in reply.text and "30,681" in reply.text


def test_a_question_without_a_year_gets_the_newest_reports_figure(two_reports):
    reply = ask(two_reports, "What was the MSRP of seized handbags and wallets?")
    assert "FY 2022" in reply.text and "$972,495,390" in reply.text
    assert reply.sources[0]["url"].startswith("/report/2022/")


def test_a_year_only_the_older_report_prints_is_answered_from_it_and_cites_it(two_reports):
    # The copy's four-year tables start at FY 2019; FY 2018 is printed only by the FY 2021 report.
    reply = ask(two_reports, "How many seizures happened in the mail in FY 2018?")
    assert reply.kind == "statistic" and "9,643" in reply.text
    assert "in the FY 2021 report" in reply.text
    assert reply.sources[0]["url"].startswith("/report/2021/")


def test_the_newer_report_wins_where_both_print_a_year_and_the_answer_says_so(two_reports):
    # FY 2021 handbags: 28,331 in the FY 2021 report, 16,554 in the copy (its FY 2021 is the real FY 2020).
    reply = ask(two_reports, "How many seizure lines were handbags and wallets in FY 2021?")
    assert "16,554" in reply.text
    assert "The FY 2021 report printed 28,331 for FY 2021" in reply.text


def test_a_trend_across_reports_is_answered_from_all_of_them(two_reports):
    reply = ask(two_reports, "How did seizures change from FY 2018 to FY 2022?")
    assert reply.kind == "statistic"
    assert "33,810" in reply.text and "FY 2018" in reply.text and "FY 2022" in reply.text
    assert reply.chart and [row[0] for row in reply.chart["rows"]][:1] == ["FY 2018"]


def test_a_ranking_or_a_trend_carries_a_chart_with_its_text_alternative(loaded, knowledge):
    reply = engine.answer("Which product had the most seizure lines in FY 2021?", {}, index=knowledge)
    assert reply.chart and reply.chart["svg"].startswith("<svg") and 'role="img"' in reply.chart["svg"]
    assert "Wearing Apparel/Accessories: 30,681" in reply.chart["alt"]
    assert ["Wearing Apparel/Accessories", "30,681"] in reply.chart["rows"]
    assert engine.answer("How many seizure lines of footwear in FY 2021?", {}, index=knowledge).chart is None
