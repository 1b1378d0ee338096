"""The printed routine card: one page to keep beside the massage table.

``paint_routine_card(device, zone_set, routine, page)`` lays out and paints
the card on any paged device (a ``QPdfWriter``, a ``QPrinter``);
``write_routine_card`` writes it as a vector PDF through the same machinery as
the zone sheet (``typeset`` for fonts and text blocks, ``output`` for the page
set-up and the atomic file write).  The card holds the title, the time, a small body map from the
one renderer with the routine's zones highlighted and numbered by the step
that works them, the numbered steps, a few reminders and the disclaimer.

The card is always one page: the step list is set in the largest font that
fits, with the notes while they fit at a readable size, and without them
otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLineF, QPointF, QRectF
from PySide6.QtGui import QColor, QPaintDevice, QPainter, QPdfWriter, QPen

from massage_trainer import __version__
from massage_trainer.core.i18n import Tr, fill
from massage_trainer.core.routines import UNFADED_LEVELS, Routine, RoutineStep
from massage_trainer.core.savefile import atomic_output, pdf_complete
from massage_trainer.core.strokes import Stroke, strokes_for
from massage_trainer.core.timefmt import format_time
from massage_trainer.core.zones import ZoneSet
from massage_trainer.paint.body import (
    HIGHLIGHT_COLOUR,
    RenderOptions,
    legend_entries,
    paint_body,
    paint_swatch,
)
from massage_trainer.paint.output import PAGE_SIZES, PDF_DPI, ExportError, paint_on, set_page
from massage_trainer.paint.sheet import pressure_words, side_words
from massage_trainer.paint.strokes import diagram_aspect, paint_stroke_diagram
from massage_trainer.paint.typeset import (
    FONT_FAMILIES,
    GREY,
    INK,
    RULE,
    TextBlock,
    Typesetter,
    sheet_font,
)

MAP_SHARE = 0.36  # of the content width, for the map column
DIAGRAM_WIDTH = 34.0  # points: the most a step's stroke diagram is wide
NOTE_MIN_PT = 8.0  # below this the notes are left out rather than shrunk further
STEP_SIZES = [11.0, 10.5, 10.0, 9.5, 9.0, 8.5, 8.0, 7.5, 7.0, 6.5, 6.0]


class RoutineCardText(Tr):
    """Texts of the printed routine card."""


__all__ = ["ExportError", "RoutineCard", "paint_routine_card", "step_numbers", "write_routine_card"]


def step_numbers(zone_set: ZoneSet, routine: Routine) -> dict[str, int]:
    """Zone id -> the number of the step that works it: the first step that is
    not a gliding stroke (openings and closings glide over everything), else
    the first step that names it."""
    numbers: dict[str, int] = {}
    glide: dict[str, int] = {}
    for n, step in enumerate(routine.steps, start=1):
        technique = zone_set.techniques.get(step.technique)
        gliding = technique is not None and technique.family == "gliding"
        for zid in step.zone_ids:
            (glide if gliding else numbers).setdefault(zid, n)
    for zid, n in glide.items():
        numbers.setdefault(zid, n)
    return numbers


def zone_names(zone_set: ZoneSet, step: RoutineStep) -> str:
    """The zones of a step in words: a pair by its name alone, one side with it."""
    names: list[str] = []
    for ref in step.zones:
        zone = zone_set.get(ref)
        if zone is not None and zone_set.twin(zone) is not None:
            names.append(
                fill(
                    RoutineCardText.tr("{zone} ({side})", "a zone of a pair, and its side"),
                    zone=zone.name,
                    side=side_words(zone.side),
                )
            )
        else:
            kind = zone_set.kinds().get(ref) or ([zone] if zone is not None else [])
            if kind:
                names.append(kind[0].name)
    return ", ".join(dict.fromkeys(names))


@dataclass
class _StepBlock:
    number: TextBlock
    title: TextBlock
    time: TextBlock
    details: TextBlock
    note: TextBlock | None
    gap: float
    strokes: tuple[Stroke, ...] = ()  # its technique's strokes here, drawn at the right
    diagram_width: float = 0.0  # the room kept for them beside the details

    @property
    def text_height(self) -> float:
        note = self.note.height if self.note is not None else 0.0
        return max(self.title.height, self.number.height) + self.details.height + note

    @property
    def height(self) -> float:
        return self.text_height + self.gap


class RoutineCard(Typesetter):
    """Lays out the card on one paged device, in the device's own units."""

    def __init__(self, device: QPaintDevice, zone_set: ZoneSet, routine: Routine) -> None:
        super().__init__(device)
        self.zone_set = zone_set
        self.routine = routine
        self.width = float(device.width())
        self.height = float(device.height())
        pt = self.pt

        # header, full width
        self.title = self.text(routine.title, sheet_font(18, bold=True), self.width)
        facts = fill(
            RoutineCardText.tr(
                "Guided routine \u00b7 {minutes} \u00b7 {steps} (suggested times add up to {time})"
            ),
            minutes=RoutineCardText.tr("about %n minute(s)", "", routine.duration),
            steps=RoutineCardText.tr("%n step(s)", "", len(routine.steps)),
            time=format_time(routine.seconds),
        )
        self.facts = self.text(facts, sheet_font(9), self.width, GREY)
        self.summary = (
            self.text(routine.summary, sheet_font(9.5), self.width) if routine.summary else None
        )
        top = self.title.height + 2 * pt + self.facts.height
        if self.summary is not None:
            top += 4 * pt + self.summary.height
        self.header_height = top + 8 * pt

        # footer, full width
        self.disclaimer = self.text(
            zone_set.rules.disclaimer, sheet_font(7.5, italic=True), self.width, GREY
        )
        self.credit = self.text(
            fill(
                RoutineCardText.tr("Massage Trainer {version} \u00b7 routine '{id}'"),
                version=__version__,
                id=routine.id,
            ),
            sheet_font(6.5),
            self.width,
            GREY,
        )
        self.footer_height = self.disclaimer.height + self.credit.height + 10 * pt
        self.body = QRectF(
            0, self.header_height, self.width, self.height - self.header_height - self.footer_height
        )

        # two columns: the map with its legend and reminders, then the steps
        gap = 14 * pt
        self.left = QRectF(
            self.body.left(), self.body.top(), self.width * MAP_SHARE, self.body.height()
        )
        self.right = QRectF(
            self.left.right() + gap,
            self.body.top(),
            self.width - self.left.width() - gap,
            self.body.height(),
        )
        self.steps_heading = self.text(
            RoutineCardText.tr("Steps"), sheet_font(11, bold=True), self.right.width()
        )
        self.step_strokes = [step_strokes(zone_set, step) for step in routine.steps]
        self.notes, self.size, self.blocks = self._fit_steps()
        self.shown = self._shown_steps()

    # --- measuring -------------------------------------------------------------------
    def _step_blocks(self, size: float, notes: bool) -> list[_StepBlock]:
        pt = self.pt
        width = self.right.width()
        number_font = sheet_font(size, bold=True)
        gutter = self.metrics(number_font).horizontalAdvance("00.") + 3 * pt
        time_font = sheet_font(size)
        time_width = self.metrics(time_font).horizontalAdvance("00:00") + 6 * pt
        small = max(5.5, size - 1.5)
        blocks = []
        # the same room beside every step, so that the times line up
        every = self.step_strokes
        room = DIAGRAM_WIDTH * pt + 5 * pt if any(every) else 0.0
        for n, (step, strokes) in enumerate(zip(self.routine.steps, every, strict=True), 1):
            technique = self.zone_set.techniques.get(step.technique)
            how = technique.name if technique else step.technique
            if technique is not None:
                how += f" \u00b7 {pressure_words(technique.pressure)}"
            where = zone_names(self.zone_set, step)
            details = f"{how} \u00b7 {where}" if where else how
            blocks.append(
                _StepBlock(
                    number=self.text(f"{n}.", number_font, gutter),
                    title=self.text(step.title, number_font, width - gutter - time_width - room),
                    time=self.text(
                        format_time(step.seconds), time_font, time_width, align_right=True
                    ),
                    details=self.text(details, sheet_font(small), width - gutter - room, GREY),
                    note=self.text(step.note, sheet_font(max(5.5, size - 1)), width - gutter - room)
                    if notes
                    else None,
                    gap=size * 0.55 * pt,
                    strokes=strokes,
                    diagram_width=room,
                )
            )
        return blocks

    def _steps_room(self) -> float:
        return self.right.height() - self.steps_heading.height - 6 * self.pt

    def _fit_steps(self) -> tuple[bool, float, list[_StepBlock]]:
        """The largest size at which every step fits: with the notes while
        they stay readable, then without them."""
        room = self._steps_room()
        for notes in (True, False):
            for size in STEP_SIZES:
                if notes and size - 1 < NOTE_MIN_PT:
                    break
                blocks = self._step_blocks(size, notes)
                if sum(b.height for b in blocks) <= room:
                    return notes, size, blocks
        return False, STEP_SIZES[-1], self._step_blocks(STEP_SIZES[-1], False)

    def _shown_steps(self) -> int:
        """How many steps fit (all of them, unless the routine is very long)."""
        room, used = self._steps_room(), 0.0
        for i, block in enumerate(self.blocks):
            used += block.height
            if used > room:
                return max(0, i - 1)  # leave a line for "and N more"
        return len(self.blocks)

    @property
    def fits(self) -> bool:
        """True when every step is on the card."""
        return self.shown == len(self.routine.steps)

    # --- painting ----------------------------------------------------------------------
    def paint(self, painter: QPainter) -> None:
        pt = self.pt
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        y = 0.0
        self.title.draw(painter, 0, y)
        y += self.title.height + 2 * pt
        self.facts.draw(painter, 0, y)
        y += self.facts.height
        if self.summary is not None:
            y += 4 * pt
            self.summary.draw(painter, 0, y)
        painter.setPen(QPen(INK, 1.0 * pt))
        rule_y = self.header_height - 4 * pt
        painter.drawLine(QLineF(0, rule_y, self.width, rule_y))

        self._paint_left(painter)
        self._paint_steps(painter)

        y = self.height - self.footer_height + 4 * pt
        painter.setPen(QPen(RULE, 0.5 * pt))
        painter.drawLine(QLineF(0, y, self.width, y))
        y += 4 * pt
        self.disclaimer.draw(painter, 0, y)
        self.credit.draw(painter, 0, y + self.disclaimer.height + 2 * pt)

    def _paint_left(self, painter: QPainter) -> None:
        pt = self.pt
        rect = self.left
        legend_font = sheet_font(7.5)
        bold = sheet_font(7.5, bold=True)
        row = max(self.metrics(legend_font).lineSpacing(), 9 * pt) + 2 * pt
        legend_height = 4 * row + 6 * pt
        reminders = [r.title for r in self.zone_set.rules.rules]
        reminder_font = sheet_font(7.5)
        heading = self.text(
            RoutineCardText.tr("Remember"), sheet_font(8.5, bold=True), rect.width()
        )
        reminder_blocks = [
            self.text(f"\u2022 {t}", reminder_font, rect.width() - 4 * pt) for t in reminders
        ]
        reminder_height = heading.height + sum(b.height for b in reminder_blocks) + 8 * pt
        map_height = rect.height() - legend_height - reminder_height
        if map_height < rect.height() * 0.55:  # a long list of rules: keep what fits
            map_height = rect.height() * 0.55
        map_rect = QRectF(rect.left(), rect.top(), rect.width(), map_height)

        options = RenderOptions(
            colours=True,
            patterns=True,
            labels=False,
            landmarks=False,
            lines=False,
            pressure_points=True,
            dimmed=True,
            highlighted=frozenset(self.routine.zone_ids),
            unfaded_levels=UNFADED_LEVELS,
            numbers=step_numbers(self.zone_set, self.routine),
            margin=1.0,
            font_family=FONT_FAMILIES[0],
        )
        painter.save()
        painter.setClipRect(map_rect)  # number badges stay on the map
        paint_body(painter, self.zone_set, map_rect, options)
        painter.restore()

        y = map_rect.bottom() + 6 * pt
        swatch_w = 22 * pt
        metrics = self.metrics(legend_font)
        for safety, word, description in legend_entries():
            paint_swatch(painter, QRectF(rect.left(), y + 1.5 * pt, swatch_w, row - 3 * pt), safety)
            painter.setPen(INK)
            painter.setFont(bold)
            x = rect.left() + swatch_w + 5 * pt
            baseline = y + (row + metrics.ascent() - metrics.descent()) / 2
            painter.drawText(QPointF(x, baseline), word)
            painter.setFont(legend_font)
            painter.drawText(
                QPointF(x + self.metrics(bold).horizontalAdvance(word) + 4 * pt, baseline),
                description,
            )
            y += row
        # the highlight and the numbers
        painter.setPen(QPen(QColor(HIGHLIGHT_COLOUR), 2.0 * pt))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRect(
            QRectF(rect.left() + 1 * pt, y + 2.5 * pt, swatch_w - 2 * pt, row - 5 * pt)
        )
        painter.setPen(INK)
        painter.setFont(legend_font)
        note = self.text(
            RoutineCardText.tr("Worked in this routine; the number is its step"),
            legend_font,
            rect.width() - swatch_w - 5 * pt,
        )
        note.draw(
            painter,
            rect.left() + swatch_w + 5 * pt,
            y + (row - note.line_height) / 2 if len(note.lines) == 1 else y,
        )
        y += max(row, note.height) + 8 * pt

        heading.draw(painter, rect.left(), y)
        y += heading.height + 2 * pt
        for block in reminder_blocks:
            if y + block.height > rect.bottom():
                break
            block.draw(painter, rect.left() + 4 * pt, y)
            y += block.height

    def _paint_diagram(
        self, painter: QPainter, block: _StepBlock, right: float, top: float
    ) -> None:
        """The step's strokes in a small diagram at its right, as tall as the
        step's text."""
        pt = self.pt
        height = max(block.text_height, 18 * pt)
        aspect = diagram_aspect(block.strokes, self.zone_set)
        width = min(DIAGRAM_WIDTH * pt, height / aspect)
        height = width * aspect
        rect = QRectF(right - width, top, width, height)
        paint_stroke_diagram(painter, self.zone_set, block.strokes, rect, frame=0.5 * pt)

    def _paint_steps(self, painter: QPainter) -> None:
        pt = self.pt
        x, y = self.right.left(), self.right.top()
        self.steps_heading.draw(painter, x, y)
        y += self.steps_heading.height + 6 * pt
        for block in self.blocks[: self.shown]:
            gutter = block.number.width
            block.number.draw(painter, x, y)
            block.title.draw(painter, x + gutter, y)
            right = x + self.right.width()
            block.time.draw(painter, right - block.diagram_width - block.time.width, y)
            if block.strokes:
                self._paint_diagram(painter, block, right, y)
            y += max(block.title.height, block.number.height)
            block.details.draw(painter, x + gutter, y)
            y += block.details.height
            if block.note is not None:
                block.note.draw(painter, x + gutter, y)
                y += block.note.height
            y += block.gap
        hidden = len(self.blocks) - self.shown
        if hidden:
            more = self.text(
                RoutineCardText.tr("\u2026 and %n more step(s); see the Routine tab", "", hidden),
                sheet_font(STEP_SIZES[-1], italic=True),
                self.right.width(),
                GREY,
            )
            more.draw(painter, x, y)


def step_strokes(zone_set: ZoneSet, step: RoutineStep) -> tuple[Stroke, ...]:
    """The strokes of a step's technique on this view that pass over the zones
    the step works (all of them for a step that names no zones): none when no
    stroke goes there, or for a step on another view."""
    technique = zone_set.techniques.get(step.technique)
    if technique is None or (step.view and step.view != zone_set.view):
        return ()
    strokes = strokes_for(technique, zone_set)
    wanted = set(step.zone_ids)
    numbers = {
        s.number
        for s in strokes
        if any(
            (z := zone_set.zone_at(x, y)) is not None and z.id in wanted
            for (x, y), _ in s.samples(1.0)
        )
    }
    if not wanted:
        return strokes
    return tuple(s for s in strokes if s.number in numbers)


def paint_routine_card(
    device, zone_set: ZoneSet, routine: Routine, page: str | None = "a4"
) -> RoutineCard:
    """Lay out and paint the card on a ``QPdfWriter`` or a ``QPrinter``; return
    the layout.  ``page`` sets the paper (a4 or letter); None keeps the
    device's own page layout."""
    if page is not None:
        set_page(device, page)
    card = RoutineCard(device, zone_set, routine)
    paint_on(device, card.paint)
    return card


def write_routine_card(
    zone_set: ZoneSet, routine: Routine, path: str | Path, page: str = "a4"
) -> Path:
    """Write the one-page card as a vector PDF; return the path.

    Raises ``ExportError`` when the file cannot be written (and leaves nothing
    behind).
    """
    if page not in PAGE_SIZES:
        raise ValueError(f"unknown page size {page!r}; use one of {', '.join(PAGE_SIZES)}")
    path = Path(path)
    with atomic_output(path, verify=pdf_complete) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(PDF_DPI)
        writer.setTitle(
            fill(RoutineCardText.tr("{routine} \u2013 routine card"), routine=routine.title)
        )
        writer.setCreator(f"Massage Trainer {__version__}")
        paint_routine_card(writer, zone_set, routine, page)
        del writer  # closes the file
    return path
