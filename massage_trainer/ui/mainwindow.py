"""The main window: the body map beside the side tabs, menus, toolbar, status bar
and remembered settings.

The window is built around a loaded zone set (see ``app``).  The Routine, Quiz
and Progress tabs are in the tab bar at once and build their contents on first
use (``LazyPage``); their menus work from the start.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from massage_trainer.core import paths
from massage_trainer.core.zones import Zone, ZoneFileError, ZoneSet, load_zone_set
from massage_trainer.ui.about import AboutDialog, WelcomeDialog
from massage_trainer.ui.bodyview import BodyView
from massage_trainer.ui.dialogs import ProblemsDialog, ZoneFileDialog
from massage_trainer.ui.exporting import add_export_actions
from massage_trainer.ui.infopanel import Legend, RulesPanel, ZoneInfoPanel
from massage_trainer.ui.lazypage import LazyPage
from massage_trainer.ui.maplook import MapLook, MapState
from massage_trainer.ui.quiz import QuizController
from massage_trainer.ui.routinepanel import RoutineController


def app_icon() -> QIcon:
    """The application icon in every size shipped in assets/."""
    icon = QIcon()
    folder = paths.assets_dir()
    for png in sorted((folder / "icons").glob("massage-trainer-*.png")):
        icon.addFile(str(png))
    svg = folder / "massage-trainer.svg"
    if svg.is_file():
        icon.addFile(str(svg))
    return icon


# A side tab's look of the map, made from the explorer's (the View toggles)
LookSource = Callable[[MapLook], MapLook]

# View toggles: (key, menu text, MapLook field, default, shortcut, tip)
TOGGLES = [
    (
        "colours",
        "Safety &Colours",
        "colours",
        True,
        "Ctrl+1",
        "Fill zones by safety level (patterns stay on, so the map reads in black and white)",
    ),
    ("labels", "Zone &Labels", "labels", False, "Ctrl+2", "Write each zone's name on the map"),
    (
        "landmarks",
        "&Landmarks",
        "landmarks",
        False,
        "Ctrl+3",
        "Show the bony landmarks the zones are drawn from",
    ),
    (
        "lines",
        "Upper-&Trapezius Line",
        "lines",
        True,
        "Ctrl+4",
        "The ridge from the base of the skull to the shoulder tip: walk the fingers along it",
    ),
    (
        "pressure_points",
        "&Pressure Points",
        "pressure_points",
        True,
        "Ctrl+5",
        "The point between spine and shoulder blade that takes firm, slow thumb pressure",
    ),
]


class MainWindow(QMainWindow):
    # another zone set was opened (File > Open Zone Set, or the built-in one)
    zoneSetChanged = Signal(object)
    closing = Signal()  # the window is about to close: save what is not saved

    def __init__(self, zone_set: ZoneSet, settings: QSettings | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings or QSettings()
        self.zone_set = zone_set
        self._toggles: dict[str, bool] = {}  # MapLook field -> on
        self._looks: dict[QWidget, LookSource] = {}

        self.view = BodyView(zone_set)
        self.info = ZoneInfoPanel()
        self.rules = RulesPanel()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("sideTabs")
        self.tabs.addTab(self.info, "Zone &Info")
        self.tabs.addTab(self.rules, "&Rules")
        self.legend = Legend()
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setTextFormat(Qt.TextFormat.RichText)  # so the escaping always counts
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.setAccessibleName("Notice")

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(6, 6, 6, 6)
        side_layout.addWidget(self.tabs, 1)
        side_layout.addWidget(self.legend)
        side_layout.addWidget(self.notice)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.view.zoneHovered.connect(self._on_hover)
        self.view.zoneActivated.connect(self._on_activated)
        self.view.clickedOutside.connect(self._on_outside)
        # first of the slots: a lazy tab has its contents before anyone looks
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self._build_actions()
        self._restore_settings()
        self.setWindowIcon(app_icon())
        self._apply_zone_set(zone_set)
        self.export_actions = add_export_actions(self)
        self.routines = RoutineController(self)
        self.quiz = QuizController(self)

    def add_side_tab(self, widget: QWidget, title: str, look: LookSource | None = None) -> int:
        """Add a tab beside the map; ``look`` says how the map looks while the
        tab is current (default: as on the Zone Info tab)."""
        if look is not None:
            self._looks[widget] = look
        return self.tabs.addTab(widget, title)

    def add_menu(self, menu: QMenu) -> None:
        """Add a menu before Help."""
        self.menuBar().insertMenu(self.help_menu.menuAction(), menu)

    def _on_tab_changed(self, index: int) -> None:
        page = self.tabs.widget(index)
        if isinstance(page, LazyPage):
            page.ensure_built()
        self.apply_look()

    # --- the map's look ------------------------------------------------------------
    def explorer_look(self) -> MapLook:
        """The map as the View toggles want it (Zone Info, Rules)."""
        return MapLook(**self._toggles)  # type: ignore[arg-type]

    def apply_look(self) -> None:
        """Show the map as the current tab wants it: the one place that sets
        the map's look (on a tab change, a new zone set, a tab's lookChanged)."""
        explorer = self.explorer_look()
        source = self._looks.get(self.tabs.currentWidget())
        look = source(explorer) if source is not None else explorer
        self.view.apply_look(look)
        if not look.reveal_names:
            self.zone_label.clear()

    # --- actions -----------------------------------------------------------------
    def _action(
        self,
        text: str,
        slot: Callable[..., object],
        shortcut: str | QKeySequence | QKeySequence.StandardKey | list[QKeySequence] | None = None,
        tip: str = "",
        checkable: bool = False,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            keys = shortcut if isinstance(shortcut, list) else [QKeySequence(shortcut)]
            action.setShortcuts(keys)
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.setCheckable(checkable)
        if checkable:
            action.toggled.connect(slot)
        else:
            action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self.open_action = self._action(
            "&Open Zone Set\u2026",
            self.open_zone_set,
            QKeySequence.StandardKey.Open,
            "Load another zone file",
        )
        self.builtin_action = self._action(
            "Open &Built-in Back View", self.open_builtin, None, "Go back to the built-in back view"
        )
        file_menu.addAction(self.open_action)
        file_menu.addAction(self.builtin_action)
        file_menu.addSeparator()
        self.file_menu = file_menu
        self.quit_action = self._action("&Quit", self.close, QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addAction(self.quit_action)

        view_menu = bar.addMenu("&View")
        toolbar = QToolBar("Map")
        toolbar.setObjectName("mapToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(toolbar)
        self.toggle_actions: dict[str, QAction] = {}
        for key, text, field_name, _default, shortcut, tip in TOGGLES:
            action = self._action(
                text,
                lambda on, f=field_name: self._set_toggle(f, on),
                shortcut,
                tip,
                checkable=True,
            )
            self.toggle_actions[key] = action
            view_menu.addAction(action)
            toolbar.addAction(action)
        view_menu.addSeparator()
        toolbar.addSeparator()
        self.zoom_in_action = self._action(
            "Zoom &In",
            lambda: self.view.zoom_by(1.25),
            [QKeySequence("Ctrl+="), QKeySequence(QKeySequence.StandardKey.ZoomIn)],
            "Zoom in (or use the mouse wheel, or pinch)",
        )
        self.zoom_out_action = self._action(
            "Zoom &Out",
            lambda: self.view.zoom_by(0.8),
            [QKeySequence("Ctrl+-"), QKeySequence(QKeySequence.StandardKey.ZoomOut)],
            "Zoom out",
        )
        self.fit_action = self._action(
            "&Fit Body to Window", self.view.fit, "Ctrl+0", "Show the whole body"
        )
        for action in (self.zoom_in_action, self.zoom_out_action, self.fit_action):
            view_menu.addAction(action)
            toolbar.addAction(action)
        view_menu.addSeparator()
        self.fullscreen_action = self._action(
            "F&ull Screen",
            self._toggle_fullscreen,
            QKeySequence.StandardKey.FullScreen,
            checkable=True,
        )
        view_menu.addAction(self.fullscreen_action)

        zone_menu = bar.addMenu("&Zone")
        self.next_action = self._action(
            "&Next Zone", lambda: self._step(1), "Tab", "Move to the next zone, head to feet"
        )
        self.prev_action = self._action(
            "&Previous Zone", lambda: self._step(-1), "Shift+Tab", "Move to the previous zone"
        )
        self.clear_action = self._action("&Clear Selection", self.clear_selection, "Esc")
        self.rules_action = self._action(
            "&Rules and When Not to Massage",
            lambda: self.tabs.setCurrentWidget(self.rules),
            "F1",
            "The general rules, the reasons not to massage, and the order of a session",
        )
        # Tab and Shift+Tab belong to the map itself while it has focus; the menu
        # entries show them and work from anywhere else
        for action in (self.next_action, self.prev_action, self.clear_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            zone_menu.addAction(action)
        zone_menu.addSeparator()
        zone_menu.addAction(self.rules_action)
        self.zone_menu = zone_menu
        self.help_menu = bar.addMenu("&Help")
        self.help_menu.addAction(self.rules_action)
        self.welcome_action = self._action(
            "Show &Welcome", self.show_welcome, None, "The three things to do first"
        )
        self.help_menu.addAction(self.welcome_action)
        self.help_menu.addSeparator()
        self.about_action = self._action("&About Massage Trainer", self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.help_menu.addAction(self.about_action)
        self.about_qt_action = self._action("About &Qt", QApplication.aboutQt)
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)
        self.help_menu.addAction(self.about_qt_action)

        self.zone_label = QLabel()
        self.statusBar().addPermanentWidget(self.zone_label)

    def _set_toggle(self, field_name: str, on: bool) -> None:
        self._toggles[field_name] = on
        if field_name == "colours":
            self.legend.colours = on
            self.legend.update()
        self.settings.setValue(f"view/{field_name}", on)
        self.apply_look()
        if self.view.look.state is MapState.QUIZ:
            self.statusBar().showMessage(
                "The map keeps its quiz look until the quiz ends or you leave the Quiz tab.", 5000
            )

    def _toggle_fullscreen(self, on: bool) -> None:
        self.showFullScreen() if on else self.showNormal()

    def _step(self, step: int) -> None:
        self.view.setFocus()
        self.view.move_cursor(step)

    def show_about(self) -> None:
        AboutDialog.ask(self, self._disclaimer)

    def show_welcome(self) -> None:
        WelcomeDialog.ask(self, self.settings)

    # --- zone set --------------------------------------------------------------
    def _apply_zone_set(self, zone_set: ZoneSet) -> None:
        self.zone_set = zone_set
        self.view.set_zone_set(zone_set)
        self.info.show_empty()
        self.rules.show_rules(zone_set)
        title, disclaimer = zone_set.title, zone_set.rules.disclaimer
        self._disclaimer = disclaimer
        # the text of a data file, shown as written at a readable size
        self.notice.setText(html.escape(disclaimer, quote=False))
        self.setWindowTitle(f"{title} \u2013 Massage Trainer")
        self.statusBar().showMessage(
            f"{title}: {len(zone_set.zones)} zones. Hover to see names; click to learn more.", 8000
        )
        self.zoneSetChanged.emit(zone_set)
        self.apply_look()

    def load_zone_file(self, path: str | Path) -> bool:
        """Load a zone file; on problems show them all and keep the current set."""
        try:
            zone_set = load_zone_set(path)
        except ZoneFileError as exc:
            ProblemsDialog.ask(
                self,
                "Cannot open the zone set",
                f"{paths.display_name(Path(path))} has {len(exc.problems)} "
                f"problem{'s' if len(exc.problems) != 1 else ''}. The current zone set "
                "stays open. Fix these and open the file again:",
                [str(p) for p in exc.problems],
            )
            return False
        self._apply_zone_set(zone_set)
        self.settings.setValue("files/last_dir", str(Path(path).resolve().parent))
        return True

    def open_zone_set(self) -> None:
        start = self.settings.value("files/last_dir", str(paths.zones_dir()))
        path = ZoneFileDialog.ask(self, str(start))
        if path:
            self.load_zone_file(path)

    def open_builtin(self) -> None:
        self._apply_zone_set(load_zone_set())

    # --- selection -------------------------------------------------------------
    def clear_selection(self) -> None:
        self.view.select(None)

    def _on_hover(self, zone: Zone | None) -> None:
        if zone is None or not self.view.reveal_names:
            self.zone_label.setText("")
            return
        side = f" ({zone.side_word})" if zone.side_word else ""
        self.zone_label.setText(f"{zone.name}{side} \u2013 {zone.safety_word}")

    def _on_activated(self, zone: Zone | None) -> None:
        if zone is None:  # Esc, Zone > Clear Selection, a click beside the body
            self.info.show_empty()
            self.statusBar().clearMessage()  # it named the zone
            return
        self.info.show_zone(zone, self.zone_set)
        self.tabs.setCurrentWidget(self.info)
        side = f" ({zone.side_word})" if zone.side_word else ""
        self.statusBar().showMessage(f"Selected: {zone.name}{side} \u2013 {zone.safety_word}", 5000)

    def _on_outside(self) -> None:
        if not self.view.select_on_click:  # a quiz owns the clicks
            return
        hint = "That click was beside the body. Click inside the outline to pick a zone."
        self.info.show_empty(hint)
        self.statusBar().showMessage(hint, 5000)

    # --- settings ----------------------------------------------------------------
    def _restore_settings(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(QSize(1200, 860))
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        else:
            QTimer.singleShot(0, lambda: self.splitter.setSizes([700, 480]))
        for key, _text, field_name, default, _s, _t in TOGGLES:
            on = bool(self.settings.value(f"view/{field_name}", default, type=bool))
            action = self.toggle_actions[key]
            action.blockSignals(True)
            action.setChecked(on)
            action.blockSignals(False)
            self._toggles[field_name] = on
            if field_name == "colours":
                self.legend.colours = on

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.sync()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.view.update()
            self.legend.update()
        super().changeEvent(event)
