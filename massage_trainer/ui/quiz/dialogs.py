"""The quiz's questions to the user.  Like every dialog of the program, each has
one class method, ``ask``, that tests replace."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from massage_trainer.core import i18n
from massage_trainer.ui.quiz.text import QuizTabText


class QuizWarning:
    """Something about the saved progress went wrong."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str) -> None:
        # plain text: the message may hold a file name or a value from a file
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()


class ProgressCsvPath:
    """The file to export progress to."""

    @classmethod
    def ask(cls, parent: QWidget | None, suggested: str) -> str:
        """The chosen path, or "" if cancelled."""
        path, _ = QFileDialog.getSaveFileName(
            parent,
            QuizTabText.tr("Export Progress as CSV"),
            suggested,
            QuizTabText.tr("CSV files (*.csv);;All files (*)"),
        )
        return path


class ProgressReportPath:
    """The file to write the progress report to: a PDF, or the charts as a PNG."""

    @classmethod
    def ask(cls, parent: QWidget | None, suggested: str) -> str:
        """The chosen path, or "" if cancelled."""
        path, chosen = QFileDialog.getSaveFileName(
            parent,
            QuizTabText.tr("Export Progress Report"),
            suggested,
            QuizTabText.tr("PDF report (*.pdf);;PNG image of the charts (*.png)"),
        )
        if path and "." not in path.rsplit("/", 1)[-1]:
            path += ".png" if "*.png" in chosen.lower() else ".pdf"
        return path


class ResetProgress:
    """Whether to forget every saved answer."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> bool:
        answer = QMessageBox.question(
            parent,
            QuizTabText.tr("Reset Progress"),
            QuizTabText.tr(
                "Forget all saved quiz progress? Every area starts again in box 1. "
                "This cannot be undone; export it as CSV first to keep a copy."
            ),
            QMessageBox.StandardButton.Reset | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Reset


class UnsavedProgress:
    """The window is closing but the progress could not be saved: what now."""

    RETRY, ELSEWHERE, CLOSE = "retry", "elsewhere", "close"

    @classmethod
    def ask(cls, parent: QWidget | None, reason: str) -> str:
        """``RETRY``, ``ELSEWHERE`` or ``CLOSE``; closing the box keeps the window.

        Without a screen (the offscreen platform of a screenshot or a test run)
        no one could answer: the reason goes to the terminal and the window
        closes."""
        if QGuiApplication.platformName() in ("offscreen", "minimal"):
            said = QuizTabText.tr("massage-trainer: progress not saved: {reason}")
            print(i18n.fill(said, reason=reason), file=sys.stderr)
            return cls.CLOSE
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QuizTabText.tr("Progress Not Saved"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            i18n.fill(
                QuizTabText.tr(
                    "Your latest quiz progress could not be saved, so closing now would "
                    "lose it.\n\nThe reason: {reason}"
                ),
                reason=reason,
            )
        )
        box.setInformativeText(
            QuizTabText.tr(
                "Try again (after freeing some space or making the folder writable), "
                "save it in another folder, or close and lose the latest answers."
            )
        )
        retry = box.addButton(QuizTabText.tr("&Retry"), QMessageBox.ButtonRole.AcceptRole)
        elsewhere = box.addButton(
            QuizTabText.tr("&Save Elsewhere\u2026"), QMessageBox.ButtonRole.ActionRole
        )
        close = box.addButton(
            QuizTabText.tr("&Close Anyway"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(retry)
        box.exec()
        clicked = box.clickedButton()
        if clicked is close:
            return cls.CLOSE
        if clicked is elsewhere:
            return cls.ELSEWHERE
        if clicked is retry:
            return cls.RETRY
        return ""


class ProgressFolder:
    """A folder to save the progress in when its own cannot be written."""

    @classmethod
    def ask(cls, parent: QWidget | None, suggested: str) -> str:
        """The chosen folder, or "" if cancelled."""
        return QFileDialog.getExistingDirectory(
            parent, QuizTabText.tr("Save Progress in Folder"), suggested
        )
