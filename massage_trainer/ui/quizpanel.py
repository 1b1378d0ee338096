"""The quiz in the main window: the Quiz and Progress tabs, the Quiz menu, and the
controller that drives a ``massage_trainer.core.quiz`` round on the body map.

``install_quiz(window)`` adds all of it to a ``MainWindow`` and returns the
``QuizController`` (also kept as ``window.quiz``).  The controller owns the
engine, the progress store and the round; ``QuizPanel`` (setup, question and
results pages) and ``ProgressView`` only show things and emit signals.

While a question is on the map the map must not give the answer away: no names
in tooltips or the status bar, no labels, no selection by click, and for "Safe
or not" a neutral map without safety colours or patterns.  The explorer's map
options are remembered when the map is taken over and restored exactly when the
quiz ends or its tab is left.  The question's highlight, dimming and marker are
painted by ``QuizMapOverlay``, a see-through child of the map, so going from one
question to the next does not re-render the map's cached picture.

Progress is saved after every finished question, once the next question is on
screen, by a worker thread (the fsync never holds up the window); a failed save
is reported in the status bar and the progress stays in memory.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, fields, replace
from functools import partial
from pathlib import Path
from typing import cast

from PySide6.QtCore import QEvent, QObject, QPoint, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QAction,
    QColor,
    QFont,
    QImage,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QPen,
    QTransform,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QTabBar,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from massage_trainer.core.quiz import (
    MODE_LABELS,
    ROUND_SIZES,
    Feedback,
    Miss,
    Mode,
    Progress,
    ProgressStore,
    Question,
    QuizEngine,
    QuizRound,
    RoundResults,
    RoundSettings,
    export_csv,
)
from massage_trainer.core.quiz.modes import WhichTechnique, lower_first
from massage_trainer.core.zones import ZoneSet
from massage_trainer.paint.body import (
    SAFETY_DESCRIPTIONS,
    SAFETY_FILL,
    SAFETY_LINE,
    RenderOptions,
    paint_overlay,
    points_to_model,
    scene_for,
)
from massage_trainer.ui.bodyview import BodyView
from massage_trainer.ui.progressview import ProgressView, mastery_tints

# the mode buttons; their mnemonics are free on the set-up page (Alt+F, O, Q, V, Z
# and H open menus, Alt+I, R, T, U and G switch tabs, Alt+S starts)
MODE_DESCRIPTIONS = {
    Mode.FIND: "Fin&d it \u2013 click the area that is named",
    Mode.NAME: "Na&me it \u2013 name the highlighted area",
    Mode.SAFETY: "S&afe or not \u2013 target, caution or avoid?",
    Mode.TECHNIQUE: "&Which technique \u2013 choose one that suits the area",
}
MODE_HINTS = {
    Mode.FIND: "Click it on the map. Keyboard: Tab or the arrow keys move between areas, "
    "Enter answers. Three tries.",
    Mode.NAME: "Press 1\u20134 or click a name.",
    Mode.SAFETY: "Press T, C or A (or 1\u20133), or click.",
    Mode.TECHNIQUE: "Press 1\u20134 or click a technique.",
}
ANSWER_KEYS = frozenset("1234tca")
TIME_LIMITS_MIN = 60  # the longest time limit offered, in minutes
WARNING_BACKGROUND = "#a63c00"  # dark vermillion: white bold text on it reads well
STYLE = f"""
QPushButton[answer="true"] {{ text-align: left; padding: 6px 10px; }}
QPushButton[mark="right"]:disabled {{ color: palette(text); font-weight: bold; }}
QPushButton[mark="wrong"]:disabled {{ color: palette(text); }}
QLabel#quizFeedback {{ border: none; border-left: 5px solid transparent; padding: 4px 6px; }}
QLabel#quizFeedback[verdict="right"] {{ border-left-color: #0072b2; }}
QLabel#quizFeedback[verdict="wrong"] {{ border-left-color: #e69f00; }}
QLabel#quizFeedback[verdict="safety"] {{
    border-left-color: {WARNING_BACKGROUND}; background: {WARNING_BACKGROUND}; color: #ffffff; }}
QLabel#safetyMistakes {{
    background: {WARNING_BACKGROUND}; color: #ffffff; padding: 6px; border-radius: 3px; }}
"""


def format_duration(seconds: float) -> str:
    whole = max(0, round(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


def _plural(n: int, word: str, plural: str = "") -> str:
    return f"{n} {word if n == 1 else plural or word + 's'}"


def _announce(widget: QWidget, text: str) -> None:
    """Put ``text`` where a screen reader reads it, and tell the reader it changed."""
    widget.setAccessibleDescription(text)
    if QAccessible.isActive():
        QAccessible.updateAccessibility(
            QAccessibleEvent(widget, QAccessible.Event.DescriptionChanged)
        )


def _set_style_property(widget: QWidget, name: str, value: str) -> None:
    """Set a property the style sheet selects on, and restyle the widget if it changed."""
    if (widget.property(name) or "") != value:
        widget.setProperty(name, value)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def miss_text(miss: Miss) -> str:
    """One line of the results list: what was asked, what was given, the right answer."""
    q = miss.question
    given = ", ".join(miss.given)
    if q.mode is Mode.FIND:
        clicked = ", ".join(
            g if g == "outside the body" else f"the {lower_first(g)}" for g in miss.given
        )
        found = f"found at try {len(miss.given) + 1}" if miss.found_later else "not found"
        return f"{q.name}: you clicked {clicked}; {found}"
    if q.mode is Mode.SAFETY:
        text = f"{q.name}: you said {given}; it is {miss.right_answer}"
        return f"{text} (safety mistake)" if miss.safety_mistake else text
    if q.mode is Mode.TECHNIQUE:
        return f"{q.name}: you chose {given}; {miss.right_answer} suits it"
    return f"{q.name}: you answered {given}"


class QuizDialogs:
    """The quiz's questions to the user, one class method each so tests can replace them."""

    @classmethod
    def warn(cls, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    @classmethod
    def ask_export_path(cls, parent: QWidget | None, suggested: str) -> str:
        """The file to export progress to, or "" if cancelled."""
        path, _ = QFileDialog.getSaveFileName(
            parent, "Export Progress as CSV", suggested, "CSV files (*.csv);;All files (*)"
        )
        return path

    @classmethod
    def confirm_reset(cls, parent: QWidget | None) -> bool:
        answer = QMessageBox.question(
            parent,
            "Reset Progress",
            "Forget all saved quiz progress? Every area starts again in box 1. "
            "This cannot be undone; export it as CSV first to keep a copy.",
            QMessageBox.StandardButton.Reset | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Reset


# --- the map ---------------------------------------------------------------------
@dataclass(frozen=True)
class MapMarks:
    """What the quiz draws over the map.  ``keep``: zones outlined (and left bright
    when ``dim``); ``fill``: zones filled with their safety colour and pattern;
    ``marker``: a spot in cm."""

    keep: frozenset[str] = frozenset()
    dim: bool = False
    fill: frozenset[str] = frozenset()
    marker: tuple[float, float] | None = None

    def __bool__(self) -> bool:
        return bool(self.keep or self.dim or self.fill or self.marker)


class QuizMapOverlay(QWidget):
    """A see-through layer over the body map for the quiz's marks.

    The map caches its picture per set of options; a new highlight each
    question would re-render it (about 10 ms).  Painting the veil, the outlines
    and the marker here keeps the map's picture cached for a whole round.
    """

    VEIL_ALPHA = 170  # two thirds of the way to the background, as render's dimming

    def __init__(self, view: BodyView) -> None:
        super().__init__(view)
        self.setObjectName("quizMapOverlay")
        self.view = view
        self.marks = MapMarks()
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._covering_set: ZoneSet | None = None
        self._covering: dict[frozenset[str], list[str]] = {}
        self._veil_key: tuple | None = None
        self._veil_cache: tuple[QPoint, QImage] | None = None
        view.installEventFilter(self)
        self.setGeometry(view.rect())
        self.hide()

    def set_marks(self, marks: MapMarks) -> None:
        if marks == self.marks:
            return
        self.marks = marks
        if not marks:
            self.hide()
        elif not self.isVisible():
            self.show()
        else:  # only the body changes: the map under the rest need not repaint
            bounds = scene_for(self.view.zone_set).bounds
            self.update(
                self.view.transform().mapRect(bounds).toAlignedRect().adjusted(-30, -30, 30, 30)
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.view.rect())
        return False

    def _covering_zones(self, zone_set: ZoneSet, keep: frozenset[str]) -> list[str]:
        """Zones drawn on top of a kept zone (a higher layer): veiled inside it too."""
        if zone_set is not self._covering_set:
            self._covering_set, self._covering = zone_set, {}
        if keep not in self._covering:
            kept = [zone_set.zone(z) for z in keep if zone_set.get(z)]
            self._covering[keep] = [
                z.id
                for z in zone_set.zones
                if z.id not in keep
                and any(z.layer > k.layer and z.geometry.intersects(k.geometry) for k in kept)
            ]
        return self._covering[keep]

    def _veil(self, keep: frozenset[str], transform: QTransform) -> tuple[QPoint, QImage]:
        """The dimming layer over the body's bounding box: veiled except the kept
        zones (and veiled again where a higher zone lies on a kept one).  Cached
        until the marks, zoom, size or palette change."""
        dark = self.view.palette().color(QPalette.ColorRole.Window).lightness() < 128
        dpr = self.devicePixelRatioF()
        key = (
            id(self.view.zone_set),
            keep,
            self.width(),
            self.height(),
            dpr,
            dark,
            tuple(round(v, 4) for v in (transform.m11(), transform.dx(), transform.dy())),
        )
        if key == self._veil_key and self._veil_cache is not None:
            return self._veil_cache
        scene = scene_for(self.view.zone_set)
        box = transform.mapRect(scene.bounds).toAlignedRect().adjusted(-4, -4, 4, 4)
        box = box.intersected(self.rect())
        colour = QColor(58, 58, 58) if dark else QColor(255, 255, 255)
        colour.setAlpha(self.VEIL_ALPHA)
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
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Clear)
        for zid in keep:
            painter.fillPath(scene.paths[zid], colour)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
        for zid in self._covering_zones(self.view.zone_set, keep):
            painter.fillPath(scene.paths[zid], colour)
        painter.end()
        self._veil_key, self._veil_cache = key, (box.topLeft(), image)
        return self._veil_cache

    def paintEvent(self, event) -> None:
        marks = self.marks
        zone_set = self.view.zone_set
        scene = scene_for(zone_set)
        transform = self.view.transform()
        keep = frozenset(z for z in marks.keep if z in scene.paths)
        painter = QPainter(self)
        if marks.fill:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setTransform(transform)
            unit = points_to_model(painter, transform, 1.0)
            for zid in marks.fill:
                zone = zone_set.get(zid)
                if zone is not None:
                    painter.fillPath(scene.paths[zid], QColor(SAFETY_FILL[zone.safety]))
                    pen = QPen(QColor(SAFETY_LINE[zone.safety]), 0.6 * unit)
                    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
                    painter.strokePath(scene.hatches[zid], pen)
            painter.restore()
        if marks.dim:
            corner, veil = self._veil(keep, transform)
            painter.drawImage(corner, veil)
        paint_overlay(
            painter, zone_set, transform, RenderOptions(highlighted=keep, marker=marks.marker)
        )
        painter.end()


@dataclass(frozen=True)
class _ExplorerMap:
    """The explorer's map state, kept while the quiz has the map."""

    options: RenderOptions
    select_on_click: bool
    reveal_names: bool
    zone_set: ZoneSet


# --- the Quiz tab ----------------------------------------------------------------
def _heading(text: str, scale: float = 1.4) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _text_label(name: str = "") -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setAccessibleName(name)
    return label


class SetupPage(QWidget):
    """Mode, number of questions, region, time limit, practice; Start."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quizSetup")
        layout = QVBoxLayout(self)
        layout.addWidget(_heading("Quiz"))
        intro = _text_label()
        intro.setText(
            "Drill the areas of the back until they stick. Every answer counts "
            "towards your saved progress."
        )
        layout.addWidget(intro)

        box = QGroupBox("Mode")
        box_layout = QVBoxLayout(box)
        self.mode_group = QButtonGroup(self)
        self.mode_buttons: dict[Mode, QRadioButton] = {}
        for mode in Mode:
            button = QRadioButton(MODE_DESCRIPTIONS[mode])
            button.setAccessibleName(MODE_LABELS[mode])
            button.setAccessibleDescription(MODE_DESCRIPTIONS[mode].replace("&", ""))
            self.mode_group.addButton(button)
            self.mode_buttons[mode] = button
            box_layout.addWidget(button)
        self.mode_buttons[Mode.FIND].setChecked(True)
        layout.addWidget(box)

        form = QFormLayout()
        self.count_combo = QComboBox()
        self.count_combo.setAccessibleName("Number of questions")
        for size in ROUND_SIZES:
            self.count_combo.addItem(f"{size} questions" if size else "All", size)
        self.region_combo = QComboBox()
        self.region_combo.setAccessibleName("Region")
        self.time_spin = QSpinBox()
        self.time_spin.setAccessibleName("Time limit in minutes")
        self.time_spin.setRange(0, TIME_LIMITS_MIN)
        self.time_spin.setSpecialValueText("No time limit")
        self.time_spin.setSuffix(" min")
        self.practice_check = QCheckBox("&Practice: ask first what is due (spaced repetition)")
        self.practice_check.setToolTip(
            "Areas you missed come back soon; areas you know well come back after days or weeks."
        )
        form.addRow("Qu&estions:", self.count_combo)  # the form makes each field the buddy
        form.addRow("Regio&n:", self.region_combo)
        form.addRow("Time &limit:", self.time_spin)
        form.addRow(self.practice_check)
        layout.addLayout(form)
        self.summary = _text_label("Round summary")
        layout.addWidget(self.summary)
        row = QHBoxLayout()
        row.addStretch(1)
        self.start_button = QPushButton("&Start")
        self.start_button.setAutoDefault(True)
        self.start_button.setDefault(True)
        self.start_button.setToolTip("Start the quiz (Enter)")
        row.addWidget(self.start_button)
        layout.addLayout(row)
        layout.addStretch(1)

        self._eligible: dict[tuple[Mode, str | None], int] = {}
        self.mode_group.buttonToggled.connect(lambda _b, on: on and self._update())
        self.region_combo.currentIndexChanged.connect(lambda _i: self._update())
        self.count_combo.currentIndexChanged.connect(lambda _i: self._update())

    @property
    def mode(self) -> Mode:
        for mode, button in self.mode_buttons.items():
            if button.isChecked():
                return mode
        return Mode.FIND

    @property
    def region(self) -> str | None:
        return self.region_combo.currentData()

    def refresh(self, engine: QuizEngine) -> None:
        """Offer the engine's regions; work out which mode and region can ask anything."""
        regions = engine.regions()
        self._eligible = {
            (mode, key): len(engine.eligible_kinds(mode, key))
            for mode in Mode
            for key, _name in regions
        }
        current = self.region
        self.region_combo.blockSignals(True)
        self.region_combo.clear()
        for key, name in regions:
            self.region_combo.addItem(name, key)
        index = self.region_combo.findData(current)
        self.region_combo.setCurrentIndex(max(0, index))
        self.region_combo.blockSignals(False)
        for mode, button in self.mode_buttons.items():
            button.setEnabled(self._eligible.get((mode, None), 0) > 0)
        self._update()

    def _update(self) -> None:
        mode = self.mode
        model = self.region_combo.model()
        for row in range(self.region_combo.count()):
            n = self._eligible.get((mode, self.region_combo.itemData(row)), 0)
            item = model.item(row)  # type: ignore[attr-defined]
            item.setEnabled(n > 0)
            item.setToolTip("" if n else f"{MODE_LABELS[mode]} has no questions here")
        if self._eligible.get((mode, self.region), 0) == 0:
            for row in range(self.region_combo.count()):
                if model.item(row).isEnabled():  # type: ignore[attr-defined]
                    self.region_combo.setCurrentIndex(row)
                    break
        available = self._eligible.get((mode, self.region), 0)
        count = self.count_combo.currentData()
        asked = available if count is None else min(count, available)
        self.summary.setText(
            f"{_plural(asked, 'question')} from {_plural(available, 'area')} in "
            f"\u201c{self.region_combo.currentText()}\u201d. A left/right pair counts as one "
            "area."
            if available
            else "No questions for this choice."
        )
        self.start_button.setEnabled(available > 0)

    def settings(self, practice: bool | None = None, seed: int | None = None) -> RoundSettings:
        minutes = self.time_spin.value()
        return RoundSettings(
            mode=self.mode,
            count=self.count_combo.currentData(),
            region=self.region,
            time_limit=minutes * 60.0 if minutes else None,
            practice=self.practice_check.isChecked() if practice is None else practice,
            seed=seed,
        )

    def focus_first(self) -> None:
        self.mode_buttons[self.mode].setFocus(Qt.FocusReason.OtherFocusReason)


class QuestionPage(QWidget):
    """The prompt, the answer buttons, the feedback and Next."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quizQuestion")
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.status = _text_label("Question number and score")
        self.status.setObjectName("quizStatus")
        self.clock = _text_label("Time")
        self.clock.setObjectName("quizClock")
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight)
        top.addWidget(self.status, 1)
        top.addWidget(self.clock)
        layout.addLayout(top)
        self.prompt = _heading("", 1.6)
        self.prompt.setObjectName("quizPrompt")
        self.prompt.setAccessibleName("Question")
        layout.addWidget(self.prompt)
        self.hint = _text_label("How to answer")
        self.hint.setObjectName("quizHint")
        layout.addWidget(self.hint)
        self.answer_buttons: list[QPushButton] = []
        for _ in range(4):
            button = QPushButton()
            button.setProperty("answer", True)
            button.setAutoDefault(True)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.answer_buttons.append(button)
            layout.addWidget(button)
        self.feedback = _text_label("Feedback")
        self.feedback.setObjectName("quizFeedback")
        self.feedback.setProperty("verdict", "")
        font = QFont(self.feedback.font())
        font.setBold(True)
        self.feedback.setFont(font)
        layout.addWidget(self.feedback)
        self.why = _text_label("Why")
        self.why.setObjectName("quizWhy")
        layout.addWidget(self.why)
        layout.addStretch(1)
        row = QHBoxLayout()
        self.end_button = QPushButton("&End Quiz")
        self.end_button.setToolTip("End the round now and see the results (Ctrl+.)")
        self.next_button = QPushButton("&Next")
        self.next_button.setAutoDefault(True)
        self.next_button.setToolTip("Next question (Enter or Space)")
        row.addWidget(self.end_button)
        row.addStretch(1)
        row.addWidget(self.next_button)
        layout.addLayout(row)
        self._choices: tuple[str, ...] = ()

    def show_question(self, question: Question, status: str) -> None:
        self.status.setText(status)
        self.prompt.setText(question.prompt)
        _announce(self.prompt, question.prompt)
        self.hint.setText(MODE_HINTS[question.mode])
        safety = question.mode is Mode.SAFETY
        self._choices = tuple(c.label for c in question.choices)
        for i, button in enumerate(self.answer_buttons):
            if i < len(question.choices):
                choice = question.choices[i]
                keys = f"{i + 1} / {choice.keys[1].upper()}" if safety else str(i + 1)
                button.setText(f"{keys}    {choice.label.replace('&', '&&')}")
                button.setAccessibleName(f"Answer {i + 1}: {choice.label}")
                button.setEnabled(True)
                _set_style_property(button, "mark", "")
            button.setVisible(i < len(question.choices))
        self._set_feedback("", "", "")
        self.next_button.setText("&Next")
        self.next_button.setEnabled(False)

    def show_feedback(self, feedback: Feedback, explanation: str, status: str, last: bool) -> None:
        self.status.setText(status)
        if feedback.safety_mistake:
            verdict, icon = "safety", "\u26a0 "
        elif feedback.correct:
            verdict, icon = "right", "\u2713 "
        else:
            verdict, icon = "wrong", "\u2717 "
        self._set_feedback(icon + feedback.message, explanation, verdict)
        if feedback.done:
            question = feedback.question
            given = feedback.given
            for i, button in enumerate(self.answer_buttons[: len(self._choices)]):
                label = self._choices[i]
                if i == question.answer:
                    mark, words = "\u2713", "right answer"
                elif label == given:
                    mark, words = "\u2717", "your answer"
                else:
                    mark = words = ""
                if mark:
                    button.setText(f"{button.text()}    {mark} {words}")
                    button.setAccessibleName(f"Answer {i + 1}: {label}, {words}")
                    _set_style_property(
                        button, "mark", "right" if i == question.answer else "wrong"
                    )
                button.setEnabled(False)
            self.next_button.setText("See &Results" if last else "&Next")
            self.next_button.setEnabled(True)

    def _set_feedback(self, message: str, explanation: str, verdict: str) -> None:
        self.feedback.setText(message)
        _announce(self.feedback, message)
        _set_style_property(self.feedback, "verdict", verdict)
        self.why.setText(explanation)
        _announce(self.why, explanation)


class ResultsPage(QWidget):
    """Score, time, safety mistakes, every miss; practise the mistakes or start anew."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quizResults")
        layout = QVBoxLayout(self)
        self.title = _heading("Results")
        self.title.setObjectName("resultsTitle")
        layout.addWidget(self.title)
        self.score = _heading("", 1.2)
        self.score.setObjectName("resultsScore")
        self.score.setAccessibleName("Score")
        layout.addWidget(self.score)
        self.details = _text_label("Time")
        self.details.setObjectName("resultsDetails")
        layout.addWidget(self.details)
        self.safety = _text_label("Safety mistakes")
        self.safety.setObjectName("safetyMistakes")
        font = QFont(self.safety.font())
        font.setBold(True)
        self.safety.setFont(font)
        layout.addWidget(self.safety)
        self.misses_label = _text_label()
        layout.addWidget(self.misses_label)
        self.misses = QListWidget()
        self.misses.setObjectName("missesList")
        self.misses.setAccessibleName("Misses")
        self.misses.setWordWrap(True)
        self.misses.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        layout.addWidget(self.misses, 1)
        layout.addStretch(0)  # takes the room while the list is hidden
        row = QHBoxLayout()
        self.practise_button = QPushButton("Practise My &Mistakes")
        self.practise_button.setAutoDefault(True)
        self.practise_button.setToolTip("A new round with only the questions you missed")
        self.new_button = QPushButton("&New Quiz")
        self.new_button.setAutoDefault(True)
        row.addWidget(self.practise_button)
        row.addStretch(1)
        row.addWidget(self.new_button)
        layout.addLayout(row)

    def show_results(self, results: RoundResults) -> None:
        self.title.setText(f"Results: {results.mode.label}")
        share = round(100 * results.score / results.answered) if results.answered else 0
        self.score.setText(
            f"{results.score} of {results.answered} right at the first try ({share} %)"
            if results.answered
            else "No questions answered"
        )
        _announce(self.score, self.score.text())
        details = f"Time: {format_duration(results.duration)}."
        if results.timed_out and results.unanswered:
            details += (
                f" The time ran out; {_plural(results.unanswered, 'question')} "
                f"{'was' if results.unanswered == 1 else 'were'} not asked."
            )
        elif results.timed_out:
            details += " The time ran out."
        elif results.unanswered:
            details += f" Ended after {results.answered} of {results.planned} questions."
        self.details.setText(details)
        mistakes = len(results.safety_mistakes)
        self.safety.setVisible(mistakes > 0)
        text = (
            f"\u26a0 {_plural(mistakes, 'safety mistake')}: a spot was called less "
            "risky than it is. Pressing there can hurt; learn these first."
        )
        self.safety.setText(text if mistakes else "")
        _announce(self.safety, self.safety.text())
        self.misses.clear()
        for miss in results.misses:
            item = QListWidgetItem(miss_text(miss))
            item.setData(Qt.ItemDataRole.UserRole, miss.question.kind)
            if miss.safety_mistake:
                item.setIcon(
                    self.style().standardIcon(self.style().StandardPixmap.SP_MessageBoxWarning)
                )
            self.misses.addItem(item)
        self.misses.setVisible(bool(results.misses))
        if results.misses:
            self.misses_label.setText(
                f"{_plural(len(results.misses), 'miss', 'misses')} "
                "(select one to see it on the map):"
            )
        else:
            self.misses_label.setText(
                "No misses: every answer was right at the first try." if results.answered else ""
            )
        self.practise_button.setEnabled(bool(results.misses))


class QuizPanel(QWidget):
    """The Quiz tab: a stack of the setup, question and results pages.

    Keys are handled here, so they work wherever the focus is in the tab and
    never take digits from another widget: 1-4 (and T, C, A) answer, Enter or
    Space goes on, Enter on the setup page starts.
    """

    keyAnswered = Signal(str)
    nextRequested = Signal()
    startRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quizPanel")
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setStyleSheet(STYLE)
        self.stack = QStackedWidget()
        self.setup = SetupPage()
        self.question = QuestionPage()
        self.results = ResultsPage()
        # each page scrolls on its own: a long explanation fits a small window, and a
        # new question's text does not make the whole window lay itself out again
        self._scrolls: dict[QWidget, QScrollArea] = {}
        for page in (self.setup, self.question, self.results):
            scroll = QScrollArea()
            scroll.setWidget(page)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            self._scrolls[page] = scroll
            self.stack.addWidget(scroll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.setup.start_button.clicked.connect(self.startRequested)
        self.question.next_button.clicked.connect(self.nextRequested)

    @property
    def page(self) -> QWidget:
        """The page shown: ``setup``, ``question`` or ``results``."""
        return cast(QScrollArea, self.stack.currentWidget()).widget()

    def show_page(self, page: QWidget) -> None:
        self.stack.setCurrentWidget(self._scrolls[page])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = event.key()
        if modifiers == Qt.KeyboardModifier.NoModifier:
            enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if self.page is self.setup and enter:
                self.startRequested.emit()
                return
            if self.page is self.question:
                if (enter or key == Qt.Key.Key_Space) and self.question.next_button.isEnabled():
                    self.nextRequested.emit()
                    return
                text = event.text().lower()
                if text and text in ANSWER_KEYS:
                    self.keyAnswered.emit(text)
                    return
        super().keyPressEvent(event)


# --- the controller --------------------------------------------------------------
class QuizController(QObject):
    """Drives the quiz in one main window: engine, progress, round, map and tabs."""

    def __init__(
        self, window, data_dir: str | Path | None = None, clock: Callable[[], float] = time.time
    ) -> None:
        super().__init__(window)
        self.setObjectName("quizController")
        self.window = window
        self.view: BodyView = window.view
        self.clock = clock
        if data_dir is None:
            data_dir = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.AppDataLocation
            )
        self.store = ProgressStore(data_dir, clock=clock)
        loaded = self.store.load()
        self.progress = loaded.progress
        self.load_warning = loaded.warning
        self.engine = QuizEngine(window.zone_set, self.progress, clock)
        self.round: QuizRound | None = None
        self.question: Question | None = None
        self.feedback: Feedback | None = None
        self.results: RoundResults | None = None
        self.seed: int | None = None  # the seed of rounds started from the setup page (tests)
        self.map_state = "explorer"
        self._explorer: _ExplorerMap | None = None
        self._setup_engine: QuizEngine | None = None
        self._review_kind: str | None = None
        self._last_click: tuple[float, float] | None = None
        self._dirty = False

        self.panel = QuizPanel()
        self.progress_view = ProgressView()
        self.overlay = QuizMapOverlay(self.view)
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._tick)
        self._deadline = QTimer(self)  # ends a timed round on time, not up to a tick late
        self._deadline.setSingleShot(True)
        self._deadline.timeout.connect(self._tick)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(0)
        self._save_timer.timeout.connect(self._save_if_dirty)
        self._saver = ThreadPoolExecutor(max_workers=1, thread_name_prefix="progress-save")
        self._saves: list[Future] = []
        self._save_watch = QTimer(self)
        self._save_watch.setInterval(50)
        self._save_watch.timeout.connect(self._check_saves)

        self._build_menu()
        # Alt+Q opens the Quiz menu, Alt+I and Alt+Z are taken too (the Routine tab
        # answers to Alt+T); Alt+P is the routine's Previous button
        window.add_side_tab(self.panel, "Q&uiz")
        window.add_side_tab(self.progress_view, "Pro&gress")
        self._connect()
        self._update_actions()
        if self.load_warning:
            warning = self.load_warning
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.timeout.connect(lambda: QuizDialogs.warn(self.window, "Saved Progress", warning))
            timer.start(0)

    # --- building ------------------------------------------------------------------
    def _action(
        self, text: str, slot: Callable[[], object], shortcut=None, tip: str = ""
    ) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcuts(
                [QKeySequence(s) for s in (shortcut if isinstance(shortcut, list) else [shortcut])]
            )
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    def _build_menu(self) -> None:
        self.start_action = self._action(
            "&Start Quiz\u2026",
            self.show_setup,
            ["Ctrl+R", "F5"],
            "Choose a quiz mode, region and length",
        )
        self.practice_action = self._action(
            "&Practice",
            self.start_practice,
            "Ctrl+Shift+R",
            "A round of what is due: the areas you miss come back soonest",
        )
        self.end_action = self._action(
            "&End Quiz", self.end_quiz, "Ctrl+.", "End the round now and see the results"
        )
        self.show_progress_action = self._action(
            "Show &Progress", self.show_progress, None, "How well you know each area"
        )
        self.export_action = self._action(
            "&Export Progress as CSV\u2026",
            self.export_progress,
            None,
            "Save your progress as a spreadsheet file",
        )
        self.reset_action = self._action(
            "&Reset Progress\u2026",
            self.reset_progress,
            None,
            "Forget all saved progress (asks first)",
        )
        menu = QMenu("&Quiz", self.window)
        menu.setObjectName("quizMenu")
        for action in (self.start_action, self.practice_action, self.end_action):
            menu.addAction(action)
        menu.addSeparator()
        for action in (self.show_progress_action, self.export_action, self.reset_action):
            menu.addAction(action)
        self.menu = menu
        self.window.add_menu(menu)

    def _connect(self) -> None:
        panel = self.panel
        panel.startRequested.connect(self.start_from_setup)
        panel.nextRequested.connect(self.next_question)
        panel.keyAnswered.connect(self.answer_key)
        for i, button in enumerate(panel.question.answer_buttons):
            button.clicked.connect(partial(self.answer_choice, i))
        panel.question.end_button.clicked.connect(self.end_quiz)
        panel.results.practise_button.clicked.connect(self.practise_mistakes)
        panel.results.new_button.clicked.connect(self.show_setup)
        panel.results.misses.currentItemChanged.connect(self._on_miss_selected)
        pv = self.progress_view
        pv.showOnMapChanged.connect(lambda _on: self._sync_map())
        pv.modeChanged.connect(self._refresh_progress)
        pv.kindSelected.connect(lambda _kind: self._sync_map())
        pv.exportRequested.connect(self.export_progress)
        pv.resetRequested.connect(self.reset_progress)
        self.view.pointClicked.connect(self._on_point_clicked)
        self.window.tabs.currentChanged.connect(self._on_tab_changed)
        names = {f.name for f in fields(RenderOptions)}
        for key, action in getattr(self.window, "toggle_actions", {}).items():
            if key in names:
                action.toggled.connect(partial(self._on_explorer_toggle, key))
        if hasattr(self.window, "zoneSetChanged"):
            self.window.zoneSetChanged.connect(self.zone_set_changed)
        self.window.installEventFilter(self)
        self.view.installEventFilter(self)

    # --- state -------------------------------------------------------------------
    @property
    def running(self) -> bool:
        """A round is under way (not yet on its results)."""
        return self.round is not None and self.results is None

    def _update_actions(self) -> None:
        self.end_action.setEnabled(self.running)

    def _status(self, text: str, ms: int = 8000) -> None:
        self.window.statusBar().showMessage(text, ms)

    def _zone_set_stale(self) -> bool:
        """Catch a zone set opened behind the quiz's back; True if it ended the quiz."""
        if self.window.zone_set is not self.engine.zone_set:
            self.zone_set_changed(self.window.zone_set)
            return True
        return False

    def zone_set_changed(self, zone_set: ZoneSet) -> None:
        """A new zone set is open: end any round, and quiz on the new set from now on."""
        if zone_set is self.engine.zone_set:
            return
        was_running = self.running
        self._save_if_dirty()
        self._ticker.stop()
        self._deadline.stop()
        self.round = self.question = self.feedback = self.results = None
        self._review_kind = None
        self.engine = QuizEngine(zone_set, self.progress, self.clock)
        self.panel.show_page(self.panel.setup)
        if self.window.tabs.currentWidget() is self.panel:
            self._refresh_setup()
        if self.window.tabs.currentWidget() is self.progress_view:
            self._refresh_progress()
        self._sync_map()
        self._update_actions()
        if was_running:
            self._status(
                "Another zone set was opened, so the quiz ended. The answers so far are saved."
            )

    # --- starting and ending ---------------------------------------------------------
    def _refresh_setup(self) -> None:
        if self._setup_engine is not self.engine:
            self.panel.setup.refresh(self.engine)
            self._setup_engine = self.engine

    def _focus_in_tab(self) -> bool:
        """Whether to move the focus into the Quiz tab (not away from the tab bar)."""
        return not isinstance(self.window.focusWidget(), QTabBar)

    def show_setup(self) -> None:
        """Quiz > Start Quiz: the Quiz tab, on the setup page unless a round is running."""
        self._zone_set_stale()
        if not self.running:
            self.round = None
            self.results = None
            self._review_kind = None
            self.panel.show_page(self.panel.setup)
            self._refresh_setup()
        self.window.tabs.setCurrentWidget(self.panel)
        self._sync_map()
        if self.running:
            self._focus_question()
        else:
            self.panel.setup.focus_first()

    def start_from_setup(self) -> None:
        self._refresh_setup()
        if self.panel.setup.start_button.isEnabled():
            self.start(self.panel.setup.settings(seed=self.seed))

    def start_practice(self) -> None:
        """Quiz > Practice: a practice round with the setup page's mode and region."""
        self._zone_set_stale()
        self._refresh_setup()
        self.panel.setup.practice_check.setChecked(True)
        self.start(self.panel.setup.settings(practice=True, seed=self.seed))

    def start(self, settings: RoundSettings) -> QuizRound | None:
        """Start a round (a running one is dropped; its answers are already recorded)."""
        self._zone_set_stale()
        try:
            rnd = self.engine.start_round(settings)
        except ValueError as exc:
            self._status(f"Cannot start this quiz: {exc}.")
            return None
        self._begin(rnd)
        return rnd

    def practise_mistakes(self) -> None:
        if self.round is None or self.results is None:
            return
        again = self.round.mistakes_round()
        if again is not None:
            self._begin(again)

    def _begin(self, rnd: QuizRound) -> None:
        self.round = rnd
        self.results = None
        self.question = self.feedback = None
        self._review_kind = None
        self.panel.show_page(self.panel.question)
        self.window.tabs.setCurrentWidget(self.panel)
        self._ticker.start()
        left = rnd.time_left()
        if left is not None:
            self._deadline.start(int(left * 1000) + 20)
        else:
            self._deadline.stop()
        self._update_actions()
        self._advance()

    def end_quiz(self) -> None:
        """Quiz > End Quiz: stop the round here and show its results."""
        if self.running:
            self._finish()

    def _finish(self) -> None:
        assert self.round is not None
        self.results = self.round.results()
        self.question = self.feedback = None
        self._ticker.stop()
        self._deadline.stop()
        self.panel.results.show_results(self.results)
        self.panel.show_page(self.panel.results)
        self._update_actions()
        self._sync_map()
        if self.window.tabs.currentWidget() is self.panel and self._focus_in_tab():
            button = self.panel.results.practise_button
            if not button.isEnabled():
                button = self.panel.results.new_button
            button.setFocus(Qt.FocusReason.OtherFocusReason)
        self._save_timer.start()

    # --- questions and answers ---------------------------------------------------------
    def _status_line(self) -> str:
        assert self.round is not None
        rnd = self.round
        practice = " (practice)" if rnd.settings.practice else ""
        return (
            f"{rnd.settings.mode.label}{practice} \u00b7 Question {rnd.position} of "
            f"{rnd.planned} \u00b7 Score {rnd.results().score}"
        )

    def _advance(self) -> None:
        assert self.round is not None
        question = self.round.next_question()
        if question is None:
            self._finish()
            return
        self.question, self.feedback, self._last_click = question, None, None
        self.panel.question.show_question(question, self._status_line())
        self._update_clock()
        self._sync_map()
        self._focus_question()
        if self._dirty:
            self._save_timer.start()  # after this question is on screen

    def _focus_question(self) -> None:
        if self.window.tabs.currentWidget() is not self.panel or not self._focus_in_tab():
            return
        if self.feedback is not None and self.feedback.done:
            self.panel.question.next_button.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.question is not None and self.question.mode is Mode.FIND:
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.panel.question.setFocus(Qt.FocusReason.OtherFocusReason)

    def _question_open(self) -> bool:
        """A question waits for an answer (and the time has not run out)."""
        if self.round is None or self.question is None or self.results is not None:
            return False
        if self.feedback is not None and self.feedback.done:
            return False
        if self._zone_set_stale():
            return False
        if self.round.is_over():  # the time ran out between two ticks
            self._finish()
            return False
        return True

    def answer_choice(self, index: int) -> None:
        """An answer button (0-based)."""
        if (
            self._question_open()
            and self.question is not None
            and index < len(self.question.choices)
        ):
            self._show_feedback(self.round.answer_choice(index))  # type: ignore[union-attr]

    def answer_key(self, key: str) -> None:
        """A key press in the Quiz tab: "1".."4", or "t", "c", "a"."""
        if (
            self._question_open()
            and self.question is not None
            and self.question.mode is not Mode.FIND
        ):
            feedback = self.round.answer_key(key)  # type: ignore[union-attr]
            if feedback is not None:
                self._show_feedback(feedback)

    def _on_point_clicked(self, x: float, y: float) -> None:
        if self.map_state == "progress":
            zone = self.view.zone_set.zone_at(x, y)
            self.progress_view.select_kinds([zone.kind] if zone else [])
            if zone is not None and not self.progress_view.selected_kinds():
                self._status(f"{zone.name}: not asked yet in this mode.", 4000)
            return
        if (
            self.map_state != "quiz"
            or self.question is None
            or self.question.mode is not Mode.FIND
            or not self._question_open()
        ):
            return
        self._last_click = (x, y)
        self._show_feedback(self.round.answer_click(x, y))  # type: ignore[union-attr]

    def _show_feedback(self, feedback: Feedback) -> None:
        assert self.round is not None
        self.feedback = feedback
        if feedback.done:
            self._dirty = True
        self.panel.question.show_feedback(
            feedback, self._explanation(feedback), self._status_line(), self.round.is_over()
        )
        self._sync_map()
        if feedback.done:
            self._focus_question()

    def _explanation(self, feedback: Feedback) -> str:
        """What to learn from a finished question: the area's level, and why."""
        if not feedback.done:
            return ""
        question = feedback.question
        zone = question.zone
        lines = []
        if question.mode is Mode.TECHNIQUE:
            modes = self.engine.modes[Mode.TECHNIQUE]
            techniques = self.engine.zone_set.techniques
            names = [
                techniques[t].name
                for t in cast(WhichTechnique, modes).suiting(question.kind)
                if t in techniques
            ]
            lines.append(
                f"Techniques that suit the {lower_first(question.name)}: {', '.join(names)}."
            )
        lines.append(
            f"{question.name}: {zone.safety_word} \u2013 {SAFETY_DESCRIPTIONS[zone.safety]}."
        )
        if feedback.why:
            lines.append(feedback.why)
        return "\n".join(lines)

    def next_question(self) -> None:
        """Next (Enter or Space once a question is answered)."""
        if self.running and self.feedback is not None and self.feedback.done:
            self._advance()

    # --- time --------------------------------------------------------------------
    def _tick(self) -> None:
        if not self.running or self.round is None:
            self._ticker.stop()
            self._deadline.stop()
            return
        if self._zone_set_stale():
            return
        if self.round.timed_out():
            self._finish()
            return
        self._update_clock()

    def _update_clock(self) -> None:
        if self.round is None:
            return
        left = self.round.time_left()
        clock = self.panel.question.clock
        if left is None:
            clock.setText(f"Time {format_duration(self.round.elapsed())}")
        else:
            clock.setText(f"Time left {format_duration(left)}")

    # --- the map -------------------------------------------------------------------
    def _wanted_state(self) -> str:
        current = self.window.tabs.currentWidget()
        if current is self.panel:
            if self.question is not None:
                return "quiz"
            if self._review_kind and self.panel.page is self.panel.results:
                return "review"
        elif current is self.progress_view and self.progress_view.show_on_map.isChecked():
            return "progress"
        return "explorer"

    def _kind_ids(self, kind: str | None) -> frozenset[str]:
        if not kind:
            return frozenset()
        return frozenset(z.id for z in self.view.zone_set.zones if z.kind == kind)

    def _quiz_map(self) -> tuple[dict, MapMarks]:
        question, feedback = self.question, self.feedback
        assert question is not None
        changes: dict = dict(
            labels=False,
            selected=None,
            highlighted=frozenset(),
            dimmed=False,
            marker=None,
            tints={},
            numbers={},
        )
        done = feedback is not None and feedback.done
        shown = frozenset(z.id for z in feedback.reveal) if feedback and done else frozenset()
        missed = self._last_click if feedback is not None and not feedback.correct else None
        if question.mode is Mode.SAFETY:
            # a neutral map: nothing but the outline may tell where the spot is
            changes.update(colours=False, patterns=False, lines=False, pressure_points=False)
            if done:
                return changes, MapMarks(keep=shown, dim=True, fill=shown, marker=question.spot)
            return changes, MapMarks(marker=question.spot)
        if question.mode is Mode.FIND:
            # a neutral map too: the safety colours would narrow down where
            # an avoid or caution zone can be; the answer shows in colour
            changes.update(colours=False, patterns=False)
            if done:
                return changes, MapMarks(keep=shown, dim=True, fill=shown, marker=missed)
            return changes, MapMarks(marker=missed)
        if done:
            return changes, MapMarks(keep=shown, dim=True)
        return changes, MapMarks(keep=frozenset({question.zone.id}), dim=True)

    def _sync_map(self) -> None:
        """Put the map in the state the current tab and question want."""
        state = self._wanted_state()
        self.map_state = state
        view = self.view
        if state == "explorer":
            self.overlay.set_marks(MapMarks())
            self._restore_explorer()
            return
        if self._explorer is None:
            self._explorer = _ExplorerMap(
                view.options, view.select_on_click, view.reveal_names, view.zone_set
            )
        base = self._explorer
        if state == "quiz":
            changes, marks = self._quiz_map()
            select, reveal = False, False
        elif state == "review":
            changes, select, reveal = {}, base.select_on_click, base.reveal_names
            marks = MapMarks(keep=self._kind_ids(self._review_kind), dim=True)
        else:  # progress overlay
            changes = dict(
                tints=mastery_tints(view.zone_set, self.progress, self.progress_view.mode),
                patterns=False,
                selected=None,
                highlighted=frozenset(),
                dimmed=False,
                marker=None,
            )
            select, reveal = False, True
            kinds = self.progress_view.selected_kinds()
            marks = MapMarks(keep=frozenset().union(*(self._kind_ids(k) for k in kinds)))
        self._set_view(
            replace(base.options, hovered=view.options.hovered, **changes), select, reveal
        )
        self.overlay.set_marks(marks)

    def _set_view(self, options: RenderOptions, select_on_click: bool, reveal_names: bool) -> None:
        view = self.view
        if options != view.options:
            view.set_options(**{f.name: getattr(options, f.name) for f in fields(options)})
        view.select_on_click = select_on_click
        if view.reveal_names and not reveal_names:
            QToolTip.hideText()
            label = getattr(self.window, "zone_label", None)
            if label is not None:
                label.clear()
        view.reveal_names = reveal_names

    def _restore_explorer(self) -> None:
        saved, self._explorer = self._explorer, None
        if saved is None:
            return
        options = replace(saved.options, hovered=self.view.options.hovered)
        if saved.zone_set is not self.view.zone_set:
            # what BodyView.set_zone_set clears belongs to the old set
            options = replace(
                options, hovered=None, selected=None, marker=None, highlighted=frozenset(), tints={}
            )
        self._set_view(options, saved.select_on_click, saved.reveal_names)

    def _on_explorer_toggle(self, field_name: str, on: bool) -> None:
        """A View toggle while the quiz has the map: the explorer gets it back later."""
        if self._explorer is None:
            return
        self._explorer = replace(
            self._explorer, options=replace(self._explorer.options, **{field_name: on})
        )
        self._sync_map()
        if self.map_state == "quiz":
            self._status(
                "The map keeps its quiz look until the quiz ends or you leave the Quiz tab.", 5000
            )

    def _on_miss_selected(self, item: QListWidgetItem | None, _previous=None) -> None:
        self._review_kind = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self._sync_map()

    def _on_tab_changed(self, _index: int) -> None:
        self._zone_set_stale()
        current = self.window.tabs.currentWidget()
        if self._dirty:
            self._save_timer.start()
        if current is self.panel and self.panel.page is self.panel.setup:
            self._refresh_setup()
        if current is self.progress_view:
            self._refresh_progress()
        self._sync_map()
        if current is self.panel and self._focus_in_tab():  # so the quiz's keys work at once
            if self.running:
                self._focus_question()
            elif self.panel.page is self.panel.setup:
                self.panel.setup.focus_first()

    # --- progress ------------------------------------------------------------------
    def show_progress(self) -> None:
        self.window.tabs.setCurrentWidget(self.progress_view)
        self._refresh_progress()

    def _refresh_progress(self) -> None:
        self.progress_view.refresh(self.progress, self.engine.zone_set, self.clock())
        self._sync_map()

    def save_progress(self, wait: bool = False) -> bool:
        """Save the progress as it is now.

        The file is written (and fsynced) on a worker thread, so a slow disk
        never holds up the next question; ``wait`` waits for it and says whether
        it worked.  A failed save is reported in the status bar and tried again
        later; the progress in memory is never lost.
        """
        self._dirty = True
        if wait:
            return self.flush_saves()
        snapshot = Progress(self.progress.items)  # items are replaced, never changed
        self._dirty = False
        self._saves.append(self._saver.submit(self.store.save, snapshot))
        self._save_watch.start()
        return True

    def flush_saves(self) -> bool:
        """Save what is not saved yet and wait for every save; False if one failed."""
        if self._dirty:
            self._saves.append(self._saver.submit(self.store.save, Progress(self.progress.items)))
            self._dirty = False
        return self._check_saves(wait=True)

    def _check_saves(self, wait: bool = False) -> bool:
        ok = True
        pending: list[Future] = []
        for future in self._saves:
            if not wait and not future.done():
                pending.append(future)
                continue
            error = future.exception()
            if error is None:
                continue
            if not isinstance(error, OSError):
                raise error
            ok = False
            self._dirty = True
            self._status(
                f"Your progress could not be saved ({error.strerror or error}). It "
                "is kept while the program runs and saving is tried again after "
                "the next answer.",
                10000,
            )
        self._saves = pending
        if not pending:
            self._save_watch.stop()
        return ok

    def _save_if_dirty(self) -> None:
        if self._dirty:
            self.save_progress()

    def export_progress(self) -> None:
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        suggested = str(Path(documents or Path.home()) / "massage-trainer-progress.csv")
        path = QuizDialogs.ask_export_path(self.window, suggested)
        if not path:
            return
        try:
            export_csv(self.progress, path, self.engine.zone_set)
        except OSError as exc:
            QuizDialogs.warn(
                self.window,
                "Export Failed",
                f"The progress could not be written to {path}: {exc.strerror or exc}",
            )
            return
        self._status(f"Progress exported to {path}")

    def reset_progress(self) -> None:
        if not QuizDialogs.confirm_reset(self.window):
            return
        self.flush_saves()  # an older save must not land after the reset
        try:
            self.store.reset(self.progress)  # empties it in place: the engine sees it
            self._dirty = False
            self._status("Progress reset: every area starts again.")
        except OSError as exc:
            self._dirty = True
            self._status(
                f"Progress was reset here but could not be saved ({exc.strerror or exc}).", 10000
            )
        if self.window.tabs.currentWidget() is self.progress_view:
            self._refresh_progress()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.flush_saves()
        elif (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and self.map_state == "quiz"
        ):
            return self._map_key(cast(QKeyEvent, event))
        return False

    def _map_key(self, event: QKeyEvent) -> bool:
        """Keys pressed while the map has the focus (after a click on it): the
        quiz's keys still work; find-it keeps Tab, the arrows and Enter."""
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        done = self.feedback is not None and self.feedback.done
        if done and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.next_question()
            return True
        text = event.text().lower()
        if (
            text
            and text in ANSWER_KEYS
            and self.question is not None
            and self.question.mode is not Mode.FIND
        ):
            self.answer_key(text)
            return True
        return False


def install_quiz(
    window, data_dir: str | Path | None = None, clock: Callable[[], float] = time.time
) -> QuizController:
    """Add the Quiz and Progress tabs and the Quiz menu to a MainWindow; once only.

    ``data_dir`` defaults to Qt's AppDataLocation; ``clock`` is for tests.
    """
    existing = getattr(window, "quiz", None)
    if isinstance(existing, QuizController):
        return existing
    controller = QuizController(window, data_dir, clock)
    window.quiz = controller
    return controller


__all__ = [
    "MapMarks",
    "QuizController",
    "QuizDialogs",
    "QuizMapOverlay",
    "QuizPanel",
    "install_quiz",
    "miss_text",
]
