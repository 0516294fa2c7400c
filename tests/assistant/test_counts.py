"""Daily counters: created on first use, incremented after, several at once."""
import datetime

from assistant.counts import bump, bump_many, unbump
from assistant.models import DailyCount

DAY = datetime.date(2026, 11, 1)


def counts() -> dict:
    return {(c.metric, c.key): c.count for c in DailyCount.objects.filter(day=DAY)}


def test_it_creates_a_counter_on_first_use(db):
    bump("click", "e-allegations", day=DAY)
    assert counts() == {("click", "e-allegations"): 1}


def test_it_increments_an_existing_counter(db):
    bump("questions", day=DAY)
    bump("questions", by=3, day=DAY)
    assert counts() == {("questions", ""): 4}


def test_it_bumps_several_counters_some_new(db):
    bump("questions", day=DAY)
    bump_many(["questions", "answered"], day=DAY)
    bump_many(["questions", "fallback"], day=DAY)
    assert counts() == {("questions", ""): 3, ("answered", ""): 1, ("fallback", ""): 1}


def test_it_keeps_days_and_keys_apart(db):
    bump("click", "a", day=DAY)
    bump("click", "b", day=DAY)
    bump("click", "a", day=DAY + datetime.timedelta(days=1))
    assert counts() == {("click", "a"): 1, ("click", "b"): 1}


def test_it_takes_one_back_but_never_below_zero(db):
    bump("helpful", day=DAY)
    unbump("helpful", day=DAY)
    unbump("helpful", day=DAY)
    unbump("not_helpful", day=DAY)  # no row: nothing to take back
    assert counts() == {("helpful", ""): 0}
