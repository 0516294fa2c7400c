"""CSV exports: one row per day per metric, proper quoting, no formula injection."""
import csv
import io

import pytest

from insights.exports import safe_cell
from tests.insights.conftest import days_ago, log, url

pytestmark = pytest.mark.django_db


def rows(response) -> list[list[str]]:
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    return list(csv.reader(io.StringIO(response.content.decode("utf-8"))))


# Base case: the daily counts of the period, as stored.
def test_it_exports_one_row_per_day_per_metric(staff, seeded):
    data = rows(staff.get(url("dashboard_counts")))
    assert data[0] == ["day", "metric", "key", "count"]
    body = data[1:]
    assert [str(days_ago(0)), "questions", "", "10"] in body
    assert [str(days_ago(2)), "click", "e-allegations", "2"] in body
    assert sum(int(r[3]) for r in body if r[1] == "questions") == 15  # 45 days ago is outside
    assert body == sorted(body, key=lambda r: (r[0], r[1], r[2]))


def test_it_exports_the_chosen_period(staff, seeded):
    data = rows(staff.get(url("dashboard_counts"), {"start": str(days_ago(50)), "end": str(days_ago(40))}))
    assert [r[3] for r in data[1:]] == ["1000", "1000"]


def test_it_exports_top_questions_and_fallbacks(staff, seeded):
    data = rows(staff.get(url("dashboard_questions")))
    assert data[0] == ["list", "question", "count", "language"]
    assert ["fallback", "What is the weather?", "2", "en"] in data
    assert data[1][0] == "top" and data[1][2] == "4"


@pytest.mark.parametrize("text", ['=HYPERLINK("http://evil.example","x")', "+1+1", "-2+3", "@SUM(A1:A2)", "\t=1+1"])
def test_it_defuses_spreadsheet_formulas_in_question_text(staff, text):
    log(text, "fallback")
    data = rows(staff.get(url("dashboard_questions")))
    cells = [r[1] for r in data[1:]]
    assert "'" + text.strip() in cells or "'" + text in cells
    assert text not in cells


def test_it_quotes_commas_quotes_and_line_breaks(staff):
    text = 'Is "replica", a fake?\nAsking for a friend'
    log(text, "fallback")
    raw = staff.get(url("dashboard_questions")).content.decode()
    assert '"Is ""replica"", a fake?\nAsking for a friend"' in raw
    data = list(csv.reader(io.StringIO(raw)))
    assert ["fallback", text, "1", "en"] in data


def test_it_leaves_numbers_and_plain_text_alone():
    assert safe_cell(-5) == -5
    assert safe_cell("How many seizures?") == "How many seizures?"
    assert safe_cell("=1") == "'=1"


def test_it_refuses_exports_to_anyone_but_staff(client, visitor_user, seeded):
    for c in (client, visitor_user):
        response = c.get(url("dashboard_counts"))
        assert response.status_code == 302 and "login" in response["Location"]
