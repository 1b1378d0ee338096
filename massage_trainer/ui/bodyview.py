"""The body map widget: paints a zone set, hover, click, zoom, pan, keyboard.

The static map is rendered once into a cached pixmap per size, zoom and
option set; a repaint draws that pixmap and the few things that follow the
pointer (hover, selection, quiz marker) on top.
"""

from __future__ import annotations

import math
from dataclasses import fields, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QPinchGesture, QSizePolicy, QToolTip, QWidget

from massage_trainer.paint.body import (
    BodyScene,
    RenderOptions,
    fit_transform,
    paint_overlay,
    paint_static,
    scene_for,
)

if TYPE_CHECKING:
    from massage_trainer.core.zones import Zone, ZoneSet

ZOOM_MIN, ZOOM_MAX = 0.5, 12.0
DRAG_THRESHOLD = 6  # px before a press becomes a pan
FOCUS_HALO = (QColor("#ffffff"), 5.0)  # the keyboard cursor: colour and width in px
FOCUS_DASH = (QColor("#000000"), 2.0)
_OVERLAY_FIELDS = {"hovered", "selected", "marker"}


def anatomical_order(zone_set: ZoneSet) -> list[Zone]:
    """Zones from head to feet (see zones.anatomical_key)."""
    from massage_trainer.core.zones import anatomical_key

    return sorted(zone_set.zones, key=anatomical_key)


class BodyView(QWidget):
    """Shows the body map.  Emits ``zoneHovered(zone|None)``,
    ``zoneActivated(zone|None)`` when a zone is selected or the selection is
    cleared, ``pointClicked(x_cm, y_cm)`` for every click, and
    ``clickedOutside()`` for a click beside the body.

    Until it has a zone set the view can show a scene alone (``show_scene``,
    the window's first frame from the start-up cache): it paints, zooms and
    pans, but no zone answers the pointer or the keyboard yet; a click then is
    kept and counts as soon as the zone set is there."""

    zoneHovered = Signal(object)
    zoneActivated = Signal(object)
    pointClicked = Signal(float, float)
    clickedOutside = Signal()
    firstPainted = Signal()  # once, just after the first paint: the window has its first frame

    def __init__(
        self,
        zone_set: ZoneSet | None,
        parent: QWidget | None = None,
        scene: BodyScene | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bodyView")
        self.setAccessibleName("Body map")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 320)
        self.grabGesture(Qt.GestureType.PinchGesture)
        self.select_on_click = True
        # a quiz turns this off: no names in tooltips while the learner is asked
        self.reveal_names = True
        self._options = RenderOptions()
        self._zoom = 1.0
        self._pan = QPointF(0, 0)
        self._press: QPointF | None = None
        self._dragging = False
        self._cache: QPixmap | None = None
        self._cache_key: tuple | None = None
        self._painted = False
        self._pending_click: tuple[float, float] | None = None
        self._cursor: Zone | None = None
        self.zone_set: ZoneSet | None = None
        self.scene: BodyScene | None = None
        if zone_set is not None:
            self.set_zone_set(zone_set)
        elif scene is not None:
            self.show_scene(scene)
        else:
            raise ValueError("a body view needs a zone set or a scene to show")

    # --- state -----------------------------------------------------------------
    def set_zone_set(self, zone_set: ZoneSet) -> None:
        self._show(scene_for(zone_set), zone_set)  # the paths are built now, not on a paint

    def show_scene(self, scene: BodyScene) -> None:
        """Paint ``scene`` with no zone set behind it yet (see the class notes)."""
        self._show(scene, scene.zone_set)

    def _show(self, scene: BodyScene, zone_set: ZoneSet | None) -> None:
        # the zone set behind the scene shown so far: the same picture, so the
        # zoom and pan the learner chose meanwhile stay
        same_picture = self.scene is not None and self.zone_set is None and zone_set is not None
        self.zone_set = zone_set
        self.scene = scene
        self._order = anatomical_order(zone_set) if zone_set is not None else []
        self._options = replace(
            self._options,
            hovered=None,
            selected=None,
            marker=None,
            highlighted=frozenset(),
            tints={},
        )
        self._cursor = None
        if not same_picture:
            self.fit()
        self._update_accessible()
        if zone_set is not None and self._pending_click is not None:
            point, self._pending_click = self._pending_click, None
            # once the caller has connected to the new zone set
            QTimer.singleShot(0, self, lambda: self.zone_set is zone_set and self._click_at(*point))

    @property
    def options(self) -> RenderOptions:
        return self._options

    def set_options(self, **changes) -> None:
        """Change what is drawn (see RenderOptions); repaints as needed."""
        self._options = replace(self._options, **changes)
        self.update()

    @property
    def selected(self) -> Zone | None:
        zid = self._options.selected
        return self.zone_set.get(zid) if zid and self.zone_set is not None else None

    @property
    def hovered(self) -> Zone | None:
        zid = self._options.hovered
        return self.zone_set.get(zid) if zid and self.zone_set is not None else None

    def select(self, zone: Zone | None, *, emit: bool = True) -> None:
        """Select a zone (None clears); emits zoneActivated."""
        self._options = replace(self._options, selected=zone.id if zone else None)
        if zone is not None:
            self._cursor = zone
        self.update()
        self._update_accessible()
        if emit:
            self.zoneActivated.emit(zone)

    def _set_hover(self, zone: Zone | None) -> None:
        zid = zone.id if zone else None
        if zid != self._options.hovered:
            self._options = replace(self._options, hovered=zid)
            self.update()
            self.zoneHovered.emit(zone)

    def _update_accessible(self) -> None:
        zone = self.selected
        if zone is None:
            text = "No zone selected. Click a zone, or press Tab to move between zones."
        else:
            side = f", {zone.side_word}" if zone.side_word else ""
            text = f"Selected: {zone.name}{side}, {zone.safety_word}"
        self.setAccessibleDescription(text)
        if QAccessible.isActive():
            QAccessible.updateAccessibility(
                QAccessibleEvent(self, QAccessible.Event.DescriptionChanged)
            )

    # --- geometry --------------------------------------------------------------
    def transform(self) -> QTransform:
        """cm -> widget pixels at the current zoom and pan."""
        base = fit_transform(self.scene.bounds, QRectF(self.rect()), self._options.margin)
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
        if self.zone_set is None:
            return None
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

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        transform = self.transform()
        options = replace(self._options, dark=self._dark())
        painter.drawPixmap(0, 0, self._static_pixmap(transform, options))
        paint_overlay(painter, self.scene, transform, options)
        # the selection outline already shows a selected zone under the cursor
        if self.hasFocus() and self._cursor is not None and self._cursor.id != options.selected:
            self._paint_focus(painter, transform, self._cursor)
        painter.end()
        if not self._painted:
            self._painted = True
            # from the event loop, not from within the paint: a slot may paint too
            QTimer.singleShot(0, self, self.firstPainted.emit)

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
            self.scene,
            self.width(),
            self.height(),
            dpr,
            tuple(round(v, 4) for v in (transform.m11(), transform.dx(), transform.dy())),
            static,
            self.palette().color(QPalette.ColorRole.Base).rgba(),
        )
        if key != self._cache_key or self._cache is None:
            pixmap = QPixmap(
                QSize(max(1, round(self.width() * dpr)), max(1, round(self.height() * dpr)))
            )
            pixmap.setDevicePixelRatio(dpr)
            pixmap.fill(self.palette().color(QPalette.ColorRole.Base))
            p = QPainter(pixmap)
            paint_static(p, self.scene, transform, options)
            p.end()
            self._cache, self._cache_key = pixmap, key
        return self._cache

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

    def leaveEvent(self, event) -> None:
        self._set_hover(None)
        super().leaveEvent(event)

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
        if was_drag:
            return
        x, y = self.view_to_model(event.position())
        if self.zone_set is None:  # still loading: the click counts once it is there
            self._pending_click = (x, y)
            return
        self._click_at(x, y)

    def _click_at(self, x: float, y: float) -> None:
        assert self.zone_set is not None
        self.pointClicked.emit(x, y)
        zone = self.zone_set.zone_at(x, y)
        if zone is None:
            self.clickedOutside.emit()
        if self.select_on_click:
            self.select(zone)

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
            zone = self.zone_at_view(QPointF(event.pos()))
            if zone is None or not self.reveal_names:
                QToolTip.hideText()
            else:
                side = f" ({zone.side_word})" if zone.side_word else ""
                QToolTip.showText(
                    event.globalPos(), f"<b>{zone.name}</b>{side}<br>{zone.safety_word}", self
                )
            return True
        if kind == QEvent.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                anchor = self.mapFromGlobal(pinch.centerPoint().toPoint())
                self.zoom_by(pinch.scaleFactor(), QPointF(anchor))
                return True
        if (
            kind == QEvent.Type.NativeGesture
            and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture
        ):
            self.zoom_by(1.0 + event.value(), event.position())
            return True
        if (
            kind == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.keyPressEvent(event)
            return True
        return super().event(event)

    # --- keyboard --------------------------------------------------------------
    @property
    def cursor_zone(self) -> Zone | None:
        """The zone the keyboard is on (shown highlighted while the map has focus)."""
        return self._cursor

    def move_cursor(self, step: int) -> Zone | None:
        order = self._order
        if not order:
            return None
        if self._cursor in order:
            index = (order.index(self._cursor) + step) % len(order)
        else:
            index = 0 if step > 0 else len(order) - 1
        self._cursor = order[index]
        self._set_hover(self._cursor)
        self.update()
        return self._cursor

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
            self._cursor = best
            self._set_hover(best)
            self.update()
        return self._cursor

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Tab:
            self.move_cursor(1)
        elif key == Qt.Key.Key_Backtab:
            self.move_cursor(-1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            dx = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(key, 0)
            dy = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(key, 0)
            self.move_cursor_direction(dx, dy)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if self._cursor is not None:
                if self.select_on_click:
                    self.select(self._cursor)
                x, y = self._cursor.label_point
                self.pointClicked.emit(x, y)
        elif key == Qt.Key.Key_Escape and self.selected is not None:
            self.select(None)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        self.update()
        super().focusOutEvent(event)


def _freeze(value):
    if isinstance(value, dict):
        return tuple(sorted((k, _freeze(v)) for k, v in value.items()))
    if isinstance(value, QColor):
        return value.rgba()
    if isinstance(value, (set, frozenset)):
        return tuple(sorted(value))
    return value
