"""The Progress tab: mastery per area as a table, the colours that show it on
the map, and the statistics over time.

``ProgressView`` has two pages.  Areas lists the saved progress of the open
view (one row per area and mode, in a ``ProgressTableModel`` filled in one
pass) and offers the "Show on map" overlay, CSV export and reset; Statistics
(``ui.statistics.StatisticsView``) shows the answer log's figures and charts
and offers the progress report.  It only
shows things and emits signals, the quiz controller (``ui.quiz.controller``) acts on
them.  ``mastery_tints`` turns progress into zone fills for
a ``MapLook``'s tints.
"""

from __future__ import annotations

import math
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPalette,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from massage_trainer.core import i18n
from massage_trainer.core.colours import MASTERY_COLOURS, UNSEEN_COLOUR
from massage_trainer.core.i18n import Tr
from massage_trainer.core.quiz import MODE_LABELS, ItemProgress, Mode, Progress
from massage_trainer.core.quiz.modes import which_way_names
from massage_trainer.core.quiz.schedule import BOXES
from massage_trainer.core.zones import ZoneSet
from massage_trainer.ui.lazypage import LazyPage
from massage_trainer.ui.statistics import StatisticsView


class ProgressTabText(Tr):
    """Texts of the Progress tab's Areas page: the table, the map colours."""


# short headers leave the room to the area names; the tooltips say them in
# full (in English here: translated where they are shown)
COLUMNS = (
    i18n.QT_TRANSLATE_NOOP("ProgressTabText", "Area"),
    i18n.QT_TRANSLATE_NOOP("ProgressTabText", "Mode"),
    i18n.QT_TRANSLATE_NOOP("ProgressTabText", "Asked"),
    i18n.QT_TRANSLATE_NOOP("ProgressTabText", "First try"),
    i18n.QT_TRANSLATE_NOOP("ProgressTabText", "Box"),
    i18n.QT_TRANSLATE_NOOP("ProgressTabText", "Due"),
)
COLUMN_TIPS = (
    i18n.QT_TRANSLATE_NOOP("ProgressTabText", "The area of the body"),
    i18n.QT_TRANSLATE_NOOP("ProgressTabText", "The quiz mode"),
    i18n.QT_TRANSLATE_NOOP("ProgressTabText", "How often it was asked"),
    i18n.QT_TRANSLATE_NOOP("ProgressTabText", "How often it was right at the first try"),
    i18n.QT_TRANSLATE_NOOP(
        "ProgressTabText", "Box 1 is still being missed; box 5 is known for weeks"
    ),
    i18n.QT_TRANSLATE_NOOP("ProgressTabText", "When it is due for practice again"),
)
BOX_COLUMN = 4
WRAPPING_COLUMNS = (1, 5)  # the mode and when due wrap when the table is narrow
_NO_INDEX = QModelIndex()


# the question forms kept apart from their mode's progress (``engine.progress_mode``)
# (their mode, the words around the mode's name: "Find it, left or right")
FORM_LABELS = {
    "side": (Mode.FIND, i18n.QT_TRANSLATE_NOOP("ProgressTabText", "{mode}, left or right")),
    "typed": (Mode.NAME, i18n.QT_TRANSLATE_NOOP("ProgressTabText", "{mode}, typed")),
}


def mode_text(mode: str) -> str:
    """The Mode column's words for the mode part of a progress key."""
    if mode in Mode._value2member_map_:
        return MODE_LABELS[Mode(mode)]
    if mode in FORM_LABELS:
        base, words = FORM_LABELS[mode]
        return i18n.fill(i18n.translated("ProgressTabText", words), mode=MODE_LABELS[base])
    return mode


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
        return ProgressTabText.tr("now", "due")
    today = datetime.fromtimestamp(now).astimezone().date()
    days = (datetime.fromtimestamp(next_due).astimezone().date() - today).days
    if days <= 0:
        return ProgressTabText.tr("today", "due")
    if days == 1:
        return ProgressTabText.tr("tomorrow", "due")
    return ProgressTabText.tr("in %n day(s)", "due", days)


@dataclass(frozen=True)
class ProgressRow:
    """One row of the table: what each cell shows and what it sorts by."""

    kind: str
    texts: tuple[str, ...]
    keys: tuple[float | str, ...]
    box: int


class ProgressTableModel(QAbstractTableModel):
    """The progress rows behind the table, filled in one reset and sorted in
    place, so that thousands of items cost a pass over them, not a layout per
    cell (a ``QTableWidget`` filled cell by cell with rows sized to their
    contents measured every row again at every cell)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ProgressRow] = []
        self._sorted: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: list[ProgressRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        if self._sorted is not None:
            self._sort_rows(*self._sorted)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.texts[column]
        if role == Qt.ItemDataRole.UserRole and column == 0:
            return row.kind
        if role == Qt.ItemDataRole.DecorationRole and column == BOX_COLUMN:
            return mastery_colour(row.box)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return i18n.translated("ProgressTabText", COLUMNS[section])
            if role == Qt.ItemDataRole.ToolTipRole:
                return i18n.translated("ProgressTabText", COLUMN_TIPS[section])
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self._sorted = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._sort_rows(column, order)
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        # ties by name, so the order is the same every time
        self.rows.sort(key=lambda r: (r.keys[column], r.keys[0]))
        if order == Qt.SortOrder.DescendingOrder:
            self.rows.reverse()

    def row_of(self, index: int) -> ProgressRow:
        return self.rows[index]


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
LEGEND_TITLE = i18n.QT_TRANSLATE_NOOP(
    "ProgressTabText", "Colours on this tab show how well you know an area, not how safe it is"
)
LEGEND_DESCRIPTION = i18n.QT_TRANSLATE_NOOP(
    "ProgressTabText",
    "Mastery colours, all one purple: never asked is near white; box 1, still "
    "being missed, is the palest purple; each box up is darker, to box 5, known "
    "for weeks. They are not the safety colours.",
)


class MasteryLegend(QWidget):
    """The swatches of the map overlay: never asked, then box 1 to box 5."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("masteryLegend")
        self.setAccessibleName(ProgressTabText.tr("Mastery colours"))
        description = i18n.translated("ProgressTabText", LEGEND_DESCRIPTION)
        self.setAccessibleDescription(description)
        self.setToolTip(description)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def _row(self) -> float:
        """A swatch's height and a line of text, from the font."""
        return self.fontMetrics().height()

    def sizeHint(self) -> QSize:
        line = self._row()
        return QSize(int(line * 24), int(line * 2.4 + 4))

    def minimumSizeHint(self) -> QSize:
        line = self._row()
        return QSize(int(sum(self._columns()) + 8), int(line * 2.4 + 4))

    def _columns(self) -> list[float]:
        """The narrowest each swatch may be: "new" and "box 1" as wide as their
        words (which some languages make long), the other boxes their number."""
        line = self._row()
        metrics = self.fontMetrics()

        def fit(label: str) -> float:
            return max(metrics.horizontalAdvance(label), line * 2) + 6

        rest = [fit(str(i + 1)) for i in range(1, len(MASTERY_COLOURS))]
        return [fit(self._new_label()), fit(self._box_label(1)), *rest]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        entries = [(UNSEEN_COLOUR, self._new_label())] + [
            (c, str(i + 1)) for i, c in enumerate(MASTERY_COLOURS)
        ]
        columns = self._columns()
        spare = max(0.0, (self.width() - 8 - sum(columns)) / len(columns))
        text = self.palette().color(QPalette.ColorRole.WindowText)
        line = self._row()
        left = 4.0
        for i, (colour, label) in enumerate(entries):
            width = columns[i] + spare
            swatch = QRectF(left, 2, width - 4, line * 0.9)
            left += width
            painter.fillRect(swatch, QColor(colour))
            painter.setPen(QColor("#555555"))
            painter.drawRect(swatch)
            painter.setPen(text)
            painter.drawText(
                QRectF(swatch.left(), swatch.bottom() + 2, swatch.width(), line * 1.3),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                self._box_label(1) if i == 1 else label,
            )
        painter.end()

    @staticmethod
    def _new_label() -> str:
        """The label under the swatch of what was never asked."""
        return ProgressTabText.tr("new", "never asked")

    @staticmethod
    def _box_label(box: int) -> str:
        """The first box's label under its swatch ("box 1"; the others: their number)."""
        return i18n.fill(ProgressTabText.tr("box {number}", "a Leitner box"), number=box)


class ProgressView(LazyPage):
    """The Progress tab: the Areas page (the table, the map colours) and the
    Statistics page.  Emits ``showOnMapChanged(bool)``, ``modeChanged()``,
    ``kindSelected(kind or "")``, ``exportRequested()``, ``resetRequested()``,
    ``statisticsShown()`` and ``reportRequested()``."""

    showOnMapChanged = Signal(bool)
    modeChanged = Signal()
    kindSelected = Signal(str)
    exportRequested = Signal()
    resetRequested = Signal()
    statisticsShown = Signal()  # the Statistics page is on screen: fill it
    reportRequested = Signal()
    table_model = ProgressTableModel  # the model class behind the table

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressView")

    def build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        # two pages: the areas (table and map colours) and the statistics over
        # time, which are read from the answer log only when their page is shown
        self.pages = QTabWidget()
        self.pages.setObjectName("progressPages")
        self.pages.setDocumentMode(True)
        outer.addWidget(self.pages)
        areas = QWidget()
        areas.setObjectName("progressAreas")
        layout = QVBoxLayout(areas)
        layout.setContentsMargins(4, 8, 4, 4)
        self.pages.addTab(areas, ProgressTabText.tr("&Areas"))
        self.statistics = StatisticsView()
        scroll = QScrollArea()
        scroll.setWidget(self.statistics)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.statistics_page = scroll
        self.pages.addTab(scroll, ProgressTabText.tr("Statisti&cs"))
        self.pages.currentChanged.connect(self._on_page)
        self.statistics.exportRequested.connect(self.reportRequested)
        self.summary = QLabel()
        self.summary.setObjectName("progressSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.summary)

        row = QHBoxLayout()
        self.mode_combo = QComboBox()
        self.mode_combo.setAccessibleName(ProgressTabText.tr("Mode shown"))
        self.mode_combo.addItem(ProgressTabText.tr("All modes"), None)
        for mode in Mode:
            self.mode_combo.addItem(MODE_LABELS[mode], mode.value)
        self.mode_combo.currentIndexChanged.connect(lambda _i: self._on_mode())
        self.show_on_map = QCheckBox(ProgressTabText.tr("Show on &map"))
        self.show_on_map.setToolTip(
            ProgressTabText.tr("Colour each area of the body map by how well you know it")
        )
        self.show_on_map.toggled.connect(self.showOnMapChanged)
        mode_label = QLabel(ProgressTabText.tr("Mode sho&wn:"))
        mode_label.setBuddy(self.mode_combo)
        # a narrow combo and the check box on a row of its own: the tab must
        # not widen the window at 800 px with a large font
        self.mode_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.mode_combo.setMinimumContentsLength(10)
        row.addWidget(mode_label)
        row.addWidget(self.mode_combo, 1)
        layout.addLayout(row)
        layout.addWidget(self.show_on_map)
        self.legend_title = QLabel(i18n.translated("ProgressTabText", LEGEND_TITLE))
        self.legend_title.setObjectName("masteryLegendTitle")
        self.legend_title.setWordWrap(True)
        self.legend_title.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.legend_title)
        self.legend = MasteryLegend()
        layout.addWidget(self.legend)

        self.model = self.table_model(self)
        self.table = QTableView()
        self.table.setObjectName("progressTable")
        self.table.setAccessibleName(ProgressTabText.tr("Progress per area"))
        self.table.setHorizontalHeader(_Header(Qt.Orientation.Horizontal, self.table))
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        # the area name takes the room the others leave, and wraps if it must
        self.table.setWordWrap(True)
        # rows one line high; a name too long for its column gets the lines it
        # needs (``_fit_rows``): sizing every row to its contents measured
        # every cell of thousands of rows at each sort and resize
        rows = self.table.verticalHeader()
        rows.setMinimumSectionSize(rows.defaultSectionSize())
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._advances: dict[str, int] = {}
        self._heights: dict[tuple[str, int], int] = {}
        self._padding: int | None = None
        self._one_line = rows.defaultSectionSize()
        self._fitting = False
        self._generation = 0
        self._rows_fitted: tuple[object, ...] | None = None
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setHighlightSections(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # the other columns as wide as their widest text (``_fit_columns``):
        # Qt's sizing to contents reads a thousand rows per column at every change
        for column in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._on_selection())
        # the fitting waits for the layout to settle: a fill, a sort and the
        # resizes they set off are fitted once, in the next pass of the event loop
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_columns)
        header.sectionResized.connect(
            lambda column, _old, _new: self._fit_soon() if column == 0 else None
        )
        self.model.modelReset.connect(self._model_changed)
        self.table.viewport().installEventFilter(self)
        header.sortIndicatorChanged.connect(lambda *_a: self._fit_soon())
        self.model.layoutChanged.connect(lambda *_a: self._model_changed())
        layout.addWidget(self.table, 1)

        self.empty = QLabel(
            ProgressTabText.tr(
                "No progress yet. Start a quiz (Ctrl+R) or a practice round "
                "(Ctrl+Shift+R); every answer is remembered here."
            )
        )
        self.empty.setWordWrap(True)
        # shown instead of the table: it takes the table's room, text at the top
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.empty, 1)

        buttons = QHBoxLayout()
        self.export_button = QPushButton(ProgressTabText.tr("&Export as CSV\u2026"))
        self.export_button.clicked.connect(self.exportRequested)
        self.reset_button = QPushButton(ProgressTabText.tr("Re&set\u2026"))
        self.reset_button.setToolTip(ProgressTabText.tr("Forget all saved progress (asks first)"))
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

    @property
    def showing_statistics(self) -> bool:
        return self.is_built and self.pages.currentWidget() is self.statistics_page

    def _on_page(self, _index: int) -> None:
        if self.showing_statistics:
            self.statisticsShown.emit()

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
        self.table.clearSelection()
        table_rows = []
        for kind, mode, item in rows:
            share = item.first_try_right / item.attempts if item.attempts else 0.0
            mode_label = mode_text(mode)
            name = labels.get(kind, kind)
            table_rows.append(
                ProgressRow(
                    kind,
                    (
                        name,
                        mode_label,
                        str(item.attempts),
                        i18n.percent(share),
                        str(item.box),
                        due_text(item.next_due, now),
                    ),
                    (
                        name.lower(),
                        mode_label.lower(),
                        item.attempts,
                        share,
                        item.box,
                        item.next_due,
                    ),
                    item.box,
                )
            )
        self.model.set_rows(table_rows)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        # areas of this zone set only: a progress file may hold kinds it no longer has
        kinds = {kind for kind, _m, _i in rows if kind in names}
        if self.mode is None:
            summary = ProgressTabText.tr(
                "{view}: {practised} of %n area(s) practised. "
                "Box 1 is still being missed; box 5 is known for weeks.",
                "",
                len(names),
            )
        else:
            summary = ProgressTabText.tr(
                "{view}: {practised} of %n area(s) practised in \u201c{mode}\u201d. "
                "Box 1 is still being missed; box 5 is known for weeks.",
                "",
                len(names),
            )
        self.summary.setText(
            i18n.fill(
                summary,
                view=zone_set.title,
                practised=len(kinds),
                mode=MODE_LABELS[self.mode] if self.mode else "",
            )
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

    def row_count(self) -> int:
        return self.model.rowCount()

    def cell_text(self, row: int, column: int) -> str:
        return str(self.model.index(row, column).data())

    def select_kinds(self, kinds: Iterable[str]) -> None:
        """Select the rows of these kinds (a click on the overlay map), in one
        selection change."""
        wanted = set(kinds)
        selection = QItemSelection()
        first = None
        last_column = len(COLUMNS) - 1
        for r, row in enumerate(self.model.rows):
            if row.kind in wanted:
                selection.select(self.model.index(r, 0), self.model.index(r, last_column))
                first = r if first is None else first
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.table.selectionModel().select(selection, flags)
        if first is not None:
            self.table.scrollTo(self.model.index(first, 0))

    def _text_margin(self) -> int:
        """The room Qt's item delegate leaves either side of a cell's text."""
        return self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1

    def _advance(self, text: str) -> int:
        """The width of ``text`` on one line, remembered.  A text with a space
        gets a pixel more than its rounded width: laid out at exactly its own
        width, a line can break at the space."""
        advance = self._advances.get(text)
        if advance is None:
            width = QFontMetricsF(self.table.font()).horizontalAdvance(text)
            advance = math.ceil(width) + (1 if " " in text else 0)
            self._advances[text] = advance
        return advance

    def _widest_word(self, texts: Iterable[str]) -> int:
        return max((self._advance(w) for t in texts for w in t.split()), default=0)

    def _fit_columns(self) -> None:
        """Columns 1 to 5 as wide as their widest text or their header (each
        distinct text measured once: a column holds few of them).  Where the
        table is too narrow for that and a readable area name, the mode and
        due columns wrap, down to their longest word, so the area keeps room
        for its longest word at least."""
        header = self.table.horizontalHeader()
        margin = 2 * self._text_margin()
        icon = self.table.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        widths: dict[int, int] = {}
        least: dict[int, int] = {}
        for column in range(1, len(COLUMNS)):
            texts = {row.texts[column] for row in self.model.rows}
            extra = margin + (icon + margin if column == BOX_COLUMN else 0)
            heading = header.sectionSizeFromContents(column).width()
            widths[column] = max(max(map(self._advance, texts), default=0) + extra, heading)
            if column in WRAPPING_COLUMNS:
                least[column] = max(self._widest_word(texts) + extra, heading)
        names = [row.texts[0] for row in self.model.rows]
        area = max(
            self._widest_word(names) + margin, 8 * self.table.fontMetrics().averageCharWidth()
        )
        short = sum(widths.values()) + area - self.table.viewport().width()
        for column in WRAPPING_COLUMNS:
            if short <= 0:
                break
            give = min(short, widths[column] - least[column])
            widths[column] -= give
            short -= give
        self._fitting = True
        try:
            for column, width in widths.items():
                if header.sectionSize(column) != width:
                    header.resizeSection(column, width)
        finally:
            self._fitting = False
        self._fit_rows()

    def _model_changed(self) -> None:
        self._generation += 1
        self._fit_soon()

    def _fit_soon(self) -> None:
        if not self._fitting:
            self._fit_timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.table.viewport():
            self._fit_soon()
        return super().eventFilter(watched, event)

    def _row_padding(self) -> int:
        """What the delegate adds above and below a cell's lines of text."""
        if self._padding is None:
            option = QStyleOptionViewItem()
            option.initFrom(self.table)
            option.font = self.table.font()
            option.text = "Xg"
            option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
            hint = self.table.style().sizeFromContents(
                QStyle.ContentsType.CT_ItemViewItem, option, QSize(), self.table
            )
            self._padding = max(0, hint.height() - self.table.fontMetrics().height())
        return self._padding

    def _wrapped_height(self, text: str, room: int) -> int:
        """The height of ``text`` wrapped as an item view wraps it (at word
        boundaries, or anywhere in a word too long for a line), remembered."""
        key = (text, room)
        known = self._heights.get(key)
        if known is None:
            layout = QTextLayout(text, self.table.font())
            option = QTextOption()
            option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            layout.setTextOption(option)
            layout.beginLayout()
            height = 0.0
            while True:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(max(1, room))
                height += line.height()
            layout.endLayout()
            known = self._heights[key] = math.ceil(height)
        return known

    def _fit_rows(self) -> None:
        """Rows one line high, except where a text in a wrapping column (the
        area, and the mode and due when the table is narrow) does not fit on
        one line: those get the height the delegate gives it.  Heights are
        remembered per text and width, so thousands of rows ask the delegate
        only once per distinct text; the commonest height becomes the
        header's default, so rows are resized one by one only where they
        differ from it."""
        widths = tuple(self.table.columnWidth(c) for c in (0, *WRAPPING_COLUMNS))
        key = (widths, self._generation)
        if key == self._rows_fitted:
            return
        self._rows_fitted = key
        rows = self.table.verticalHeader()
        one_line = self._one_line
        margin = 2 * self._text_margin()
        pad = self._row_padding()
        heights: list[int] = []
        for row in self.model.rows:
            height = one_line
            for column, width in zip((0, *WRAPPING_COLUMNS), widths, strict=True):
                text = row.texts[column]
                if self._advance(text) > width - margin:
                    height = max(height, self._wrapped_height(text, width - margin) + pad)
            heights.append(height)
        common = Counter(heights).most_common(1)[0][0] if heights else one_line
        self._fitting = True
        try:
            if rows.defaultSectionSize() != common:
                rows.setDefaultSectionSize(common)
            for r, height in enumerate(heights):
                if rows.sectionSize(r) != height:
                    rows.resizeSection(r, height)
        finally:
            self._fitting = False

    def _on_selection(self) -> None:
        if not self._filling:
            kinds = self.selected_kinds()
            self.kindSelected.emit(kinds[0] if kinds else "")


__all__ = [
    "COLUMNS",
    "MASTERY_COLOURS",
    "UNSEEN_COLOUR",
    "MasteryLegend",
    "ProgressRow",
    "ProgressTableModel",
    "ProgressView",
    "due_text",
    "mastery_by_kind",
    "mastery_colour",
    "mastery_tints",
    "mode_text",
]
