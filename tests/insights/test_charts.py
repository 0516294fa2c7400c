"""The SVG chart builders: scaled, labelled, escaped."""
import datetime
import re

from insights import charts

DAYS = [datetime.date(2021, 10, 1) + datetime.timedelta(days=n) for n in range(3)]


def test_it_scales_bars_to_a_round_maximum():
    assert [charts._nice_max(v) for v in (0, 1, 3, 7, 10, 11, 180, 999)] == [1, 1, 5, 10, 10, 20, 200, 1000]


def test_it_draws_one_bar_per_day_and_stacks_parts():
    svg = charts.daily_bars(DAYS, [("answered", "answered", [1, 2, 0]), ("fallback", "fallback", [1, 0, 0])], "Q")
    assert svg.count('class="bar answered"') == 2 and svg.count('class="bar fallback"') == 1
    assert "2021-10-01: 2 (1 answered, 1 fallback)" in svg
    heights = [float(h) for h in re.findall(r'height="([\d.]+)"', svg)]
    assert max(heights) > 0


def test_it_escapes_labels_and_titles():
    svg = charts.hbars([("<script>alert(1)</script>", 3)], 'Clicks "per" <channel>')
    assert "<script>" not in svg
    assert "&lt;script&gt;" in svg and "&lt;channel&gt;" in svg


def test_it_never_writes_style_attributes():
    svgs = [
        charts.daily_bars(DAYS, [("x", "x", [3, 1, 2])], "t"),
        charts.share_bar([("a", "a", 3), ("b", "b", 1)], "t"),
        charts.hbars([("a", 1)], "t"),
    ]
    assert all("style=" not in s for s in svgs)


def test_it_labels_shares_in_percent():
    svg = charts.share_bar([("Answered", "answered", 3), ("Fallback", "fallback", 1)], "t")
    assert "Answered 75.0% (3)" in svg and "Fallback 25.0% (1)" in svg


def test_it_draws_an_empty_share_without_dividing_by_zero():
    assert "No data in this period" in charts.share_bar([("a", "a", 0), ("b", "b", 0)], "t")


def test_it_shows_long_channel_names_in_full():
    name = "National IPR Coordination Center by phone (1-866-IPR-2060)"
    svg = charts.hbars([(name, 3), ("e-Allegations", 8)], "Clicks")
    assert f">{name}</text>" in svg and "…" not in svg
