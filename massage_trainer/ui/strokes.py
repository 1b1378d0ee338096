"""A technique's strokes on the map: drawn over the body, played at the data's tempo.

``StrokeController(window)`` (kept as ``window.strokes``) owns which
technique's strokes are shown and for which side tab (the Zone Info panel's
open technique, a routine step's technique), the ``StrokePlayer`` that plays
them, the 60 fps timer that drives it, the bar under the side tabs (whose
strokes, where the animation is, Play/Pause, Step, Clear) and the View menu
entries.  The strokes in words go into the panels (``strokes_html``) and the
map's accessible description.

It never touches the map itself: the window's ``apply_look`` asks it to add
the strokes to the current tab's look (``decorate``), and it emits
``lookChanged`` when that look changes (a technique opened, each frame of the
animation).  The timing is the player's, on its own clock (``clock``; tests
replace it with a fake one and call ``frame``).

Keys: Space on the map or in the Zone Info panel plays and pauses while
strokes are shown, Esc there clears them; View > Play Strokes (F8) and Step
(Shift+F8) work from anywhere.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING

import shapely
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from massage_trainer.core import i18n
from massage_trainer.core.content import Technique
from massage_trainer.core.i18n import Tr
from massage_trainer.core.strokes import (
    PlayerFrame,
    Stroke,
    StrokePlayer,
    describe_technique,
    strokes_for,
    technique_cautions,
)
from massage_trainer.core.timefmt import format_time
from massage_trainer.core.zones import Zone, ZoneSet
from massage_trainer.ui.announce import announce
from massage_trainer.ui.maplook import MapLook, MapMarks, MapState
from massage_trainer.ui.palettes import secondary_text

if TYPE_CHECKING:
    from massage_trainer.ui.mainwindow import MainWindow

FRAME_MS = 16  # the animation's timer: about 60 frames a second
NEAR_AVOID_CM = 4.0  # an avoid zone this close to a path stays bright beside it


class StrokesText(Tr):
    """Texts about a technique's strokes on the map: the bar, the panels' words, View menu."""


def play_text() -> str:
    return StrokesText.tr("\u25b6 Play", "button: play the strokes")


def pause_text() -> str:
    return StrokesText.tr("\u275a\u275a Pause", "button: pause the strokes")


def keys_hint() -> str:
    return StrokesText.tr("Space on the map or F8 plays and pauses; Shift+F8 steps; Esc clears.")


# --- the words about a technique's strokes -------------------------------------------
def caution_lines(strokes: tuple[Stroke, ...], zone_set: ZoneSet) -> list[tuple[Zone, str]]:
    """The caution and avoid zones on the strokes' way, each with what to do
    there as a sentence ('Passes over the kidney area: lighten here.')."""
    out = []
    for caution in technique_cautions(strokes, zone_set):
        text = caution.text
        out.append((caution.zone, text[:1].upper() + text[1:] + "."))
    return out


def strokes_text(technique: Technique, zone_set: ZoneSet) -> str:
    """The strokes in plain words: each stroke, then the care on the way (the
    accessible description of the map while they are shown)."""
    strokes = strokes_for(technique, zone_set)
    if not strokes:
        return ""
    parts = [
        i18n.fill(StrokesText.tr("Strokes of {technique} on the map."), technique=technique.name),
        *describe_technique(technique, zone_set),
    ]
    parts += [text for _zone, text in caution_lines(strokes, zone_set)]
    return " ".join(parts)


def strokes_html(technique: Technique, zone_set: ZoneSet, shown: bool | None = None) -> str:
    """The strokes as the panels show them: each stroke in words, the caution
    zones on the way, and (``shown`` not None) a link to draw them on the map
    or a line saying they are drawn.  '' for a technique with no strokes on
    this view."""
    strokes = strokes_for(technique, zone_set)
    if not strokes:
        if technique.strokes and shown is not None:
            none = i18n.fill(
                StrokesText.tr("No strokes of {technique} are drawn on this view of the body."),
                technique=technique.name,
            )
            return f"<p><i>{escape(none)}</i></p>"
        return ""
    grey = secondary_text()
    heading = i18n.fill(
        escape(
            StrokesText.tr("<b>The strokes</b> ({view:lower})", "rich text: keep the <b> marks")
        ),
        view=escape(zone_set.title),
    )
    parts = [f"<p style='margin-bottom:2px'>{heading}</p><ol>"]
    for line in describe_technique(technique, zone_set):
        number, _, text = line.partition(". ")
        parts.append(f"<li>{escape(text if number.isdigit() else line)}</li>")
    parts.append("</ol>")
    cautions = caution_lines(strokes, zone_set)
    if cautions:
        parts.append(
            "<p style='margin-top:2px'><b>"
            + escape(StrokesText.tr("On the way:"))
            + "</b> "
            + " ".join(escape(text) for _zone, text in cautions)
            + "</p>"
        )
    if shown is True:
        drawn = StrokesText.tr("Drawn on the map now.")
        parts.append(f"<p style='color:{grey}'>{escape(drawn)} {escape(keys_hint())}</p>")
    elif shown is False:
        link = StrokesText.tr("\u25b6 Show the strokes on the map")
        parts.append(f"<p><a href='strokes:{technique.id}'>{escape(link)}</a></p>")
    return "".join(parts)


def player_status(frame: PlayerFrame | None, count: int, repeats: int, place: int = 0) -> str:
    """The line under the bar's title: where the animation is (``place``: the
    stroke's place among the ``count`` shown, 1-based; 0: its number)."""
    if frame is None or (not frame.running and frame.elapsed == 0 and not frame.finished):
        return StrokesText.tr("Ready: press Play to watch the hands move at the real pace.")
    if frame.finished:
        return i18n.fill(
            StrokesText.tr("Done: all {time} played. Play starts again."),
            time=format_time(frame.total),
        )
    values = {
        "stroke": place or frame.number,
        "strokes": count,
        "pass": frame.repeat,
        "passes": repeats,
        "elapsed": format_time(frame.elapsed),
        "total": format_time(frame.total),
    }
    # the whole line for each case, so a language words each its own way
    if frame.running:
        if count > 1 and repeats > 1:
            text = StrokesText.tr(
                "Playing: stroke {stroke} of {strokes}, pass {pass} of {passes} "
                "\u00b7 {elapsed} of {total}"
            )
        elif count > 1:
            text = StrokesText.tr(
                "Playing: stroke {stroke} of {strokes} \u00b7 {elapsed} of {total}"
            )
        elif repeats > 1:
            text = StrokesText.tr(
                "Playing: the stroke, pass {pass} of {passes} \u00b7 {elapsed} of {total}"
            )
        else:
            text = StrokesText.tr("Playing: the stroke \u00b7 {elapsed} of {total}")
    elif count > 1 and repeats > 1:
        text = StrokesText.tr(
            "Paused: stroke {stroke} of {strokes}, pass {pass} of {passes} "
            "\u00b7 {elapsed} of {total}"
        )
    elif count > 1:
        text = StrokesText.tr("Paused: stroke {stroke} of {strokes} \u00b7 {elapsed} of {total}")
    elif repeats > 1:
        text = StrokesText.tr(
            "Paused: the stroke, pass {pass} of {passes} \u00b7 {elapsed} of {total}"
        )
    else:
        text = StrokesText.tr("Paused: the stroke \u00b7 {elapsed} of {total}")
    return i18n.fill(text, **values)


@dataclass(frozen=True)
class ShownStrokes:
    """A technique's strokes on one view, shown for one side tab."""

    technique: Technique
    zone_set: ZoneSet  # the view they are placed on
    tab: QWidget
    strokes: tuple[Stroke, ...]
    zones: frozenset[str]  # the ids of the zones the paths pass, and avoid zones beside them
    text: str  # the strokes in words


# --- the bar under the side tabs ---------------------------------------------------------
class StrokeBar(QFrame):
    """Shown while strokes are on the map: their technique, where the
    animation is, and Play/Pause, Step and Clear.  Kept to two short rows
    (the strokes in words are in the panel above it, and the bar's
    accessible description)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("strokeBar")
        self.setAccessibleName(StrokesText.tr("Strokes on the map"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.setSpacing(2)
        self.title = QLabel()
        self.title.setObjectName("strokeTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)  # a long name wraps in a narrow panel
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.status = QLabel()
        self.status.setObjectName("strokeStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.play_button = QPushButton(play_text())
        self.play_button.setObjectName("strokePlay")
        self.play_button.setToolTip(
            StrokesText.tr("Play or pause the hands' movement (F8; Space on the map)")
        )
        self.step_button = QPushButton(StrokesText.tr("Step \u25b8", "button: the next stroke"))
        self.step_button.setObjectName("strokeStep")
        self.step_button.setToolTip(
            StrokesText.tr("Pause and go on to the next pass or stroke (Shift+F8)")
        )
        self.clear_button = QPushButton(StrokesText.tr("\u2715 Clear", "button: strokes off"))
        self.clear_button.setObjectName("strokeClear")
        self.clear_button.setToolTip(
            StrokesText.tr("Take the strokes off the map (Esc on the map)")
        )
        layout.addWidget(self.title)
        top = QHBoxLayout()  # the buttons under the title: room for both at 800 px
        for button, name in (
            (self.play_button, StrokesText.tr("Play", "read out: play the strokes")),
            (self.step_button, StrokesText.tr("Step", "read out: the next stroke")),
            (self.clear_button, StrokesText.tr("Clear the strokes")),
        ):
            button.setAccessibleName(name)
            top.addWidget(button)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(self.status)
        self.hide()

    def plain_text(self) -> str:
        return "\n".join((self.title.text(), self.status.text()))


# --- the controller ---------------------------------------------------------------------
class StrokeController(QObject):
    """Which strokes are on the map, for which tab, and their animation."""

    lookChanged = Signal()  # the current tab's look changed: the window applies it

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.view = window.view
        self.info = window.info
        self.shown: ShownStrokes | None = None
        self.player: StrokePlayer | None = None
        self._frame: PlayerFrame | None = None
        self._last_opened = ""  # the technique last opened in the Zone Info panel
        # the player's monotonic clock; tests replace it with a fake one
        self.clock: Callable[[], float] = time.monotonic
        self.timer = QTimer(self)
        self.timer.setInterval(FRAME_MS)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.frame)
        self.bar = StrokeBar()
        self.info.strokes_html = strokes_html
        self._build_actions()
        self._connect()

    # --- set-up --------------------------------------------------------------------
    def _build_actions(self) -> None:
        window = self.window

        def action(text: str, slot: Callable[[], object], keys: str, tip: str) -> QAction:
            act = QAction(text, window)
            if keys:
                act.setShortcut(QKeySequence(keys))
            act.setToolTip(tip)
            act.setStatusTip(tip)
            act.triggered.connect(lambda _checked=False: slot())
            window.addAction(act)
            return act

        self.play_action = action(
            StrokesText.tr("Play St&rokes"),
            self.toggle,
            "F8",
            StrokesText.tr("Play or pause the hands' movement of the technique drawn on the map"),
        )
        self.step_action = action(
            StrokesText.tr("Step Through Stro&kes"),
            self.step,
            "Shift+F8",
            StrokesText.tr("Pause and go on to the next pass or stroke"),
        )
        self.clear_strokes_action = action(
            StrokesText.tr("Cl&ear Strokes"),
            self.clear,
            "",
            StrokesText.tr("Take the technique's strokes off the map"),
        )
        menu = window.view_menu
        menu.addSeparator()
        for act in (self.play_action, self.step_action, self.clear_strokes_action):
            menu.addAction(act)
        self._update_actions()

    def _connect(self) -> None:
        window = self.window
        self.lookChanged.connect(window.apply_look)
        self.bar.play_button.clicked.connect(self.toggle)
        self.bar.step_button.clicked.connect(self.step)
        self.bar.clear_button.clicked.connect(self.clear)
        self.info.strokesRequested.connect(self._on_requested)
        self.info.strokesClosed.connect(self._on_closed)
        self.info.strokesKey.connect(lambda key: self._on_key(int(key)))
        self.view.zoneActivated.connect(lambda _zone: self.clear())
        self.view.keyPressed.connect(lambda _text, key: self._on_map_key(key))
        window.zoneSetChanged.connect(self._on_zone_set)
        window.tabs.currentChanged.connect(self._on_tab_changed)
        routines = window.routines
        routines.stepChanged.connect(lambda _i: self._on_step())

    # --- what is shown ---------------------------------------------------------------
    def show(
        self,
        technique_id: str,
        tab: QWidget,
        play: bool = False,
        on_zones: frozenset[str] | tuple[str, ...] = (),
    ) -> bool:
        """Draw a technique's strokes for ``tab`` (the Zone Info panel, the
        Routine tab); False when it has none on the view shown.  With
        ``on_zones`` (zone ids: a routine step's) only the strokes that pass
        over one of them, if any does."""
        zone_set = self.window.zone_set
        technique = zone_set.techniques.get(technique_id)
        strokes = strokes_for(technique, zone_set) if technique is not None else ()
        if on_zones:
            strokes = _passing(zone_set, strokes, frozenset(on_zones)) or strokes
        if technique is None or not strokes:
            if self.shown is not None and self.shown.tab is tab:
                self.clear()
            if technique is not None and tab is self.info:
                self.window.statusBar().showMessage(
                    i18n.fill(
                        StrokesText.tr("{technique} has no strokes drawn on the {view:lower}."),
                        technique=technique.name,
                        view=zone_set.title,
                    ),
                    5000,
                )
            return False
        self.timer.stop()
        # the zones the paths pass, and every avoid zone beside them
        paths = shapely.MultiLineString([s.points for s in strokes])
        zones = frozenset(z.id for z in _zones_along(zone_set, strokes)) | {
            z.id
            for z in zone_set.zones
            if z.safety == "avoid" and z.geometry.distance(paths) <= NEAR_AVOID_CM
        }
        self.shown = ShownStrokes(
            technique, zone_set, tab, strokes, zones, strokes_text(technique, zone_set)
        )
        # through ``self.clock`` on every reading, so a test may swap the clock
        self.player = StrokePlayer(strokes, clock=lambda: self.clock())
        self._frame = None
        self.info.set_strokes_shown(technique_id if tab is self.info else None)
        self._show_bar()
        self.lookChanged.emit()
        if play:
            self.play()
        return True

    def clear(self) -> None:
        """Take the strokes off the map (Esc, Clear, a zone chosen, another view)."""
        if self.shown is None:
            self._update_actions()  # what F8 would show may have gone (a zone chosen)
            return
        self.timer.stop()
        self.shown = self.player = self._frame = None
        self.info.set_strokes_shown(None)
        self.bar.hide()
        self._update_actions()
        self.lookChanged.emit()

    def _on_requested(self, technique_id: str) -> None:
        self._last_opened = technique_id
        self.show(technique_id, self.info)

    def _on_zone_set(self, zone_set: ZoneSet) -> None:
        # strokes placed on another view go (a routine step may have shown the
        # new view's already)
        if self.shown is not None and self.shown.zone_set is not zone_set:
            self.clear()

    def _on_closed(self, technique_id: str) -> None:
        if self.shown is not None and self.shown.technique.id == technique_id:
            self.clear()

    def _on_step(self) -> None:
        """A routine step came up: its technique's strokes, if it has any here."""
        routines = self.window.routines
        step = routines.step
        panel = routines.panel
        if step is None or step.turns_over or step.view not in ("", self.window.zone_set.view):
            if self.shown is not None and self.shown.tab is panel:
                self.clear()
            return
        if not self.show(step.technique, panel, on_zones=step.zone_ids) and self.shown is not None:
            self.clear()

    def _on_tab_changed(self, _index: int) -> None:
        # the strokes belong to their tab: leaving it pauses them and hides the bar
        if self.shown is not None and not self._current():
            self.pause()
        self.bar.setVisible(self._current())
        self._update_actions()

    def _current(self) -> bool:
        """Strokes are shown for the tab that is current."""
        return self.shown is not None and self.window.tabs.currentWidget() is self.shown.tab

    # --- playing ---------------------------------------------------------------------
    def play(self) -> None:
        if self.player is None:
            return
        self.player.play()
        self.timer.start()
        self.frame()

    def pause(self) -> None:
        if self.player is None:
            return
        self.player.pause()
        self.timer.stop()
        self.frame()

    def toggle(self) -> None:
        """Play or pause (Play, Space, F8); with no strokes shown, those of
        the current routine step, or of the technique last opened in the Zone
        Info panel (while it is still open), are shown and played."""
        if not self._current():
            wanted = self._wanted()
            if wanted is not None and self.show(*wanted):
                self.play()
            return
        assert self.player is not None
        if self.player.running:
            self.pause()
        else:
            self.play()

    def _wanted(self) -> tuple[str, QWidget, bool, tuple[str, ...]] | None:
        """What the current tab would show: ``show``'s arguments, or None."""
        current = self.window.tabs.currentWidget()
        routines = self.window.routines
        if current is routines.panel and routines.step is not None:
            return (routines.step.technique, routines.panel, False, routines.step.zone_ids)
        info = self.info
        if current is info and info.zone is not None and self._last_opened in info.open_techniques:
            return (self._last_opened, self.info, False, ())
        return None

    def step(self) -> None:
        """Pause and go on to the next pass or stroke (Step, Shift+F8)."""
        if self.player is None or not self._current():
            return
        self.player.step()
        self.timer.stop()
        self.frame()

    def frame(self) -> PlayerFrame | None:
        """Where the hands are now (the timer calls this every frame)."""
        if self.player is None:
            self.timer.stop()
            return None
        frame = self.player.frame()
        self._frame = frame
        if not frame.running:
            self.timer.stop()
        self._show_status()
        self.lookChanged.emit()
        return frame

    @property
    def running(self) -> bool:
        return self.player is not None and self.player.running

    @property
    def position(self) -> PlayerFrame | None:
        """The frame the map shows: None until the strokes are first played."""
        return self._frame

    # --- the map -----------------------------------------------------------------------
    def decorate(self, look: MapLook, tab: QWidget | None) -> MapLook:
        """``look`` with the strokes drawn, when they are shown for ``tab``
        (never on a quiz's map, which shows its own)."""
        shown = self.shown
        if shown is None or tab is not shown.tab or look.state is MapState.QUIZ:
            return look
        if shown.zone_set is not self.window.zone_set:
            return look
        look = look.with_(
            strokes=shown.strokes,
            stroke_position=self._frame,
            stroke_arrows=True,
            strokes_text=shown.text,
        )
        if look.state is MapState.EXPLORER and not look.marks:
            # the zones on the way stay bright, and the avoid zones beside it; the rest fades
            look = look.with_(marks=MapMarks(keep=shown.zones, dim=True, outline=False))
        return look

    def _on_map_key(self, key: int) -> None:
        if self.view.look.state is not MapState.QUIZ and self.view.look.strokes:
            self._on_key(key)

    def _on_key(self, key: int) -> None:
        """Space or Esc on the map or in the Zone Info panel, with strokes shown."""
        if key == Qt.Key.Key_Space:
            self.toggle()
        elif key == Qt.Key.Key_Escape:
            self.clear()

    # --- the bar ------------------------------------------------------------------------
    def _show_bar(self) -> None:
        shown = self.shown
        if shown is None:
            return
        bar = self.bar
        bar.title.setText(
            i18n.fill(StrokesText.tr("On the map: {technique}"), technique=shown.technique.name)
        )
        bar.title.setToolTip(shown.text)
        bar.setAccessibleDescription(shown.text)
        bar.setVisible(self._current())
        self._show_status()
        if shown.tab is self.info:  # asked for: say so (a routine step says its own)
            announce(
                bar.title,
                i18n.fill(
                    StrokesText.tr(
                        "Strokes of {technique} drawn on the map. Space or F8 plays them."
                    ),
                    technique=shown.technique.name,
                ),
            )

    def _show_status(self) -> None:
        shown, player = self.shown, self.player
        if shown is None or player is None:
            return
        numbers = sorted({s.number for s in shown.strokes})
        frame = self._frame
        repeats, place = 1, 1
        if frame is not None and frame.number in numbers:
            repeats = next(s.repeats for s in shown.strokes if s.number == frame.number)
            place = numbers.index(frame.number) + 1  # a routine step may show a few
        self.bar.status.setText(player_status(frame, len(numbers), repeats, place))
        self.bar.play_button.setText(pause_text() if player.running else play_text())
        self.bar.play_button.setAccessibleName(
            StrokesText.tr("Pause", "read out: pause the strokes")
            if player.running
            else StrokesText.tr("Play", "read out: play the strokes")
        )
        self._update_actions()

    def _update_actions(self) -> None:
        on = self._current()
        self.play_action.setEnabled(on or self._wanted() is not None)
        self.step_action.setEnabled(on)
        self.clear_strokes_action.setEnabled(self.shown is not None)
        self.play_action.setText(
            StrokesText.tr("Pause St&rokes") if self.running else StrokesText.tr("Play St&rokes")
        )


def _passing(
    zone_set: ZoneSet, strokes: tuple[Stroke, ...], zone_ids: frozenset[str]
) -> tuple[Stroke, ...]:
    """The strokes (with their twins) of which one passes over a zone of ``zone_ids``."""
    numbers = {
        s.number for s in strokes if any(z.id in zone_ids for z in _zones_along(zone_set, (s,)))
    }
    return tuple(s for s in strokes if s.number in numbers)


def _zones_along(zone_set: ZoneSet, strokes: tuple[Stroke, ...]) -> list[Zone]:
    """The zones the strokes' paths pass through (every sample), once each."""
    out: list[Zone] = []
    for stroke in strokes:
        for (x, y), _seg in stroke.samples(0.5):
            zone = zone_set.zone_at(x, y)
            if zone is not None and zone not in out:
                out.append(zone)
    return out


__all__ = [
    "FRAME_MS",
    "ShownStrokes",
    "StrokeBar",
    "StrokeController",
    "caution_lines",
    "player_status",
    "strokes_html",
    "strokes_text",
]
