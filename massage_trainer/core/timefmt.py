"""The one way the program writes a length of time, and a day (no Qt).

Every clock, countdown and duration the program shows or prints goes through
``format_time``: minutes and seconds as ``m:ss`` (``0:05``, ``1:15``,
``38:00``), and from an hour up ``h:mm:ss`` (``1:02:05``); ``spoken_time``
says the same in words for a screen reader.  ``format_date`` writes a day as
the printed sheet shows it (1 December 2026), with English month names
whatever the machine's locale, so the words match the rest of the program.
"""

from __future__ import annotations

import math
from datetime import date

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def whole_seconds(seconds: float) -> int:
    """``seconds`` rounded to a whole number, never below zero (NaN and
    infinities count as zero: a broken clock shows no time, not an error)."""
    if not math.isfinite(seconds):
        return 0
    return max(0, round(seconds))


def format_time(seconds: float) -> str:
    """A length of time as ``m:ss``, or ``h:mm:ss`` from an hour up; a
    fraction of a second is rounded to the nearest whole one."""
    whole = whole_seconds(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def spoken_time(seconds: float) -> str:
    """A length of time as words for a screen reader, which reads '1:15' as
    numbers: '1 minute 15 seconds', '2 minutes', '45 seconds', '1 hour 5 minutes'."""
    whole = whole_seconds(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    parts = [
        f"{n} {unit if n == 1 else unit + 's'}"
        for n, unit in ((hours, "hour"), (minutes, "minute"), (secs, "second"))
        if n
    ]
    if hours:  # seconds do not matter once it is hours
        parts = parts[:2] if minutes else parts[:1]
    return " ".join(parts) or "0 seconds"


def format_date(day: date | None = None) -> str:
    """A day as "1 December 2026"; today when ``day`` is None."""
    day = day or date.today()
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


__all__ = ["format_date", "format_time", "spoken_time", "whole_seconds"]
