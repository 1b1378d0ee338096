"""Dialogs with a small class-method entry point each, ``ask``, so tests can
replace them: every dialog of the program is opened that way.

Also what the dialogs share: the problems list (``ProblemsDialog``, with its
summary line from ``problems_summary``) and the folder every save dialog
starts in (``save_folder``).
"""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QPointF, QSize, QStandardPaths, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QGuiApplication, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from massage_trainer.core import i18n
from massage_trainer.core.i18n import Tr
from massage_trainer.core.paths import default_save_folder


class DialogsText(Tr):
    """Texts of the problems dialog and the zone-file dialog."""


# the problems list: as wide as its longest line within these bounds (in average
# characters), and at most this share of the screen either way
LIST_MIN_CHARS = 60
LIST_MAX_CHARS = 100
SCREEN_SHARE = 0.8


def save_folder(last: object = None) -> Path:
    """The folder a save dialog suggests.

    ``last`` is the folder remembered from the last save of this kind (a
    settings value; empty or None when there is none): it is used while it
    still exists.  Otherwise the Documents folder if it exists, else the home
    folder (``core.paths.default_save_folder``), the same for every dialog.
    """
    if last:
        remembered = Path(str(last)).expanduser()
        if remembered.is_dir():
            return remembered
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    home = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation)
    return default_save_folder(Path(documents) if documents else None, Path(home or Path.home()))


MAX_NAME_SHOWN = 100  # characters of a file name in a dialog's heading


def problems_summary(name: str, count: int, outcome: str, retry: str) -> str:
    """The line above a file's problems, in the number the count needs, e.g.
    ``"back.yaml has 1 problem. The current zone set stays open. Fix it and
    open the file again:"``.

    ``outcome`` says what the program did instead (a sentence), ``retry``
    what to do once the file is fixed ("open the file again").
    """
    if len(name) > MAX_NAME_SHOWN:  # a file name of hundreds of characters: its two ends
        half = MAX_NAME_SHOWN // 2
        name = f"{name[:half]}\u2026{name[-half:]}"
    # the pronoun follows the number of problems, one or more (not the count's
    # plural form: 21 problems are "them" in every language)
    fix = (
        DialogsText.tr("Fix it and {retry}:", "one problem")
        if count == 1
        else DialogsText.tr("Fix them and {retry}:", "several problems")
    )
    return i18n.fill(
        DialogsText.tr("{name} has %n problem(s). {outcome} {fix}", "", count),
        name=name,
        outcome=outcome,
        fix=i18n.fill(fix, retry=retry),
    )


class _ProblemList(QPlainTextEdit):
    """The read-only problems text, whose size hint is its content's size."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.hint = QSize(400, 120)

    def sizeHint(self) -> QSize:
        return self.hint

    def minimumSizeHint(self) -> QSize:
        # a scroll area's own minimum is several lines tall: one problem would
        # sit in an empty box
        lines = 3 * self.fontMetrics().lineSpacing()
        return QSize(min(self.hint.width(), 160), min(self.hint.height(), lines))


def _wrapped_height(text: str, font: QFont, width: float, option: QTextOption) -> float:
    """The height of ``text`` set in ``font`` and wrapped at ``width`` as the
    list wraps it."""
    layout = QTextLayout(text, font)
    layout.setTextOption(option)
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        y += math.ceil(line.height())
    layout.endLayout()
    return max(y, QFontMetricsF(font).height())


class ProblemsDialog(QDialog):
    """Lists every problem of a file, one a line, with a button to copy them.

    The dialog is sized to its content: as wide as the longest problem (within
    bounds), as tall as its lines, and never larger than the screen, where
    the list scrolls instead.
    """

    def __init__(
        self, parent: QWidget | None, title: str, summary: str, problems: list[str]
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("problemsDialog")
        layout = self._layout = QVBoxLayout(self)
        label = QLabel(summary)
        # the summary names a file and the problems quote it: plain text only
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.details = _ProblemList("\n".join(problems))
        self.details.setReadOnly(True)
        # a problem is one long line: wrap it rather than scroll sideways
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.details.setAccessibleName(DialogsText.tr("Problems"))
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(
            DialogsText.tr("&Copy details"), QDialogButtonBox.ButtonRole.ActionRole
        )
        copy.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self._fit(summary, problems or [""])

    def _fit(self, summary: str, problems: list[str]) -> None:
        """Size the list from its lines and the font, then the dialog around it."""
        screen = (self.parentWidget() or self).screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry()
        details = self.details
        font = details.font()
        metrics = QFontMetricsF(font)
        margins = self._layout.contentsMargins()
        # around the text inside the list: its frame and the document's margin
        inset = 2 * details.frameWidth() + 2 * details.document().documentMargin()
        scrollbar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        outside = margins.left() + margins.right() + inset

        widest = max(metrics.horizontalAdvance(p) for p in problems) + metrics.averageCharWidth()
        # a long summary widens the dialog too, so that it takes three lines at most
        widest = max(widest, QFontMetricsF(self.font()).horizontalAdvance(summary) / 3 - inset)
        width = min(
            max(widest, LIST_MIN_CHARS * metrics.averageCharWidth()),
            LIST_MAX_CHARS * metrics.averageCharWidth(),
            room.width() * SCREEN_SHARE - outside - scrollbar,
        )
        option = details.document().defaultTextOption()
        option.setWrapMode(details.wordWrapMode())
        text_height = sum(_wrapped_height(p, font, width, option) for p in problems)

        # the rest of the dialog (the summary, the buttons, the spacing) at this width
        list_width = width + inset
        dialog_width = math.ceil(list_width + margins.left() + margins.right())
        rest = self._height_for(dialog_width, QSize(math.ceil(list_width), 0))
        # half a line spare: a list exactly as tall as its text still shows a
        # scroll bar, which narrows it and wraps the text onto one more line
        list_height = text_height + inset + metrics.lineSpacing() / 2
        most = room.height() * SCREEN_SHARE - rest
        if list_height > most:  # the list scrolls: keep its width for the text
            list_height = max(most, 4 * metrics.lineSpacing() + inset)
            list_width += scrollbar
            dialog_width += scrollbar
        hint = QSize(math.ceil(list_width), math.ceil(list_height))
        self.resize(dialog_width, self._height_for(dialog_width, hint))

    def _height_for(self, width: int, list_hint: QSize) -> int:
        """The dialog's height at ``width`` with the list's size hint ``list_hint``."""
        self.details.hint = list_hint
        self.details.updateGeometry()
        layout = self._layout
        layout.invalidate()
        layout.activate()
        height = layout.totalHeightForWidth(width)
        return height if height > 0 else layout.totalSizeHint().height()

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
            parent,
            DialogsText.tr("Open Zone Set"),
            folder,
            DialogsText.tr("Zone files (*.yaml *.yml);;All files (*)"),
        )
        return path
