"""Times and dates in words, the one way the program writes them (no Qt).

``format_seconds`` writes a duration as a clock does (01:15, 1:02:05);
``format_date`` writes a day as the printed sheet shows it (1 December 2026),
with English month names whatever the machine's locale, so the words match
the rest of the program.
"""

from __future__ import annotations

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


def format_seconds(seconds: int) -> str:
    """A time as mm:ss (or h:mm:ss from an hour up)."""
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def format_date(day: date | None = None) -> str:
    """A day as "1 December 2026"; today when ``day`` is None."""
    day = day or date.today()
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


__all__ = ["format_date", "format_seconds"]
