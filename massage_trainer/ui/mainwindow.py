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
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence
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
from massage_trainer.core.zones import (
    Zone,
    ZoneFileError,
    ZoneSet,
    load_zone_set,
    read_views,
)
from massage_trainer.ui.about import AboutDialog, WelcomeDialog
from massage_trainer.ui.bodyview import BodyView, ViewState
from massage_trainer.ui.dialogs import ProblemsDialog, ZoneFileDialog, problems_summary
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
        "&Guide Lines",
        "lines",
        True,
        "Ctrl+4",
        "Dashed lines to follow with the fingers, such as the ridge from the base of the "
        "skull to the shoulder tip",
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
# shortcuts a view may not take from its first letter (File, Quiz, Export, Print)
TAKEN_LETTERS = set("OQREP")


def views_of(zone_set: ZoneSet, views_path: Path | None = None) -> dict[str, Path]:
    """The views offered beside ``zone_set``: those of the list of views at
    ``views_path`` (None: the built-in list) when the zone set is one of them,
    else the zone set alone."""
    try:
        views = read_views(views_path)
    except ZoneFileError:
        views = {}
    here = Path(zone_set.path).resolve()
    if any(Path(file).resolve() == here for file in views.values()):
        return dict(views)
    return {zone_set.view: Path(zone_set.path)}


def view_title(view: str) -> str:
    """A view's name as a menu shows it: 'back' is 'Back'."""
    words = view.replace("_", " ")
    return words[:1].upper() + words[1:]


class MainWindow(QMainWindow):
    # another zone set was opened (File > Open Zone Set, or the built-in one)
    zoneSetChanged = Signal(object)
    closing = Signal()  # the window is about to close: save what is not saved

    def __init__(
        self,
        zone_set: ZoneSet,
        settings: QSettings | None = None,
        views_path: Path | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings or QSettings()
        self.zone_set = zone_set
        self._toggles: dict[str, bool] = {}  # MapLook field -> on
        self._layers: set[str] = set()  # the anatomy layers switched on (ids)
        self._looks: dict[QWidget, LookSource] = {}
        # the views offered: name -> zone file; each loaded on first use
        self._views_path = views_path
        self._view_files: dict[str, Path] = views_of(zone_set, views_path)
        self._view_sets: dict[str, ZoneSet] = {zone_set.view: zone_set}
        self._view_states: dict[str, tuple[ViewState, set[str]]] = {}
        self.view_actions: dict[str, QAction] = {}
        self.layer_actions: dict[str, QAction] = {}

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
        self.view.pointerNamesChanged.connect(lambda: self._on_hover(self.view.hovered))
        self.view.zoneActivated.connect(self._on_activated)
        self.view.clickedOutside.connect(self._on_outside)
        # first of the slots: a lazy tab has its contents before anyone looks
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self._build_actions()
        self._restore_settings()
        self.setWindowIcon(app_icon())
        self._apply_zone_set(zone_set)
        self._remember_view()
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
        layers = frozenset(self._layers) & frozenset(self.zone_set.layers)
        return MapLook(**self._toggles, layers=layers)  # type: ignore[arg-type]

    def apply_look(self) -> None:
        """Show the map as the current tab wants it: the one place that sets
        the map's look (on a tab change, a new zone set, a tab's lookChanged)."""
        explorer = self.explorer_look()
        source = self._looks.get(self.tabs.currentWidget())
        look = source(explorer) if source is not None else explorer
        if look.state is MapState.QUIZ:
            # an organ or a nerve drawn under a spot would give a safety answer away
            look = look.with_(layers=frozenset())
        self.view.apply_look(look)
        self.legend.show_look(self.zone_set, look)
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
            "Open &Built-in Views",
            self.open_builtin,
            None,
            "Go back to the built-in views of the body",
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
        self.view_menu, self.toolbar = view_menu, toolbar
        # the views (built from the list of views: see _build_view_actions)
        self.view_group = QActionGroup(self)
        self.view_group.setExclusive(True)
        self._views_end = view_menu.addSeparator()
        self._toolbar_views_end = toolbar.addSeparator()
        self.next_view_action = self._action(
            "&Turn the Body Over",
            self.next_view,
            "F7",
            "Show the next view of the body (back, front, ...)",
        )
        view_menu.insertAction(self._views_end, self.next_view_action)
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
        # the anatomy layers (built from the zone set: see _build_layer_actions)
        self.layers_menu = view_menu.addMenu("Anatomy La&yers")
        self.layers_menu.setToolTipsVisible(True)
        self._toolbar_layers_end = toolbar.addSeparator()
        view_menu.addSeparator()
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

    def _build_view_actions(self) -> None:
        """One checkable entry per view, in the View menu and the toolbar: a
        view is data, so a new line in the list of views gets its entry."""
        for action in self.view_actions.values():
            self.view_group.removeAction(action)
            self.view_menu.removeAction(action)
            self.toolbar.removeAction(action)
            self.removeAction(action)
            action.deleteLater()
        self.view_actions = {}
        taken = set(TAKEN_LETTERS)
        for view in self._view_files:
            title = view_title(view)
            letter = title[:1].upper()
            shortcut = None
            if letter.isalpha() and letter not in taken:
                taken.add(letter)
                shortcut = f"Ctrl+{letter}"
            action = self._action(
                f"&{title}",
                lambda _checked=False, v=view: self.show_view(v),
                shortcut,
                f"Show the body seen from the {view.replace('_', ' ')}",
            )
            action.setCheckable(True)
            action.setChecked(view == self.zone_set.view)
            self.view_group.addAction(action)
            self.view_menu.insertAction(self.next_view_action, action)
            self.toolbar.insertAction(self._toolbar_views_end, action)
            self.view_actions[view] = action
        self.next_view_action.setEnabled(len(self._view_files) > 1)

    def _build_layer_actions(self) -> None:
        """One toggle per anatomy layer of the zone set, in the View menu and
        the toolbar: a new layer in a file gets its toggle with no code."""
        for action in self.layer_actions.values():
            self.layers_menu.removeAction(action)
            self.toolbar.removeAction(action)
            self.removeAction(action)
            action.deleteLater()
        self.layer_actions = {}
        zone_set = self.zone_set
        for layer in zone_set.layers:
            name = zone_set.layer_names.get(layer, layer)
            count = sum(1 for s in zone_set.structures if s.layer == layer)
            on = bool(self.settings.value(f"layers/{layer}", False, type=bool))
            action = self._action(
                name,
                lambda checked, lay=layer: self.set_layer(lay, checked),
                None,
                f"Draw the {name.lower()} that lie under the skin ({count} in this view)",
                checkable=True,
            )
            action.blockSignals(True)
            action.setChecked(on)
            action.blockSignals(False)
            if on:
                self._layers.add(layer)
            else:
                self._layers.discard(layer)
            self.layers_menu.addAction(action)
            self.toolbar.insertAction(self._toolbar_layers_end, action)
            self.layer_actions[layer] = action
        self.layers_menu.setEnabled(bool(zone_set.layers))

    def set_layer(self, layer: str, on: bool) -> None:
        """Draw an anatomy layer or not; remembered."""
        if on:
            self._layers.add(layer)
        else:
            self._layers.discard(layer)
        self.settings.setValue(f"layers/{layer}", on)
        action = self.layer_actions.get(layer)
        if action is not None and action.isChecked() != on:
            action.blockSignals(True)
            action.setChecked(on)
            action.blockSignals(False)
        self.apply_look()

    @property
    def layers_on(self) -> frozenset[str]:
        return frozenset(self._layers) & frozenset(self.zone_set.layers)

    def _set_toggle(self, field_name: str, on: bool) -> None:
        self._toggles[field_name] = on
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

    # --- zone set and views ------------------------------------------------------
    @property
    def current_view(self) -> str:
        return self.zone_set.view

    @property
    def views(self) -> tuple[str, ...]:
        """The names of the views offered, in order."""
        return tuple(self._view_files)

    def _apply_zone_set(self, zone_set: ZoneSet, state: ViewState | None = None) -> None:
        self.zone_set = zone_set
        self.view.set_zone_set(zone_set)
        self.zone_label.clear()  # it named a zone of the set that was shown
        if state is not None:
            self.view.restore_view_state(state)
        self._build_view_actions()
        self._build_layer_actions()
        self._update_toggle_actions()
        self.rules.show_rules(zone_set)
        title, disclaimer = zone_set.title, zone_set.rules.disclaimer
        self._disclaimer = disclaimer
        # the text of a data file, shown as written at a readable size
        self.notice.setText(html.escape(disclaimer, quote=False))
        named = zone_set.view.replace("_", " ").lower() in title.lower()
        shown = title if named else f"{title} ({view_title(zone_set.view)} view)"
        self.setWindowTitle(f"{shown} \u2013 Massage Trainer")
        self.statusBar().showMessage(
            f"{title}: {len(zone_set.zones)} zones. Hover to see names; click to learn more.", 8000
        )
        self.zoneSetChanged.emit(zone_set)
        self.apply_look()

    def _update_toggle_actions(self) -> None:
        """Toggles for what this view has nothing of are greyed out."""
        zone_set = self.zone_set
        has_points = any(k.startswith("pressure_point") for k in zone_set.landmarks)
        self.toggle_actions["pressure_points"].setEnabled(has_points)
        self.toggle_actions["lines"].setEnabled(bool(zone_set.lines))

    def _open_views(self, zone_set: ZoneSet, views_path: Path | None) -> None:
        """Show a newly opened zone set with its views; every view starts afresh."""
        self._views_path = views_path
        self._view_files = views_of(zone_set, views_path)
        self._view_sets = {zone_set.view: zone_set}
        self._view_states = {}
        self.info.show_empty()
        self._apply_zone_set(zone_set)
        self._remember_view()

    def show_view(self, view: str) -> bool:
        """Show another view of the body (View > Back / Front): each view keeps
        its own selection, zoom and panel.  A view that cannot be read shows its
        problems and the current view stays."""
        if view == self.zone_set.view:
            self._check_view_action()
            return True
        zone_set = self._view_sets.get(view)
        if zone_set is None:
            file = self._view_files.get(view)
            if file is None:
                return False
            try:
                zone_set = load_zone_set(self._views_path or paths.views_file(), view=view)
            except ZoneFileError as exc:
                ProblemsDialog.ask(
                    self,
                    "Cannot show the view",
                    f"The {view} view ({paths.display_name(file)}) has "
                    f"{len(exc.problems)} problem{'s' if len(exc.problems) != 1 else ''}, so "
                    "the current view stays. Fix these and try again:",
                    [str(p) for p in exc.problems],
                )
                self._check_view_action()
                return False
            self._view_sets[view] = zone_set
        # keep what this view showed: the selection, zoom, and the panel's open techniques
        self._view_states[self.zone_set.view] = (
            self.view.view_state(),
            set(self.info.open_techniques),
        )
        state, open_techniques = self._view_states.get(view, (ViewState(), set()))
        self._apply_zone_set(zone_set, state)
        selected = self.view.selected
        if selected is not None:
            self.info.show_zone(selected, zone_set)
            self.info.set_open_techniques(open_techniques)
        else:
            self.info.show_empty()
        self._remember_view()
        self.statusBar().showMessage(f"{zone_set.title}: seen from the {view}.", 5000)
        return True

    def next_view(self) -> None:
        """The next view in the list, round to the first (F7)."""
        views = list(self._view_files)
        if len(views) > 1 and self.zone_set.view in views:
            self.show_view(views[(views.index(self.zone_set.view) + 1) % len(views)])

    def _check_view_action(self) -> None:
        action = self.view_actions.get(self.zone_set.view)
        if action is not None:
            action.setChecked(True)

    def _remember_view(self) -> None:
        if self._views_path is None and self.zone_set.view in self._view_files:
            self.settings.setValue("view/current", self.zone_set.view)

    def load_zone_file(self, path: str | Path) -> bool:
        """Load a zone file or a list of views; on problems show them all and
        keep the current set."""
        try:
            zone_set = load_zone_set(path)
        except ZoneFileError as exc:
            ProblemsDialog.ask(
                self,
                "Cannot open the zone set",
                problems_summary(
                    paths.display_name(Path(path)),
                    len(exc.problems),
                    "The current zone set stays open.",
                    "open the file again",
                ),
                [str(p) for p in exc.problems],
            )
            return False
        # a list of views gives the zone set of its first view, in another file
        is_list = Path(zone_set.path).resolve() != Path(path).resolve()
        self._open_views(zone_set, Path(path) if is_list else None)
        self.settings.setValue("files/last_dir", str(Path(path).resolve().parent))
        return True

    def open_zone_set(self) -> None:
        start = self.settings.value("files/last_dir", str(paths.zones_dir()))
        path = ZoneFileDialog.ask(self, str(start))
        if path:
            self.load_zone_file(path)

    def open_builtin(self) -> None:
        self._open_views(load_zone_set(), None)

    # --- selection -------------------------------------------------------------
    def clear_selection(self) -> None:
        self.view.select(None)

    def _on_hover(self, zone: Zone | None) -> None:
        if not self.view.reveal_names:
            self.zone_label.setText("")
            return
        self.zone_label.setText(" \u00b7 ".join(self.view.hover_texts(zone)))

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

    def closeEvent(self, event: QCloseEvent) -> None:
        quiz = getattr(self, "quiz", None)  # progress that cannot be saved is asked about
        if quiz is not None and not quiz.may_close():
            event.ignore()
            return
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
