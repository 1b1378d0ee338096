"""File > Export… and File > Print…: the zone sheet on paper, in a PDF, PNG or
SVG; and the print preview of a routine's card.

``add_export_actions(window)`` puts the actions into the window's File menu.
The dialogs have class-method entry points (``ExportDialog.ask``,
``SheetPreview.ask``, ``RoutineCardPreview.ask``) that tests replace.  All
painting is done by ``massage_trainer.paint`` (``output.paint_sheet``,
``routinecard.paint_routine_card``), so the print preview, the printer and the
files show the same pages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QPageLayout
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from massage_trainer.core import i18n
from massage_trainer.core.i18n import Tr
from massage_trainer.core.routines import Routine
from massage_trainer.core.zones import ZoneSet
from massage_trainer.paint import output as sheet
from massage_trainer.paint.routinecard import paint_routine_card
from massage_trainer.ui.dialogs import ProblemsDialog, save_folder

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from massage_trainer.ui.mainwindow import MainWindow


class ExportText(Tr):
    """Texts of File > Export… and the print previews (sheet, routine card)."""


# in English here, translated where they are shown
FORMAT_CHOICES = [  # suffix, menu text
    (".pdf", i18n.QT_TRANSLATE_NOOP("ExportText", "PDF zone sheet (for printing)")),
    (".png", i18n.QT_TRANSLATE_NOOP("ExportText", "PNG picture of the diagram")),
    (".svg", i18n.QT_TRANSLATE_NOOP("ExportText", "SVG drawing of the diagram")),
]
FILTERS = {
    ".pdf": i18n.QT_TRANSLATE_NOOP("ExportText", "PDF files (*.pdf)"),
    ".png": i18n.QT_TRANSLATE_NOOP("ExportText", "PNG images (*.png)"),
    ".svg": i18n.QT_TRANSLATE_NOOP("ExportText", "SVG drawings (*.svg)"),
}


@dataclass
class ExportChoice:
    """What the export dialog asked for."""

    path: Path
    page: str = "a4"
    worksheet: bool = False
    dpi: int = 150

    @property
    def suffix(self) -> str:
        return self.path.suffix.lower()


def default_page() -> str:
    """US Letter where it is the custom, else A4: by the territory of the
    locale, or of the system's (the program's own locale follows the language
    alone, so English is British there even in the United States)."""
    letter = {
        QLocale.Country.UnitedStates,
        QLocale.Country.Canada,
        QLocale.Country.Mexico,
        QLocale.Country.Philippines,
        QLocale.Country.Chile,
        QLocale.Country.Colombia,
    }
    territories = {QLocale().territory(), QLocale.system().territory()}
    return "letter" if territories & letter else "a4"


class ExportDialog(QDialog):
    """Where to export and how: format, paper size, worksheet, resolution."""

    def __init__(self, parent: QWidget | None, choice: ExportChoice) -> None:
        super().__init__(parent)
        self.setWindowTitle(ExportText.tr("Export Zone Sheet"))
        self.setObjectName("exportDialog")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.format = QComboBox()
        for suffix, text in FORMAT_CHOICES:
            self.format.addItem(i18n.translated("ExportText", text), suffix)
        self.format.setCurrentIndex(max(0, self.format.findData(choice.suffix)))
        form.addRow(ExportText.tr("&Format:"), self.format)
        self.path = QLineEdit(str(choice.path))
        self.path.setAccessibleName(ExportText.tr("File", "the file to write"))
        browse = QPushButton(ExportText.tr("&Browse\u2026"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        label = QLabel(ExportText.tr("F&ile:"))
        label.setBuddy(self.path)
        form.addRow(label, row)
        self.page = QComboBox()
        for key, name in sheet.PAGE_NAMES.items():
            self.page.addItem(name, key)
        self.page.setCurrentIndex(max(0, self.page.findData(choice.page)))
        form.addRow(ExportText.tr("&Paper:"), self.page)
        self.worksheet = QCheckBox(
            ExportText.tr(
                "&Worksheet: numbered diagram without colours, lines to write on, and an answer key"
            )
        )
        self.worksheet.setChecked(choice.worksheet)
        form.addRow("", self.worksheet)
        self.dpi = QSpinBox()
        self.dpi.setRange(*sheet.DPI_RANGE)
        self.dpi.setSingleStep(50)
        self.dpi.setSuffix(ExportText.tr(" dpi", "after a resolution"))
        self.dpi.setValue(choice.dpi)
        form.addRow(ExportText.tr("&Resolution:"), self.dpi)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(
            ExportText.tr("&Export", "button"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.format.currentIndexChanged.connect(self._format_changed)
        self._format_changed()

    def _format_changed(self) -> None:
        suffix = self.format.currentData()
        self.page.setEnabled(suffix == ".pdf")
        self.dpi.setEnabled(suffix == ".png")
        text = self.path.text().strip()
        if text:
            self.path.setText(str(Path(text).with_suffix(suffix)))

    def browse(self) -> None:
        suffix = self.format.currentData()
        name, _ = QFileDialog.getSaveFileName(
            self,
            ExportText.tr("Export To"),
            self.path.text(),
            i18n.translated("ExportText", FILTERS[suffix]),
        )
        if name:
            path = Path(name)
            if path.suffix.lower() not in FILTERS:
                path = path.with_name(path.name + suffix)
            self.path.setText(str(path))
            self.format.setCurrentIndex(max(0, self.format.findData(path.suffix.lower())))

    def choice(self) -> ExportChoice:
        path = Path(self.path.text().strip()).expanduser()
        if path.suffix.lower() not in FILTERS:
            path = path.with_name(path.name + self.format.currentData())
        return ExportChoice(
            path, self.page.currentData(), self.worksheet.isChecked(), self.dpi.value()
        )

    @classmethod
    def ask(cls, parent: QWidget | None, choice: ExportChoice) -> ExportChoice | None:
        """Show the dialog; the choice, or None when cancelled.  Tests monkeypatch this."""
        dialog = cls(parent, choice)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.path.text().strip():
            return None
        return dialog.choice()


def _setup_printer(printer: QPrinter, page: str | None, title: str) -> None:
    if page is not None:
        sheet.set_page(printer, page)
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setPageMargins(QMarginsF(*[sheet.MARGIN_MM] * 4), QPageLayout.Unit.Millimeter)
    printer.setDocName(title)


_preview_class = None

# the stock print preview's tool bar actions (by Qt's English text, which
# Qt's own translation turns into the learner's language) and the keys this
# program gives them: the tool bar itself cannot take the focus
PREVIEW_KEYS: dict[str, QKeySequence | QKeySequence.StandardKey] = {
    "Print": QKeySequence.StandardKey.Print,
    "Page setup": QKeySequence("Ctrl+Shift+P"),
    "Portrait": QKeySequence("Ctrl+Shift+O"),
    "Landscape": QKeySequence("Ctrl+Shift+L"),
    "Zoom in": QKeySequence("Ctrl+="),
    "Zoom out": QKeySequence("Ctrl+-"),
    "Fit width": QKeySequence("Ctrl+Shift+W"),
    "Fit page": QKeySequence("Ctrl+0"),
    "First page": QKeySequence("Ctrl+Home"),
    "Previous page": QKeySequence("Ctrl+PgUp"),
    "Next page": QKeySequence("Ctrl+PgDown"),
    "Last page": QKeySequence("Ctrl+End"),
}


def make_keyboard_operable(dialog: QWidget) -> dict[str, QAction]:
    """Every button of a print preview's tool bar is reached with Tab, named
    for a screen reader, and its action has a key (shown in its tooltip).
    Returns the actions found, by their text (as shown)."""
    keys = {
        QCoreApplication.translate("QPrintPreviewDialog", english): key
        for english, key in PREVIEW_KEYS.items()
    }
    found: dict[str, QAction] = {}
    for button in dialog.findChildren(QToolButton):
        action = button.defaultAction()
        if action is None or not action.text():
            continue
        text = action.text().replace("&", "")
        found[text] = action
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.setAccessibleName(text)
        key = keys.get(text)
        if key is not None:
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text} ({shown})")
    return found


def _print_preview(
    parent: QWidget | None,
    title: str,
    paint: Callable[[QPrinter], object],
    page: str | None,
    doc_name: str,
    what: str,
) -> QDialog:
    """A print preview dialog (a QPrintPreviewDialog) that paints with
    ``paint(printer)``, not shown yet.  Its ``printer()`` is set up for
    ``page`` (None: the printer's own paper).  A painting failure is shown in
    the problems dialog under ``what``, the sentence that says what failed
    ("The sheet could not be printed:"), and kept in the dialog's ``error``."""
    global _preview_class
    # Qt Print Support is imported on first use: it costs start-up time
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    if _preview_class is None:

        class PrintPreviewDialog(QPrintPreviewDialog):
            def __init__(
                self,
                printer: QPrinter,
                parent: QWidget | None,
                title: str,
                paint: Callable[[QPrinter], object],
                what: str,
            ) -> None:
                super().__init__(printer, parent)
                # the dialog does not own its printer: keep it alive as long
                self._printer = printer
                self._paint = paint
                self.what = what
                self.error: str | None = None
                self.setWindowTitle(title)
                self.paintRequested.connect(self.paint)
                self.preview_actions = make_keyboard_operable(self)
                self.resize(900, 1000)

            def paint(self, printer: QPrinter) -> None:
                try:
                    self._paint(printer)
                except sheet.ExportError as exc:
                    self.error = str(exc)
                    ProblemsDialog.ask(self, ExportText.tr("Cannot print"), self.what, [str(exc)])

        _preview_class = PrintPreviewDialog
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    _setup_printer(printer, page, doc_name)
    return _preview_class(printer, parent, title, paint, what)


def make_preview(
    parent: QWidget | None, zone_set: ZoneSet, worksheet: bool = False, page: str | None = None
) -> QDialog:
    """A print preview dialog of the sheet (a QPrintPreviewDialog), not shown yet.
    Its ``printer()`` is set up for ``page`` (None: the printer's own paper)."""
    preview = _print_preview(
        parent,
        ExportText.tr("Print Worksheet") if worksheet else ExportText.tr("Print Zone Sheet"),
        lambda printer: sheet.paint_sheet(printer, zone_set, None, worksheet),
        page,
        ExportText.tr("Massage Trainer zone sheet", "the printed document's name"),
        ExportText.tr("The worksheet could not be printed:")
        if worksheet
        else ExportText.tr("The sheet could not be printed:"),
    )
    preview.setObjectName("sheetPreview")
    return preview


def make_routine_card_preview(
    parent: QWidget | None, zone_set: ZoneSet, routine: Routine, page: str | None = None
) -> QDialog:
    """A print preview dialog of the routine's one-page card, not shown yet.
    Its printer is set up for ``page`` (None: the paper of this country)."""
    preview = _print_preview(
        parent,
        i18n.fill(ExportText.tr("Print Routine Card: {routine}"), routine=routine.title),
        lambda printer: paint_routine_card(printer, zone_set, routine, None),
        page or default_page(),
        i18n.fill(
            ExportText.tr("{routine} \u2013 routine card", "the printed document's name"),
            routine=routine.title,
        ),
        ExportText.tr("The routine card could not be printed:"),
    )
    preview.setObjectName("routineCardPreview")
    return preview


class SheetPreview:
    """Print preview of the sheet, with the printer's own dialog one click away."""

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        zone_set: ZoneSet,
        worksheet: bool = False,
        page: str | None = None,
    ) -> None:
        """Show the preview modally.  Tests monkeypatch this."""
        make_preview(parent, zone_set, worksheet, page).exec()


class RoutineCardPreview:
    """Print preview of a routine's card, with the printer's own dialog one click
    away (Routine > Print Routine Card…; Export Routine Card… writes the PDF)."""

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        zone_set: ZoneSet,
        routine: Routine,
        page: str | None = None,
    ) -> None:
        """Show the preview modally.  Tests monkeypatch this."""
        make_routine_card_preview(parent, zone_set, routine, page).exec()


class ExportActions:
    """The export and print actions of one window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.export_action = self._action(
            ExportText.tr("&Export\u2026", "File menu"),
            self.export,
            QKeySequence("Ctrl+E"),
            ExportText.tr("Save the zone sheet as PDF, or the diagram as PNG or SVG"),
        )
        self.print_action = self._action(
            ExportText.tr("&Print\u2026", "File menu"),
            lambda: self.print_sheet(False),
            QKeySequence(QKeySequence.StandardKey.Print),
            ExportText.tr("Preview and print the zone sheet"),
        )
        self.print_worksheet_action = self._action(
            ExportText.tr("Print &Worksheet\u2026", "File menu"),
            lambda: self.print_sheet(True),
            None,
            ExportText.tr("Preview and print a quiz worksheet with its answer key"),
        )

    def _action(
        self, text: str, slot: Callable[[], object], shortcut: QKeySequence | None, tip: str
    ) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    # --- settings ------------------------------------------------------------------
    def _setting(self, key: str, default: object) -> object:
        value = self.window.settings.value(f"export/{key}", default)
        return default if value is None else value

    def _remember(self, key: str, value: object) -> None:
        self.window.settings.setValue(f"export/{key}", value)

    def _page(self) -> str:
        page = str(self._setting("page", default_page()))
        return page if page in sheet.PAGE_SIZES else "a4"

    # --- export ----------------------------------------------------------------------
    def export(self) -> None:
        zone_set = self.window.zone_set
        folder = save_folder(self._setting("last_dir", ""))
        suffix = str(self._setting("format", ".pdf"))
        suffix = suffix if suffix in FILTERS else ".pdf"
        try:
            dpi = int(str(self._setting("dpi", 150)))
        except (TypeError, ValueError):
            dpi = 150
        worksheet = str(self._setting("worksheet", False)).lower() == "true"
        name = f"{zone_set.view}-{'worksheet' if worksheet else 'zone-sheet'}{suffix}"
        choice = ExportDialog.ask(
            self.window,
            ExportChoice(
                folder / name,
                self._page(),
                worksheet,
                min(max(dpi, sheet.DPI_RANGE[0]), sheet.DPI_RANGE[1]),
            ),
        )
        if choice is not None:
            self.export_to(choice)

    def export_to(self, choice: ExportChoice) -> bool:
        """Write the file; report a problem in a dialog.  True when written."""
        try:
            done = self._write(choice)
        except (sheet.ExportError, ValueError) as exc:
            ProblemsDialog.ask(
                self.window,
                ExportText.tr("Cannot export"),
                i18n.fill(ExportText.tr("{file} could not be written:"), file=choice.path),
                [str(exc)],
            )
            return False
        self._remember("last_dir", str(choice.path.parent))
        self._remember("format", choice.suffix)
        self._remember("page", choice.page)
        self._remember("worksheet", choice.worksheet)
        self._remember("dpi", choice.dpi)
        self.window.statusBar().showMessage(
            i18n.fill(ExportText.tr("Wrote {file} ({what})"), file=choice.path, what=done), 8000
        )
        return True

    def _write(self, choice: ExportChoice) -> str:
        """Write the file under a wait cursor; return what was written, in words."""
        zone_set = self.window.zone_set
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if choice.suffix == ".pdf":
                pages = sheet.write_pdf(zone_set, choice.path, choice.page, choice.worksheet)
                return i18n.fill(
                    ExportText.tr("{pages}, {paper}"),
                    pages=ExportText.tr("%n page(s)", "", pages),
                    paper=sheet.PAGE_NAMES[choice.page],
                )
            if choice.suffix == ".png":
                size = sheet.write_png(zone_set, choice.path, choice.dpi, choice.worksheet)
                return i18n.fill(
                    ExportText.tr("{width}\u00d7{height} pixels"),
                    width=size.width(),
                    height=size.height(),
                )
            if choice.suffix == ".svg":
                sheet.write_svg(zone_set, choice.path, choice.worksheet)
                return "SVG"
            raise sheet.ExportError(ExportText.tr("the name must end in .pdf, .png or .svg"))
        finally:
            QGuiApplication.restoreOverrideCursor()

    # --- print -------------------------------------------------------------------------
    def print_sheet(self, worksheet: bool = False) -> None:
        SheetPreview.ask(self.window, self.window.zone_set, worksheet, self._page())


def add_export_actions(window: MainWindow) -> ExportActions:
    """Add Export…, Print… and Print Worksheet… to ``window.file_menu``, before
    Quit, followed by a separator."""
    actions = ExportActions(window)
    menu, before = window.file_menu, window.quit_action
    for action in (actions.export_action, actions.print_action, actions.print_worksheet_action):
        menu.insertAction(before, action)
    menu.insertSeparator(before)
    return actions
