"""The quiz in the main window: the Quiz and Progress tabs and the Quiz menu.

``pages`` (set-up, question, results), ``looks`` (what the map shows for a
question), ``dialogs`` and ``controller`` (the glue: engine and round,
timers, menu, saving).  The quiz's texts come from the Qt-free
``massage_trainer.core.quiz.wording``.
"""

from massage_trainer.ui.quiz.controller import QuizController

__all__ = ["QuizController"]
