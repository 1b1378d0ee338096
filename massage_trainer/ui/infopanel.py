"""The information side of the window: zone details, rules, legend, notice."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from html import escape
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QLineF, QPointF, QRectF, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QFontMetricsF, QKeyEvent, QPainter, QPaintEvent, QPalette, QPixmap
from PySide6.QtWidgets import QSizePolicy, QTextBrowser, QWidget

from massage_trainer.core import i18n
from massage_trainer.core.content import CONTRA_KIND_WORDS, PRESSURE_WORDS, Technique
from massage_trainer.core.i18n import Tr
from massage_trainer.core.safety import (
    SAFETY_BADGE_INKS,
    SAFETY_BADGES,
    SAFETY_DESCRIPTIONS,
    SAFETY_ICONS,
)
from massage_trainer.core.zones import SIDE_WORDS, Zone, ZoneSet
from massage_trainer.paint.body import (
    TRIGGER_POINTS,
    legend_entries,
    paint_pressure_point,
    paint_swatch,
    paint_trigger_points,
    symbol_line_pen,
)
from massage_trainer.paint.layers import layer_key_entries, paint_layer_swatch
from massage_trainer.ui.palettes import secondary_text
from massage_trainer.ui.recent import Recent

if TYPE_CHECKING:
    from massage_trainer.ui.maplook import MapLook


class InfoPanelText(Tr):
    """Texts of the Zone Info and Rules tabs and of the map's key."""


def side_word(side: str) -> str:
    """Which side a zone or a structure is on, mid-sentence ("left side"); "" for none."""
    return SIDE_WORDS.get(side, "")


def side_heading(side: str) -> str:
    """Which side a zone is on, as a line of its own ("Left side"); "" for none."""
    if side == "left":
        return InfoPanelText.tr("Left side", "the person's left, on a line of its own")
    if side == "right":
        return InfoPanelText.tr("Right side", "the person's right, on a line of its own")
    return ""


def pressure_word(pressure: str) -> str:
    """A technique's pressure in words, by its id ("firm" -> "firm pressure")."""
    return PRESSURE_WORDS.get(pressure, pressure)


def contra_kind_word(kind: str) -> str:
    """The word beside a contraindication on the Rules tab, by its kind's id."""
    return CONTRA_KIND_WORDS.get(kind, kind)


def safety_badge_html(safety: str, word: str) -> str:
    return (
        f'<table cellpadding="4" cellspacing="0"><tr><td bgcolor="{SAFETY_BADGES[safety]}">'
        f'<span style="color:{SAFETY_BADGE_INKS[safety]}; font-weight:bold;">'
        f"&nbsp;{SAFETY_ICONS[safety]}&nbsp;"
        f"{escape(word)}&nbsp;</span></td><td>&nbsp;{escape(SAFETY_DESCRIPTIONS[safety])}"
        "</td></tr></table>"
    )


def technique_html(t: Technique, open_: bool, strokes: str = "") -> str:
    """A technique in the panel: its name (a link that opens and closes it),
    and when open its steps, cautions and ``strokes`` (HTML about its strokes
    on the map, or "")."""
    arrow = "\u25be" if open_ else "\u25b8"
    head = (
        f'<p style="margin:4px 0"><a href="technique:{t.id}" '
        f'style="text-decoration:none"><b>{arrow} {escape(t.name)}</b></a>'
        f' <span style="color:{secondary_text()}">\u2013 {escape(t.family_name)} \u00b7 '
        f"{escape(pressure_word(t.pressure))}</span></p>"
    )
    if not open_:
        return head
    parts = [head, '<div style="margin-left:16px">']
    if t.summary:
        parts.append(f"<p>{escape(t.summary)}</p>")
    parts.append("<ol>" + "".join(f"<li>{escape(s)}</li>" for s in t.steps) + "</ol>")
    if t.cautions:
        parts.append(
            "<p><b>"
            + escape(InfoPanelText.tr("Take care:"))
            + "</b></p><ul>"
            + "".join(f"<li>{escape(c)}</li>" for c in t.cautions)
            + "</ul>"
        )
    parts.append(strokes)
    parts.append("</div>")
    return "".join(parts)


def beneath_html(zone: Zone, zone_set: ZoneSet) -> str:
    """The panel's "What lies beneath": the structures of the anatomy layers
    that meet the zone, grouped by layer in drawing order, each with its note."""
    if not zone_set.structures:
        return ""
    found = zone_set.structures_under(zone)
    heading = InfoPanelText.tr("What lies beneath")
    if not found:
        return (
            f"<h3>{escape(heading)}</h3><p>"
            + escape(
                InfoPanelText.tr(
                    "None of the bones, organs, nerves or muscles "
                    "drawn in the layers lies under this zone."
                )
            )
            + "</p>"
        )
    parts = [f"<h3>{escape(heading)}</h3>"]
    for layer in zone_set.layers:
        here = [s for s in found if s.layer == layer]
        if not here:
            continue
        name = zone_set.layer_names.get(layer, layer)
        parts.append(f"<p style='margin-bottom:0'><b>{escape(name)}</b></p><ul>")
        for s in here:
            side = side_word(s.side)
            name_html = f"<b>{escape(s.name)}</b>"
            if side:
                name_html = i18n.fill(
                    escape(InfoPanelText.tr("{name} ({side})", "a structure and its side")),
                    name=name_html,
                    side=escape(side),
                )
            line = i18n.fill(
                escape(InfoPanelText.tr("{name}: {note}", "a structure and what it is")),
                name=name_html,
                note=escape(s.note),
            )
            parts.append(f"<li>{line}</li>")
        parts.append("</ul>")
    return "".join(parts)


# the HTML about a technique's strokes, given whether they are on the map now
StrokesHtml = Callable[[Technique, ZoneSet, bool], str]


class ZoneInfoPanel(QTextBrowser):
    """What the selected zone is, how safe it is, why, and how to work it.
    Technique names open to their steps when clicked (or with Enter).

    Opening a technique emits ``strokesRequested(id)`` (its strokes go on the
    map), as does its "show on the map" link; closing it emits
    ``strokesClosed(id)``; Space and Esc while strokes are shown emit
    ``strokesKey(key)``.  Whoever draws the strokes says which technique's
    are on the map with ``set_strokes_shown`` and gives the words about them
    with ``strokes_html``."""

    strokesRequested = Signal(str)
    strokesClosed = Signal(str)
    strokesKey = Signal(int)  # Space or Esc while strokes are shown: play, clear

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("zoneInfo")
        self.setAccessibleName(InfoPanelText.tr("Zone information"))
        # a text cursor: the arrow keys move it line by line and a screen reader reads each line
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor)
        self.zone: Zone | None = None
        self.zone_set: ZoneSet | None = None
        self._open: set[str] = set()
        self._strokes_shown: str | None = None
        self.strokes_html: StrokesHtml | None = None
        self._empty_html: str | None = None  # the "Pick a zone" page, while it is shown
        self.show_empty()

    def show_empty(self, hint: str = "") -> None:
        was_empty, self.zone = self.zone is None, None
        hint = hint or InfoPanelText.tr(
            "Click a zone on the body to learn what it is, how safe it is to work "
            "there, and which techniques suit it. On the map, Up and Down walk the "
            "zones from head to feet, Left and Right go sideways; Enter selects. "
            "Tab goes on to this panel, F6 between the map, the panel and the tabs."
        )
        kinds = InfoPanelText.tr("Every part of the body on the map is one of three kinds:")
        text = (
            "<h2>" + escape(InfoPanelText.tr("Pick a zone")) + "</h2>"
            f"<p>{escape(hint)}</p>"
            f"<p>{escape(kinds)}</p>"
            + "".join(f"<p>{safety_badge_html(s, w)}</p>" for s, w, _d in legend_entries())
        )
        if was_empty and text == self._empty_html:
            return  # already shown (turning the body over with nothing selected)
        self._empty_html = text
        self.setHtml(text)
        self.setAccessibleName(InfoPanelText.tr("Zone information: no zone selected"))
        self.setAccessibleDescription(InfoPanelText.tr("No zone selected"))

    def show_zone(self, zone: Zone, zone_set: ZoneSet) -> None:
        if zone is not self.zone:
            self._open = set()
        self.zone, self.zone_set = zone, zone_set
        self._render()
        side = side_word(zone.side)
        # what a screen reader says when the panel takes the focus
        name = (
            i18n.fill(
                InfoPanelText.tr("Zone information: {zone}, {side}. {safety}."),
                zone=zone.name,
                side=side,
                safety=zone.safety_word,
            )
            if side
            else i18n.fill(
                InfoPanelText.tr("Zone information: {zone}. {safety}."),
                zone=zone.name,
                safety=zone.safety_word,
            )
        )
        self.setAccessibleName(name)
        self.setAccessibleDescription(
            i18n.fill(
                InfoPanelText.tr("{zone}, {safety}", "a zone and its safety level"),
                zone=zone.name,
                safety=zone.safety_word,
            )
        )

    @property
    def open_techniques(self) -> frozenset[str]:
        """The techniques opened to their steps (kept per view by the window)."""
        return frozenset(self._open)

    def set_open_techniques(self, ids: frozenset[str] | set[str]) -> None:
        self._open = set(ids)
        self._render()

    def _render(self) -> None:
        zone, zone_set = self.zone, self.zone_set
        if zone is None or zone_set is None:
            return
        grey = secondary_text(self)
        side = (
            f'<p style="color:{grey}; margin-top:0">{escape(side_heading(zone.side))}</p>'
            if side_heading(zone.side)
            else ""
        )
        html = [
            f"<h2 style='margin-bottom:2px'>{escape(zone.name)}</h2>",
            side,
            safety_badge_html(zone.safety, zone.safety_word),
            "<h3>"
            + escape(InfoPanelText.tr("Why", "heading: why a zone is safe or not"))
            + "</h3>",
            f"<p>{escape(zone.why)}</p>",
        ]
        if zone.warnings:
            html.append(
                "<h3>"
                + escape(InfoPanelText.tr("Warnings"))
                + "</h3><ul>"
                + "".join(f"<li>{escape(w)}</li>" for w in zone.warnings)
                + "</ul>"
            )
        html.append(beneath_html(zone, zone_set))
        if zone.techniques:
            html.append("<h3>" + escape(InfoPanelText.tr("Techniques that suit it")) + "</h3>")
            for tid in zone.techniques:
                t = zone_set.techniques.get(tid)
                if t is not None:
                    html.append(technique_html(t, tid in self._open, self._strokes_of(t)))
        elif zone.safety != "target":
            none = InfoPanelText.tr(
                "No technique is worked directly here. Work the areas around it instead."
            )
            html.append(f"<p><i>{escape(none)}</i></p>")
        self._empty_html = None
        self.setHtml("".join(html))

    def _strokes_of(self, t: Technique) -> str:
        if t.id not in self._open or self.strokes_html is None or self.zone_set is None:
            return ""
        return self.strokes_html(t, self.zone_set, t.id == self._strokes_shown)

    @property
    def strokes_shown(self) -> str | None:
        """The technique whose strokes are on the map, as last told."""
        return self._strokes_shown

    def set_strokes_shown(self, technique_id: str | None) -> None:
        """Say which technique's strokes are on the map (None: none), so its
        entry offers to show them or says they are shown."""
        if technique_id != self._strokes_shown:
            self._strokes_shown = technique_id
            self._rerender()

    def _rerender(self) -> None:
        bar = self.verticalScrollBar().value()
        self._render()
        self.verticalScrollBar().setValue(bar)

    def toggle_technique(self, technique_id: str) -> None:
        self._open ^= {technique_id}
        self._rerender()
        if technique_id in self._open:
            self.strokesRequested.emit(technique_id)
        else:
            self.strokesClosed.emit(technique_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        keys = (Qt.Key.Key_Space, Qt.Key.Key_Escape)
        if self._strokes_shown and event.key() in keys and not event.modifiers():
            self.strokesKey.emit(int(event.key()))
            event.accept()
            return
        super().keyPressEvent(event)

    def _on_anchor(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("technique:"):
            self.toggle_technique(text.split(":", 1)[1])
        elif text.startswith("strokes:"):
            self.strokesRequested.emit(text.split(":", 1)[1])


class RulesPanel(QTextBrowser):
    """The general rules, when not to massage, and the order of a full session."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rulesView")
        self.setAccessibleName(InfoPanelText.tr("Rules"))
        self._shown_html: str | None = None  # set again only when the rules change
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setOpenExternalLinks(False)

    def show_rules(self, zone_set: ZoneSet) -> None:
        rules = zone_set.rules
        html = [
            "<h2>" + escape(InfoPanelText.tr("When not to massage")) + "</h2>",
            "<p>"
            + escape(
                InfoPanelText.tr("Do not start, or leave an area alone, when any of these applies:")
            )
            + "</p>",
        ]
        grey = secondary_text(self)
        for c in rules.contraindications:
            html.append(
                f"<p><b>{escape(c.title)}</b> <span style='color:{grey}'>"
                f"({escape(contra_kind_word(c.kind))})</span><br>{escape(c.text)}</p>"
            )
        html.append("<h2>" + escape(InfoPanelText.tr("Rules of a good session")) + "</h2>")
        for r in rules.rules:
            html.append(f"<p><b>{escape(r.title)}</b><br>{escape(r.text)}</p>")
        if rules.session_order:
            html.append("<h2>" + escape(InfoPanelText.tr("A full session, in order")) + "</h2><ol>")
            step_line = escape(InfoPanelText.tr("{title}: {text}", "a step of a session"))
            for step in rules.session_order:
                line = i18n.fill(
                    step_line, title=f"<b>{escape(step.title)}</b>", text=escape(step.text)
                )
                html.append(f"<li>{line}</li>")
            html.append("</ol>")
        text = "".join(html)
        if text != self._shown_html:  # turning the body over keeps the rules
            self._shown_html = text
            self.setHtml(text)


class LegendRow(NamedTuple):
    """One row of the on-screen key: ``kind`` says how its symbol is drawn
    (a safety swatch, the pressure point, the dashed line, a layer symbol)."""

    kind: str  # "safety", "pressure_point", "trigger_points", "line" or "layer"
    key: str  # the safety level or the layer symbol's key
    word: str
    description: str


# the names of the built-in views' dashed lines, by their keys (a line of
# another zone file is named from its key)
LINE_NAMES = {
    "upper_trapezius_ridge": i18n.QT_TRANSLATE_NOOP("InfoPanelText", "upper trapezius ridge"),
    "collarbone": i18n.QT_TRANSLATE_NOOP("InfoPanelText", "collarbone"),
    "groin_fold": i18n.QT_TRANSLATE_NOOP("InfoPanelText", "groin fold"),
}


def line_names(zone_set: ZoneSet) -> list[str]:
    """The names of a view's dashed lines, once each ('upper trapezius ridge')."""
    names: list[str] = []
    for key in zone_set.lines:
        for side in ("_left", "_right"):
            key = key.removesuffix(side)
        known = LINE_NAMES.get(key)
        name = i18n.translated("InfoPanelText", known) if known else key.replace("_", " ")
        if name not in names:
            names.append(name)
    return names


def guide_line_description(names: list[str]) -> str:
    """The key's words for the dashed lines: 'dashed: the collarbone and the groin fold'."""
    if not names:
        return InfoPanelText.tr("dashed lines to follow with the fingers")
    text = i18n.fill(InfoPanelText.tr("dashed: the {line}"), line=names[0])
    for name in names[1:]:
        text = i18n.fill(
            InfoPanelText.tr("{lines} and the {line}", "one more line named in the key"),
            lines=text,
            line=name,
        )
    return text


def legend_rows(zone_set: ZoneSet | None, look: MapLook | None) -> list[LegendRow]:
    """What the key explains for a zone set drawn with ``look``: the safety
    levels, then the symbols the map shows now."""
    rows = [LegendRow("safety", s, w, d) for s, w, d in legend_entries()]
    if zone_set is None or look is None:
        return rows
    if look.pressure_points and any(k.startswith("pressure_point") for k in zone_set.landmarks):
        rows.append(
            LegendRow(
                "pressure_point",
                "pressure_point",
                InfoPanelText.tr("Pressure point"),
                InfoPanelText.tr("a spot for firm, slow thumb pressure"),
            )
        )
    if look.pressure_points and any(k.startswith(TRIGGER_POINTS) for k in zone_set.landmarks):
        rows.append(
            LegendRow(
                TRIGGER_POINTS,
                TRIGGER_POINTS,
                InfoPanelText.tr("Trigger points"),
                InfoPanelText.tr("where knots cluster; steady thumb pressure eases them"),
            )
        )
    if look.lines and zone_set.lines:
        rows.append(
            LegendRow(
                "line",
                "line",
                InfoPanelText.tr("Guide line"),
                guide_line_description(line_names(zone_set)),
            )
        )
    on = [layer for layer in zone_set.layers if layer in look.layers]
    if on:
        kinds = {s.kind for s in zone_set.structures if s.layer in on}
        for entry in layer_key_entries(zone_set):
            if entry.key in kinds:
                rows.append(LegendRow("layer", entry.key, entry.label, entry.description))
    return rows


class Legend(QWidget):
    """The on-screen key: swatches with the colour and pattern of each safety
    level, then every symbol the map shows now (pressure point, guide line,
    the symbols of the anatomy layers that are on).  Rows are sized from the
    font, and a long description wraps."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legend")
        self.setAccessibleName(InfoPanelText.tr("Legend"))
        self.colours = True
        self.rows: list[LegendRow] = legend_rows(None, None)
        self._heights: dict[tuple[int, str], int] = {}  # (width, font) -> height, for these rows
        # the rows the other views would show: the key keeps room for the
        # tallest, so turning the body over does not move the panel above it
        self._room: list[list[LegendRow]] = []
        self._column_memo: dict[str, tuple[float, float, float, float]] = {}  # font -> columns
        self._pictures: Recent[tuple, QPixmap] = Recent(2)  # the two views a quiz turns between
        self.setToolTip(
            InfoPanelText.tr(
                "Each level has its own colour and pattern, so the map also reads in black "
                "and white."
            )
        )
        sp = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sp.setHeightForWidth(True)
        self.setSizePolicy(sp)
        self._describe()

    def show_look(self, zone_set: ZoneSet, look: MapLook, others: Iterable[ZoneSet] = ()) -> bool:
        """Explain what the map shows with ``look`` (the window calls this);
        ``others`` are the other views the map may turn to, whose keys it
        keeps room for.  True if the key needs another size: whoever holds it
        makes room."""
        rows = legend_rows(zone_set, look)
        room = [r for r in (legend_rows(z, look) for z in others) if r != rows]
        colours = look.colours
        if rows == self.rows and colours == self.colours and room == self._room:
            return False
        before = self._geometry()
        self.rows, self.colours, self._room = rows, colours, room
        self._heights.clear()
        self._column_memo.clear()
        self._describe()
        self.update()
        # new rows of the same size keep the layout: relaying out the side
        # panel at each question would cost more than painting the key
        resized = self._geometry() != before
        if resized:
            self.updateGeometry()
        return resized

    def _geometry(self) -> tuple[QSize, QSize, int]:
        return self.sizeHint(), self.minimumSizeHint(), self.heightForWidth(self.width())

    def _describe(self) -> None:
        row = InfoPanelText.tr("{word}: {description}", "a row of the map's key")
        self.setAccessibleDescription(
            InfoPanelText.tr("; ", "between the rows of the map's key read out").join(
                i18n.fill(row, word=r.word, description=r.description) for r in self.rows
            )
        )

    # --- layout from the font ------------------------------------------------------
    def _metrics(self) -> tuple[QFontMetricsF, QFontMetricsF]:
        bold = self.font()
        bold.setBold(True)
        return QFontMetricsF(self.font()), QFontMetricsF(bold)

    def _columns(self) -> tuple[float, float, float, float]:
        """Padding, swatch width, row height and where the words and the
        descriptions start, all from the font."""
        key = self.font().key()
        columns = self._column_memo.get(key)
        if columns is None:  # asked for by every size hint and paint
            columns = self._column_memo[key] = self._measure_columns()
        return columns

    def _measure_columns(self) -> tuple[float, float, float, float]:
        plain, bold = self._metrics()
        pad = plain.height() * 0.25
        swatch = plain.height() * 2.2
        word_x = pad + swatch + plain.height() * 0.6
        desc_x = word_x + self._widest_word(bold) + plain.height()
        return pad, swatch, word_x, desc_x

    def _widest_word(self, bold: QFontMetricsF) -> float:
        """The widest word of the rows and of the other views' rows: the
        descriptions start in the same place whichever view is shown."""
        return max(
            bold.horizontalAdvance(r.word) for rows in (self.rows, *self._room) for r in rows
        )

    def _stacked(self, width: float) -> bool:
        """Too narrow for a column of descriptions (a large font, a narrow
        panel): each description goes under its word instead."""
        plain, _bold = self._metrics()
        return width - self._columns()[3] < plain.height() * 8

    def _description_x(self, width: float) -> float:
        _pad, _swatch, word_x, desc_x = self._columns()
        return word_x if self._stacked(width) else desc_x

    def _row_heights(self, width: float, rows: list[LegendRow] | None = None) -> list[float]:
        plain, _bold = self._metrics()
        stacked = self._stacked(width)
        room = max(plain.height() * 4, width - self._description_x(width) - 2)
        line = plain.height() * 1.5
        heights = []
        for r in self.rows if rows is None else rows:
            box = plain.boundingRect(
                QRectF(0, 0, room, 10000), Qt.TextFlag.TextWordWrap, r.description
            )
            if stacked:
                heights.append(line + box.height() + plain.height() * 0.4)
            else:
                heights.append(max(line, box.height() + plain.height() * 0.5))
        return heights

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        key = (width, self.font().key())
        height = self._heights.get(key)
        if height is None:  # layouts ask again and again for the same width
            pad = self._columns()[0]
            tallest = max(sum(self._row_heights(width, r)) for r in (self.rows, *self._room))
            height = self._heights[key] = int(tallest + 2 * pad + 1)
        return height

    def sizeHint(self) -> QSize:
        plain, _bold = self._metrics()
        width = int(self._columns()[3] + plain.horizontalAdvance("x") * 40)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        plain, bold = self._metrics()
        word_x = self._columns()[2]
        width = int(word_x + max(self._widest_word(bold), plain.height() * 6) + 4)
        return QSize(width, self.heightForWidth(max(width, self.width())))

    def row_rects(self) -> list[QRectF]:
        """Each row's rectangle in the widget, top to bottom."""
        pad = self._columns()[0]
        top = pad
        rects = []
        for h in self._row_heights(self.width()):
            rects.append(QRectF(0, top, self.width(), h))
            top += h
        return rects

    def paintEvent(self, event: QPaintEvent) -> None:
        """The key from a picture of it: drawing its swatches and wrapped
        words anew each time the map turns to the other view costs about a
        millisecond, and a quiz across views turns it at almost every question."""
        dpr = self.devicePixelRatioF()
        key = (
            tuple(self.rows),
            self.colours,
            self.width(),
            self.height(),
            dpr,
            self.palette().cacheKey(),
            self.font().key(),
        )

        def draw() -> QPixmap:
            picture = QPixmap(max(1, round(self.width() * dpr)), max(1, round(self.height() * dpr)))
            picture.setDevicePixelRatio(dpr)
            picture.fill(Qt.GlobalColor.transparent)
            painter = QPainter(picture)
            self._paint_rows(painter)
            painter.end()
            return picture

        picture = self._pictures.get(key, draw)
        painter = QPainter(self)
        painter.drawPixmap(0, 0, picture)
        painter.end()

    def _paint_rows(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        plain, _bold = self._metrics()
        pad, swatch_w, word_x, desc_x = self._columns()
        stacked = self._stacked(self.width())
        desc_x = self._description_x(self.width())
        swatch_h = plain.height() * 1.0
        for row, rect in zip(self.rows, self.row_rects(), strict=True):
            first_line = QRectF(0, rect.top(), self.width(), plain.height() * 1.5)
            swatch = QRectF(pad, first_line.center().y() - swatch_h / 2, swatch_w, swatch_h)
            self._paint_symbol(painter, row, swatch)
            painter.setPen(text_colour)
            font = self.font()
            font.setBold(True)
            painter.setFont(font)
            word_width = self.width() - word_x if stacked else desc_x - word_x
            painter.drawText(
                QRectF(word_x, first_line.top(), word_width, first_line.height()),
                Qt.AlignmentFlag.AlignVCenter,
                row.word,
            )
            painter.setFont(self.font())
            top = first_line.bottom() if stacked else first_line.center().y() - plain.height() / 2
            painter.drawText(
                QRectF(desc_x, top, self.width() - desc_x - 2, rect.bottom() - top),
                int(Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap),
                row.description,
            )

    def _paint_symbol(self, painter: QPainter, row: LegendRow, rect: QRectF) -> None:
        if row.kind == "safety":
            paint_swatch(painter, rect, row.key, self.colours)
        elif row.kind == "pressure_point":
            unit = rect.height() / 12.0
            paint_pressure_point(painter, rect.center(), rect.height() * 0.5, unit)
        elif row.kind == TRIGGER_POINTS:
            unit = rect.height() / 12.0
            paint_trigger_points(painter, rect.center(), rect.height() * 0.5, unit)
        elif row.kind == "line":
            painter.save()
            painter.setPen(symbol_line_pen(max(1.5, rect.height() / 7)))
            y = rect.center().y()
            painter.drawLine(QLineF(QPointF(rect.left(), y), QPointF(rect.right(), y)))
            painter.restore()
        else:
            paint_layer_swatch(painter, rect, row.key)
