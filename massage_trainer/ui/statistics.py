"""The Statistics page of the Progress tab: learning over time, from the answer log.

``StatisticsView.show_data`` shows a ``paint.charts.StatisticsData``: the
figures in words, three charts (``ChartWidget``, each painting with the same
``paint.charts`` function the report and the PNG use), a table per area
(answers, share right, mean response time) and the pairs most often
confused.  Its "Export Progress Report…" button emits ``exportRequested``;
the quiz controller asks for the file and writes it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from massage_trainer.core.i18n import Tr
from massage_trainer.paint.charts import (
    DAYS_SHOWN,
    PAPER,
    PAPER_INK,
    ZONE_HEADER,
    ChartInk,
    StatisticsData,
    confusion_text,
    daily_description,
    heatmap_description,
    paint_daily,
    paint_heatmap,
    paint_safety,
    percent,
    safety_description,
    seconds,
    summary_text,
)

Painter = Callable[[QPainter, QRectF, StatisticsData, QFont, ChartInk], None]


class StatisticsPageText(Tr):
    """Texts of the Progress tab's Statistics page."""


class ChartWidget(QWidget):
    """One chart, painted by a ``paint.charts`` function; its accessible
    description says what it shows in words."""

    def __init__(self, name: str, paint: Painter, lines: float, parent: QWidget | None = None):
        super().__init__(parent)
        self.paint = paint
        self.lines = lines  # its height in text lines
        self.data: StatisticsData | None = None
        self.setAccessibleName(name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_data(self, data: StatisticsData, description: str) -> None:
        self.data = data
        self.setAccessibleDescription(description)
        self.setToolTip(description)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, round(self.lines * self.fontMetrics().height()))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, round(self.lines * self.fontMetrics().height()))

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.data is None:
            return
        painter = QPainter(self)
        try:
            # on paper, as in the report: the same colours in a light or a dark window
            rect = QRectF(self.rect())
            painter.fillRect(rect, PAPER)
            inner = rect.adjusted(6, 4, -6, -4)
            self.paint(painter, inner, self.data, self.font(), PAPER_INK)
        finally:
            painter.end()


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _words(name: str) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setAccessibleName(name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class StatisticsView(QWidget):
    """The figures and charts of the answer log for one view."""

    exportRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statisticsView")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.summary = _words(StatisticsPageText.tr("Statistics summary"))
        self.summary.setObjectName("statisticsSummary")
        layout.addWidget(self.summary)

        self.daily = ChartWidget(StatisticsPageText.tr("Answers per day"), paint_daily, 9)
        self.daily.setObjectName("dailyChart")
        self.daily_words = _words(StatisticsPageText.tr("Answers per day in words"))
        self.heatmap = ChartWidget(StatisticsPageText.tr("Study days"), paint_heatmap, 10)
        self.heatmap.setObjectName("studyDays")
        self.heatmap_words = _words(StatisticsPageText.tr("Study days in words"))
        self.safety = ChartWidget(StatisticsPageText.tr("Safety mistakes per day"), paint_safety, 6)
        self.safety.setObjectName("safetyChart")
        self.safety_words = _words(StatisticsPageText.tr("Safety mistakes in words"))
        for title, chart, words in (
            (
                StatisticsPageText.tr(
                    "Answers per day, last %n day(s) (bars), share right (line)", "", DAYS_SHOWN
                ),
                self.daily,
                self.daily_words,
            ),
            (StatisticsPageText.tr("Study days"), self.heatmap, self.heatmap_words),
            (
                StatisticsPageText.tr("Safety mistakes per day, last %n day(s)", "", DAYS_SHOWN),
                self.safety,
                self.safety_words,
            ),
        ):
            layout.addWidget(_heading(title))
            layout.addWidget(chart)
            layout.addWidget(words)

        layout.addWidget(_heading(StatisticsPageText.tr("Each area")))
        self.zones = QTableWidget(0, len(ZONE_HEADER))
        self.zones.setObjectName("zoneStatistics")
        self.zones.setAccessibleName(
            StatisticsPageText.tr("Answers, share right and time per area")
        )
        self.zones.setHorizontalHeaderLabels(list(ZONE_HEADER))
        self.zones.verticalHeader().setVisible(False)
        self.zones.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.zones.setTabKeyNavigation(False)
        self.zones.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.zones.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(ZONE_HEADER)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.zones.setSortingEnabled(True)
        layout.addWidget(self.zones)

        layout.addWidget(_heading(StatisticsPageText.tr("Often confused")))
        self.confusions = _words(StatisticsPageText.tr("Often confused"))
        self.confusions.setObjectName("confusions")
        layout.addWidget(self.confusions)

        row = QHBoxLayout()
        self.export_button = QPushButton(StatisticsPageText.tr("Export Progress Re&port\u2026"))
        self.export_button.setToolTip(
            StatisticsPageText.tr("Save these figures and charts as a PDF or a PNG image")
        )
        self.export_button.clicked.connect(self.exportRequested)
        row.addWidget(self.export_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.data: StatisticsData | None = None

    def show_data(self, data: StatisticsData) -> None:
        self.data = data
        self.summary.setText(summary_text(data))
        self.daily.set_data(data, daily_description(data))
        self.daily_words.setText(daily_description(data))
        self.heatmap.set_data(data, heatmap_description(data))
        self.heatmap_words.setText(heatmap_description(data))
        self.safety.set_data(data, safety_description(data))
        self.safety_words.setText(safety_description(data))
        table = self.zones
        table.setSortingEnabled(False)
        # sized to the contents once, after the fill, not again at every cell
        header = table.horizontalHeader()
        for column in range(1, len(ZONE_HEADER)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        table.setRowCount(len(data.zones))
        for r, zone in enumerate(data.zones):
            cells = (
                (zone.name, zone.name.lower()),
                (str(zone.answers), zone.answers),
                (percent(zone.accuracy), zone.accuracy),
                (seconds(zone.mean_response_ms), zone.mean_response_ms or 0.0),
            )
            for c, (text, key) in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, key)
                if c:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(r, c, item)
        for column in range(1, len(ZONE_HEADER)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.setSortingEnabled(True)
        rows = max(1, min(len(data.zones), 12))
        table.setFixedHeight(
            table.horizontalHeader().sizeHint().height()
            + rows * table.verticalHeader().defaultSectionSize()
            + 2 * table.frameWidth()
        )
        self.confusions.setText(
            "\n".join(confusion_text(*c) for c in data.confusions)
            or StatisticsPageText.tr("No area was taken for another yet.")
        )
        self.export_button.setEnabled(data.answers > 0)


__all__ = ["ChartWidget", "StatisticsView"]
