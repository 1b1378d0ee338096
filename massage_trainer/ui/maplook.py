"""The look of the body map as a plain value.

Every side tab says how it wants the one map to look with a ``MapLook``; the
main window applies the current tab's look (on a tab change, a new zone set,
and when the tab emits ``lookChanged``).  Nothing else changes the map's look.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace


class MapState(enum.Enum):
    """Who the map is drawn for."""

    EXPLORER = "explorer"  # Zone Info and Rules: the learner's View toggles
    ROUTINE = "routine"  # a routine step stands out, the rest fades
    QUIZ = "quiz"  # a question: nothing on the map may give the answer away
    REVIEW = "review"  # the results of a round: a miss shown on the map
    PROGRESS = "progress"  # the Progress tab's colours of how well each area is known


@dataclass(frozen=True)
class MapMarks:
    """Marks drawn over the map's cached picture (so a new question does not
    render the map again).  ``keep``: zones outlined (unless not ``outline``),
    and left bright when ``dim``; ``fill``: zones filled with their safety
    colour and pattern; ``marker``: a spot in cm."""

    keep: frozenset[str] = frozenset()
    dim: bool = False
    fill: frozenset[str] = frozenset()
    marker: tuple[float, float] | None = None
    outline: bool = True  # False: the kept zones only stay bright (under strokes)

    def __bool__(self) -> bool:
        return bool(self.keep or self.dim or self.fill or self.marker)


@dataclass(frozen=True)
class MapLook:
    """How the map looks and answers for one tab."""

    state: MapState = MapState.EXPLORER
    # what is drawn (the View toggles; see RenderOptions)
    colours: bool = True
    patterns: bool = True
    labels: bool = False
    landmarks: bool = False
    lines: bool = True
    pressure_points: bool = True
    layers: frozenset[str] = frozenset()  # anatomy layers drawn (RenderOptions.layers)
    # zones outlined in the picture itself; ``dimmed`` fades the others except
    # the ``unfaded_levels`` (the routine keeps every avoid zone plain to see)
    highlighted: frozenset[str] = frozenset()
    dimmed: bool = False
    unfaded_levels: frozenset[str] = frozenset()
    tints: tuple[tuple[str, int], ...] = ()  # zone id, fill as 0xAARRGGBB
    marks: MapMarks = MapMarks()
    # the view the tab wants shown ("" any: the learner's choice); the window
    # turns the map to it when the tab asks anew: another view, or a new
    # ``view_key`` (the next question or step; MainWindow.apply_look)
    view: str = ""
    view_key: object = None
    # a technique's strokes drawn over the map (RenderOptions.strokes), where
    # the animated hands are (None: not playing), whether the arrows show the
    # direction (the "Which way?" quiz hides it), and the strokes in words for
    # a screen reader
    strokes: tuple[object, ...] = ()
    stroke_position: object = None
    stroke_arrows: bool = True
    strokes_text: str = ""
    # what the learner may do and see
    select_on_click: bool = True  # a click (or Enter) selects the zone
    show_selection: bool = True  # the selected zone keeps its outline
    reveal_names: bool = True  # names in tooltips, the status bar and labels
    keyboard_cursor: bool = True  # Tab, the arrows and Enter move and use the cursor
    # a new value starts the keyboard cursor afresh (each quiz question)
    cursor_key: object = None

    def with_(self, **changes: object) -> MapLook:
        return replace(self, **changes)  # type: ignore[arg-type]
