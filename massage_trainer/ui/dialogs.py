"""Dialogs with a small class-method entry point each, ``ask``, so tests can
replace them: every dialog of the program is opened that way."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class ProblemsDialog(QDialog):
    """Lists every problem of a file, with a button to copy them."""

    def __init__(
        self, parent: QWidget | None, title: str, summary: str, problems: list[str]
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("problemsDialog")
        self.resize(720, 380)
        layout = QVBoxLayout(self)
        label = QLabel(summary)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.details = QPlainTextEdit("\n".join(problems))
        self.details.setReadOnly(True)
        # a problem is one long line: wrap it rather than scroll sideways
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.details.setAccessibleName("Problems")
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton("&Copy details", QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, summary: str, problems: list[str]) -> None:
        """Show the problems modally.  Tests monkeypatch this."""
        cls(parent, title, summary, problems).exec()


class ZoneFileDialog:
    """Which zone file to open."""

    @classmethod
    def ask(cls, parent: QWidget | None, folder: str) -> str:
        """The chosen file, or "" if cancelled.  Tests monkeypatch this."""
        path, _ = QFileDialog.getOpenFileName(
            parent, "Open Zone Set", folder, "Zone files (*.yaml *.yml);;All files (*)"
        )
        return path
