"""Closing the window with progress that cannot be saved warns the learner
and offers Retry, Save Elsewhere and Close Anyway."""

from __future__ import annotations

import pytest

from massage_trainer.core.quiz import Mode, ProgressStore, RoundSettings
from massage_trainer.ui.quiz.dialogs import ProgressFolder, QuizWarning, UnsavedProgress


@pytest.fixture
def window(open_window):
    return open_window(1100, 800)


@pytest.fixture
def unsaved(window, monkeypatch):
    """One answer given, and a data folder that refuses every save."""
    quiz = window.quiz
    quiz.start(RoundSettings(Mode.NAME, count=2, seed=19))
    quiz.answer_choice(quiz.question.answer)
    quiz.next_question()
    real_save = quiz.store.save

    def refuse(progress, **kw):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(quiz.store, "save", refuse)
    return quiz, real_save


def answers(monkeypatch, *choices):
    asked = []
    queue = list(choices)

    def ask(cls, parent, reason):
        asked.append(reason)
        return queue.pop(0)

    monkeypatch.setattr(UnsavedProgress, "ask", classmethod(ask))
    return asked


def test_close_anyway_closes_after_one_warning(window, unsaved, monkeypatch):
    asked = answers(monkeypatch, UnsavedProgress.CLOSE)
    assert window.close()
    assert asked == ["Permission denied"]


def test_cancelling_keeps_the_window_and_the_progress(window, unsaved, monkeypatch):
    asked = answers(monkeypatch, "")
    assert not window.close()
    assert window.isVisible() and len(asked) == 1
    assert len(window.quiz.progress) == 1
    monkeypatch.undo()  # the folder is writable again: now it closes
    assert window.close()


def test_retry_saves_once_the_folder_is_writable_again(window, unsaved, monkeypatch):
    quiz, real_save = unsaved
    asked = answers(monkeypatch, UnsavedProgress.RETRY, UnsavedProgress.RETRY)

    def fixed(*args, **kwargs):
        if len(asked) == 2:  # the learner freed the disk before the second retry
            return real_save(*args, **kwargs)
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(quiz.store, "save", fixed)
    assert window.close()
    assert len(asked) == 2
    assert len(ProgressStore(quiz.store.directory).load().progress) == 1


def test_save_elsewhere_writes_the_progress_there(window, unsaved, monkeypatch, tmp_path):
    answers(monkeypatch, UnsavedProgress.ELSEWHERE)
    monkeypatch.setattr(ProgressFolder, "ask", classmethod(lambda cls, parent, s: str(tmp_path)))
    told = []
    monkeypatch.setattr(QuizWarning, "ask", classmethod(lambda cls, p, t, text: told.append(text)))
    assert window.close()
    saved = ProgressStore(tmp_path / "massage-trainer-progress").load()
    assert len(saved.progress) == 1 and saved.warning is None
    assert told and "progress.json" in told[0]


def test_saved_progress_closes_without_asking(window, monkeypatch):
    asked = answers(monkeypatch)
    window.quiz.start(RoundSettings(Mode.NAME, count=2, seed=19))
    window.quiz.answer_choice(window.quiz.question.answer)
    assert window.close() and asked == []


def test_export_as_csv_reports_a_bad_value_instead_of_crashing(window, monkeypatch, tmp_path):
    from massage_trainer.ui.quiz import controller as module
    from massage_trainer.ui.quiz.dialogs import ProgressCsvPath

    def overflow(*args, **kwargs):
        raise OverflowError("timestamp out of range for platform time_t")

    monkeypatch.setattr(module, "export_csv", overflow)
    monkeypatch.setattr(
        ProgressCsvPath, "ask", classmethod(lambda cls, p, s: str(tmp_path / "p.csv"))
    )
    told = []
    monkeypatch.setattr(QuizWarning, "ask", classmethod(lambda cls, p, t, text: told.append(t)))
    window.quiz.export_progress()
    assert told == ["Export Failed"]


def test_without_a_screen_the_question_is_not_asked(qapp, capsys):
    """Offscreen (a screenshot, a test run) no one could answer: no dialog waits."""
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.platformName() == "offscreen"
    assert UnsavedProgress.ask(None, "Permission denied") == UnsavedProgress.CLOSE
    assert "progress not saved: Permission denied" in capsys.readouterr().err


def test_a_warning_shows_markup_from_a_file_as_plain_text(qapp, monkeypatch):
    """A warning may carry a file name or a value read from a file: shown as
    written, never as rich text (which could load local files)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    seen = []

    def exec_(box):
        seen.append((box.textFormat(), box.text()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    QuizWarning.ask(None, "Progress", "<img src='file:///etc/passwd'> could not be read")
    assert seen == [(Qt.TextFormat.PlainText, "<img src='file:///etc/passwd'> could not be read")]
