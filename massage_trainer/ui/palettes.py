"""Which of ``core.colours``' per-palette colours a widget gets.

Some colours in ``core.colours`` come in two, one for a light window and one
for a dark one (``TIME_UP``, ``SECONDARY_TEXT``): one shade cannot read well
on both.  The widgets pick by the darkness of their own palette's window
colour, so a dark desktop theme gets the light shade.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

from massage_trainer.core.colours import SECONDARY_TEXT, TIME_UP


def palette_name(widget: QWidget | None = None) -> str:
    """ "dark" when the widget's (else the application's) window colour is
    dark, otherwise "light": the keys of the per-palette tables."""
    palette = widget.palette() if widget is not None else QGuiApplication.palette()
    window = palette.color(QPalette.ColorRole.Window)
    return "dark" if window.lightnessF() < 0.5 else "light"


def for_palette(table: Mapping[str, str], widget: QWidget | None = None) -> str:
    """The colour of a per-palette ``table`` that suits the widget's palette."""
    return table[palette_name(widget)]


def secondary_text(widget: QWidget | None = None) -> str:
    """The colour of less important text (a zone's side, a technique's family)."""
    return for_palette(SECONDARY_TEXT, widget)


def time_up_colour(widget: QWidget | None = None) -> str:
    """The routine clock's colour once a step's time is up."""
    return for_palette(TIME_UP, widget)


__all__ = ["for_palette", "palette_name", "secondary_text", "time_up_colour"]
