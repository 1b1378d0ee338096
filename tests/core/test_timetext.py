"""Times and dates in words."""

from datetime import date

from massage_trainer.core.timetext import format_date, format_seconds


def test_dates_have_english_month_names_and_no_leading_zero():
    assert format_date(date(2026, 12, 1)) == "1 December 2026"
    assert format_date(date(2027, 1, 31)) == "31 January 2027"


def test_no_date_is_today():
    today = date.today()
    assert format_date() == format_date(today)
    assert str(today.year) in format_date()


def test_seconds_as_a_clock():
    assert format_seconds(75) == "01:15"
    assert format_seconds(3725) == "1:02:05"
