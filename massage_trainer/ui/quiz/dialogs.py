"""The quiz's questions to the user.  Like every dialog of the program, each has
one class method, ``ask``, that tests replace."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


class QuizWarning:
    """Something about the saved progress went wrong."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)


class ProgressCsvPath:
    """The file to export progress to."""

    @classmethod
    def ask(cls, parent: QWidget | None, suggested: str) -> str:
        """The chosen path, or "" if cancelled."""
        path, _ = QFileDialog.getSaveFileName(
            parent, "Export Progress as CSV", suggested, "CSV files (*.csv);;All files (*)"
        )
        return path


class ProgressReportPath:
    """The file to write the progress report to: a PDF, or the charts as a PNG."""

    @classmethod
    def ask(cls, parent: QWidget | None, suggested: str) -> str:
        """The chosen path, or "" if cancelled."""
        path, chosen = QFileDialog.getSaveFileName(
            parent,
            "Export Progress Report",
            suggested,
            "PDF report (*.pdf);;PNG image of the charts (*.png)",
        )
        if path and "." not in path.rsplit("/", 1)[-1]:
            path += ".png" if "png" in chosen.lower() else ".pdf"
        return path


class ResetProgress:
    """Whether to forget every saved answer."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> bool:
        answer = QMessageBox.question(
            parent,
            "Reset Progress",
            "Forget all saved quiz progress? Every area starts again in box 1. "
            "This cannot be undone; export it as CSV first to keep a copy.",
            QMessageBox.StandardButton.Reset | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Reset
