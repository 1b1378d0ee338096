"""File > Open Class Results…: how a class did on one exam.

``open_class_results(window)`` asks for results files or a folder of them
(``ResultsSources.ask``) and opens a ``ClassResultsWindow``: the zones the
class got wrong (safety mistakes first), one row per learner, and the files
left out with the reason (``core.classresults``).  Export CSV… saves the
table shown, atomically; Print Summary… opens the print preview of the
one-page summary (``paint.classsummary``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from massage_trainer.core import i18n
from massage_trainer.core.classresults import (
    ClassResults,
    load_class,
    write_learner_csv,
    write_zone_csv,
)
from massage_trainer.paint.classsummary import (
    LEARNER_HEADINGS,
    ZONE_HEADINGS,
    learner_cells,
    paint_class_summary,
    totals_line,
    zone_cells,
)
from massage_trainer.ui.dialogs import save_folder

if TYPE_CHECKING:
    from massage_trainer.ui.mainwindow import MainWindow

from massage_trainer.core.i18n import Tr

NUMERIC_FROM = 3  # zone table columns from here on hold numbers (learners: from 1)


class ClassWindowText(Tr):
    """Texts of the Class Results window and its dialogs."""


# --- the dialogs (tests replace each ``ask``) ------------------------------------------
class ResultsSources:
    """Results files, or a folder of them."""

    @classmethod
    def ask(cls, parent: QWidget | None, folder: str) -> list[str]:
        """The chosen files (or the one folder); [] if cancelled."""
        box = QMessageBox(parent)
        box.setWindowTitle(ClassWindowText.tr("Open Class Results"))
        box.setText(ClassWindowText.tr("Open the results files your learners handed in."))
        box.setInformativeText(
            ClassWindowText.tr(
                "Choose some files, or a whole folder: every .json file in it is read."
            )
        )
        files = box.addButton(
            ClassWindowText.tr("Choose &Files\u2026"), QMessageBox.ButtonRole.AcceptRole
        )
        whole = box.addButton(
            ClassWindowText.tr("Choose a F&older\u2026"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(files)
        box.exec()
        if box.clickedButton() is files:
            return ResultsFiles.ask(parent, folder)
        if box.clickedButton() is whole:
            chosen = ResultsFolder.ask(parent, folder)
            return [chosen] if chosen else []
        return []


class ResultsFiles:
    @classmethod
    def ask(cls, parent: QWidget | None, folder: str) -> list[str]:
        names, _ = QFileDialog.getOpenFileNames(
            parent,
            ClassWindowText.tr("Open Results Files"),
            folder,
            ClassWindowText.tr("Exam results (*.json);;All files (*)"),
        )
        return list(names)


class ResultsFolder:
    @classmethod
    def ask(cls, parent: QWidget | None, folder: str) -> str:
        return QFileDialog.getExistingDirectory(
            parent, ClassWindowText.tr("Open a Folder of Results"), folder
        )


class CsvPath:
    """Where to save a table as CSV."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            parent, title, suggested, ClassWindowText.tr("CSV files (*.csv);;All files (*)")
        )
        return path


class ClassWarning:
    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)


class SummaryPreview:
    """The print preview of the one-page summary."""

    @classmethod
    def ask(cls, parent: QWidget | None, results: ClassResults) -> None:
        make_summary_preview(parent, results).exec()


def make_summary_preview(parent: QWidget | None, results: ClassResults) -> QDialog:
    # the print machinery is shared with the sheet's and the routine card's
    from massage_trainer.ui.exporting import _print_preview, default_page

    preview = _print_preview(
        parent,
        i18n.fill(ClassWindowText.tr("Print Class Summary: {exam}"), exam=results.exam_title),
        lambda printer: paint_class_summary(printer, results, None),
        default_page(),
        i18n.fill(
            ClassWindowText.tr("{exam} \u2013 class results", "the printed document's name"),
            exam=results.exam_title,
        ),
        ClassWindowText.tr("The class summary could not be printed:"),
    )
    preview.setObjectName("classSummaryPreview")
    return preview


def _plain(text: str) -> str:
    words = "".join(c if c.isalnum() else " " for c in text.casefold()).split()
    return "-".join(words)[:40].strip("-") or "class"


# --- the window ----------------------------------------------------------------------
class ClassResultsWindow(QDialog):
    """The class's results for one exam: by zone, by learner, and what was left out."""

    def __init__(
        self,
        parent: QWidget | None,
        sources: Sequence[str | Path],
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("classResultsWindow")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.settings = settings or QSettings()
        self.sources: list[Path] = []
        self.results = ClassResults()

        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setObjectName("classTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.totals = QLabel()
        self.totals.setObjectName("classTotals")
        self.totals.setWordWrap(True)
        layout.addWidget(self.totals)

        self.tabs = QTabWidget()
        self.zone_table = self._table(
            (*ZONE_HEADINGS, ClassWindowText.tr("Missed by")),
            ClassWindowText.tr("Zones, safety mistakes first"),
        )
        self.learner_table = self._table(
            (*LEARNER_HEADINGS, ClassWindowText.tr("File", "a column: the results file")),
            ClassWindowText.tr("Learners"),
        )
        self.left_out = QListWidget()
        self.left_out.setObjectName("leftOut")
        self.left_out.setAccessibleName(ClassWindowText.tr("Files left out"))
        self.left_out.setWordWrap(True)
        self.tabs.addTab(self.zone_table, ClassWindowText.tr("By &Zone"))
        self.tabs.addTab(self.learner_table, ClassWindowText.tr("By &Learner"))
        self.tabs.addTab(self.left_out, self._left_out_tab(None))
        layout.addWidget(self.tabs, 1)
        self.status = QLabel()
        self.status.setObjectName("classStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.status)

        row = QHBoxLayout()
        self.add_files_button = QPushButton(ClassWindowText.tr("Add &Files\u2026"))
        self.add_files_button.clicked.connect(self.add_files)
        self.add_folder_button = QPushButton(ClassWindowText.tr("Add F&older\u2026"))
        self.add_folder_button.clicked.connect(self.add_folder)
        self.csv_button = QPushButton(ClassWindowText.tr("&Export CSV\u2026"))
        self.csv_button.setToolTip(ClassWindowText.tr("Save the table shown as a CSV file"))
        self.csv_button.clicked.connect(self.export_csv)
        self.print_button = QPushButton(ClassWindowText.tr("&Print Summary\u2026"))
        self.print_button.setToolTip(
            ClassWindowText.tr("A one-page summary, through the print preview")
        )
        self.print_button.clicked.connect(self.print_summary)
        close = QPushButton(ClassWindowText.tr("&Close"))
        close.clicked.connect(self.close)
        for button in (self.add_files_button, self.add_folder_button):
            row.addWidget(button)
        row.addStretch(1)
        for button in (self.csv_button, self.print_button, close):
            row.addWidget(button)
        layout.addLayout(row)
        self.resize(980, 640)
        self.add_sources(sources)

    @staticmethod
    def _left_out_tab(count: int | None) -> str:
        """The third tab's name; with the number of files left out once read."""
        if count is None:
            return ClassWindowText.tr("Left &Out")
        return i18n.fill(
            ClassWindowText.tr("Left &Out ({count})", "the number of files left out"),
            count=count,
        )

    def _table(self, headings: Sequence[str], name: str) -> QTableWidget:
        table = QTableWidget(0, len(headings))
        table.setHorizontalHeaderLabels(list(headings))
        table.setAccessibleName(name)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return table

    # --- loading -----------------------------------------------------------------------
    def add_sources(self, sources: Sequence[str | Path]) -> None:
        """Read these files and folders too (with those already open)."""
        for source in sources:
            path = Path(source)
            if path not in self.sources:
                self.sources.append(path)
        self.results = load_class(self.sources)
        self._fill()

    def add_files(self) -> None:
        chosen = ResultsFiles.ask(self, str(self._folder()))
        if chosen:
            self.add_sources(chosen)

    def add_folder(self) -> None:
        chosen = ResultsFolder.ask(self, str(self._folder()))
        if chosen:
            self.add_sources([chosen])

    def _folder(self) -> Path:
        return save_folder(self.settings.value("class/last_dir", ""))

    def _fill(self) -> None:
        results = self.results
        title = results.exam_title or ClassWindowText.tr("no exam")
        self.setWindowTitle(
            i18n.fill(
                ClassWindowText.tr("Class Results: {exam} \u2013 Massage Trainer"), exam=title
            )
        )
        self.title.setText(i18n.fill(ClassWindowText.tr("Class results: {exam}"), exam=title))
        left = len(results.rejected)
        left_words = (
            ClassWindowText.tr("Every file was counted.")
            if not left
            else ClassWindowText.tr("%n file(s) left out: see Left Out.", "", left)
        )
        self.totals.setText(f"{totals_line(results)} {left_words}")
        warning = self.style().standardIcon(self.style().StandardPixmap.SP_MessageBoxWarning)

        zones = results.zone_rows()
        self.zone_table.setRowCount(len(zones))
        for r, zone in enumerate(zones):
            cells = (*zone_cells(zone), ", ".join(zone.missed_by))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if NUMERIC_FROM <= c < len(cells) - 1:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if c == 0 and zone.safety_mistakes:
                    item.setIcon(warning)
                    item.setToolTip(
                        ClassWindowText.tr(
                            "Safety mistakes here: answers less careful than the zone needs"
                        )
                    )
                self.zone_table.setItem(r, c, item)

        learners = results.learner_rows()
        self.learner_table.setRowCount(len(learners))
        for r, learner in enumerate(learners):
            cells = (*learner_cells(learner), learner.path.name)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if 1 <= c < len(cells) - 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if c == 0 and learner.safety_mistakes:
                    item.setIcon(warning)
                self.learner_table.setItem(r, c, item)

        self.left_out.clear()
        for rejected in results.rejected:
            self.left_out.addItem(str(rejected))
        self.tabs.setTabText(2, self._left_out_tab(left))
        has_results = bool(results.results)
        self.csv_button.setEnabled(has_results)
        self.print_button.setEnabled(has_results)
        if self.sources:
            self.settings.setValue("class/last_dir", str(self.sources[-1].resolve().parent))

    # --- output ------------------------------------------------------------------------
    def export_csv(self) -> bool:
        """Save the table shown (the zones, unless the learners are shown) as CSV."""
        learners = self.tabs.currentWidget() is self.learner_table
        what = "learners" if learners else "zones"
        folder = save_folder(self.settings.value("class/csv_dir", ""))
        suggested = folder / f"{_plain(self.results.exam_title)}-{what}.csv"
        title = (
            ClassWindowText.tr("Export the Learners Table as CSV")
            if learners
            else ClassWindowText.tr("Export the Zones Table as CSV")
        )
        path = CsvPath.ask(self, title, str(suggested))
        if not path:
            return False
        target = Path(path)
        if target.suffix.lower() != ".csv":
            target = target.with_name(target.name + ".csv")
        try:
            (write_learner_csv if learners else write_zone_csv)(self.results, target)
        except OSError as exc:
            reason = str(exc) or exc.strerror or ClassWindowText.tr("it could not be written")
            self.status.setText(
                i18n.fill(
                    ClassWindowText.tr("Not saved: {file} could not be written ({reason})."),
                    file=target,
                    reason=reason,
                )
            )
            ClassWarning.ask(
                self,
                ClassWindowText.tr("Export Failed"),
                i18n.fill(
                    ClassWindowText.tr("{file} could not be written: {reason}."),
                    file=target,
                    reason=reason,
                ),
            )
            return False
        self.settings.setValue("class/csv_dir", str(target.parent))
        saved = (
            ClassWindowText.tr("The learners table is saved to {file}.")
            if learners
            else ClassWindowText.tr("The zones table is saved to {file}.")
        )
        self.status.setText(i18n.fill(saved, file=target))
        return True

    def print_summary(self) -> None:
        SummaryPreview.ask(self, self.results)


def open_class_results(window: MainWindow) -> ClassResultsWindow | None:
    """File > Open Class Results…"""
    folder = save_folder(window.settings.value("class/last_dir", ""))
    chosen = ResultsSources.ask(window, str(folder))
    if not chosen:
        return None
    results_window = ClassResultsWindow(window, chosen, window.settings)
    previous = getattr(window, "class_results_window", None)
    if isinstance(previous, ClassResultsWindow) and not previous.isVisible():
        previous.deleteLater()
    window.class_results_window = results_window  # type: ignore[attr-defined]
    results_window.show()
    return results_window


__all__ = [
    "ClassResultsWindow",
    "CsvPath",
    "ResultsFiles",
    "ResultsFolder",
    "ResultsSources",
    "SummaryPreview",
    "make_summary_preview",
    "open_class_results",
]
