"""What the quiz wants the map to look like, as ``MapLook`` values.

While a question is on the map the map must not give the answer away: no names
in tooltips or the status bar, no labels, no selection by click, and for "Safe
or not" (and "Find it") a neutral map without safety colours or patterns.  The
question's highlight, fading and marker are marks over the cached picture, so
going from one question to the next does not render the map again.
"""

from __future__ import annotations

from massage_trainer.core.quiz import Feedback, Mode, Question
from massage_trainer.ui.maplook import MapLook, MapMarks, MapState


def question_look(
    explorer: MapLook,
    question: Question,
    feedback: Feedback | None,
    last_click: tuple[float, float] | None,
    number: int,
    lit: frozenset[str] = frozenset(),
) -> MapLook:
    """The map for question ``number`` of a round, before and after the answer;
    ``lit`` are the zones a hint lights up (Find it: the asked area's region)
    while the question is open."""
    done = feedback is not None and feedback.done
    shown = frozenset(z.id for z in feedback.reveal) if feedback and done else frozenset()
    missed = last_click if feedback is not None and not feedback.correct else None
    look = explorer.with_(
        state=MapState.QUIZ,
        labels=False,
        highlighted=frozenset(),
        dimmed=False,
        unfaded_levels=frozenset(),
        tints=(),
        select_on_click=False,
        show_selection=False,
        reveal_names=False,
        # find-it is answered with the keyboard cursor; once answered, Enter goes on
        keyboard_cursor=question.mode is Mode.FIND and not done,
        cursor_key=number,
        view=question.view,  # the window turns the map to the question's view
        view_key=number,
    )
    if question.mode is Mode.SAFETY:
        # a neutral map: nothing but the outline may tell where the spot is
        look = look.with_(colours=False, patterns=False, lines=False, pressure_points=False)
        if done:
            marks = MapMarks(keep=shown, dim=True, fill=shown, marker=question.spot)
            return look.with_(marks=marks)
        return look.with_(marks=MapMarks(marker=question.spot))
    if question.mode is Mode.FIND:
        # a neutral map too: the safety colours would narrow down where an avoid
        # or caution zone can be; the answer shows in colour
        look = look.with_(colours=False, patterns=False)
        if done:
            return look.with_(marks=MapMarks(keep=shown, dim=True, fill=shown, marker=missed))
        if lit:  # the hint: the region stays bright, the rest fades
            return look.with_(marks=MapMarks(keep=lit, dim=True, marker=missed))
        return look.with_(marks=MapMarks(marker=missed))
    if question.mode is Mode.WHICH_WAY:
        # the stroke on the map, its arrows hidden while its direction is asked;
        # the zones it passes stay bright.  Once answered, the arrows show.
        look = look.with_(
            strokes=question.strokes,
            stroke_arrows=question.arrows or done,
            strokes_text=question.why if done else question.shown,
        )
        kept = frozenset(z.id for z in question.zones)
        return look.with_(marks=MapMarks(keep=kept, dim=True, outline=False))
    if done:
        return look.with_(marks=MapMarks(keep=shown, dim=True))
    return look.with_(marks=MapMarks(keep=frozenset({question.zone.id}), dim=True))


def review_look(explorer: MapLook, zone_ids: frozenset[str]) -> MapLook:
    """The results page: a miss the learner picked stands out; names may show."""
    return explorer.with_(state=MapState.REVIEW, marks=MapMarks(keep=zone_ids, dim=True))


def progress_look(explorer: MapLook, tints: dict[str, int], kept: frozenset[str]) -> MapLook:
    """The Progress tab: each area in the colour of how well it is known; a
    click picks the area's row instead of selecting it."""
    return explorer.with_(
        state=MapState.PROGRESS,
        patterns=False,
        tints=tuple(sorted(tints.items())),
        select_on_click=False,
        show_selection=False,
        marks=MapMarks(keep=kept),
    )
