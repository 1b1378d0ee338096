"""The Routine tab: a guided session, one step at a time, with a countdown.

``RoutineController(window)`` adds the tab and the Routine menu to a main
window (which keeps it as ``window.routines``).
The tab's contents are built, and the routines read, on first use.  While the
tab is showing, the body map outlines the zones of the current step and fades
the rest (``routine_look``; the window applies it).

The routines come from ``routines.yaml`` (``massage_trainer.core.routines``);
the printed card from ``massage_trainer.paint.routinecard``.  The card's
dialog has a class-method entry point (``RoutineCardDialog.ask``) that tests
replace.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from massage_trainer.core import paths
from massage_trainer.core.content import PRESSURE_WORDS
from massage_trainer.core.routines import (
    UNFADED_LEVELS,
    Routine,
    RoutineFileError,
    RoutineStep,
    format_seconds,
    load_routines,
    nearby_cautions,
    routine_file_for,
)
from massage_trainer.core.zones import ZoneSet
from massage_trainer.paint import routinecard
from massage_trainer.paint.body import SAFETY_BADGE
from massage_trainer.ui.dialogs import ProblemsDialog
from massage_trainer.ui.exporting import default_page
from massage_trainer.ui.infopanel import SAFETY_ICON
from massage_trainer.ui.lazypage import LazyPage
from massage_trainer.ui.maplook import MapLook, MapState

if TYPE_CHECKING:
    from massage_trainer.ui.mainwindow import MainWindow

TIME_UP_COLOUR = "#009e73"  # Okabe-Ito bluish green: calm, not an alarm
TICK_MS = 1000


class RoutineCardDialog:
    """Where to save the printed card, and telling when it failed."""

    @classmethod
    def ask(cls, parent: QWidget | None, suggested: Path) -> Path | None:
        """Ask for a PDF file name; None when cancelled.  Tests monkeypatch this."""
        name, _ = QFileDialog.getSaveFileName(
            parent, "Print Routine Card to PDF", str(suggested), "PDF files (*.pdf)"
        )
        if not name:
            return None
        path = Path(name).expanduser()
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


class _SpaceForButtons(QObject):
    """Lets a focused button or check box take Space as usual instead of the
    tab's Start/Pause shortcut."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
            and not event.modifiers()
        ):
            event.accept()
        return False


class RoutinePanel(LazyPage):
    """The widgets of the Routine tab.  The controller fills them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("routinePanel")
        self.setAccessibleName("Guided routine")

    def build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)

        top = QHBoxLayout()
        self.chooser = QComboBox()
        self.chooser.setObjectName("routineChooser")
        self.chooser.setAccessibleName("Routine")
        self.chooser.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        label = QLabel("&Which routine:")
        label.setBuddy(self.chooser)
        top.addWidget(label)
        top.addWidget(self.chooser, 1)
        layout.addLayout(top)

        self.title = QLabel()
        self.title.setObjectName("routineTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.progress = QLabel()
        self.progress.setObjectName("routineProgress")
        layout.addWidget(self.progress)

        self.step_view = QTextBrowser()
        self.step_view.setObjectName("routineStep")
        self.step_view.setAccessibleName("Step")
        self.step_view.setOpenLinks(False)
        layout.addWidget(self.step_view, 1)

        clock = QHBoxLayout()
        self.countdown = QLabel("00:00")
        self.countdown.setObjectName("routineCountdown")
        self.countdown.setAccessibleName("Time left in this step")
        big = QFont(self.countdown.font())
        big.setPointSizeF(big.pointSizeF() * 2.4)
        big.setBold(True)
        big.setStyleHint(QFont.StyleHint.Monospace)
        self.countdown.setFont(big)
        self.clock_hint = QLabel()
        self.clock_hint.setObjectName("routineClockHint")
        self.clock_hint.setWordWrap(True)
        clock.addWidget(self.countdown)
        clock.addSpacing(12)
        clock.addWidget(self.clock_hint, 1)
        layout.addLayout(clock)

        buttons = QHBoxLayout()
        self.prev_button = QPushButton("\u25c0 &Previous")
        self.start_button = QPushButton("&Start")
        self.next_button = QPushButton("&Next \u25b6")
        self.restart_button = QPushButton("R&estart")  # Alt+T is the tab's
        for button, name in (
            (self.prev_button, "routinePrevious"),
            (self.start_button, "routineStart"),
            (self.next_button, "routineNext"),
            (self.restart_button, "routineRestart"),
        ):
            button.setObjectName(name)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.auto_advance = QCheckBox("Move on &automatically when the time is up")
        self.auto_advance.setObjectName("routineAutoAdvance")
        layout.addWidget(self.auto_advance)
        self.keys_hint = QLabel(
            "<small>Keys: Space starts and pauses the clock; N, \u2192 or "
            "Page Down for the next step; P, \u2190 or Page Up for the "
            "previous one.</small>"
        )
        self.keys_hint.setWordWrap(True)
        self.keys_hint.setObjectName("routineKeys")
        layout.addWidget(self.keys_hint)

        self._space_filter = _SpaceForButtons(self)
        for widget in (
            self.prev_button,
            self.start_button,
            self.next_button,
            self.restart_button,
            self.auto_advance,
        ):
            widget.installEventFilter(self._space_filter)
        self.setFocusProxy(self.start_button)

    def plain_text(self) -> str:
        """Everything the tab says, as plain text (tests, screen readers)."""
        return "\n".join(
            [
                self.chooser.currentText(),
                self.title.text(),
                self.progress.text(),
                self.step_view.toPlainText(),
                self.countdown.text(),
                self.clock_hint.text(),
            ]
        )


class RoutineController(QObject):
    """Walks through a routine: the current step, the countdown, the map.

    Emits ``stepChanged(index)`` whenever the step (or the routine) changes
    and ``timeUp(index)`` when a step's countdown reaches zero.
    """

    stepChanged = Signal(int)
    timeUp = Signal(int)
    lookChanged = Signal()  # the step changed: the map should show it

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.view = window.view
        self.tabs = window.tabs
        self.panel = RoutinePanel()
        self.zone_set: ZoneSet | None = None
        self.routines: list[Routine] = []
        self.problems: list[str] = []
        self.routine: Routine | None = None
        self.index = 0
        self.remaining = 0
        self.running = False
        self._nearby: dict[tuple[str, ...], list] = {}
        # the clock follows a monotonic schedule, not a count of timer events:
        # a busy moment delays the display, never the time itself
        self.clock = time.monotonic  # tests may replace it
        self.tick_seconds = TICK_MS / 1000
        self._due = 0.0  # when the next second is up, on self.clock
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._on_timer)

        # Alt+T: Alt+U is the Quiz tab's, the only free letter of its name
        self.tab_index = window.add_side_tab(self.panel, "Rou&tine", self.routine_look)
        self.lookChanged.connect(window.apply_look)
        self.tabs.setTabToolTip(self.tab_index, "A guided session, step by step")
        self._build_actions()
        self._connect()
        # the routines are read when first needed (the tab, the menu), not at
        # start-up: most sessions never open them
        auto = window.settings.value("routine/auto_advance", False, type=bool)
        self.auto_action.setChecked(bool(auto))

    # --- set-up --------------------------------------------------------------------
    def _action(
        self, text: str, slot: Callable[..., object], keys: tuple[str, ...] = (), tip: str = ""
    ) -> QAction:
        action = QAction(text, self.window)
        if keys:
            action.setShortcuts([QKeySequence(k) for k in keys])
            # only while the focus is in the Routine tab: Space, letters and
            # arrows mean other things elsewhere (the map, the quiz)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.panel.addAction(action)
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        window = self.window
        # Alt+R already opens the Rules tab, so the menu answers to Alt+O
        menu = QMenu("R&outine", window)
        menu.setObjectName("routineMenu")
        self.menu = menu
        self.show_action = self._action(
            "Show &Routine",
            self.show_tab,
            tip=("Open the Routine tab: a guided session, step by step"),
        )
        self.start_action = self._action(
            "&Start / Pause",
            self._menu(self.toggle_running),
            ("Space",),
            "Start or pause the countdown of this step",
        )
        self.next_action = self._action(
            "&Next Step",
            self._menu(self.next_step),
            ("N", "Right", "PgDown"),
            "Go on to the next step",
        )
        self.prev_action = self._action(
            "&Previous Step",
            self._menu(self.previous_step),
            ("P", "Left", "PgUp"),
            "Go back one step",
        )
        self.restart_action = self._action(
            "Res&tart Routine",
            self._menu(self.restart),
            tip="Back to the first step, with the clock stopped",
        )
        self.auto_action = self._action(
            "Move On &Automatically",
            lambda _checked=False: None,
            tip="Go on to the next step when the time is up",
        )
        self.auto_action.setCheckable(True)
        self.auto_action.toggled.connect(self._set_auto_advance)
        self.card_action = self._action(
            "Print Routine &Card\u2026",
            self.print_card,
            tip=("Write this routine as a one-page PDF card to keep beside the table"),
        )
        self.choose_menu = QMenu("&Choose Routine", menu)
        self.choose_group = QActionGroup(self)
        self.choose_group.setExclusive(True)

        menu.addAction(self.show_action)
        menu.addMenu(self.choose_menu)
        menu.addSeparator()
        for action in (self.start_action, self.next_action, self.prev_action, self.restart_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.auto_action)
        menu.addSeparator()
        menu.addAction(self.card_action)
        window.add_menu(menu)

    def _menu(self, slot: Callable[[], object]) -> Callable[[bool], None]:
        """A slot for a menu entry: it also brings the Routine tab forward."""

        def run(_checked: bool = False) -> None:
            if self.tabs.currentWidget() is not self.panel:
                self.show_tab()
            slot()

        return run

    def _connect(self) -> None:
        self.panel.built.connect(self._connect_panel)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.tabs.tabBarClicked.connect(self._on_tab_clicked)
        self.menu.aboutToShow.connect(self._sync_zone_set)
        self.window.zoneSetChanged.connect(self._on_zone_set_changed)

    def _connect_panel(self) -> None:
        panel = self.panel
        panel.auto_advance.setChecked(self.auto_action.isChecked())
        panel.chooser.currentIndexChanged.connect(self._on_chooser)
        panel.prev_button.clicked.connect(self.previous_step)
        panel.next_button.clicked.connect(self.next_step)
        panel.start_button.clicked.connect(self.toggle_running)
        panel.restart_button.clicked.connect(self.restart)
        panel.auto_advance.toggled.connect(self.auto_action.setChecked)

    # --- routines ------------------------------------------------------------------
    def reload(self) -> None:
        """(Re)read the routines for the window's zone set, keeping the chosen
        routine where it still exists."""
        zone_set = self.window.zone_set
        keep = (
            self.routine.id
            if self.routine is not None
            else str(self.window.settings.value("routine/current", "") or "")
        )
        self.zone_set = zone_set
        self._nearby = {}
        try:
            self.routines = load_routines(zone_set)
            self.problems = []
        except RoutineFileError as exc:
            self.routines = []
            self.problems = [str(p) for p in exc.problems]
        chooser = self.panel.chooser
        chooser.blockSignals(True)
        chooser.clear()
        for action in self.choose_group.actions():
            self.choose_group.removeAction(action)
            self.choose_menu.removeAction(action)
            action.deleteLater()
        for i, routine in enumerate(self.routines):
            chooser.addItem(f"{routine.title} ({routine.duration} min)", routine.id)
            action = QAction(routine.title, self.choose_menu)
            action.setCheckable(True)
            action.setData(routine.id)
            action.triggered.connect(lambda _c=False, i=i: self._choose_from_menu(i))
            self.choose_group.addAction(action)
            self.choose_menu.addAction(action)
        chooser.blockSignals(False)
        ids = [r.id for r in self.routines]
        self.set_routine(ids.index(keep) if keep in ids else 0)

    def _on_zone_set_changed(self, _zone_set: ZoneSet) -> None:
        if self.zone_set is not None:  # read already: read again for the new set
            self._sync_zone_set()

    def _sync_zone_set(self) -> None:
        # on every way into the routine: the tab, the menu, a shortcut
        self.panel.ensure_built()
        if self.window.zone_set is not self.zone_set:
            self.reload()

    def set_routine(self, which: int | str) -> None:
        """Choose a routine by index or id; back to its first step, clock stopped."""
        self._sync_zone_set()  # the routines may not have been read yet
        if isinstance(which, str):
            ids = [r.id for r in self.routines]
            if which not in ids:
                raise KeyError(which)
            which = ids.index(which)
        self._stop()
        if not self.routines:
            self.routine = None
            self.index = 0
            self.remaining = 0
            self._show()
            return
        self.routine = self.routines[which]
        self.window.settings.setValue("routine/current", self.routine.id)
        chooser = self.panel.chooser
        if chooser.currentIndex() != which:
            chooser.blockSignals(True)
            chooser.setCurrentIndex(which)
            chooser.blockSignals(False)
        self.choose_group.actions()[which].setChecked(True)
        self.go_to(0)

    def _on_chooser(self, index: int) -> None:
        if 0 <= index < len(self.routines):
            self.set_routine(index)

    def _choose_from_menu(self, index: int) -> None:
        self.show_tab()
        self.set_routine(index)

    @property
    def step(self) -> RoutineStep | None:
        if self.routine is None:
            return None
        return self.routine.steps[self.index]

    # --- stepping --------------------------------------------------------------------
    def go_to(self, index: int) -> None:
        """Show step ``index`` (clamped) with its full time on the clock; a
        running clock keeps running."""
        if self.routine is None:
            return
        self.index = max(0, min(index, len(self.routine.steps) - 1))
        self.remaining = self.routine.steps[self.index].seconds
        self._show()
        self.stepChanged.emit(self.index)

    def next_step(self) -> None:
        self._sync_zone_set()
        if self.routine is not None and self.index < len(self.routine.steps) - 1:
            self.go_to(self.index + 1)
        elif self.routine is not None:
            self._stop()
            self._show_clock(finished=True)

    def previous_step(self) -> None:
        self._sync_zone_set()
        if self.routine is not None and self.index > 0:
            self.go_to(self.index - 1)

    def restart(self) -> None:
        self._sync_zone_set()
        self._stop()
        self.go_to(0)

    # --- the clock ---------------------------------------------------------------------
    def toggle_running(self) -> None:
        if self.running:
            self.pause()
        else:
            self.start()

    def start(self) -> None:
        """Start (or resume) the countdown; at zero it starts the step over."""
        self._sync_zone_set()
        if self.routine is None:
            return
        if self.remaining <= 0:
            self.remaining = self.routine.steps[self.index].seconds
        self.running = True
        self._due = self.clock() + self.tick_seconds
        self._arm()
        self._show_clock()

    def pause(self) -> None:
        self._stop()
        self._show_clock()

    def _stop(self) -> None:
        self.running = False
        self.timer.stop()

    def _arm(self) -> None:
        wait = max(0.0, self._due - self.clock())
        self.timer.start(math.ceil(wait * 1000))

    def _on_timer(self) -> None:
        """Count every second that is up by now, however late the timer came."""
        now = self.clock()
        try:
            while self.running and now >= self._due:
                self._due += self.tick_seconds
                self.tick()
        finally:  # an error in one second must not stop the clock for good
            if self.running:
                self._arm()

    def tick(self) -> None:
        """One second has passed (the timer calls this; tests may too)."""
        if not self.running or self.routine is None:
            return
        self.remaining = max(0, self.remaining - 1)
        if self.remaining > 0:
            self._show_clock()
            return
        last = self.index >= len(self.routine.steps) - 1
        self.timeUp.emit(self.index)
        if self.auto_advance and not last:
            self.go_to(self.index + 1)  # keeps running
            return
        self._stop()
        self._show_clock()

    @property
    def auto_advance(self) -> bool:
        return self.auto_action.isChecked()

    def _set_auto_advance(self, on: bool) -> None:
        self.window.settings.setValue("routine/auto_advance", on)
        if not self.panel.is_built:
            return
        box = self.panel.auto_advance
        if box.isChecked() != on:
            box.blockSignals(True)
            box.setChecked(on)
            box.blockSignals(False)

    # --- showing ---------------------------------------------------------------------
    def _show(self) -> None:
        panel = self.panel
        routine, step = self.routine, self.step
        has = routine is not None
        for action in (
            self.start_action,
            self.next_action,
            self.prev_action,
            self.restart_action,
            self.card_action,
        ):
            action.setEnabled(has)
        for button in (
            panel.start_button,
            panel.next_button,
            panel.prev_button,
            panel.restart_button,
        ):
            button.setEnabled(has)
        if routine is None or step is None:
            panel.title.setText("No routines")
            panel.progress.setText("")
            panel.step_view.setHtml(self._problems_html())
            panel.countdown.setText("--:--")
            panel.clock_hint.setText("")
            self.lookChanged.emit()
            return
        n = len(routine.steps)
        panel.title.setText(routine.title)
        panel.title.setToolTip(routine.summary)
        panel.prev_button.setEnabled(self.index > 0)
        panel.next_button.setEnabled(self.index < n - 1)
        bar = panel.step_view.verticalScrollBar()
        panel.step_view.setHtml(self.step_html(step))
        bar.setValue(0)
        panel.step_view.setAccessibleDescription(f"Step {self.index + 1} of {n}: {step.title}")
        self._show_clock()
        self.lookChanged.emit()

    def _show_clock(self, finished: bool = False) -> None:
        panel = self.panel
        if self.routine is None:
            return
        routine = self.routine
        panel.countdown.setText(format_seconds(self.remaining))
        left = self.remaining + sum(s.seconds for s in routine.steps[self.index + 1 :])
        panel.progress.setText(
            f"Step {self.index + 1} of {len(routine.steps)} \u00b7 "
            + (f"about {max(1, round(left / 60))} min to go" if left else "nothing left to do")
        )
        last = self.index >= len(routine.steps) - 1
        done = self.remaining <= 0 and not self.running
        panel.countdown.setStyleSheet(f"color: {TIME_UP_COLOUR};" if done else "")
        if finished or (done and last):
            hint = "That was the last step. Wipe off extra oil and offer a glass of water."
        elif done:
            hint = "Time is up for this step. Move on when ready (N)."
        elif self.running:
            hint = "Running. Space pauses."
        elif self.remaining < routine.steps[self.index].seconds:
            hint = "Paused. Space carries on."
        else:
            hint = "Press Start (Space) when your hands are in place."
        panel.clock_hint.setText(hint)
        full = routine.steps[self.index].seconds
        panel.start_button.setText(
            "Pau&se"
            if self.running
            else "&Start again"
            if done
            else "&Start"
            if self.remaining == full
            else "Re&sume"
        )
        panel.countdown.setAccessibleDescription(hint)

    def step_html(self, step: RoutineStep) -> str:
        """The step as HTML: zones, technique with its steps, note, nearby warnings."""
        zone_set = self.zone_set
        assert zone_set is not None
        names = []
        for ref in step.zones:
            zone = zone_set.get(ref)
            if zone is not None and zone_set.twin(zone) is not None:
                names.append(f"{zone.name} ({zone.side_word})")
            else:
                kind = zone_set.kinds().get(ref) or ([zone] if zone else [])
                if kind:
                    names.append(kind[0].name)
        html = [
            f"<h3 style='margin-bottom:2px'>{escape(step.title)}</h3>",
            f"<p style='color:gray; margin-top:0'>{escape(', '.join(dict.fromkeys(names)))}"
            f" \u00b7 {format_seconds(step.seconds)}</p>",
            f"<p>{escape(step.note)}</p>",
        ]
        technique = zone_set.techniques.get(step.technique)
        if technique is not None:
            pressure = PRESSURE_WORDS.get(technique.pressure, technique.pressure)
            html.append(
                f"<h4 style='margin-bottom:2px'>{escape(technique.name)} "
                f"<span style='color:gray; font-weight:normal'>\u2013 "
                f"{escape(technique.family_name)} \u00b7 {escape(pressure)}</span></h4>"
            )
            html.append(
                "<ol style='margin-top:2px'>"
                + "".join(f"<li>{escape(s)}</li>" for s in technique.steps)
                + "</ol>"
            )
        nearby = self.nearby(step)
        if nearby:
            html.append(
                "<h4 style='margin-bottom:2px'>Take care nearby</h4>"
                "<table cellspacing='0' cellpadding='3'>"
            )
            for zone in nearby:
                colour = SAFETY_BADGE[zone.safety]
                ink = "#000000" if zone.safety == "caution" else "#ffffff"
                warning = zone.warnings[0] if zone.warnings else zone.why
                html.append(
                    f"<tr><td bgcolor='{colour}' valign='top'><span style='color:{ink}; "
                    f"font-weight:bold'>&nbsp;{SAFETY_ICON[zone.safety]}&nbsp;"
                    f"{escape(zone.safety_word)}&nbsp;</span></td>"
                    f"<td><b>{escape(zone.name)}</b>: {escape(warning)}</td></tr>"
                )
            html.append("</table>")
        return "".join(html)

    def nearby(self, step: RoutineStep) -> list:
        """Avoid and caution zones near the step's zones (cached per step)."""
        key = step.zone_ids
        if key not in self._nearby and self.zone_set is not None:
            self._nearby[key] = nearby_cautions(self.zone_set, step.zone_ids)
        return self._nearby.get(key, [])

    def _problems_html(self) -> str:
        if not self.problems:
            return "<p>There are no routines for this zone set.</p>"
        name = paths.display_name(routine_file_for(self.zone_set)) if self.zone_set else ""
        return (
            f"<h3>The routine file has problems</h3><p>{escape(name)} could not be used. "
            "Fix these and open the zone set again:</p><pre>"
            + escape("\n".join(self.problems))
            + "</pre>"
        )

    # --- the map -------------------------------------------------------------------------
    def routine_look(self, explorer: MapLook) -> MapLook:
        """The Routine tab's map: the step's zones stand out, the rest fades
        (but never an avoid zone); a click still selects, on the Zone Info tab."""
        step = self.step
        return explorer.with_(
            state=MapState.ROUTINE,
            highlighted=frozenset(step.zone_ids) if step is not None else frozenset(),
            dimmed=step is not None,
            unfaded_levels=UNFADED_LEVELS,
            show_selection=False,
        )

    def _on_tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.panel:
            self._sync_zone_set()

    def _on_tab_clicked(self, index: int) -> None:
        # a click on the tab: put the keyboard in the tab, so Space and N work
        if self.tabs.widget(index) is self.panel:
            QTimer.singleShot(0, self.panel.setFocus)

    def show_tab(self) -> None:
        """Bring the Routine tab forward with the keyboard in it."""
        if self.tabs.currentWidget() is self.panel:
            self._sync_zone_set()
        self.tabs.setCurrentWidget(self.panel)
        self.panel.setFocus()

    # --- the card ----------------------------------------------------------------------
    def print_card(self) -> Path | None:
        """Ask for a file name and write the current routine's card there."""
        self._sync_zone_set()
        if self.routine is None or self.zone_set is None:
            return None
        folder = Path(
            str(
                self.window.settings.value("routine/card_dir", "")
                or QStandardPaths.writableLocation(
                    QStandardPaths.StandardLocation.DocumentsLocation
                )
            )
        )
        if not folder.is_dir():
            folder = Path.home()
        suggested = folder / f"{self.routine.id.replace('_', '-')}-card.pdf"
        path = RoutineCardDialog.ask(self.window, suggested)
        if path is None:
            return None
        try:
            routinecard.write_routine_card(self.zone_set, self.routine, path, default_page())
        except routinecard.ExportError as exc:
            ProblemsDialog.ask(
                self.window,
                "Cannot write the routine card",
                f"{path} could not be written:",
                [str(exc)],
            )
            return None
        self.window.settings.setValue("routine/card_dir", str(path.parent))
        self.window.statusBar().showMessage(f"Wrote the routine card to {path}", 8000)
        return path
