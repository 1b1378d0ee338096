"""The one way the program writes a length of time, and a day (no Qt).

Every clock, countdown and duration the program shows or prints goes through
``format_time``: minutes and seconds as ``m:ss`` (``0:05``, ``1:15``,
``38:00``), and from an hour up ``h:mm:ss`` (``1:02:05``); ``spoken_time``
says the same in words for a screen reader, in the learner's language.
``format_date`` writes a day as the printed sheet shows it (1 December 2026),
in the learner's language (``i18n.long_date``).
"""

from __future__ import annotations

import math
from datetime import date

from massage_trainer.core import i18n
from massage_trainer.core.i18n import Tr


class TimeText(Tr):
    """Lengths of time said in words (for a screen reader)."""


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
    if hours:  # seconds do not matter once it is hours
        said_hours = TimeText.tr("%n hour(s)", "", hours)
        if not minutes:
            return said_hours
        return i18n.fill(
            TimeText.tr("{hours} {minutes}", "a length of time: '1 hour 5 minutes'"),
            hours=said_hours,
            minutes=TimeText.tr("%n minute(s)", "", minutes),
        )
    if minutes and secs:
        return i18n.fill(
            TimeText.tr("{minutes} {seconds}", "a length of time: '1 minute 15 seconds'"),
            minutes=TimeText.tr("%n minute(s)", "", minutes),
            seconds=TimeText.tr("%n second(s)", "", secs),
        )
    if minutes:
        return TimeText.tr("%n minute(s)", "", minutes)
    return TimeText.tr("%n second(s)", "", secs)


def format_date(day: date | None = None) -> str:
    """A day as "1 December 2026" (in the learner's language); today when ``day`` is None."""
    return i18n.long_date(day or date.today())


__all__ = ["TimeText", "format_date", "format_time", "spoken_time", "whole_seconds"]
