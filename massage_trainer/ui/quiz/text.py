"""The translation context of the quiz's widgets (``core.i18n``)."""

from __future__ import annotations

from massage_trainer.core.i18n import Tr


class QuizTabText(Tr):
    """Texts of the Quiz tab, the Quiz menu and the quiz's dialogs."""


__all__ = ["QuizTabText"]
