"""The quiz's words: mode names on the set-up page, how to answer, status lines,
explanations and the lines of the results list.

Kept in one place, apart from the widgets, so that the wording can move into
the Qt-free quiz package as a whole.
"""

from __future__ import annotations

from typing import cast

from massage_trainer.core.quiz import Feedback, Miss, Mode, QuizEngine, QuizRound
from massage_trainer.core.quiz.modes import WhichTechnique, lower_first
from massage_trainer.paint.body import SAFETY_DESCRIPTIONS

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


def format_duration(seconds: float) -> str:
    whole = max(0, round(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


def plural(n: int, word: str, plural: str = "") -> str:
    return f"{n} {word if n == 1 else plural or word + 's'}"


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


def status_line(rnd: QuizRound) -> str:
    """Above the question: the mode, the question number and the score."""
    practice = " (practice)" if rnd.settings.practice else ""
    return (
        f"{rnd.settings.mode.label}{practice} \u00b7 Question {rnd.position} of "
        f"{rnd.planned} \u00b7 Score {rnd.results().score}"
    )


def explanation(engine: QuizEngine, feedback: Feedback) -> str:
    """What to learn from a finished question: the area's level, and why."""
    if not feedback.done:
        return ""
    question = feedback.question
    zone = question.zone
    lines = []
    if question.mode is Mode.TECHNIQUE:
        modes = engine.modes[Mode.TECHNIQUE]
        techniques = engine.zone_set.techniques
        names = [
            techniques[t].name
            for t in cast(WhichTechnique, modes).suiting(question.kind)
            if t in techniques
        ]
        lines.append(f"Techniques that suit the {lower_first(question.name)}: {', '.join(names)}.")
    lines.append(f"{question.name}: {zone.safety_word} \u2013 {SAFETY_DESCRIPTIONS[zone.safety]}.")
    if feedback.why:
        lines.append(feedback.why)
    return "\n".join(lines)
