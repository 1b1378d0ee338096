"""The Routine tab: a guided session, one step at a time, with a countdown.

``RoutineController(window)`` adds the tab and the Routine menu to a main
window (which keeps it as ``window.routines``).
The tab's contents are built, and the routines read, on first use.  While the
tab is showing, the body map outlines the zones of the current step and fades
the rest (``routine_look``; the window applies it).

The stepping, the countdown and every text the tab shows belong to
``massage_trainer.core.routine_session.RoutineSession``; the controller here
only forwards the buttons and keys to it, arms a timer for its next change,
copies its texts into the widgets and says the step and the time to a screen
reader.

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

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QFont, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from massage_trainer.core import i18n, paths
from massage_trainer.core.i18n import Tr
from massage_trainer.core.routine_session import (
    RoutineSession,
    StepDetails,
    TickEvent,
)
from massage_trainer.core.routines import (
    UNFADED_LEVELS,
    Routine,
    RoutineFileError,
    RoutineStep,
    load_routines,
    routine_file_for,
)
from massage_trainer.core.safety import SAFETY_BADGE_INKS, SAFETY_BADGES
from massage_trainer.core.zones import ZoneSet
from massage_trainer.paint import routinecard
from massage_trainer.ui.announce import announce
from massage_trainer.ui.dialogs import ProblemsDialog, save_folder
from massage_trainer.ui.exporting import RoutineCardPreview, default_page
from massage_trainer.ui.lazypage import LazyPage
from massage_trainer.ui.maplook import MapLook, MapState
from massage_trainer.ui.palettes import secondary_text, time_up_colour
from massage_trainer.ui.strokes import strokes_html

if TYPE_CHECKING:
    from massage_trainer.ui.mainwindow import MainWindow


class RoutineTabText(Tr):
    """Texts of the Routine tab and the Routine menu."""


def turn_over_areas() -> str:
    """What the step view says where a step that turns the person over lists zones."""
    return RoutineTabText.tr("No zones: the person turns over")


class RoutineCardDialog:
    """Where to save the printed card, and telling when it failed."""

    @classmethod
    def ask(cls, parent: QWidget | None, suggested: Path) -> Path | None:
        """Ask for a PDF file name; None when cancelled.  Tests monkeypatch this."""
        name, _ = QFileDialog.getSaveFileName(
            parent,
            RoutineTabText.tr("Export Routine Card"),
            str(suggested),
            RoutineTabText.tr("PDF files (*.pdf)"),
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
        self.setAccessibleName(RoutineTabText.tr("Guided routine"))

    def build(self) -> None:
        # the tab scrolls up and down when the window is short or the font
        # large, rather than squeezing its labels and buttons
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setObjectName("routineScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll = scroll
        inner = QWidget()
        scroll.setWidget(inner)
        outer.addWidget(scroll)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(6, 6, 6, 6)

        top = QHBoxLayout()
        self.chooser = QComboBox()
        self.chooser.setObjectName("routineChooser")
        self.chooser.setAccessibleName(
            RoutineTabText.tr("Routine", "read out: the routine chooser")
        )
        self.chooser.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # a long routine name does not widen the whole panel (the list shows it whole)
        self.chooser.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.chooser.setMinimumContentsLength(12)
        label = QLabel(RoutineTabText.tr("&Which routine:"))
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
        self.step_view.setAccessibleName(RoutineTabText.tr("Step", "read out: a routine's step"))
        self.step_view.setOpenLinks(False)
        # room for a few lines of the step, whatever the window's height
        self.step_view.setMinimumHeight(self.step_view.fontMetrics().lineSpacing() * 6)
        layout.addWidget(self.step_view, 1)

        clock = QHBoxLayout()
        self.countdown = QLabel("0:00")
        self.countdown.setObjectName("routineCountdown")
        # no accessible name: a screen reader reads the time itself (its
        # description says what the time is)
        self.countdown.setAccessibleDescription(RoutineTabText.tr("Time left in this step"))
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

        buttons = QGridLayout()  # two rows of two when the panel is narrow: see resizeEvent
        self._buttons = buttons
        self.prev_button = QPushButton(RoutineTabText.tr("\u25c0 &Previous", "button: step"))
        self.start_button = QPushButton(RoutineTabText.tr("&Start", "button: the clock"))
        self.next_button = QPushButton(RoutineTabText.tr("&Next \u25b6", "button: step"))
        # Alt+T is the tab's
        self.restart_button = QPushButton(RoutineTabText.tr("R&estart", "button: the routine"))
        for button, name in (
            (self.prev_button, "routinePrevious"),
            (self.start_button, "routineStart"),
            (self.next_button, "routineNext"),
            (self.restart_button, "routineRestart"),
        ):
            button.setObjectName(name)
        self._place_buttons(4)
        layout.addLayout(buttons)
        # short, so a large font does not widen the panel; the tip says the rest
        self.auto_advance = QCheckBox(RoutineTabText.tr("Move on &automatically"))
        self.auto_advance.setToolTip(
            RoutineTabText.tr("Go to the next step by itself when a step's time is up")
        )
        self.auto_advance.setObjectName("routineAutoAdvance")
        layout.addWidget(self.auto_advance, 0, Qt.AlignmentFlag.AlignLeft)
        keys = RoutineTabText.tr(
            "Keys: Space starts and pauses the clock; N, \u2192 or "
            "Page Down for the next step; P, \u2190 or Page Up for the "
            "previous one."
        )
        self.keys_hint = QLabel(f"<small>{escape(keys)}</small>")
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
        # never narrower than its contents (with the buttons in two rows): the
        # tab scrolls up and down, not sideways
        self._place_buttons(2)
        bar = scroll.verticalScrollBar().sizeHint().width()
        scroll.setMinimumWidth(inner.minimumSizeHint().width() + bar)

    def _place_buttons(self, per_row: int) -> None:
        buttons = (self.prev_button, self.start_button, self.next_button, self.restart_button)
        for button in buttons:
            self._buttons.removeWidget(button)
        for index, button in enumerate(buttons):
            self._buttons.addWidget(button, index // per_row, index % per_row)
        self._per_row = per_row

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The four buttons in one row where they fit, else in two."""
        super().resizeEvent(event)
        if self.is_built:
            row = (self.prev_button, self.start_button, self.next_button, self.restart_button)
            need = sum(b.sizeHint().width() for b in row)
            per_row = 4 if need + 40 <= self.width() else 2
            if per_row != self._per_row:
                self._place_buttons(per_row)

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
    """The glue between a ``RoutineSession`` and the Routine tab, its menu and
    the map: it forwards the buttons and keys to the session, arms a timer for
    the session's next change, and copies the session's texts into the tab.
    It keeps no step or countdown of its own.

    Emits ``stepChanged(index)`` whenever the step (or the routine) changes
    and ``timeUp(index)`` when a step's time runs out.
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
        self.zone_set: ZoneSet | None = None  # the one the routines were read for
        self._generation = -1  # the window's views_generation they were read in
        self.routines: list[Routine] = []
        self.problems: list[str] = []
        self.session: RoutineSession | None = None
        # the sessions' monotonic clock; tests replace it with a fake one
        self.clock: Callable[[], float] = time.monotonic
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)  # never early: a second shows whole
        self.timer.timeout.connect(self.tick)

        # Alt+T: Alt+U is the Quiz tab's, the only free letter of its name
        self.tab_index = window.add_side_tab(
            self.panel, RoutineTabText.tr("Rou&tine", "the side tab"), self.routine_look
        )
        self.lookChanged.connect(window.apply_look)
        self.tabs.setTabToolTip(self.tab_index, RoutineTabText.tr("A guided session, step by step"))
        self._build_actions()
        self._connect()
        # the routines are read when first needed (the tab, the menu), not at
        # start-up: most sessions never open them
        auto = window.settings.value("routine/auto_advance", False, type=bool)
        self.auto_action.setChecked(bool(auto))

    def _now(self) -> float:
        return self.clock()

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
        menu = QMenu(RoutineTabText.tr("R&outine", "the menu"), window)
        menu.setObjectName("routineMenu")
        self.menu = menu
        self.show_action = self._action(
            RoutineTabText.tr("Show &Routine"),
            self.show_tab,
            tip=RoutineTabText.tr("Open the Routine tab: a guided session, step by step"),
        )
        self.start_action = self._action(
            RoutineTabText.tr("&Start / Pause"),
            self._menu(self.toggle_running),
            ("Space",),
            RoutineTabText.tr("Start or pause the countdown of this step"),
        )
        self.next_action = self._action(
            RoutineTabText.tr("&Next Step"),
            self._menu(self.next_step),
            ("N", "Right", "PgDown"),
            RoutineTabText.tr("Go on to the next step"),
        )
        self.prev_action = self._action(
            RoutineTabText.tr("&Previous Step"),
            self._menu(self.previous_step),
            ("P", "Left", "PgUp"),
            RoutineTabText.tr("Go back one step"),
        )
        self.restart_action = self._action(
            RoutineTabText.tr("Res&tart Routine"),
            self._menu(self.restart),
            tip=RoutineTabText.tr("Back to the first step, with the clock stopped"),
        )
        self.say_time_action = self._action(
            RoutineTabText.tr("Say Time &Left"),
            self._menu(self.say_time_left),
            ("T",),
            RoutineTabText.tr("Have a screen reader say how much time this step has left"),
        )
        self.auto_action = self._action(
            RoutineTabText.tr("Move On &Automatically"),
            lambda _checked=False: None,
            tip=RoutineTabText.tr("Go on to the next step when the time is up"),
        )
        self.auto_action.setCheckable(True)
        self.auto_action.toggled.connect(self._set_auto_advance)
        self.card_action = self._action(
            RoutineTabText.tr("Print Routine &Card\u2026"),
            self.print_card,
            tip=RoutineTabText.tr(
                "Preview and print this routine as a one-page card to keep beside the table"
            ),
        )
        self.export_card_action = self._action(
            RoutineTabText.tr("&Export Routine Card\u2026"),
            self.export_card,
            tip=RoutineTabText.tr("Save this routine as a one-page PDF card"),
        )
        self.choose_menu = QMenu(RoutineTabText.tr("&Choose Routine"), menu)
        self.choose_group = QActionGroup(self)
        self.choose_group.setExclusive(True)

        menu.addAction(self.show_action)
        menu.addMenu(self.choose_menu)
        menu.addSeparator()
        for action in (
            self.start_action,
            self.next_action,
            self.prev_action,
            self.restart_action,
            self.say_time_action,
        ):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.auto_action)
        menu.addSeparator()
        menu.addAction(self.card_action)
        menu.addAction(self.export_card_action)
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
        self._generation = self.window.views_generation
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
            chooser.addItem(
                i18n.fill(
                    RoutineTabText.tr("{routine} ({minutes} min)", "a routine and its length"),
                    routine=routine.title,
                    minutes=routine.duration,
                ),
                routine.id,
            )
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
        # on every way into the routine: the tab, the menu, a shortcut.  Only
        # another zone set reads the routines again (and starts afresh): another
        # view of the same body is where a routine turns the person over
        self.panel.ensure_built()
        if self.zone_set is None or self.window.views_generation != self._generation:
            self.reload()

    def set_routine(self, which: int | str) -> None:
        """Choose a routine by index or id; back to its first step, clock stopped."""
        self._sync_zone_set()  # the routines may not have been read yet
        if isinstance(which, str):
            ids = [r.id for r in self.routines]
            if which not in ids:
                raise KeyError(which)
            which = ids.index(which)
        self.timer.stop()
        if not self.routines or self.zone_set is None:
            self.session = None
            self._show()
            return
        routine = self.routines[which]
        views = {}
        for view in routine.views:
            # the window's own zone sets, so the map and the steps agree
            zone_set = self.window.view_zone_set(view)
            if zone_set is not None:
                views[view] = zone_set
        self.session = RoutineSession(
            routine, self.zone_set, clock=self._now, auto_advance=self.auto_advance, views=views
        )
        self.window.settings.setValue("routine/current", routine.id)
        chooser = self.panel.chooser
        if chooser.currentIndex() != which:
            chooser.blockSignals(True)
            chooser.setCurrentIndex(which)
            chooser.blockSignals(False)
        self.choose_group.actions()[which].setChecked(True)
        self._step_changed()

    def _on_chooser(self, index: int) -> None:
        if 0 <= index < len(self.routines):
            self.set_routine(index)

    def _choose_from_menu(self, index: int) -> None:
        self.show_tab()
        self.set_routine(index)

    # --- what the session says (read-only views for the window and tests) ----------
    @property
    def routine(self) -> Routine | None:
        return self.session.routine if self.session is not None else None

    @property
    def step(self) -> RoutineStep | None:
        return self.session.step if self.session is not None else None

    @property
    def index(self) -> int:
        return self.session.index if self.session is not None else 0

    @property
    def running(self) -> bool:
        return self.session is not None and self.session.running

    # --- stepping ------------------------------------------------------------------
    def go_to(self, index: int) -> None:
        """Show step ``index`` (clamped) with its full time on the clock; a
        running clock keeps running."""
        if self.session is None:
            return
        self.session.go_to(index)
        self._step_changed()

    def next_step(self) -> None:
        self._sync_zone_set()
        if self.session is None:
            return
        if self.session.next():
            self._step_changed()
        else:  # the last step: the routine is done
            self._clock_changed()

    def previous_step(self) -> None:
        self._sync_zone_set()
        if self.session is not None and self.session.previous():
            self._step_changed()

    def restart(self) -> None:
        self._sync_zone_set()
        if self.session is not None:
            self.session.restart()
            self._step_changed()

    # --- the clock -----------------------------------------------------------------
    def toggle_running(self) -> None:
        if self.running:
            self.pause()
        else:
            self.start()

    def start(self) -> None:
        """Start (or resume) the countdown; at zero it starts the step over."""
        self._sync_zone_set()
        if self.session is not None:
            self.session.start()
            self._clock_changed()

    def pause(self) -> None:
        if self.session is not None:
            self.session.pause()
            self._clock_changed()

    def _arm(self) -> None:
        """Wake up when the shown second changes, or stop the timer with the clock."""
        wait = self.session.seconds_to_next_change() if self.session is not None else None
        if wait is None:
            self.timer.stop()
        else:
            self.timer.start(math.ceil(wait * 1000))

    def tick(self) -> None:
        """Look at the session's clock (the timer calls this): show the time
        left, and tell when a step's time ran out."""
        session = self.session
        if session is None:
            self.timer.stop()
            return
        try:
            result = session.tick()
            for index in result.ran_out:
                self.timeUp.emit(index)
            if result.event is TickEvent.ADVANCED:
                self._step_changed()
            else:
                self._clock_changed()
            if result.event in (TickEvent.TIME_UP, TickEvent.FINISHED):
                announce(self.panel.countdown, session.hint())
        finally:  # an error in one tick must not stop the clock for good
            self._arm()

    @property
    def auto_advance(self) -> bool:
        return self.auto_action.isChecked()

    def _set_auto_advance(self, on: bool) -> None:
        self.window.settings.setValue("routine/auto_advance", on)
        if self.session is not None:
            self.session.auto_advance = on
        if not self.panel.is_built:
            return
        box = self.panel.auto_advance
        if box.isChecked() != on:
            box.blockSignals(True)
            box.setChecked(on)
            box.blockSignals(False)

    def say_time_left(self) -> None:
        """Have a screen reader say the time left in this step (Routine > Say Time Left)."""
        if self.session is not None:
            announce(self.panel.countdown, self.session.time_left_announcement())

    # --- showing -------------------------------------------------------------------
    def _step_changed(self) -> None:
        """A new step (or routine) is showing: the step view, the clock, the map."""
        self._show()
        if self.session is not None:
            self.stepChanged.emit(self.session.index)

    def _show(self) -> None:
        panel = self.panel
        session = self.session
        has = session is not None
        for action in (
            self.start_action,
            self.next_action,
            self.prev_action,
            self.restart_action,
            self.say_time_action,
            self.card_action,
            self.export_card_action,
        ):
            action.setEnabled(has)
        for button in (
            panel.start_button,
            panel.next_button,
            panel.prev_button,
            panel.restart_button,
        ):
            button.setEnabled(has)
        if session is None:
            self.timer.stop()
            panel.title.setText(RoutineTabText.tr("No routines"))
            panel.title.setToolTip("")
            panel.progress.setText("")
            panel.step_view.setHtml(self._problems_html())
            panel.step_view.setAccessibleDescription("")
            panel.countdown.setText("-:--")
            panel.countdown.setStyleSheet("")
            panel.clock_hint.setText("")
            self.lookChanged.emit()
            return
        panel.title.setText(session.title())
        # escaped: a routine file's text is shown as it is written, never as markup
        panel.title.setToolTip(f"<p>{escape(session.routine.summary)}</p>")
        panel.prev_button.setEnabled(not session.is_first)
        panel.next_button.setEnabled(not session.is_last)
        bar = panel.step_view.verticalScrollBar()
        panel.step_view.setHtml(self.step_html(session.step))
        bar.setValue(0)
        announce(panel.step_view, session.step_announcement())
        self._clock_changed()
        self.lookChanged.emit()

    def _clock_changed(self) -> None:
        """The countdown, the hint beside it, the progress line and the Start
        button, from the session; and the timer armed for the next change."""
        session = self.session
        if session is None:
            return
        panel = self.panel
        now = self.clock()
        panel.countdown.setText(session.clock_text(now))
        panel.progress.setText(session.progress_text(now))
        done = session.time_up(now)
        panel.countdown.setStyleSheet(f"color: {time_up_colour(panel.countdown)};" if done else "")
        hint = session.hint(now)
        panel.clock_hint.setText(hint)
        panel.start_button.setText(session.start_label(now))
        panel.countdown.setAccessibleDescription(
            hint if done or not session.running else session.time_left_announcement(now)
        )
        self._arm()

    def step_html(self, step: RoutineStep) -> str:
        """The step as HTML: zones, technique with its steps, note, nearby warnings
        (the texts of ``RoutineSession.details``)."""
        assert self.session is not None
        details: StepDetails = self.session.details(step)
        grey = secondary_text(self.panel.step_view)
        areas = turn_over_areas() if step.turns_over else details.areas
        html = [
            f"<h3 style='margin-bottom:2px'>{escape(details.title)}</h3>",
            f"<p style='color:{grey}; margin-top:0'>{escape(areas)} \u00b7 {details.time}</p>",
            f"<p>{escape(details.note)}</p>",
        ]
        if details.technique:
            html.append(
                f"<h4 style='margin-bottom:2px'>{escape(details.technique)} "
                f"<span style='color:{grey}; font-weight:normal'>\u2013 "
                f"{escape(details.family)} \u00b7 {escape(details.pressure)}</span></h4>"
            )
            html.append(
                "<ol style='margin-top:2px'>"
                + "".join(f"<li>{escape(s)}</li>" for s in details.technique_steps)
                + "</ol>"
            )
            technique = self.window.zone_set.techniques.get(step.technique)
            if technique is not None:  # its strokes in words (they are drawn on the map)
                html.append(strokes_html(technique, self.window.zone_set))
        if details.nearby:
            html.append(
                "<h4 style='margin-bottom:2px'>"
                + escape(RoutineTabText.tr("Take care nearby"))
                + "</h4><table cellspacing='0' cellpadding='3'>"
            )
            for warning in details.nearby:
                level = warning.zone.safety
                html.append(
                    f"<tr><td bgcolor='{SAFETY_BADGES[level]}' valign='top'>"
                    f"<span style='color:{SAFETY_BADGE_INKS[level]}; font-weight:bold'>"
                    f"&nbsp;{warning.icon}&nbsp;{escape(warning.word)}&nbsp;</span></td>"
                    "<td>"
                    + i18n.fill(
                        escape(RoutineTabText.tr("{zone}: {warning}", "a zone near the step")),
                        zone=f"<b>{escape(warning.zone.name)}</b>",
                        warning=escape(warning.text),
                    )
                    + "</td></tr>"
                )
            html.append("</table>")
        return "".join(html)

    def _problems_html(self) -> str:
        if not self.problems:
            none = RoutineTabText.tr("There are no routines for this zone set.")
            return f"<p>{escape(none)}</p>"
        name = paths.display_name(routine_file_for(self.zone_set)) if self.zone_set else ""
        heading = RoutineTabText.tr("The routine file has problems")
        text = i18n.fill(
            RoutineTabText.tr("{file} could not be used. Fix these and open the zone set again:"),
            file=name,
        )
        return (
            f"<h3>{escape(heading)}</h3><p>{escape(text)}</p><pre>"
            + escape("\n".join(self.problems))
            + "</pre>"
        )

    # --- the map -------------------------------------------------------------------
    def routine_look(self, explorer: MapLook) -> MapLook:
        """The Routine tab's map: the step's zones stand out, the rest fades
        (but never an avoid zone); a click still selects, on the Zone Info tab.
        A step that turns the person over has no zones: the map stays plain.
        The look names the step's view, so the window turns the map over with
        the person (the session goes on: see ``_sync_zone_set``)."""
        step = self.step
        working = step is not None and not step.turns_over
        return explorer.with_(
            state=MapState.ROUTINE,
            view=step.view if step is not None else "",
            view_key=(self.routine.id, self.index) if self.routine is not None else None,
            highlighted=frozenset(step.zone_ids) if step is not None else frozenset(),
            dimmed=working,
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
    def print_card(self) -> None:
        """Preview the current routine's card, ready to print."""
        self._sync_zone_set()
        if self.routine is not None and self.zone_set is not None:
            RoutineCardPreview.ask(self.window, self.zone_set, self.routine)

    def export_card(self) -> Path | None:
        """Ask for a file name and write the current routine's card there as a PDF."""
        self._sync_zone_set()
        if self.routine is None or self.zone_set is None:
            return None
        folder = save_folder(self.window.settings.value("routine/card_dir", ""))
        suggested = folder / f"{self.routine.id.replace('_', '-')}-card.pdf"
        path = RoutineCardDialog.ask(self.window, suggested)
        if path is None:
            return None
        try:
            routinecard.write_routine_card(self.zone_set, self.routine, path, default_page())
        except routinecard.ExportError as exc:
            ProblemsDialog.ask(
                self.window,
                RoutineTabText.tr("Cannot write the routine card"),
                i18n.fill(RoutineTabText.tr("{file} could not be written:"), file=path),
                [str(exc)],
            )
            return None
        self.window.settings.setValue("routine/card_dir", str(path.parent))
        self.window.statusBar().showMessage(
            i18n.fill(RoutineTabText.tr("Wrote the routine card to {file}"), file=path), 8000
        )
        return path
