"""The one way the program writes a length of time (no Qt).

Every clock, countdown and duration the program shows or prints goes through
``format_time``: minutes and seconds as ``m:ss`` (``0:05``, ``1:15``,
``38:00``), and from an hour up ``h:mm:ss`` (``1:02:05``).
"""

from __future__ import annotations

import math


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


__all__ = ["format_time", "whole_seconds"]
