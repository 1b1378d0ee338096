"""The body map widget: paints a zone set, hover, click, zoom, pan, keyboard.

The map is drawn the way the current ``MapLook`` says (``apply_look``; the
main window is the only caller).  The view itself keeps only what the pointer
and the keyboard do: the hovered and the selected zone, the keyboard cursor,
zoom and pan.

For a screen reader the map is a list of its zones (``MapAccessible``, one
``ZoneAccessible`` child per zone, head to feet): moving the keyboard cursor
sends a focus event for the zone's child, whose name says the zone, its side
and its safety level ("Kidney area, left side. Avoid."), or, while a quiz
hides the names, where on the body it lies.

The static map is rendered once into a cached pixmap per size, zoom and look;
a repaint draws that pixmap, then the look's marks (a veil, filled and
outlined zones, a marker: they change every quiz question, so they are not
part of the cached picture) and the few things that follow the pointer.
"""

from __future__ import annotations

import html
import itertools
import math
from dataclasses import dataclass, fields
from typing import Any, NamedTuple

import shapely
import shiboken6
from PySide6.QtCore import (
    QEvent,
    QObject,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QAccessibleInterface,
    QColor,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QTransform,
    QWheelEvent,
    QWindow,
)
from PySide6.QtWidgets import (
    QAccessibleWidget,
    QGestureEvent,
    QPinchGesture,
    QSizePolicy,
    QToolTip,
    QWidget,
)

from massage_trainer.core import i18n
from massage_trainer.core.i18n import Tr
from massage_trainer.core.where import describe_zone
from massage_trainer.core.zones import Structure, Zone, ZoneSet, anatomical_key
from massage_trainer.paint.body import (
    SAFETY_FILL,
    SAFETY_LINE,
    TRIGGER_POINTS,
    BodyScene,
    RenderOptions,
    fit_transform,
    paint_overlay,
    paint_static,
    points_to_model,
    scene_for,
)
from massage_trainer.paint.labels import SHOWN_CHARS, short_text
from massage_trainer.ui.maplook import MapLook, MapMarks, MapState
from massage_trainer.ui.recent import Recent

ZOOM_MIN, ZOOM_MAX = 0.5, 12.0
RECENT_PICTURES = 2  # cached pictures of the map kept: the two views a quiz turns between
DRAG_THRESHOLD = 6  # px before a press becomes a pan
FOCUS_HALO = (QColor("#ffffff"), 5.0)  # the keyboard cursor: colour and width in px
FOCUS_DASH = (QColor("#000000"), 2.0)
VEIL_ALPHA = 170  # two thirds of the way to the background, as the renderer's fading
# drawn over the cached picture: what follows the pointer, and the strokes
# (their animation changes 60 times a second)
_OVERLAY_FIELDS = {"hovered", "selected", "marker", "strokes", "stroke_frame", "stroke_arrows"}
SYMBOL_HIT_PX = 7.0  # how near the pointer must be to a diamond or a line, in px


class BodyMapText(Tr):
    """Texts of the body map: what it says for a screen reader, its tooltips."""


# what hover says of the map's symbols (in English here: translated where shown)
PRESSURE_POINT_TEXT = i18n.QT_TRANSLATE_NOOP(
    "BodyMapText", "press firmly and slowly with the thumb, then let go"
)
TRIGGER_POINTS_NAME = i18n.QT_TRANSLATE_NOOP("BodyMapText", "Trigger-point cluster")
TRIGGER_POINTS_TEXT = i18n.QT_TRANSLATE_NOOP(
    "BodyMapText",
    "knots often gather here and send an ache up the neck towards the head; "
    "hold steady thumb pressure until it softens",
)


def side_words(side: str) -> str:
    """The person's side in words ("left side"), or "" for none."""
    if side == "left":
        return BodyMapText.tr("left side", "the person's left")
    if side == "right":
        return BodyMapText.tr("right side", "the person's right")
    return ""


class MapSymbol(NamedTuple):
    """A symbol drawn on the map (a pressure point or a line), as hover names it."""

    kind: str  # "pressure_point", "trigger_points" or "line"
    name: str
    side: str  # the person's: left, right or none
    description: str


def symbol_name(key: str) -> tuple[str, str]:
    """A landmark's or line's id as words and its side: 'upper_trapezius_ridge_left'
    is ('Upper trapezius ridge', 'left')."""
    side = "none"
    for s in ("left", "right"):
        if key.endswith("_" + s):
            key, side = key.removesuffix("_" + s), s
    words = key.replace("_", " ").strip()
    return (words[:1].upper() + words[1:], side)


@dataclass
class ViewState:
    """What the pointer and the keyboard chose on one view: kept while another
    view is shown, so going back finds it as it was."""

    selected: str | None = None
    cursor: str | None = None
    zoom: float = 1.0
    pan: tuple[float, float] = (0.0, 0.0)


def anatomical_order(zone_set: ZoneSet) -> list[Zone]:
    """Zones from head to feet (see zones.anatomical_key)."""
    return sorted(zone_set.zones, key=anatomical_key)


class BodyView(QWidget):
    """Shows the body map.  Emits ``zoneHovered(zone|None)``,
    ``zoneActivated(zone|None)`` when a zone is selected or the selection is
    cleared, ``pointClicked(x_cm, y_cm)`` for every click (and for Enter on
    the keyboard cursor), ``clickedOutside()`` for a click beside the body and
    ``keyPressed(text, key)`` for a key the map itself does not use."""

    zoneHovered = Signal(object)
    zoneActivated = Signal(object)
    pointClicked = Signal(float, float)
    clickedOutside = Signal()
    keyPressed = Signal(str, int)
    # what the pointer names changed (a symbol or a structure under it)
    pointerNamesChanged = Signal()
    # the map's accessible interface, once Qt has asked for it (see MapAccessible)
    _map_accessible: MapAccessible | None = None

    def __init__(self, zone_set: ZoneSet, parent: QWidget | None = None) -> None:
        install_map_accessibility()
        super().__init__(parent)
        self.setObjectName("bodyView")
        self.setAccessibleName(BodyMapText.tr("Body map"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 320)
        self.grabGesture(Qt.GestureType.PinchGesture)
        self._look = MapLook()
        self._hovered: str | None = None
        self._selected: str | None = None
        self._cursor: Zone | None = None
        self._margin = RenderOptions().margin
        self._zoom = 1.0
        self._pan = QPointF(0, 0)
        self._press: QPointF | None = None
        self._dragging = False
        self._cache: QPixmap | None = None
        self._cache_key: tuple | None = None
        # a few recent pictures, each with its scene (so its id cannot be
        # reused by another): a quiz across views turns the map between back
        # and front at every question, and redrawing a view from scratch
        # takes tens of milliseconds
        self._recent: Recent[tuple, tuple[object, QPixmap]] = Recent(RECENT_PICTURES)
        self._veil_key: tuple | None = None
        self._veil_cache: tuple[QPoint, QImage] | None = None
        # the veil over the whole body, before any zone is cleared from it: one
        # per recent picture, each with its scene (as ``_recent``)
        self._veil_bases: Recent[tuple, tuple[object, QPoint, QImage]] = Recent(RECENT_PICTURES)
        self._covering: dict[frozenset[str], list[str]] = {}
        self._above: Recent[int, tuple[ZoneSet, dict[str, tuple[str, ...]]]] = Recent(
            RECENT_PICTURES
        )
        self._hover_symbol: MapSymbol | None = None
        self._hover_structure: Structure | None = None
        # each zone's list item for a screen reader, kept for the view's life:
        # Qt's accessibility cache may still hold one of an earlier zone set
        self._zone_accessibles: dict[int, ZoneAccessible] = {}
        self._where: dict[int, str] = {}
        self._task = ""  # what the map is for now (a find-it question), for a screen reader
        self._note = ""  # said on the cursor's zone (the feedback of a wrong try)
        self.zone_set: ZoneSet
        self.scene: BodyScene
        self.set_zone_set(zone_set)

    # --- state -----------------------------------------------------------------
    def set_zone_set(self, zone_set: ZoneSet) -> None:
        """Show another zone set: what the pointer and keyboard chose goes."""
        self.zone_set = zone_set
        self.scene = scene_for(zone_set)  # the paths are built now, not on a paint
        self._order = anatomical_order(zone_set)
        self._covering = {}
        self._hovered = self._selected = None
        self._hover_symbol = self._hover_structure = None
        self._cursor = None
        self.setAccessibleName(
            i18n.fill(BodyMapText.tr("Body map, {view:lower}"), view=zone_set.title)
        )
        self.fit()
        self._update_accessible()

    def view_state(self) -> ViewState:
        """The selection, keyboard cursor, zoom and pan of this view."""
        return ViewState(
            self._selected,
            self._cursor.id if self._cursor is not None else None,
            self._zoom,
            (self._pan.x(), self._pan.y()),
        )

    def restore_view_state(self, state: ViewState) -> None:
        """Put back what ``view_state`` gave (after ``set_zone_set``); ids the
        zone set no longer has are dropped.  Emits nothing."""
        self._selected = state.selected if self.zone_set.get(state.selected or "") else None
        self._cursor = self.zone_set.get(state.cursor or "")
        self._zoom = state.zoom
        self._pan = QPointF(*state.pan)
        self.update()
        self._update_accessible()

    @property
    def look(self) -> MapLook:
        return self._look

    def apply_look(self, look: MapLook) -> None:
        """Draw the map as ``look`` says (the main window calls this)."""
        old, self._look = self._look, look
        if look == old:
            return
        if look.state is not old.state or look.cursor_key != old.cursor_key:
            self._cursor = None  # the keyboard starts afresh for each tab and question
            self._note = ""
        if look.state is not MapState.QUIZ:
            self._task = ""
        if old.reveal_names and not look.reveal_names:
            QToolTip.hideText()
        self.update()
        if look.with_(stroke_position=None) != old.with_(stroke_position=None):
            self._update_accessible()  # not on each frame of an animation

    @property
    def select_on_click(self) -> bool:
        return self._look.select_on_click

    @property
    def reveal_names(self) -> bool:
        return self._look.reveal_names

    @property
    def options(self) -> RenderOptions:
        """What is drawn now: the look with the pointer's hover and selection."""
        look = self._look
        return RenderOptions(
            colours=look.colours,
            patterns=look.patterns,
            labels=look.labels,
            landmarks=look.landmarks,
            lines=look.lines,
            pressure_points=look.pressure_points,
            hovered=self._hovered,
            selected=self._selected if look.show_selection else None,
            dimmed=look.dimmed,
            highlighted=look.highlighted,
            unfaded_levels=look.unfaded_levels,
            tints={zid: QColor.fromRgba(rgba) for zid, rgba in look.tints},
            margin=self._margin,
            layers=look.layers & frozenset(self.zone_set.layers),
            strokes=look.strokes,  # type: ignore[arg-type]
            stroke_frame=look.stroke_position,  # type: ignore[arg-type]
            stroke_arrows=look.stroke_arrows,
        )

    def set_margin(self, margin: float) -> None:
        """The room around the body, in cm (the bench uses it to draw a new map)."""
        self._margin = margin
        self.update()

    @property
    def selected(self) -> Zone | None:
        return self.zone_set.get(self._selected) if self._selected else None

    @property
    def hovered(self) -> Zone | None:
        return self.zone_set.get(self._hovered) if self._hovered else None

    def select(self, zone: Zone | None, *, emit: bool = True) -> None:
        """Select a zone (None clears it, and the keyboard cursor with it);
        emits zoneActivated."""
        self._selected = zone.id if zone else None
        self._cursor = zone
        self.update()
        self._update_accessible()
        if zone is not None and self._look.show_selection:
            self._tell_selection(zone)
        if emit:
            self.zoneActivated.emit(zone)

    def _set_hover(self, zone: Zone | None) -> None:
        zid = zone.id if zone else None
        if zid != self._hovered:
            self._hovered = zid
            self.update()
            self.zoneHovered.emit(zone)

    def _update_accessible(self) -> None:
        """The map's description names the selection (setting it tells a
        screen reader once; the zone's own item says "Selected" too)."""
        zone = self.selected if self._look.show_selection else None
        if zone is None and self._task:
            text = self._task
        elif zone is None:
            text = BodyMapText.tr(
                "No zone selected. The arrow keys move between zones, Home and End go "
                "to the first and last, Enter selects."
            )
        else:
            side = side_words(zone.side)
            text = i18n.fill(
                BodyMapText.tr("Selected: {zone}, {side}, {safety}")
                if side
                else BodyMapText.tr("Selected: {zone}, {safety}"),
                zone=zone.name,
                side=side,
                safety=zone.safety_word,
            )
        if self._look.strokes_text:
            text = f"{text} {self._look.strokes_text}"
        self.setAccessibleDescription(text)

    # --- for a screen reader -----------------------------------------------------
    @property
    def zone_order(self) -> list[Zone]:
        """The zones as the keyboard walks them (and a screen reader lists them)."""
        return self._order

    def zone_accessible(self, zone: Zone) -> ZoneAccessible:
        """The zone's list item for a screen reader (the same one each time)."""
        item = self._zone_accessibles.get(id(zone))
        if item is None or item.zone is not zone:
            item = self._zone_accessibles[id(zone)] = ZoneAccessible(self, zone)
        return item

    def spoken_zone(self, zone: Zone) -> str:
        """What a screen reader says for a zone: its name, side and safety, or,
        while the look hides the names (a quiz), only where it lies."""
        if self._look.reveal_names:
            return zone_spoken_name(zone)
        where = self._where.get(id(zone))
        if where is None:
            where = self._where[id(zone)] = describe_zone(self.zone_set, zone)
        return where[:1].upper() + where[1:] + "."

    def shows_selected(self, zone: Zone) -> bool:
        return self._look.show_selection and self._selected == zone.id

    def zone_state_words(self, zone: Zone) -> str:
        """The zone item's description: "Selected." for the selected zone, and
        what ``say`` last said on the cursor's zone.  (Orca reads a changed
        description of the focused item; it ignores a list item's new name.)"""
        words = BodyMapText.tr("Selected.") if self.shows_selected(zone) else ""
        if self._note and zone is self._cursor:
            words = f"{words} {self._note}".strip()
        return words

    def set_task(self, text: str) -> None:
        """What the map is for now ("Find the ..."): its description while no
        zone is selected, read when it takes the focus.  Kept while the look
        is a quiz's."""
        self._task = text
        self._update_accessible()

    def say(self, text: str) -> None:
        """Have a screen reader say ``text`` where it is on the map: on the
        cursor's zone, or on the map itself."""
        self._note = text
        zone = self._cursor
        if zone is not None and self.hasFocus():
            if QAccessible.isActive():
                QAccessible.updateAccessibility(
                    QAccessibleEvent(
                        self.zone_accessible(zone), QAccessible.Event.DescriptionChanged
                    )
                )
        else:
            self.setAccessibleDescription(text)

    def _tell_cursor(self) -> None:
        """A screen reader hears the zone the keyboard cursor is on now."""
        zone = self._cursor
        if zone is not None and self.hasFocus() and QAccessible.isActive():
            QAccessible.updateAccessibility(
                QAccessibleEvent(self.zone_accessible(zone), QAccessible.Event.Focus)
            )

    def _tell_selection(self, zone: Zone) -> None:
        """Said once when Enter (or a click) selects a zone: its item's
        description is "Selected." now."""
        if QAccessible.isActive():
            QAccessible.updateAccessibility(
                QAccessibleEvent(self.zone_accessible(zone), QAccessible.Event.DescriptionChanged)
            )

    # --- geometry --------------------------------------------------------------
    def transform(self) -> QTransform:
        """cm -> widget pixels at the current zoom and pan."""
        base = fit_transform(self.scene.bounds, QRectF(self.rect()), self._margin)
        zoom = QTransform()
        centre = QPointF(self.width() / 2, self.height() / 2)
        zoom.translate(centre.x() + self._pan.x(), centre.y() + self._pan.y())
        zoom.scale(self._zoom, self._zoom)
        zoom.translate(-centre.x(), -centre.y())
        return base * zoom

    def model_to_view(self, x: float, y: float) -> QPoint:
        """Zone coordinates (cm) to this widget's pixel coordinates."""
        return self.transform().map(QPointF(x, y)).toPoint()

    def view_to_model(self, pos: QPointF) -> tuple[float, float]:
        inverted, _ok = self.transform().inverted()
        p = inverted.map(QPointF(pos))
        return (p.x(), p.y())

    def zone_at_view(self, pos: QPointF) -> Zone | None:
        return self.zone_set.zone_at(*self.view_to_model(pos))

    @property
    def zoom(self) -> float:
        return self._zoom

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom keeping ``anchor`` (widget pixels; default the centre) in place."""
        new = min(ZOOM_MAX, max(ZOOM_MIN, self._zoom * factor))
        if math.isclose(new, self._zoom):
            return
        anchor = anchor if anchor is not None else QPointF(self.width() / 2, self.height() / 2)
        before = self.view_to_model(anchor)
        self._zoom = new
        after = self.transform().map(QPointF(*before))
        self._pan += anchor - after
        self.update()

    def fit(self) -> None:
        self._zoom = 1.0
        self._pan = QPointF(0, 0)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(560, 860)

    # --- painting --------------------------------------------------------------
    def _dark(self) -> bool:
        return self.palette().color(QPalette.ColorRole.Window).lightness() < 128

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        transform = self.transform()
        options = self.options
        options.dark = self._dark()
        painter.drawPixmap(0, 0, self._static_pixmap(transform, options))
        paint_overlay(painter, self.scene, transform, options)
        if self._look.marks:
            self._paint_marks(painter, transform, self._look.marks)
        # the selection outline already shows a selected zone under the cursor
        cursor = self._cursor
        if self.hasFocus() and cursor is not None and cursor.id != options.selected:
            self._paint_focus(painter, transform, cursor)
        elif self.hasFocus() and cursor is None:
            self._paint_focus_frame(painter)
        painter.end()

    def _paint_focus_frame(self, painter: QPainter) -> None:
        """The map has the focus but no zone is under the cursor yet: a dashed
        frame round the map says where the keys go."""
        painter.save()
        rect = QRectF(self.rect()).adjusted(2.5, 2.5, -2.5, -2.5)
        painter.setPen(QPen(*FOCUS_HALO))
        painter.drawRect(rect)
        dash = QPen(*FOCUS_DASH)
        dash.setDashPattern([3.0, 2.0])
        painter.setPen(dash)
        painter.drawRect(rect)
        painter.restore()

    def _paint_focus(self, painter: QPainter, transform: QTransform, zone: Zone) -> None:
        """Where the keyboard is: a dashed dark outline on a light halo, clear on
        any fill."""
        path = transform.map(self.scene.paths[zone.id])
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        halo = QPen(*FOCUS_HALO)
        halo.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.strokePath(path, halo)
        dash = QPen(*FOCUS_DASH)
        dash.setDashPattern([3.0, 2.0])  # in pen widths: 6 px on, 4 px off
        painter.strokePath(path, dash)
        painter.restore()

    def _static_pixmap(self, transform: QTransform, options: RenderOptions) -> QPixmap:
        dpr = self.devicePixelRatioF()
        static = tuple(
            (f.name, _freeze(getattr(options, f.name)))
            for f in fields(options)
            if f.name not in _OVERLAY_FIELDS
        )
        key = (
            id(self.scene),
            self.width(),
            self.height(),
            dpr,
            tuple(round(v, 4) for v in (transform.m11(), transform.dx(), transform.dy())),
            static,
            self.palette().color(QPalette.ColorRole.Base).rgba(),
        )
        if key != self._cache_key or self._cache is None:

            def draw() -> tuple[object, QPixmap]:
                pixmap = QPixmap(
                    QSize(max(1, round(self.width() * dpr)), max(1, round(self.height() * dpr)))
                )
                pixmap.setDevicePixelRatio(dpr)
                pixmap.fill(self.palette().color(QPalette.ColorRole.Base))
                p = QPainter(pixmap)
                paint_static(p, self.scene, transform, options)
                p.end()
                return self.scene, pixmap

            self._cache, self._cache_key = self._recent.get(key, draw)[1], key
        return self._cache

    def _paint_marks(self, painter: QPainter, transform: QTransform, marks: MapMarks) -> None:
        scene = self.scene
        keep = frozenset(z for z in marks.keep if z in scene.paths)
        if marks.fill:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setTransform(transform)
            unit = points_to_model(painter, transform, 1.0)
            for zid in marks.fill:
                zone = self.zone_set.get(zid)
                if zone is not None:
                    painter.fillPath(scene.paths[zid], QColor(SAFETY_FILL[zone.safety]))
                    pen = QPen(QColor(SAFETY_LINE[zone.safety]), 0.6 * unit)
                    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
                    painter.strokePath(scene.hatches[zid], pen)
            painter.restore()
        if marks.dim:
            corner, veil = self._veil(keep, transform)
            painter.drawImage(corner, veil)
        outlined = keep if marks.outline else frozenset()
        paint_overlay(
            painter, scene, transform, RenderOptions(highlighted=outlined, marker=marks.marker)
        )

    def _covering_zones(self, keep: frozenset[str]) -> list[str]:
        """Zones drawn on top of a kept zone (a higher layer): veiled inside it too."""
        if keep not in self._covering:
            above = self._zones_above()
            covering = {z for k in keep for z in above.get(k, ())} - keep
            self._covering[keep] = [z.id for z in self.zone_set.zones if z.id in covering]
        return self._covering[keep]

    def _zones_above(self) -> dict[str, tuple[str, ...]]:
        """Each zone's ids of the zones of a higher layer that touch it: found
        in one query of the whole set, once per zone set (a quiz asks about a
        new zone at every question, in either view)."""
        zone_set = self.zone_set

        def find() -> tuple[ZoneSet, dict[str, tuple[str, ...]]]:
            zones = zone_set.zones
            geometries = [z.geometry for z in zones]
            pairs = shapely.STRtree(geometries).query(geometries, predicate="intersects")
            above: dict[str, list[str]] = {}
            for i, j in zip(*pairs.tolist(), strict=True):
                if zones[j].layer > zones[i].layer:
                    above.setdefault(zones[i].id, []).append(zones[j].id)
            return zone_set, {k: tuple(v) for k, v in above.items()}  # with its zone set

        return self._above.get(id(zone_set), find)[1]

    def _veil(self, keep: frozenset[str], transform: QTransform) -> tuple[QPoint, QImage]:
        """The fading layer over the body's bounding box: veiled except the kept
        zones (and veiled again where a higher zone lies on a kept one).  Cached
        until the marks, zoom, size or palette change."""
        dark = self._dark()
        dpr = self.devicePixelRatioF()
        key = (
            id(self.scene),
            keep,
            self.width(),
            self.height(),
            dpr,
            dark,
            tuple(round(v, 4) for v in (transform.m11(), transform.dx(), transform.dy())),
        )
        if key == self._veil_key and self._veil_cache is not None:
            return self._veil_cache
        scene = self.scene
        colour = QColor(58, 58, 58) if dark else QColor(255, 255, 255)
        colour.setAlpha(VEIL_ALPHA)
        corner, base = self._veil_base(key[:1] + key[2:], transform, colour)
        image = base.copy()  # the body veiled; each question clears its own zones
        image.setDevicePixelRatio(dpr)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(-corner)
        painter.setTransform(transform, True)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Clear)
        for zid in keep:
            painter.fillPath(scene.paths[zid], colour)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
        for zid in self._covering_zones(keep):
            painter.fillPath(scene.paths[zid], colour)
        painter.end()
        self._veil_key, self._veil_cache = key, (corner, image)
        return self._veil_cache

    def _veil_base(
        self, key: tuple, transform: QTransform, colour: QColor
    ) -> tuple[QPoint, QImage]:
        """The body's outline filled with the veil, over its bounding box:
        drawn once per view, zoom, size and palette (it is most of a veil's
        cost), so a new question only clears its zones from a copy."""

        def draw() -> tuple[object, QPoint, QImage]:
            scene = self.scene
            dpr = self.devicePixelRatioF()
            box = transform.mapRect(scene.bounds).toAlignedRect().adjusted(-4, -4, 4, 4)
            box = box.intersected(self.rect())
            image = QImage(
                max(1, round(box.width() * dpr)),
                max(1, round(box.height() * dpr)),
                QImage.Format.Format_ARGB32_Premultiplied,
            )
            image.setDevicePixelRatio(dpr)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.translate(-box.topLeft())
            painter.setTransform(transform, True)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
            painter.fillPath(scene.outline, colour)
            painter.end()
            return scene, box.topLeft(), image

        _scene, corner, image = self._veil_bases.get(key, draw)
        return corner, image

    # --- pointer ---------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            delta = pos - self._press
            if self._dragging or delta.manhattanLength() > DRAG_THRESHOLD:
                if not self._dragging:
                    self.setCursor(Qt.CursorShape.ClosedHandCursor)
                self._dragging = True
                self._pan += delta
                self._press = pos
                self.update()
                return
        self._set_hover(self.zone_at_view(pos))
        self._set_pointer_names(self.symbol_at_view(pos), self.structure_at_view(pos))

    def leaveEvent(self, event: QEvent) -> None:
        self._set_hover(None)
        self._set_pointer_names(None, None)
        super().leaveEvent(event)

    # --- what the pointer names --------------------------------------------------
    def symbol_at_view(self, pos: QPointF) -> MapSymbol | None:
        """The pressure point or line drawn under ``pos`` (widget pixels), if
        the look draws it: a diamond first, as it sits on top."""
        look = self._look
        transform = self.transform()
        p = QPointF(pos)
        if look.pressure_points:
            for key, (x, y) in self.zone_set.landmarks.items():
                if key.startswith("pressure_point"):
                    symbol = (
                        "pressure_point",
                        BodyMapText.tr("Pressure point"),
                        i18n.translated("BodyMapText", PRESSURE_POINT_TEXT),
                    )
                elif key.startswith(TRIGGER_POINTS):
                    symbol = (
                        TRIGGER_POINTS,
                        i18n.translated("BodyMapText", TRIGGER_POINTS_NAME),
                        i18n.translated("BodyMapText", TRIGGER_POINTS_TEXT),
                    )
                else:
                    continue
                q = transform.map(QPointF(x, y))
                if math.hypot(q.x() - p.x(), q.y() - p.y()) <= SYMBOL_HIT_PX:
                    _name, side = symbol_name(key)
                    return MapSymbol(symbol[0], symbol[1], side, symbol[2])
        if look.lines:
            x, y = self.view_to_model(p)
            tolerance = SYMBOL_HIT_PX / (transform.m11() or 1.0)
            best: tuple[float, str] | None = None
            for key, points in self.zone_set.lines.items():
                d = _distance_to_polyline(x, y, points)
                if d <= tolerance and (best is None or d < best[0]):
                    best = (d, key)
            if best is not None:
                name, side = symbol_name(best[1])
                return MapSymbol(
                    "line", name, side, BodyMapText.tr("dashed line: follow it with the fingers")
                )
        return None

    def structure_at_view(self, pos: QPointF) -> Structure | None:
        """The structure under ``pos`` in the layers drawn now (None without layers)."""
        layers = self.options.layers
        if not layers:
            return None
        return self.zone_set.structure_at(*self.view_to_model(QPointF(pos)), layers)

    @property
    def hover_symbol(self) -> MapSymbol | None:
        return self._hover_symbol

    @property
    def hover_structure(self) -> Structure | None:
        return self._hover_structure

    def _set_pointer_names(self, symbol: MapSymbol | None, structure: Structure | None) -> None:
        if (symbol, structure) != (self._hover_symbol, self._hover_structure):
            self._hover_symbol, self._hover_structure = symbol, structure
            self.pointerNamesChanged.emit()

    def hover_texts(self, zone: Zone | None = None) -> list[str]:
        """What the pointer is on, most specific first, as plain text: the
        symbol, the structure beneath (with its layer), then the zone."""
        zone = zone if zone is not None else self.hovered
        texts = []
        symbol = self._hover_symbol
        if symbol is not None:
            side = side_words(symbol.side)
            texts.append(
                i18n.fill(
                    BodyMapText.tr("{symbol} ({side}): {description}", "a symbol on the map")
                    if side
                    else BodyMapText.tr("{symbol}: {description}", "a symbol on the map"),
                    symbol=symbol.name,
                    side=side,
                    description=symbol.description,
                )
            )
        structure = self._hover_structure
        if structure is not None:
            layer = self.zone_set.layer_names.get(structure.layer, structure.layer)
            texts.append(
                i18n.fill(
                    BodyMapText.tr("Beneath: {structure} ({layer})"),
                    structure=structure.name,
                    layer=layer,
                )
            )
        if zone is not None:
            side = side_words(zone.side)
            texts.append(
                i18n.fill(
                    BodyMapText.tr("{zone} ({side}) \u2013 {safety}")
                    if side
                    else BodyMapText.tr("{zone} \u2013 {safety}"),
                    zone=zone.name,
                    side=side,
                    safety=zone.safety_word,
                )
            )
        # names from a file, however long, stay a line of the status bar
        return [short_text(t, SHOWN_CHARS) for t in texts]

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
            self._dragging = False
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        was_drag = self._dragging
        self._press = None
        self._dragging = False
        self.unsetCursor()
        if not was_drag:
            self._click_at(*self.view_to_model(event.position()))

    def _click_at(self, x: float, y: float) -> None:
        zone = self.zone_set.zone_at(x, y)
        if self._look.select_on_click:
            self.select(zone)
        elif zone is None:
            self._cursor = None  # no ring left on the zone clicked before
            self.update()
        self.pointClicked.emit(x, y)
        if zone is None:
            self.clickedOutside.emit()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.mousePressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.zoom_by(1.15**steps, event.position())
        event.accept()

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ToolTip:
            pos = QPointF(event.pos())  # type: ignore[attr-defined]
            zone = self.zone_at_view(pos)
            self._set_pointer_names(self.symbol_at_view(pos), self.structure_at_view(pos))
            texts = self.hover_texts(zone) if self._look.reveal_names else []
            if not texts:
                QToolTip.hideText()
            else:
                head, *rest = (html.escape(t) for t in texts)
                QToolTip.showText(
                    event.globalPos(),  # type: ignore[attr-defined]
                    f"<b>{head}</b>" + "".join(f"<br>{t}" for t in rest),
                    self,
                )
            return True
        if isinstance(event, QGestureEvent):
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                anchor = self.mapFromGlobal(pinch.centerPoint().toPoint())
                self.zoom_by(pinch.scaleFactor(), QPointF(anchor))
                return True
        if (
            isinstance(event, QNativeGestureEvent)
            and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture
        ):
            self.zoom_by(1.0 + event.value(), event.position())
            return True
        return super().event(event)

    # --- keyboard --------------------------------------------------------------
    @property
    def cursor_zone(self) -> Zone | None:
        """The zone the keyboard is on (shown outlined while the map has focus)."""
        return self._cursor

    def move_cursor(self, step: int) -> Zone | None:
        """The next (``step`` 1) or previous (-1) zone head to feet, round the end."""
        order = self._order
        if not order:
            return None
        if self._cursor in order:
            index = (order.index(self._cursor) + step) % len(order)
        else:
            index = 0 if step > 0 else len(order) - 1
        return self._put_cursor(order[index])

    def move_cursor_to_end(self, last: bool) -> Zone | None:
        """The first zone (Home) or the last (End)."""
        return self._put_cursor(self._order[-1 if last else 0]) if self._order else None

    def _put_cursor(self, zone: Zone) -> Zone:
        self._cursor = zone
        self._note = ""
        self._set_pointer_names(None, None)  # the keyboard names the zone alone
        self._set_hover(zone)
        self.update()
        self._tell_cursor()
        return zone

    def move_cursor_direction(self, dx: int, dy: int) -> Zone | None:
        """The nearest zone in a direction (arrow keys), by label points."""
        if self._cursor is None:
            return self.move_cursor(1)
        cx, cy = self._cursor.label_point
        best, best_score = None, math.inf
        for zone in self._order:
            if zone is self._cursor:
                continue
            x, y = zone.label_point
            along = (x - cx) * dx + (y - cy) * dy
            if along <= 0.5:
                continue
            across = abs((x - cx) * dy) + abs((y - cy) * dx)
            score = along + 2.5 * across
            if score < best_score:
                best, best_score = zone, score
        if best is not None:
            self._put_cursor(best)
        else:
            self._tell_cursor()  # nothing further that way: the zone is said again
        return self._cursor

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Up and Down walk the zones head to feet, Left and Right go to the
        nearest zone that way, Home and End to the first and last zone, Enter
        (or Space) selects; Tab is left to Qt, so it moves on to the next control."""
        key = event.key()
        enter: tuple[Qt.Key, ...] = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        if self._look.strokes:
            enter = enter[:2]  # Space plays the strokes (see ui.strokes)
        cursor_keys = self._look.keyboard_cursor and not (
            event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        )
        if cursor_keys and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_cursor(1 if key == Qt.Key.Key_Down else -1)
        elif cursor_keys and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.move_cursor_direction(-1 if key == Qt.Key.Key_Left else 1, 0)
        elif cursor_keys and key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            self.move_cursor_to_end(key == Qt.Key.Key_End)
        elif self._look.keyboard_cursor and key in enter:
            cursor = self._cursor  # with no cursor, Enter does nothing
            if cursor is not None:
                if self._look.select_on_click:
                    self.select(cursor)
                self.pointClicked.emit(*cursor.label_point)
        elif (
            key == Qt.Key.Key_Escape
            and self._look.select_on_click
            and self._selected
            and not self._look.strokes  # the first Esc takes the strokes off (ui.strokes)
        ):
            self.select(None)
        else:
            plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            self.keyPressed.emit(event.text() if plain else "", int(event.key()))
            super().keyPressEvent(event)

    def focusInEvent(self, event: QEvent) -> None:
        """The cursor shows as soon as the map has the focus: on the selected
        zone, else the first (not in a quiz, where Enter would answer with it:
        there the map draws a focus frame until an arrow key moves)."""
        if (
            self._cursor is None
            and self._look.keyboard_cursor
            and self._look.select_on_click
            and self._order
        ):
            self._cursor = self.selected or self._order[0]
        self.update()
        super().focusInEvent(event)  # type: ignore[arg-type]
        # after Qt has told a screen reader that the map has the focus
        QTimer.singleShot(0, self._tell_cursor)

    def focusOutEvent(self, event: QEvent) -> None:
        self.update()
        super().focusOutEvent(event)  # type: ignore[arg-type]


def _distance_to_polyline(x: float, y: float, points) -> float:
    """The distance from (x, y) to a polyline, in the same units."""
    best = math.inf
    for (x1, y1), (x2, y2) in itertools.pairwise(points):
        dx, dy = x2 - x1, y2 - y1
        length = dx * dx + dy * dy
        t = 0.0 if length == 0 else max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / length))
        best = min(best, math.hypot(x - (x1 + t * dx), y - (y1 + t * dy)))
    return best


def _freeze(value: object) -> object:
    if isinstance(value, dict):
        return tuple(sorted((k, _freeze(v)) for k, v in value.items()))
    if isinstance(value, QColor):
        return value.rgba()
    if isinstance(value, (set, frozenset)):
        return tuple(sorted(value))
    return value


# --- the map for a screen reader -------------------------------------------------------
def zone_spoken_name(zone: Zone) -> str:
    """A zone as a screen reader says it: 'Kidney area, left side. Avoid.'"""
    side = side_words(zone.side)
    return i18n.fill(
        BodyMapText.tr("{zone}, {side}. {safety}.", "a zone as a screen reader says it")
        if side
        else BodyMapText.tr("{zone}. {safety}.", "a zone as a screen reader says it"),
        zone=zone.name,
        side=side,
        safety=zone.safety_word,
    )


class ZoneAccessible(QAccessibleInterface):
    """One zone of the map as a list item: its name and safety level (or, while
    the names are hidden, where it lies), its rectangle on screen, and whether
    the keyboard cursor is on it (focused) or it is selected."""

    def __init__(self, view: BodyView, zone: Zone) -> None:
        super().__init__()
        self.view = view
        self.zone = zone

    def _alive(self) -> bool:
        view = self.view
        return shiboken6.isValid(view) and view.zone_set.get(self.zone.id) is self.zone

    def isValid(self) -> bool:
        return self._alive()

    def object(self) -> QObject | None:  # type: ignore[override]
        return None

    def window(self) -> QWindow | None:  # type: ignore[override]
        if not self._alive():
            return None
        return self.view.window().windowHandle()

    def relations(self, _match: Any = None) -> list:
        return []

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def childAt(self, _x: int, _y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def parent(self) -> QAccessibleInterface | None:  # type: ignore[override]
        if not self._alive():
            return None
        return QAccessible.queryAccessibleInterface(self.view)

    def child(self, _index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, _child: Any) -> int:
        return -1

    def text(self, kind: QAccessible.Text) -> str:
        if not self._alive():
            return ""
        view = self.view
        if kind == QAccessible.Text.Name:
            return view.spoken_zone(self.zone)
        if kind == QAccessible.Text.Description:
            return view.zone_state_words(self.zone)
        return ""

    def setText(self, _kind: QAccessible.Text, _text: str) -> None:
        return None

    def rect(self) -> QRect:
        if not self._alive():
            return QRect()
        view = self.view
        shape = view.transform().mapRect(view.scene.paths[self.zone.id].boundingRect())
        box = shape.toAlignedRect().intersected(view.rect())
        return QRect(view.mapToGlobal(box.topLeft()), box.size())

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        if not self._alive():
            state.invalid = True
            return state
        view = self.view
        state.focusable = True
        state.selectable = bool(view.look.select_on_click)
        state.focused = view.hasFocus() and view.cursor_zone is self.zone
        state.selected = view.shows_selected(self.zone)
        state.invisible = not view.isVisible()
        return state


class MapAccessible(QAccessibleWidget):
    """The map as a list of its zones, head to feet (installed by
    ``install_map_accessibility`` for every ``BodyView``)."""

    def __init__(self, view: BodyView) -> None:
        super().__init__(view, QAccessible.Role.List, view.accessibleName())
        self.view = view

    def _zones(self) -> list[Zone]:
        return self.view.zone_order if shiboken6.isValid(self.view) else []

    def childCount(self) -> int:
        return len(self._zones())

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        zones = self._zones()
        if 0 <= index < len(zones):
            return self.view.zone_accessible(zones[index])
        return None

    def indexOfChild(self, child: Any) -> int:
        zone = getattr(child, "zone", None)
        zones = self._zones()
        return zones.index(zone) if zone in zones else -1

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        view = self.view
        if shiboken6.isValid(view) and view.hasFocus() and view.cursor_zone is not None:
            return view.zone_accessible(view.cursor_zone)
        return None

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        view = self.view
        if not shiboken6.isValid(view):
            return None
        zone = view.zone_at_view(QPointF(view.mapFromGlobal(QPoint(x, y))))
        return view.zone_accessible(zone) if zone is not None else None


def _map_accessible_factory(_key: str, obj: QObject) -> QAccessibleInterface | None:
    if isinstance(obj, BodyView):
        accessible = MapAccessible(obj)
        obj._map_accessible = accessible  # Qt keeps the pointer: Python must keep the object
        return accessible
    return None


_factory_installed = False


def install_map_accessibility() -> None:
    """Tell Qt to describe every BodyView with ``MapAccessible`` (once)."""
    global _factory_installed
    if not _factory_installed:
        QAccessible.installFactory(_map_accessible_factory)
        _factory_installed = True
