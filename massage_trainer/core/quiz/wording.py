"""What the quiz says, in words, from the engine's objects (no Qt).

The Quiz tab's widgets only place these texts: the mode buttons and their
hints, the status line and clock over a question, the answer buttons, the
feedback and the explanation after an answer, the set-up page's summary and
the results page (score, time, safety mistakes, one line per miss).

Texts with an ``&`` carry a keyboard mnemonic for Qt's buttons
(``MODE_DESCRIPTIONS``, ``next_label``); everything else is plain text.  The
answer labels are plain too: a widget that shows them on a button doubles
any ``&`` in them first.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import replace
from typing import cast

from massage_trainer.core import i18n
from massage_trainer.core.i18n import QT_TRANSLATE_NOOP
from massage_trainer.core.quiz.engine import Feedback, Miss, QuizEngine, QuizRound, RoundResults
from massage_trainer.core.quiz.modes import (
    MODE_LABELS,
    Mode,
    Question,
    QuizText,
    WhichTechnique,
    outside_the_body,
    safety_answer_keys,
    the_zone,
)
from massage_trainer.core.safety import SAFETY_DESCRIPTIONS, TranslatedTexts
from massage_trainer.core.timefmt import format_time
from massage_trainer.core.where import describe_point, describe_zone
from massage_trainer.core.zones import ZoneSet


def _tr(text: str) -> str:
    """A text marked in this module with ``QT_TRANSLATE_NOOP("QuizText", ...)``, translated."""
    return i18n.translated("QuizText", text)


# the mode buttons, with mnemonics that are free on the set-up page (Alt+F, O,
# Q, V, Z and H open menus, Alt+I, R, T, U and G switch tabs, Alt+S starts);
# a translation chooses its own letters
MODE_DESCRIPTIONS: TranslatedTexts[Mode] = TranslatedTexts(
    "QuizText",
    {
        Mode.FIND: QT_TRANSLATE_NOOP("QuizText", "Fin&d it \u2013 click the area that is named"),
        Mode.NAME: QT_TRANSLATE_NOOP("QuizText", "Na&me it \u2013 name the highlighted area"),
        Mode.SAFETY: QT_TRANSLATE_NOOP("QuizText", "S&afe or not \u2013 target, caution or avoid?"),
        Mode.TECHNIQUE: QT_TRANSLATE_NOOP(
            "QuizText", "&Which technique \u2013 choose one that suits the area"
        ),
        Mode.WHICH_WAY: QT_TRANSLATE_NOOP(
            "QuizText",
            "Which way? \u2013 the direction of a stroke, or the technique it &belongs to",
        ),
    },
)


class _ModeHints(Mapping[Mode, str]):
    """How to answer, under the question, by mode: translated when looked up,
    with the Safe-or-not keys of the translation."""

    def __getitem__(self, mode: Mode) -> str:
        mode = Mode(mode)
        if mode is Mode.FIND:
            return QuizText.tr(
                "Click it on the map. Keyboard: the arrow keys move between areas, "
                "Enter answers. Three tries."
            )
        if mode is Mode.NAME:
            return QuizText.tr("Press 1\u20134 or click a name.")
        if mode is Mode.SAFETY:
            keys = safety_answer_keys()
            return i18n.fill(
                QuizText.tr(
                    "Press {target}, {caution} or {avoid} (or 1\u20133), or click.", "answer keys"
                ),
                target=keys["target"].upper(),
                caution=keys["caution"].upper(),
                avoid=keys["avoid"].upper(),
            )
        if mode is Mode.TECHNIQUE:
            return QuizText.tr("Press 1\u20134 or click a technique.")
        return QuizText.tr(
            "Look at the stroke drawn on the map. Press an answer's number or click it."
        )

    def __iter__(self) -> Iterator[Mode]:
        return iter(Mode)

    def __len__(self) -> int:
        return len(Mode)


MODE_HINTS: Mapping[Mode, str] = _ModeHints()
# English source texts, marked for translation; the functions below give them
# in the learner's language (``typed_hint()``, ``setup_intro()``)
# under a typed question (Name it with typed names)
TYPED_HINT = QT_TRANSLATE_NOOP(
    "QuizText",
    "Type the name and press Enter. Other names it goes by count, and small slips too.",
)
SETUP_INTRO = QT_TRANSLATE_NOOP(
    "QuizText",
    "Drill the areas of the body, on every view, until they stick. Every answer counts towards "
    "your saved progress.",
)
NO_QUESTIONS = QT_TRANSLATE_NOOP("QuizText", "No questions for this choice.")
SAFETY_MISTAKES_NOTE = (
    "a spot was called less risky than it is. Pressing there can hurt; learn these first."
)
NO_MISSES = QT_TRANSLATE_NOOP("QuizText", "No misses: every answer was right at the first try.")
# the verdict of an answer: a name the style sheet selects on, and its symbol
VERDICT_SAFETY, VERDICT_RIGHT, VERDICT_WRONG = "safety", "right", "wrong"
VERDICT_ICONS = {VERDICT_SAFETY: "\u26a0", VERDICT_RIGHT: "\u2713", VERDICT_WRONG: "\u2717"}
# the marks of a finished question's answers (English; ``answer_mark`` translates)
RIGHT_ANSWER = QT_TRANSLATE_NOOP("QuizText", "right answer")
YOUR_ANSWER = QT_TRANSLATE_NOOP("QuizText", "your answer")


def typed_hint() -> str:
    """Under a typed question: how to answer it."""
    return _tr(TYPED_HINT)


def setup_intro() -> str:
    """The set-up page's first paragraph."""
    return _tr(SETUP_INTRO)


# --- small words ----------------------------------------------------------------
def plural(n: int, word: str, many: str = "") -> str:
    """'1 question', '3 questions', '2 misses' (with ``many`` given).

    English only: the texts of this module use Qt's numerus forms instead."""
    return f"{n} {word if n == 1 else many or word + 's'}"


def was_were(n: int) -> str:
    """English only, like ``plural``."""
    return "was" if n == 1 else "were"


def mode_description(mode: Mode) -> str:
    """The mode button's text without its mnemonic (its accessible description)."""
    return MODE_DESCRIPTIONS[mode].replace("&", "")


def no_questions_tip(mode: Mode) -> str:
    """The tooltip of a region the mode cannot ask about."""
    return i18n.fill(QuizText.tr("{mode} has no questions here"), mode=MODE_LABELS[mode])


def _points(points: float) -> str:
    """A score with its half points: '3', '2.5'."""
    return i18n.number(points, 0 if points == int(points) else 1)


# --- the set-up page ------------------------------------------------------------
def setup_summary(asked: int, available: int, region_name: str) -> str:
    """Under the set-up choices: how many questions from how many areas."""
    if not available:
        return _tr(NO_QUESTIONS)
    return i18n.fill(
        QuizText.tr(
            "{questions} from {areas} in \u201c{region}\u201d. A left/right pair counts as "
            "one area."
        ),
        questions=QuizText.tr("%n question(s)", "'10 questions' from 12 areas", asked),
        areas=QuizText.tr("%n area(s)", "10 questions from '12 areas'", available),
        region=region_name,
    )


def due_summary(today: int, by_tomorrow: int) -> str:
    """Under the set-up choices: how many areas are due for practice today and
    how many more tomorrow (``statistics.due_counts`` gives both, the second
    counting today's too)."""
    more = max(0, by_tomorrow - today)
    if not today and not more:
        return QuizText.tr("Nothing is due for practice today or tomorrow in this mode.")
    areas = QuizText.tr("%n area(s)", "due for practice", today + more)
    if not more:
        text = QuizText.tr("Due for practice in this mode: {areas}, {today} today.")
    elif not today:
        text = QuizText.tr("Due for practice in this mode: {areas}, none today, {more} tomorrow.")
    else:
        text = QuizText.tr(
            "Due for practice in this mode: {areas}, {today} today and {more} more tomorrow."
        )
    return i18n.fill(text, areas=areas, today=i18n.number(today), more=i18n.number(more))


# --- a question -------------------------------------------------------------------
def where_text(question: Question, zone_set: ZoneSet) -> str:
    """Where the question's spot or highlighted area is, in words, so it can
    be answered by ear: the marked spot (Safe or not), the highlighted zone
    (Name it, Which technique).  Find it names the area itself: ''.
    Never the zone's safety level, so Safe or not is not given away."""
    if question.mode is Mode.FIND:
        return ""
    if question.shown:  # Which way?: the stroke on the map, without its answer
        return question.shown
    if question.spot is not None:
        return i18n.fill(
            QuizText.tr("The marked spot is {where}.", "'... is on the left side of the back'"),
            where=describe_point(zone_set, *question.spot),
        )
    return i18n.fill(
        QuizText.tr("The highlighted area is {where}.", "'... is on the left side of the back'"),
        where=describe_zone(zone_set, question.zone),
    )


def click_text(zone_set: ZoneSet, x: float, y: float) -> str:
    """Where a click landed, in words (Find it, for a learner who cannot see
    the map): 'You clicked on the left side of the lower back, ...'."""
    return i18n.fill(
        QuizText.tr("You clicked {where}.", "'... on the left side of the back'"),
        where=describe_point(zone_set, x, y),
    )


def status_line(rnd: QuizRound) -> str:
    """Over the question: 'Find it (practice) · Question 3 of 10 · Score 2'."""
    mode = rnd.settings.mode.label
    if rnd.settings.practice:
        mode = i18n.fill(QuizText.tr("{mode} (practice)"), mode=mode)
    results = rnd.results()
    score = _points(results.points) if results.hinted else str(results.score)
    question = i18n.fill(
        QuizText.tr("Question {number} of {count}"), number=rnd.position, count=rnd.planned
    )
    return f"{mode} \u00b7 {question} \u00b7 " + i18n.fill(
        QuizText.tr("Score {score}"), score=score
    )


def clock_text(rnd: QuizRound) -> str:
    """'Time 1:15' (no limit: the time so far) or 'Time left 0:45'."""
    left = rnd.time_left()
    if left is None:
        return i18n.fill(
            QuizText.tr("Time {time}", "the time a round has taken"),
            time=format_time(rnd.elapsed()),
        )
    return i18n.fill(QuizText.tr("Time left {time}"), time=format_time(left))


def answer_keys(question: Question, index: int) -> str:
    """The keys that give choice ``index``: '2', or '2 / C' for Safe or not."""
    choice = question.choices[index]
    if question.mode is Mode.SAFETY and len(choice.keys) > 1:
        return f"{index + 1} / {choice.keys[1].upper()}"
    return str(index + 1)


def answer_label(question: Question, index: int) -> str:
    """An answer button's text: '2    Shoulder blade' (plain: double any & for Qt)."""
    return f"{answer_keys(question, index)}    {question.choices[index].label}"


def answer_name(question: Question, index: int, mark: str = "") -> str:
    """An answer button's accessible name; ``mark`` is ``answer_mark``'s (the
    translated RIGHT_ANSWER or YOUR_ANSWER) once the question is finished."""
    label = question.choices[index].label
    if mark:
        return i18n.fill(
            QuizText.tr("Answer {number}: {answer}, {mark}", "'..., right answer'"),
            number=index + 1,
            answer=label,
            mark=mark,
        )
    return i18n.fill(QuizText.tr("Answer {number}: {answer}"), number=index + 1, answer=label)


def _mark(feedback: Feedback, index: int) -> str:
    """After a finished question: VERDICT_RIGHT for the right answer,
    VERDICT_WRONG for the learner's wrong one, else ''."""
    question = feedback.question
    if not feedback.done or index >= len(question.choices):
        return ""
    if index == question.answer:
        return VERDICT_RIGHT
    if question.choices[index].label == feedback.given:
        return VERDICT_WRONG
    return ""


def answer_mark(feedback: Feedback, index: int) -> str:
    """After a finished question: RIGHT_ANSWER, YOUR_ANSWER (translated) or '' for a choice."""
    mark = _mark(feedback, index)
    if not mark:
        return ""
    return _tr(RIGHT_ANSWER if mark == VERDICT_RIGHT else YOUR_ANSWER)


def marked_answer_label(feedback: Feedback, index: int) -> str:
    """The answer button's text once the question is finished:
    '2    Shoulder blade    ✓ right answer'."""
    text = answer_label(feedback.question, index)
    mark = _mark(feedback, index)
    if not mark:
        return text
    return f"{text}    {VERDICT_ICONS[mark]} {answer_mark(feedback, index)}"


def verdict(feedback: Feedback) -> str:
    """VERDICT_SAFETY, VERDICT_RIGHT or VERDICT_WRONG: how the feedback is marked."""
    if feedback.safety_mistake:
        return VERDICT_SAFETY
    return VERDICT_RIGHT if feedback.correct else VERDICT_WRONG


def feedback_text(feedback: Feedback) -> str:
    """The feedback line with its symbol: '⚠ Safety mistake: ...'."""
    return f"{VERDICT_ICONS[verdict(feedback)]} {feedback.message}"


def next_label(last: bool) -> str:
    """The Next button, with its mnemonic: the last question leads to the results."""
    return QuizText.tr("See &Results") if last else QuizText.tr("&Next")


def explanation(feedback: Feedback, engine: QuizEngine) -> str:
    """What to learn from a finished question: the techniques that suit the
    area (Which technique), the area's level and what it means, and why.
    Empty while the question is still open."""
    if not feedback.done:
        return ""
    question = feedback.question
    zone = question.zone
    lines = []
    if question.mode is Mode.WHICH_WAY:
        # the stroke in words, with its direction now; the zone's level is not the lesson
        return feedback.why
    if question.mode is Mode.TECHNIQUE:
        mode = cast(WhichTechnique, engine.mode_for(Mode.TECHNIQUE, view=question.view))
        techniques = engine.zone_set_of(question).techniques
        names = [techniques[t].name for t in mode.suiting(question.kind) if t in techniques]
        lines.append(
            i18n.fill(
                QuizText.tr("Techniques that suit the {zone:lower}: {techniques}."),
                zone=question.name,
                techniques=QuizText.tr(", ", "between the names of a list").join(names),
            )
        )
    lines.append(
        i18n.fill(
            QuizText.tr(
                "{zone}: {level} \u2013 {meaning}.", "'Spine: Avoid \u2013 no direct pressure.'"
            ),
            zone=question.name,
            level=zone.safety_word,
            meaning=SAFETY_DESCRIPTIONS[zone.safety],
        )
    )
    if feedback.why:
        lines.append(feedback.why)
    return "\n".join(lines)


# --- the results -------------------------------------------------------------------
def _asked_name(q: Question) -> str:
    """The area's name, with its view when the question named one (a round
    across views): 'Forearm (front view)'."""
    if q.view_title:
        return i18n.fill(
            QuizText.tr("{zone} ({view:lower})", "'Forearm (front view)'"),
            zone=q.name,
            view=q.view_title,
        )
    return q.name


def miss_text(miss: Miss) -> str:
    """One line of the results list: what was asked, what was given, the right
    answer (and the view, in a round across views)."""
    q = replace(miss.question, name=_asked_name(miss.question))
    given = QuizText.tr(", ", "between the names of a list").join(miss.given)
    if q.mode is Mode.FIND:
        outside = outside_the_body()
        clicked = QuizText.tr(", ", "between the names of a list").join(
            g if g == outside else the_zone(g) for g in miss.given
        )
        if miss.found_later:
            text = QuizText.tr("{zone}: you clicked {clicked}; found at try {number}")
        else:
            text = QuizText.tr("{zone}: you clicked {clicked}; not found")
        return i18n.fill(text, zone=q.name, clicked=clicked, number=len(miss.given) + 1)
    if q.mode is Mode.SAFETY:
        if miss.safety_mistake:
            text = QuizText.tr("{zone}: you said {given}; it is {answer} (safety mistake)")
        else:
            text = QuizText.tr("{zone}: you said {given}; it is {answer}")
        return i18n.fill(text, zone=q.name, given=given, answer=miss.right_answer)
    if q.mode is Mode.TECHNIQUE:
        text = QuizText.tr("{zone}: you chose {given}; {answer} suits it")
        return i18n.fill(text, zone=q.name, given=given, answer=miss.right_answer)
    if q.mode is Mode.WHICH_WAY and q.arrows:
        text = QuizText.tr("{technique}: you took its movement for {given}")
        return i18n.fill(text, technique=q.name, given=given)
    if q.mode is Mode.WHICH_WAY:
        text = QuizText.tr("{technique}: you chose {given}; it goes {way:lower}")
        return i18n.fill(text, technique=q.name, given=given, way=miss.right_answer)
    return i18n.fill(QuizText.tr("{zone}: you answered {given}"), zone=q.name, given=given)


def results_title(results: RoundResults) -> str:
    return i18n.fill(QuizText.tr("Results: {mode}"), mode=results.mode.label)


def score_text(results: RoundResults) -> str:
    """'7 of 10 right at the first try (70%)'."""
    if not results.answered:
        return QuizText.tr("No questions answered")
    share = i18n.percent(results.score / results.answered)
    if not results.hinted:
        return i18n.fill(
            QuizText.tr("{score} of {answered} right at the first try ({percent})"),
            score=results.score,
            answered=results.answered,
            percent=share,
        )
    if results.points == int(results.points):
        points = QuizText.tr(
            "%n point(s)", "the score with the hinted answers", int(results.points)
        )
    else:
        points = i18n.fill(
            QuizText.tr("{points} points", "a score with a half point: '2.5 points'"),
            points=_points(results.points),
        )
    return i18n.fill(
        QuizText.tr(
            "{score} of {answered} right at the first try ({percent}), and {hinted} more "
            "with a hint, at half: {points}"
        ),
        score=results.score,
        answered=results.answered,
        percent=share,
        hinted=results.hinted,
        points=points,
    )


def details_text(results: RoundResults) -> str:
    """The time taken, and why the round ended early if it did."""
    details = i18n.fill(QuizText.tr("Time: {time}."), time=format_time(results.duration))
    if results.timed_out and results.unanswered == 1:
        details += " " + QuizText.tr("The time ran out; 1 question was not asked.")
    elif results.timed_out and results.unanswered:
        details += " " + QuizText.tr(
            "The time ran out; %n questions were not asked.",
            "two or more questions",
            results.unanswered,
        )
    elif results.timed_out:
        details += " " + QuizText.tr("The time ran out.")
    elif results.unanswered:
        details += " " + i18n.fill(
            QuizText.tr("Ended after {answered} of %n question(s).", "", results.planned),
            answered=results.answered,
        )
    return details


def safety_mistakes_text(results: RoundResults) -> str:
    """The warning over the misses, or '' when there was no safety mistake."""
    mistakes = len(results.safety_mistakes)
    if not mistakes:
        return ""
    return f"{VERDICT_ICONS[VERDICT_SAFETY]} " + QuizText.tr(
        "%n safety mistake(s): a spot was called less risky than it is. "
        "Pressing there can hurt; learn these first.",
        "",
        mistakes,
    )


def misses_heading(results: RoundResults) -> str:
    """Over the list of misses (or the words for a round without any)."""
    if results.misses:
        return QuizText.tr(
            "%n miss(es) (select one to see it on the map):", "", len(results.misses)
        )
    return _tr(NO_MISSES) if results.answered else ""


def round_summary(results: RoundResults) -> str:
    """The whole results page as plain text, one part a line (for a screen
    reader, a status bar or a test)."""
    parts = [
        results_title(results),
        score_text(results),
        details_text(results),
        safety_mistakes_text(results),
        misses_heading(results),
        *(miss_text(miss) for miss in results.misses),
    ]
    return "\n".join(part for part in parts if part)


__all__ = [
    "MODE_DESCRIPTIONS",
    "MODE_HINTS",
    "NO_MISSES",
    "NO_QUESTIONS",
    "RIGHT_ANSWER",
    "SETUP_INTRO",
    "TYPED_HINT",
    "VERDICT_ICONS",
    "VERDICT_RIGHT",
    "VERDICT_SAFETY",
    "VERDICT_WRONG",
    "YOUR_ANSWER",
    "answer_keys",
    "answer_label",
    "answer_mark",
    "answer_name",
    "click_text",
    "clock_text",
    "details_text",
    "due_summary",
    "explanation",
    "feedback_text",
    "marked_answer_label",
    "miss_text",
    "misses_heading",
    "mode_description",
    "next_label",
    "no_questions_tip",
    "plural",
    "results_title",
    "round_summary",
    "safety_mistakes_text",
    "score_text",
    "setup_intro",
    "setup_summary",
    "status_line",
    "typed_hint",
    "verdict",
    "was_were",
    "where_text",
]
