"""The staff dashboard: access, figures over a period, charts that obey the CSP."""
import re

import pytest
from django.conf import settings

from tests.insights.conftest import days_ago, url

pytestmark = pytest.mark.django_db


def page(client, **params):
    return client.get(url("dashboard_changelist"), params)


def total(html: str, name: str) -> int:
    return int(re.search(rf'id="total-{name}">(\d+)<', html).group(1))


# Access: staff only.
def test_it_sends_anonymous_visitors_to_the_login_page(client):
    response = page(client)
    assert response.status_code == 302
    assert f"/{settings.ADMIN_PATH}login/" in response["Location"]


def test_it_refuses_logged_in_users_who_are_not_staff(visitor_user, seeded):
    response = page(visitor_user)
    assert response.status_code == 302 and "login" in response["Location"]
    assert b"total-questions" not in response.content


def test_it_is_linked_from_the_admin_index(staff):
    html = staff.get(f"/{settings.ADMIN_PATH}").content.decode()
    assert url("dashboard_changelist") in html
    assert url("console_changelist") in html


# Base case: the figures of the default 30 days match the seeded counts.
def test_it_shows_the_seeded_totals_for_the_last_30_days(staff, seeded):
    html = page(staff).content.decode()
    assert total(html, "questions") == 15  # the 1,000 from 45 days ago are outside
    assert total(html, "answered") == 12
    assert total(html, "fallback") == 3
    assert total(html, "helpful") == 4 and total(html, "not-helpful") == 1
    assert total(html, "clicks") == 11
    assert total(html, "handoffs") == 2
    assert "(80.0%)" in html  # 12 answered of 15


def test_it_shows_clicks_per_channel_by_name(staff, seeded):
    response = page(staff)
    clicks = response.context["clicks"]
    assert clicks[0][1] == 8 and "e-Allegations" in clicks[0][0]
    assert clicks[1][1] == 3


def test_it_lists_top_questions_and_top_fallbacks_from_the_chat_logs(staff, seeded):
    response = page(staff)
    top = response.context["top_questions"]
    assert top[0][1] == 4 and top[0][0].lower() == "how do i report a fake seller?"  # case and spaces ignored
    assert all(q != "hello" for q, _ in top)  # smalltalk is not a question worth listing
    assert all(q != "Very old question" for q, _ in top)
    assert response.context["top_fallbacks"] == [("What is the weather?", 2), ("Recipe for pancakes", 1)]


def test_it_fills_days_without_counts_with_zero(staff, seeded):
    response = page(staff)
    series = response.context["series"]
    assert len(series["questions"]) == 30
    assert series["questions"][-1] == 10 and series["questions"][-2] == 5 and series["questions"][0] == 0


def test_it_uses_the_chosen_date_range(staff, seeded):
    response = page(staff, start=str(days_ago(50)), end=str(days_ago(40)))
    html = response.content.decode()
    assert total(html, "questions") == 1000 and total(html, "answered") == 1000
    assert len(response.context["days"]) == 11


@pytest.mark.parametrize(
    "params,message",
    [
        ({"start": "2021-05-10", "end": "2021-05-01"}, "must not be after"),
        ({"start": "2019-01-01", "end": "2021-01-01"}, "at most 366 days"),
        ({"start": "yesterday"}, "valid date"),
    ],
)
def test_it_explains_a_bad_date_range_and_shows_the_default_period(staff, seeded, params, message):
    response = page(staff, **params)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert len(response.context["days"]) == 30


def test_it_draws_charts_as_inline_svg_without_scripts_or_style_attributes(staff, seeded):
    html = page(staff).content.decode()
    assert html.count("<svg") >= 5
    assert "<rect" in html
    content = html[html.index('id="content-main"'):]
    assert " style=" not in content and "<script" not in content and "<style" not in content
    assert "insights/insights.css" in html


def test_it_shows_an_empty_period_without_errors(staff):
    html = page(staff).content.decode()
    assert total(html, "questions") == 0
    assert "No data in this period" in html


def test_it_escapes_question_text(staff):
    from tests.insights.conftest import log

    log('<img src=x onerror="alert(1)">', "fallback")
    html = page(staff).content.decode()
    assert "<img src=x" not in html
    assert "&lt;img src=x" in html


def test_its_date_boxes_show_the_period_shown(staff, seeded):
    from django.utils import timezone

    html = page(staff).content.decode()
    today = timezone.localdate()
    start = today - __import__("datetime").timedelta(days=29)
    assert f'name="start" value="{start:%Y-%m-%d}"' in html
    assert f'name="end" value="{today:%Y-%m-%d}"' in html
    assert f"Showing {start:%Y-%m-%d} to {today:%Y-%m-%d}" in html


def test_its_date_boxes_keep_what_staff_chose(staff, seeded):
    html = page(staff, start="2026-01-01", end="2026-01-31").content.decode()
    assert 'name="start" value="2026-01-01"' in html and 'name="end" value="2026-01-31"' in html
