"""The Progress tab: mastery per area as a table, and the colours that show it on the map.

``ProgressView`` lists the saved progress of the open view (one row per area
and mode) and offers the "Show on map" overlay, CSV export and reset; it only
shows things and emits signals, the quiz controller (``ui.quiz.controller``) acts on
them.  ``mastery_tints`` turns progress into zone fills for
a ``MapLook``'s tints.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from datetime import datetime

from PySide6.QtCore import QItemSelectionModel, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from massage_trainer.core.colours import MASTERY_COLOURS, UNSEEN_COLOUR
from massage_trainer.core.quiz import MODE_LABELS, ItemProgress, Mode, Progress
from massage_trainer.core.quiz.modes import which_way_names
from massage_trainer.core.quiz.schedule import BOXES
from massage_trainer.core.zones import ZoneSet
from massage_trainer.ui.lazypage import LazyPage

# short headers leave the room to the area names; the tooltips say them in full
COLUMNS = ("Area", "Mode", "Asked", "First try", "Box", "Due")
COLUMN_TIPS = (
    "The area of the body",
    "The quiz mode",
    "How often it was asked",
    "How often it was right at the first try",
    "Box 1 is still being missed; box 5 is known for weeks",
    "When it is due for practice again",
)


def mastery_colour(box: float | None) -> QColor:
    """The fill for a (mean) Leitner box; None is an area never asked."""
    if box is None:
        return QColor(UNSEEN_COLOUR)
    index = min(BOXES, max(1, round(box))) - 1
    return QColor(MASTERY_COLOURS[index])


def mastery_by_kind(progress: Progress, view: str, mode: Mode | None = None) -> dict[str, float]:
    """The mean box of each kind asked in ``view`` (in ``mode``, or over every mode)."""
    boxes: dict[str, list[int]] = {}
    for key, item in progress:
        item_view, item_mode, kind = key.split("/")
        if item_view == view and (mode is None or item_mode == mode.value):
            boxes.setdefault(kind, []).append(item.box)
    return {kind: sum(b) / len(b) for kind, b in boxes.items()}


def mastery_tints(
    zone_set: ZoneSet, progress: Progress, mode: Mode | None = None
) -> dict[str, QColor]:
    """A fill for every zone of the set: its kind's mastery, grey when never asked."""
    mastery = mastery_by_kind(progress, zone_set.view, mode)
    return {z.id: mastery_colour(mastery.get(z.kind)) for z in zone_set.zones}


def due_text(next_due: float, now: float) -> str:
    """When an area is due again, by local calendar days, as the quiz set-up
    page counts them (``statistics.due_counts``): "now", "today", "tomorrow",
    "in 3 days"."""
    if next_due <= now:
        return "now"
    today = datetime.fromtimestamp(now).astimezone().date()
    days = (datetime.fromtimestamp(next_due).astimezone().date() - today).days
    if days <= 0:
        return "today"
    if days == 1:
        return "tomorrow"
    return f"in {days} days"


class _SortItem(QTableWidgetItem):
    """A cell shown as text but sorted by a number."""

    def __init__(self, text: str, key: float | str) -> None:
        super().__init__(text)
        self.key = key
        self.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        if isinstance(other, _SortItem):
            # one column holds one kind of key
            return self.key < other.key  # type: ignore[operator]
        return super().__lt__(other)


class _Header(QHeaderView):
    """A header that keeps room for the sort arrow only in the sorted column
    (Qt keeps it in every column sized to its contents)."""

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:
        size = super().sectionSizeFromContents(logicalIndex)
        if self.isSortIndicatorShown() and logicalIndex != self.sortIndicatorSection():
            margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
            size.setWidth(size.width() - size.height() - margin)
        return size


# over the mastery swatches: the map's colours mean something else here
LEGEND_TITLE = "Colours on this tab show how well you know an area, not how safe it is"
LEGEND_DESCRIPTION = (
    "Mastery colours, all one purple: never asked is near white; box 1, still "
    "being missed, is the palest purple; each box up is darker, to box 5, known "
    "for weeks. They are not the safety colours."
)


class MasteryLegend(QWidget):
    """The swatches of the map overlay: never asked, then box 1 to box 5."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("masteryLegend")
        self.setAccessibleName("Mastery colours")
        self.setAccessibleDescription(LEGEND_DESCRIPTION)
        self.setToolTip(LEGEND_DESCRIPTION)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(360, 38)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 38)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        entries = [(UNSEEN_COLOUR, "new")] + [
            (c, str(i + 1)) for i, c in enumerate(MASTERY_COLOURS)
        ]
        width = (self.width() - 8) / len(entries)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        for i, (colour, label) in enumerate(entries):
            swatch = QRectF(4 + i * width, 2, width - 4, 14)
            painter.fillRect(swatch, QColor(colour))
            painter.setPen(QColor("#555555"))
            painter.drawRect(swatch)
            painter.setPen(text)
            painter.drawText(
                QRectF(swatch.left(), 18, swatch.width(), 18),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                "box " + label if i == 1 else label,
            )
        painter.end()


class ProgressView(LazyPage):
    """The Progress tab.  Emits ``showOnMapChanged(bool)``, ``modeChanged()``,
    ``kindSelected(kind or "")``, ``exportRequested()`` and ``resetRequested()``."""

    showOnMapChanged = Signal(bool)
    modeChanged = Signal()
    kindSelected = Signal(str)
    exportRequested = Signal()
    resetRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressView")

    def build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.summary = QLabel()
        self.summary.setObjectName("progressSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.summary)

        row = QHBoxLayout()
        self.mode_combo = QComboBox()
        self.mode_combo.setAccessibleName("Mode shown")
        self.mode_combo.addItem("All modes", None)
        for mode in Mode:
            self.mode_combo.addItem(MODE_LABELS[mode], mode.value)
        self.mode_combo.currentIndexChanged.connect(lambda _i: self._on_mode())
        self.show_on_map = QCheckBox("Show on &map")
        self.show_on_map.setToolTip("Colour each area of the body map by how well you know it")
        self.show_on_map.toggled.connect(self.showOnMapChanged)
        row.addWidget(QLabel("Mode:"))
        row.addWidget(self.mode_combo, 1)
        row.addWidget(self.show_on_map)
        layout.addLayout(row)
        self.legend_title = QLabel(LEGEND_TITLE)
        self.legend_title.setObjectName("masteryLegendTitle")
        self.legend_title.setWordWrap(True)
        self.legend_title.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.legend_title)
        self.legend = MasteryLegend()
        layout.addWidget(self.legend)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("progressTable")
        self.table.setAccessibleName("Progress per area")
        self.table.setHorizontalHeader(_Header(Qt.Orientation.Horizontal, self.table))
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        for column, tip in enumerate(COLUMN_TIPS):
            header_item = self.table.horizontalHeaderItem(column)
            if header_item is not None:
                header_item.setToolTip(tip)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        # the area name takes the room the others leave, and wraps if it must
        self.table.setWordWrap(True)
        rows = self.table.verticalHeader()
        rows.setMinimumSectionSize(rows.defaultSectionSize())
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setHighlightSections(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.itemSelectionChanged.connect(self._on_selection)
        layout.addWidget(self.table, 1)

        self.empty = QLabel(
            "No progress yet. Start a quiz (Ctrl+R) or a practice round "
            "(Ctrl+Shift+R); every answer is remembered here."
        )
        self.empty.setWordWrap(True)
        # shown instead of the table: it takes the table's room, text at the top
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.empty, 1)

        buttons = QHBoxLayout()
        self.export_button = QPushButton("&Export as CSV\u2026")
        self.export_button.clicked.connect(self.exportRequested)
        self.reset_button = QPushButton("Re&set\u2026")
        self.reset_button.setToolTip("Forget all saved progress (asks first)")
        self.reset_button.clicked.connect(self.resetRequested)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.reset_button)
        layout.addLayout(buttons)
        self._filling = False

    @property
    def mode(self) -> Mode | None:
        value = self.mode_combo.currentData()
        return Mode(value) if value else None

    def _on_mode(self) -> None:
        self.modeChanged.emit()

    def refresh(self, progress: Progress, zone_set: ZoneSet, now: float | None = None) -> None:
        """Fill the table with the progress of ``zone_set``'s view in the chosen mode."""
        now = time.time() if now is None else now
        names = {kind: zones[0].name for kind, zones in zone_set.kinds().items()}
        labels = {**names, **which_way_names(zone_set)}  # "Which way?" asks about strokes
        rows: list[tuple[str, str, ItemProgress]] = []
        for key, item in progress:
            view, mode, kind = key.split("/")
            if view == zone_set.view and (self.mode is None or mode == self.mode.value):
                rows.append((kind, mode, item))
        self._filling = True
        selected = self.selected_kinds()
        self.table.setSortingEnabled(False)
        self.table.clearSelection()
        self.table.setRowCount(len(rows))
        for r, (kind, mode, item) in enumerate(rows):
            share = item.first_try_right / item.attempts if item.attempts else 0.0
            mode_label = MODE_LABELS[Mode(mode)] if mode in Mode._value2member_map_ else mode
            name = labels.get(kind, kind)
            cells = [
                _SortItem(name, name.lower()),
                _SortItem(mode_label, mode_label.lower()),
                _SortItem(str(item.attempts), item.attempts),
                _SortItem(f"{round(100 * share)} %", share),
                _SortItem(str(item.box), item.box),
                _SortItem(due_text(item.next_due, now), item.next_due),
            ]
            cells[0].setData(Qt.ItemDataRole.UserRole, kind)
            cells[4].setData(Qt.ItemDataRole.DecorationRole, mastery_colour(item.box))
            for c, cell in enumerate(cells):
                self.table.setItem(r, c, cell)
        self.table.setSortingEnabled(True)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        kinds = {kind for kind, _m, _i in rows}
        self.summary.setText(
            f"{zone_set.title}: {len(kinds)} of {len(names)} areas practised"
            + (f" in \u201c{MODE_LABELS[self.mode]}\u201d." if self.mode else ".")
            + " Box 1 is still being missed; box 5 is known for weeks."
        )
        self.export_button.setEnabled(len(progress) > 0)
        self.reset_button.setEnabled(len(progress) > 0)
        self._filling = False
        if selected:
            self.select_kinds(selected)

    def selected_kinds(self) -> list[str]:
        kinds: list[str] = []
        for index in self.table.selectionModel().selectedRows(0):
            kind = index.data(Qt.ItemDataRole.UserRole)
            if kind and kind not in kinds:
                kinds.append(kind)
        return kinds

    def select_kinds(self, kinds: Iterable[str]) -> None:
        """Select the rows of these kinds (a click on the overlay map)."""
        wanted = set(kinds)
        model = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        self.table.clearSelection()
        first = None
        for r in range(self.table.rowCount()):
            cell = self.table.item(r, 0)
            if cell is not None and cell.data(Qt.ItemDataRole.UserRole) in wanted:
                model.select(self.table.model().index(r, 0), flags)
                first = cell if first is None else first
        if first is not None:
            self.table.scrollToItem(first)

    def _on_selection(self) -> None:
        if not self._filling:
            kinds = self.selected_kinds()
            self.kindSelected.emit(kinds[0] if kinds else "")


__all__ = [
    "MASTERY_COLOURS",
    "UNSEEN_COLOUR",
    "MasteryLegend",
    "ProgressView",
    "due_text",
    "mastery_by_kind",
    "mastery_colour",
    "mastery_tints",
]
