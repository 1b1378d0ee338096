"""The main window: the body map beside the side tabs, menus, toolbar, status bar
and remembered settings.

The window is built around a loaded zone set (see ``app``).  The Routine, Quiz
and Progress tabs are in the tab bar at once and build their contents on first
use (``LazyPage``); their menus work from the start.
"""

from __future__ import annotations

import html
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QProcess,
    QRect,
    QSettings,
    QSize,
    Qt,
    QTimer,
    QTranslator,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QFontMetrics,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTabBar,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from massage_trainer import language
from massage_trainer.core import i18n, paths
from massage_trainer.core.i18n import QT_TRANSLATE_NOOP, Tr
from massage_trainer.core.zones import (
    Zone,
    ZoneFileError,
    ZoneSet,
    load_zone_set,
    read_views,
)
from massage_trainer.paint.body import is_point_symbol
from massage_trainer.paint.labels import SHOWN_CHARS, short_text
from massage_trainer.ui.about import AboutDialog, WelcomeDialog
from massage_trainer.ui.bodyview import BodyView, ViewState
from massage_trainer.ui.dialogs import ProblemsDialog, ZoneFileDialog, problems_summary
from massage_trainer.ui.exporting import add_export_actions
from massage_trainer.ui.infopanel import Legend, RulesPanel, ZoneInfoPanel, side_word
from massage_trainer.ui.lazypage import LazyPage
from massage_trainer.ui.maplook import MapLook, MapState
from massage_trainer.ui.quiz import QuizController
from massage_trainer.ui.routinepanel import RoutineController
from massage_trainer.ui.strokes import StrokeController


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


class WindowText(Tr):
    """Texts of the main window: its menus, toolbar, tabs, status bar and the Language menu."""


# A side tab's look of the map, made from the explorer's (the View toggles)
LookSource = Callable[[MapLook], MapLook]

# View toggles: (key, menu text, MapLook field, default, shortcut, tip); the
# texts are translated where the menu is made (WindowText)
TOGGLES = [
    (
        "colours",
        QT_TRANSLATE_NOOP("WindowText", "Safety &Colours"),
        "colours",
        True,
        "Ctrl+1",
        QT_TRANSLATE_NOOP(
            "WindowText",
            "Fill zones by safety level (patterns stay on, so the map reads in black and white)",
        ),
    ),
    (
        "labels",
        QT_TRANSLATE_NOOP("WindowText", "Zone &Labels"),
        "labels",
        False,
        "Ctrl+2",
        QT_TRANSLATE_NOOP("WindowText", "Write each zone's name on the map"),
    ),
    (
        "landmarks",
        QT_TRANSLATE_NOOP("WindowText", "&Landmarks"),
        "landmarks",
        False,
        "Ctrl+3",
        QT_TRANSLATE_NOOP("WindowText", "Show the bony landmarks the zones are drawn from"),
    ),
    (
        "lines",
        QT_TRANSLATE_NOOP("WindowText", "&Guide Lines"),
        "lines",
        True,
        "Ctrl+4",
        QT_TRANSLATE_NOOP(
            "WindowText",
            "Dashed lines to follow with the fingers, such as the ridge that runs out from "
            "the skull's base to the point of the shoulder",
        ),
    ),
    (
        "pressure_points",
        QT_TRANSLATE_NOOP("WindowText", "&Pressure Points"),
        "pressure_points",
        True,
        "Ctrl+5",
        QT_TRANSLATE_NOOP(
            "WindowText",
            "The point between spine and shoulder blade that takes firm, slow thumb pressure",
        ),
    ),
]

# the built-in views' menu entry, its tip, and how the status bar says it was
# turned to (another zone file's views are named from their ids)
VIEW_WORDS = {
    "back": (
        QT_TRANSLATE_NOOP("WindowText", "&Back"),
        QT_TRANSLATE_NOOP("WindowText", "Show the body seen from the back"),
        QT_TRANSLATE_NOOP("WindowText", "{title}: seen from the back."),
        QT_TRANSLATE_NOOP("WindowText", "Back view"),
    ),
    "front": (
        QT_TRANSLATE_NOOP("WindowText", "&Front"),
        QT_TRANSLATE_NOOP("WindowText", "Show the body seen from the front"),
        QT_TRANSLATE_NOOP("WindowText", "{title}: seen from the front."),
        QT_TRANSLATE_NOOP("WindowText", "Front view"),
    ),
}


def _view_words(view: str, which: int) -> str | None:
    known = VIEW_WORDS.get(view)
    return i18n.translated("WindowText", known[which]) if known else None


def view_menu_text(view: str) -> str:
    """A view's entry in the View menu, with its mnemonic: '&Back'."""
    return _view_words(view, 0) or i18n.fill(
        WindowText.tr("&{view}", "a view's menu entry, named from its id"), view=view_title(view)
    )


def view_tip(view: str) -> str:
    return _view_words(view, 1) or i18n.fill(
        WindowText.tr("Show the body seen from the {view}", "a view named from its id"),
        view=view.replace("_", " "),
    )


def view_label(view: str) -> str:
    """A view as a sentence names it: 'Back view'."""
    return _view_words(view, 3) or i18n.fill(
        WindowText.tr("{view} view", "a view named from its id"), view=view_title(view)
    )


def restart_arguments(argv: list[str]) -> list[str]:
    """The command line's arguments for the program started again in another
    language: the same, without a ``--lang`` that would override the choice."""
    out: list[str] = []
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg == "--lang":
            skip = True
            continue
        if arg.startswith("--lang="):
            continue
        out.append(arg)
    return out


def start_program(arguments: list[str]) -> bool:
    """Start the program again, detached, with ``arguments`` (tests replace
    ``QProcess.startDetached``)."""
    started = QProcess.startDetached(sys.executable, ["-m", "massage_trainer", *arguments])
    return bool(started[0] if isinstance(started, tuple) else started)


def quit_application() -> None:
    """End the event loop (after a restart has been started)."""
    QCoreApplication.quit()


# the restart dialog's texts, in the language chosen (where it is translated)
RESTART_TITLE = QT_TRANSLATE_NOOP("WindowText", "Restart Massage Trainer?")
RESTART_MESSAGE = QT_TRANSLATE_NOOP(
    "WindowText",
    "Massage Trainer shows the language you chose once it starts again. Restart now? "
    "Your settings and progress are saved first.",
)


def in_language(code: str, context: str, text: str) -> str:
    """``text`` (marked with QT_TRANSLATE_NOOP) in the language ``code``, which
    need not be the one shown; in the one shown where ``code`` has no translation."""
    if code == language.DEFAULT:
        return text
    translator = QTranslator()
    if translator.load(f"massage_trainer_{code}", str(language.TRANSLATIONS_DIR)):
        found = translator.translate(context, text)
        if found:
            return found
    return i18n.translated(context, text)


class RestartDialog:
    """Restart now in the language just chosen, or later."""

    @classmethod
    def ask(cls, parent: QWidget | None, code: str) -> bool:
        """True to restart now.  Tests monkeypatch this."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(in_language(code, "WindowText", RESTART_TITLE))
        message = in_language(code, "WindowText", RESTART_MESSAGE)
        here = i18n.translated("WindowText", RESTART_MESSAGE)
        # the new language's words first; the ones shown now too, in case
        # the learner cannot read the new language
        box.setText(message)
        if here != message:
            box.setInformativeText(here)
        now = box.addButton(WindowText.tr("&Restart Now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(WindowText.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(now)
        box.exec()
        return box.clickedButton() is now


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


# the window's size on a screen with room for it; smaller screens get less
DEFAULT_SIZE = QSize(1200, 860)
# the side panel is at most this many characters wide, so its lines stay readable
PANEL_CHARACTERS = 66


class SideTabBar(QTabBar):
    """The side tabs' bar; says when a tab was chosen by its Alt+letter."""

    shortcutUsed = Signal(int)  # the index of the tab

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Shortcut:
            handled = super().event(event)
            self.shortcutUsed.emit(self.currentIndex())
            return handled
        return super().event(event)


class SideTabs(QTabWidget):
    """The tabs beside the map, with a ``SideTabBar``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side_bar = SideTabBar()
        self.setTabBar(self.side_bar)


def first_control(page: QWidget) -> QWidget | None:
    """The first widget of ``page`` that Tab would stop at, or None."""
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page:
        if (
            page.isAncestorOf(widget)
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            return widget
        widget = widget.nextInFocusChain()
    return page if page.focusPolicy() & Qt.FocusPolicy.TabFocus else None


class KeyArea(QScrollArea):
    """Scrolls the map's key and the notice: as tall as they are, where the
    window has room; at least two lines."""

    def sizeHint(self) -> QSize:
        inner = self.widget()
        if inner is None:
            return super().sizeHint()
        width = self.viewport().width() or inner.sizeHint().width()
        height = inner.heightForWidth(width) if inner.hasHeightForWidth() else -1
        return QSize(inner.sizeHint().width(), max(height, inner.sizeHint().height()))

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.fontMetrics().lineSpacing() * 2)


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
        self._views_generation = 0
        self._asked_view: object = None  # (view, view_key) the current tab's look last asked for
        self.view_actions: dict[str, QAction] = {}
        self.layer_actions: dict[str, QAction] = {}
        self.strokes: StrokeController | None = None  # made once the tabs exist

        self.view = BodyView(zone_set)
        self.info = ZoneInfoPanel()
        self.rules = RulesPanel()
        self.tabs = SideTabs()
        self.tabs.setObjectName("sideTabs")
        self.tabs.addTab(self.info, WindowText.tr("Zone &Info", "the side tab"))
        self.tabs.addTab(self.rules, WindowText.tr("&Rules", "the side tab"))
        self.legend = Legend()
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setTextFormat(Qt.TextFormat.RichText)  # so the escaping always counts
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # no accessible name: a screen reader reads the notice's own text

        side = QWidget()
        side.setObjectName("sidePanel")
        self.side = side
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(6, 6, 6, 6)
        side_layout.addWidget(self.tabs, 1)
        # the key and the notice show whole where there is room; in a short
        # window or with a large font they scroll, and the tabs keep theirs
        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addWidget(self.legend)
        below_layout.addWidget(self.notice)
        self.key_area = KeyArea()
        self.key_area.setObjectName("keyArea")
        self.key_area.setWidget(below)
        self.key_area.setWidgetResizable(True)
        self.key_area.setFrameShape(QFrame.Shape.NoFrame)
        self.key_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.key_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        side_layout.addWidget(self.key_area)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(side)
        # the two share a wider window until the panel's lines reach a readable
        # length (its maximum width); from there on the map takes the rest
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.side.setMaximumWidth(self.panel_width_limit())

        self.view.zoneHovered.connect(self._on_hover)
        self.view.pointerNamesChanged.connect(lambda: self._on_hover(self.view.hovered))
        self.view.zoneActivated.connect(self._on_activated)
        self.view.clickedOutside.connect(self._on_outside)
        # first of the slots: a lazy tab has its contents before anyone looks
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.tabs.side_bar.shortcutUsed.connect(self._on_tab_shortcut)
        self._build_actions()
        self._restore_settings()
        self.setWindowIcon(app_icon())
        self._apply_zone_set(zone_set)
        self.export_actions = add_export_actions(self)
        self.routines = RoutineController(self)
        self.quiz = QuizController(self)
        # a technique's strokes on the map, with their bar under the tabs
        self.strokes = StrokeController(self)
        side_layout.insertWidget(1, self.strokes.bar)
        self._build_language_menu()

    # --- the language ------------------------------------------------------------------
    def _build_language_menu(self) -> None:
        """View > Language: the system's language or one of those the program
        has; the choice is remembered and shown once the program starts again."""
        menu = self.view_menu.addMenu(WindowText.tr("&Language"))
        menu.setObjectName("languageMenu")
        self.view_menu.insertSeparator(menu.menuAction())
        self.language_menu = menu
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        chosen = str(self.settings.value(language.SETTINGS_KEY, "") or "")
        offered = language.available_languages()
        if chosen not in offered:
            chosen = ""
        system = language.native_name(language.system_language())
        entries = [
            (
                "",
                i18n.fill(
                    WindowText.tr("&System default ({language})", "the system's language"),
                    language=system,
                ),
            )
        ]
        entries += [(code, language.native_name(code)) for code in offered]
        for code, text in entries:
            action = QAction(text, self)
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))
            self.language_group.addAction(action)
            menu.addAction(action)
            self.language_actions[code] = action

    def choose_language(self, code: str) -> None:
        """Remember ``code`` as the language ("" the system's); if that is not
        the language shown, offer to start again in it."""
        language.remember_language(code, self.settings)
        action = self.language_actions.get(code)
        if action is not None and not action.isChecked():
            action.setChecked(True)
        # what the next start shows (a --lang given for this run does not count:
        # the program starts again without it)
        wanted = code if code in language.available_languages() else language.system_language()
        if wanted == i18n.language():
            return
        if RestartDialog.ask(self, wanted):
            self.restart()
        else:
            self.statusBar().showMessage(
                WindowText.tr("The new language shows the next time Massage Trainer starts."),
                8000,
            )

    def restart(self) -> bool:
        """Save what the window saves on closing, start the program again with
        the same arguments, and quit; False if the window stays open (a quiz
        asked, and the learner chose to stay)."""
        self.settings.sync()
        if not self.close():
            return False
        if not start_program(restart_arguments(sys.argv[1:])):
            self.show()  # it could not start: carry on here
            self.statusBar().showMessage(
                WindowText.tr(
                    "Massage Trainer could not start again: the new language shows the "
                    "next time you start it."
                ),
                8000,
            )
            return False
        quit_application()
        return True

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
        self._asked_view = None  # the new tab's look may turn the map to its view
        self.apply_look()

    # --- focus -----------------------------------------------------------------------
    def _on_tab_shortcut(self, index: int) -> None:
        """Alt+I, R, T, U, G: the focus goes into the chosen tab (unless its
        controller already put it there)."""
        page = self.tabs.widget(index)
        if page is not None:
            focus = QApplication.focusWidget()
            if focus is None or not page.isAncestorOf(focus):
                self.focus_panel()

    def focus_panel(self) -> None:
        """The focus into the current tab: where it was last, else the first control."""
        page = self.tabs.currentWidget()
        if page is None:
            return
        last = page.focusWidget()
        target = last if last is not None and page.isAncestorOf(last) else first_control(page)
        if target is not None and target.isVisible():
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.tabs.tabBar().setFocus(Qt.FocusReason.OtherFocusReason)

    def _focus_area(self) -> int:
        """Where the focus is: 0 the map, 1 the side panel, 2 the tab bar, -1 elsewhere."""
        focus = QApplication.focusWidget()
        if focus is None:
            return -1
        if focus is self.view:
            return 0
        bar = self.tabs.tabBar()
        if focus is bar:
            return 2
        if self.side.isAncestorOf(focus):
            return 1
        return -1

    def cycle_focus(self, step: int) -> None:
        """F6 and Shift+F6: map, side panel, tabs, and round again."""
        area = (self._focus_area() + step) % 3 if self._focus_area() >= 0 else 0
        if area == 0:
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        elif area == 1:
            self.focus_panel()
        else:
            self.tabs.tabBar().setFocus(Qt.FocusReason.OtherFocusReason)

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
        # a look that names a view (a quiz question, a routine step) turns the
        # map to it each time it asks anew (another view, or a new ``view_key``:
        # the next question or step), so in between the learner may still look
        # at the other side
        request = (look.view, look.view_key)
        asked, self._asked_view = self._asked_view, request
        turn = look.view and request != asked and look.view != self.zone_set.view
        if turn and self.show_view(look.view):
            return  # showing the view applied the look
        if self.strokes is not None:  # a technique's strokes, for the tab they belong to
            look = self.strokes.decorate(look, self.tabs.currentWidget())
        if look.state is MapState.QUIZ:
            # an organ or a nerve drawn under a spot would give a safety answer away
            look = look.with_(layers=frozenset())
        self.view.apply_look(look)
        others = [z for z in self._view_sets.values() if z is not self.zone_set]
        if self.legend.show_look(self.zone_set, look, others):
            self.key_area.updateGeometry()  # the key's new rows get their room
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
        file_menu = bar.addMenu(WindowText.tr("&File"))
        self.open_action = self._action(
            WindowText.tr("&Open Zone Set\u2026"),
            self.open_zone_set,
            QKeySequence.StandardKey.Open,
            WindowText.tr("Load another zone file"),
        )
        self.builtin_action = self._action(
            WindowText.tr("Open &Built-in Views"),
            self.open_builtin,
            None,
            WindowText.tr("Go back to the built-in views of the body"),
        )
        file_menu.addAction(self.open_action)
        file_menu.addAction(self.builtin_action)
        file_menu.addSeparator()
        self._build_instructor_actions(file_menu)
        file_menu.addSeparator()
        self.file_menu = file_menu
        self.quit_action = self._action(
            WindowText.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addAction(self.quit_action)

        view_menu = bar.addMenu(WindowText.tr("&View"))
        toolbar = QToolBar(WindowText.tr("Map", "the toolbar's name"))
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
            WindowText.tr("&Turn the Body Over"),
            self.next_view,
            "F7",
            WindowText.tr("Show the next view of the body (back, front, ...)"),
        )
        view_menu.insertAction(self._views_end, self.next_view_action)
        self.toggle_actions: dict[str, QAction] = {}
        for key, text, field_name, _default, shortcut, tip in TOGGLES:
            action = self._action(
                i18n.translated("WindowText", text),
                lambda on, f=field_name: self._set_toggle(f, on),
                shortcut,
                i18n.translated("WindowText", tip),
                checkable=True,
            )
            self.toggle_actions[key] = action
            view_menu.addAction(action)
            toolbar.addAction(action)
        view_menu.addSeparator()
        toolbar.addSeparator()
        # the anatomy layers (built from the zone set: see _build_layer_actions)
        self.layers_menu = view_menu.addMenu(WindowText.tr("Anatomy La&yers"))
        self.layers_menu.setToolTipsVisible(True)
        self._toolbar_layers_end = toolbar.addSeparator()
        view_menu.addSeparator()
        self.zoom_in_action = self._action(
            WindowText.tr("Zoom &In"),
            lambda: self.view.zoom_by(1.25),
            [QKeySequence("Ctrl+="), QKeySequence(QKeySequence.StandardKey.ZoomIn)],
            WindowText.tr("Zoom in (or use the mouse wheel, or pinch)"),
        )
        self.zoom_out_action = self._action(
            WindowText.tr("Zoom &Out"),
            lambda: self.view.zoom_by(0.8),
            [QKeySequence("Ctrl+-"), QKeySequence(QKeySequence.StandardKey.ZoomOut)],
            WindowText.tr("Zoom out", "tip"),
        )
        self.fit_action = self._action(
            WindowText.tr("&Fit Body to Window"),
            self.view.fit,
            "Ctrl+0",
            WindowText.tr("Show the whole body"),
        )
        for action in (self.zoom_in_action, self.zoom_out_action, self.fit_action):
            view_menu.addAction(action)
            toolbar.addAction(action)
        view_menu.addSeparator()
        self.fullscreen_action = self._action(
            WindowText.tr("F&ull Screen"),
            self._toggle_fullscreen,
            QKeySequence.StandardKey.FullScreen,
            checkable=True,
        )
        view_menu.addAction(self.fullscreen_action)

        zone_menu = bar.addMenu(WindowText.tr("&Zone", "the menu"))
        self.next_action = self._action(
            WindowText.tr("&Next Zone"),
            lambda: self._step(1),
            "Down",
            WindowText.tr("Move to the next zone, head to feet"),
        )
        self.prev_action = self._action(
            WindowText.tr("&Previous Zone"),
            lambda: self._step(-1),
            "Up",
            WindowText.tr("Move to the previous zone"),
        )
        self.clear_action = self._action(
            WindowText.tr("&Clear Selection"), self.clear_selection, QKeySequence.StandardKey.Cancel
        )
        self.rules_action = self._action(
            WindowText.tr("&Rules and When Not to Massage"),
            lambda: self.tabs.setCurrentWidget(self.rules),
            QKeySequence.StandardKey.HelpContents,
            WindowText.tr(
                "The general rules, the reasons not to massage, and the order of a session"
            ),
        )
        # the arrow keys and Esc belong to the map itself while it has focus; the
        # menu entries show them (Tab and Shift+Tab go on to the next control)
        for action in (self.next_action, self.prev_action, self.clear_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            zone_menu.addAction(action)
        zone_menu.addSeparator()
        zone_menu.addAction(self.rules_action)
        self.next_pane_action = self._action(
            WindowText.tr("Next &Area of the Window"),
            lambda: self.cycle_focus(1),
            "F6",
            WindowText.tr("Move the focus to the map, the side panel or the tabs"),
        )
        self.prev_pane_action = self._action(
            WindowText.tr("Previous Area of the &Window"), lambda: self.cycle_focus(-1), "Shift+F6"
        )
        zone_menu.addSeparator()
        zone_menu.addAction(self.next_pane_action)
        zone_menu.addAction(self.prev_pane_action)
        self.zone_menu = zone_menu
        self.help_menu = bar.addMenu(WindowText.tr("&Help"))
        self.help_menu.addAction(self.rules_action)
        self.welcome_action = self._action(
            WindowText.tr("Show &Welcome"),
            self.show_welcome,
            None,
            WindowText.tr("The three things to do first"),
        )
        self.help_menu.addAction(self.welcome_action)
        self.help_menu.addSeparator()
        self.about_action = self._action(WindowText.tr("&About Massage Trainer"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.help_menu.addAction(self.about_action)
        self.about_qt_action = self._action(WindowText.tr("About &Qt"), QApplication.aboutQt)
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)
        self.help_menu.addAction(self.about_qt_action)

        self.zone_label = QLabel()
        # names come from the zone file: never read as rich text
        self.zone_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.zone_label)

    def _build_instructor_actions(self, menu: QMenu) -> None:
        """File > Open Exam…, Open Class Results…, Export Anki Deck… (ui/exam.py,
        ui/classresults.py, ui/ankideck.py; imported on first use)."""

        def open_exam() -> None:
            from massage_trainer.ui.exam import open_exam

            open_exam(self)

        def open_class_results() -> None:
            from massage_trainer.ui.classresults import open_class_results

            open_class_results(self)

        def export_deck() -> None:
            from massage_trainer.ui.ankideck import export_anki_deck

            export_anki_deck(self)

        self.open_exam_action = self._action(
            WindowText.tr("Open E&xam\u2026"),
            open_exam,
            None,
            WindowText.tr("Sit an exam file from your instructor"),
        )
        self.class_results_action = self._action(
            WindowText.tr("Open Class &Results\u2026"),
            open_class_results,
            None,
            WindowText.tr("See how a class did: results files of one exam, or a folder of them"),
        )
        self.anki_action = self._action(
            WindowText.tr("Export &Anki Deck\u2026"),
            export_deck,
            None,
            WindowText.tr("Save the zones of every view as an Anki deck, to learn them on a phone"),
        )
        for action in (self.open_exam_action, self.class_results_action, self.anki_action):
            menu.addAction(action)

    def _build_view_actions(self) -> None:
        """One checkable entry per view, in the View menu and the toolbar: a
        view is data, so a new line in the list of views gets its entry."""
        if tuple(self.view_actions) == tuple(self._view_files):
            # the same views, another one shown (turning the body over): the
            # entries stay, and the toolbar is not laid out again
            self.view_actions[self.zone_set.view].setChecked(True)
            return
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
                view_menu_text(view),
                lambda _checked=False, v=view: self.show_view(v),
                shortcut,
                view_tip(view),
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
        zone_set = self.zone_set
        same = tuple(self.layer_actions) == zone_set.layers and all(
            action.text().replace("&", "") == zone_set.layer_names.get(layer, layer)
            for layer, action in self.layer_actions.items()
        )
        if same:  # another view with the same layers: only the counts change
            for layer, action in self.layer_actions.items():
                action.setToolTip(self._layer_tip(layer))
            return
        for action in self.layer_actions.values():
            self.layers_menu.removeAction(action)
            self.toolbar.removeAction(action)
            self.removeAction(action)
            action.deleteLater()
        self.layer_actions = {}
        zone_set = self.zone_set
        for layer in zone_set.layers:
            name = zone_set.layer_names.get(layer, layer)
            on = bool(self.settings.value(f"layers/{layer}", False, type=bool))
            action = self._action(
                name,
                lambda checked, lay=layer: self.set_layer(lay, checked),
                None,
                self._layer_tip(layer),
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

    def _layer_tip(self, layer: str) -> str:
        """A layer toggle's tip: what it draws, and how many of them this view has."""
        zone_set = self.zone_set
        count = sum(1 for s in zone_set.structures if s.layer == layer)
        return i18n.fill(
            WindowText.tr(
                "Draw the {layer:lower} that lie under the skin (%n in this view)", "", count
            ),
            layer=zone_set.layer_names.get(layer, layer),
        )

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
                WindowText.tr(
                    "The map keeps its quiz look until the quiz ends or you leave the Quiz tab."
                ),
                5000,
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
        # the title names the view (the built-in ones do, in every language)
        named = (
            zone_set.view.replace("_", " ").lower() in title.lower()
            or view_label(zone_set.view).lower() in title.lower()
        )
        shown = (
            title
            if named
            else i18n.fill(
                WindowText.tr("{title} ({view})", "a zone set and its view"),
                title=title,
                view=view_label(zone_set.view),
            )
        )
        self.setWindowTitle(
            i18n.fill(WindowText.tr("{title} \u2013 Massage Trainer", "the window"), title=shown)
        )
        self.statusBar().showMessage(
            i18n.fill(
                WindowText.tr(
                    "{title}: %n zone(s). Hover to see names; click to learn more.",
                    "",
                    len(zone_set.zones),
                ),
                title=title,
            ),
            8000,
        )
        self.zoneSetChanged.emit(zone_set)
        self.apply_look()

    def _update_toggle_actions(self) -> None:
        """Toggles for what this view has nothing of are greyed out."""
        zone_set = self.zone_set
        has_points = any(is_point_symbol(k) for k in zone_set.landmarks)
        self.toggle_actions["pressure_points"].setEnabled(has_points)
        self.toggle_actions["lines"].setEnabled(bool(zone_set.lines))

    def _open_views(self, zone_set: ZoneSet, views_path: Path | None) -> None:
        """Show a newly opened zone set with its views; every view starts afresh."""
        self._views_path = views_path
        self._view_files = views_of(zone_set, views_path)
        self._view_sets = {zone_set.view: zone_set}
        self._view_states = {}
        self._views_generation += 1
        self.info.show_empty()
        self._apply_zone_set(zone_set)

    def show_view(self, view: str) -> bool:
        """Show another view of the body (View > Back / Front): each view keeps
        its own selection, zoom and panel.  A view that cannot be read shows its
        problems and the current view stays."""
        if view == self.zone_set.view:
            self._check_view_action()
            return True
        zone_set = self.view_zone_set(view, problems=WindowText.tr("Cannot show the view"))
        if zone_set is None:
            self._check_view_action()
            return False
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
        seen = _view_words(view, 2) or WindowText.tr(
            "{title}: seen from the {view}.", "a view named from its id"
        )
        self.statusBar().showMessage(
            i18n.fill(seen, title=zone_set.title, view=view.replace("_", " ")), 5000
        )
        return True

    def view_zone_set(self, view: str, problems: str = "") -> ZoneSet | None:
        """The zone set of one of the views offered, read on first use (and then
        kept, so every part of the window shares the same one).  None when the
        view is not offered or cannot be read; with ``problems`` (a dialog
        title) the reasons are shown, else they are only returned as None."""
        zone_set = self._view_sets.get(view)
        if zone_set is not None:
            return zone_set
        file = self._view_files.get(view)
        if file is None:
            return None
        try:
            zone_set = load_zone_set(self._views_path or paths.views_file(), view=view)
        except ZoneFileError as exc:
            if problems:
                ProblemsDialog.ask(
                    self,
                    problems,
                    i18n.fill(
                        WindowText.tr(
                            "The {view:lower} ({file}) has %n problem(s), so the current view "
                            "stays. Fix these and try again:",
                            "",
                            len(exc.problems),
                        ),
                        view=view_label(view),
                        file=paths.display_name(file),
                    ),
                    [str(p) for p in exc.problems],
                )
            return None
        self._view_sets[view] = zone_set
        return zone_set

    @property
    def views_generation(self) -> int:
        """Goes up each time another zone set (with its views) is opened: the
        views of one generation are views of the same body, so switching
        between them is no reason to start a quiz or a routine again."""
        return self._views_generation

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
        """The built-in view shown last is the one the next start shows: kept
        when the window closes, not at every turn (a quiz across views turns
        the map at almost every question, and each write reaches the disk)."""
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
                WindowText.tr("Cannot open the zone set"),
                problems_summary(
                    paths.display_name(Path(path)),
                    len(exc.problems),
                    WindowText.tr("The current zone set stays open."),
                    WindowText.tr("open the file again", "what to do once the file is fixed"),
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
        side = side_word(zone.side)
        values = {
            "zone": short_text(zone.name, SHOWN_CHARS),
            "side": side,
            "safety": zone.safety_word,
        }
        text = (
            WindowText.tr("Selected: {zone} ({side}) \u2013 {safety}")
            if side
            else WindowText.tr("Selected: {zone} \u2013 {safety}")
        )
        self.statusBar().showMessage(i18n.fill(text, **values), 5000)

    def _on_outside(self) -> None:
        if not self.view.select_on_click:  # a quiz owns the clicks
            return
        hint = WindowText.tr(
            "That click was beside the body. Click inside the outline to pick a zone."
        )
        self.info.show_empty(hint)
        self.statusBar().showMessage(hint, 5000)

    # --- settings ----------------------------------------------------------------
    def _restore_settings(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        self.fit_to_screen(not (isinstance(geometry, QByteArray) and not geometry.isEmpty()))
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        else:
            QTimer.singleShot(0, self.split_evenly)
        for key, _text, field_name, default, _s, _t in TOGGLES:
            on = bool(self.settings.value(f"view/{field_name}", default, type=bool))
            action = self.toggle_actions[key]
            action.blockSignals(True)
            action.setChecked(on)
            action.blockSignals(False)
            self._toggles[field_name] = on

    def fit_to_screen(self, first: bool, room: QRect | None = None) -> None:
        """The first window fits the screen's free area (``room``: the
        screen's available geometry) and sits in its middle; a remembered
        size larger than this screen is made to fit too."""
        if room is None:
            screen = self.screen() or QGuiApplication.primaryScreen()
            if screen is None:
                self.resize(DEFAULT_SIZE)
                return
            room = screen.availableGeometry()
        # the window manager's frame comes on top of the size asked for
        frame = QSize(16, 48)
        largest = QSize(
            max(1, room.width() - frame.width()), max(1, room.height() - frame.height())
        )
        if first:
            size = DEFAULT_SIZE.boundedTo(largest)
        else:
            size = self.size().boundedTo(largest)
            if size == self.size() and room.contains(self.frameGeometry()):
                return
        self.resize(size)
        box = QRect(0, 0, size.width() + frame.width(), size.height() + frame.height())
        box.moveCenter(room.center())
        self.move(box.topLeft())

    def panel_width_limit(self) -> int:
        """The widest the side panel gets: lines of about PANEL_CHARACTERS."""
        metrics = QFontMetrics(self.info.font())
        return metrics.averageCharWidth() * PANEL_CHARACTERS + 64

    def split_evenly(self) -> None:
        """The first split: the map at least half, the panel up to its readable width."""
        total = max(1, self.splitter.width() - self.splitter.handleWidth())
        panel = min(int(total * 0.48), self.panel_width_limit())
        panel = max(panel, self.side.minimumSizeHint().width())
        self.splitter.setSizes([total - panel, panel])

    def resizeEvent(self, event: QResizeEvent) -> None:
        # the key and the notice take at most a third of the height: the tabs the rest
        self.key_area.setMaximumHeight(max(60, self.height() // 3))
        super().resizeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        quiz = getattr(self, "quiz", None)  # progress that cannot be saved is asked about
        if quiz is not None and not quiz.may_close():
            event.ignore()
            return
        self.closing.emit()
        self._remember_view()
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
