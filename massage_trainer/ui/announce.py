"""Telling a screen reader that something changed.

The text goes into the widget's accessible description (where a reader finds
it when the learner moves there, and where tests look; setting it tells a
screen reader the description changed, which Orca reads out when the widget
has the focus), and with a screen reader running Qt also sends an
announcement to be said now (Qt 6.8's ``QAccessibleAnnouncementEvent``), so
a new question, an answer's feedback or a step that comes up is spoken
without moving the focus where the reader supports it.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, text: str) -> None:
    """Put ``text`` in the widget's accessible description and have it said."""
    widget.setAccessibleDescription(text)  # Qt tells a screen reader of the change
    if QAccessible.isActive() and text:
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))


__all__ = ["announce"]
