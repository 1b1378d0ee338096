"""The one time formatter: clocks, countdowns and durations."""

from __future__ import annotations

import math
from datetime import date

import pytest

from massage_trainer.core.timefmt import format_date, format_time, whole_seconds


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "0:00"),
        (1, "0:01"),
        (59, "0:59"),
        (60, "1:00"),
        (75, "1:15"),
        (600, "10:00"),
        (3599, "59:59"),
        (3600, "1:00:00"),
        (3725, "1:02:05"),
        (36_000, "10:00:00"),
    ],
)
def test_minutes_and_seconds_then_hours(seconds, text):
    assert format_time(seconds) == text


def test_fractions_round_to_the_nearest_second():
    assert format_time(74.4) == "1:14"
    assert format_time(74.6) == "1:15"
    assert format_time(0.4) == "0:00"
    assert format_time(59.7) == "1:00"


def test_nothing_below_zero_and_no_error_for_a_broken_clock():
    assert format_time(-3) == "0:00"
    assert format_time(-0.2) == "0:00"
    assert format_time(math.nan) == "0:00"
    assert format_time(math.inf) == "0:00"
    assert whole_seconds(-math.inf) == 0
    assert whole_seconds(12.6) == 13


@pytest.mark.parametrize(
    ("seconds", "words"),
    [
        (0, "0 seconds"),
        (1, "1 second"),
        (45, "45 seconds"),
        (60, "1 minute"),
        (75, "1 minute 15 seconds"),
        (120.4, "2 minutes"),
        (3600, "1 hour"),
        (3725, "1 hour 2 minutes"),
        (7205, "2 hours"),
        (-4, "0 seconds"),
    ],
)
def test_spoken_time(seconds, words):
    from massage_trainer.core.timefmt import spoken_time

    assert spoken_time(seconds) == words


def test_dates_have_english_month_names_and_no_leading_zero():
    assert format_date(date(2026, 12, 1)) == "1 December 2026"
    assert format_date(date(2027, 1, 31)) == "31 January 2027"


def test_no_date_is_today():
    today = date.today()
    assert format_date() == format_date(today)
    assert str(today.year) in format_date()
