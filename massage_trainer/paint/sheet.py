"""The printable zone sheet: its pages, laid out before anything is painted.

``SheetLayout(device, zone_set, worksheet)`` lays out the whole sheet on one
paged device (a ``QPdfWriter``, a ``QPrinter``) in the device's own units:
page 1 holds the numbered back view, the safety legend and a key; then a table
of the numbered zones, the rules and a technique glossary, with the table
header repeated on every page and "Page N of M" in the footer.  The worksheet
holds the diagram without colours or patterns, lines to write each zone's name
and safety level, and an answer key page.  ``FrontPage`` is page 1 (and the
answer key); ``ImageLayout`` lets it stand alone as the PNG and SVG diagram.

The layout is a first pass with ``QFontMetricsF`` (which also counts the
pages); ``SheetLayout.paint`` is the second.  The diagram itself comes from the
one renderer, ``body.paint_body``, so paper and window agree.  Putting the
sheet on a printer or in a file is ``output``'s part.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPaintDevice, QPainter, QPen

from massage_trainer.core.content import CONTRA_KINDS, PRESSURE_WORDS
from massage_trainer.core.safety import SAFETY_DESCRIPTION, SAFETY_LEVELS, SAFETY_WORDS
from massage_trainer.core.savefile import SaveError
from massage_trainer.core.timetext import format_date
from massage_trainer.core.zones import Zone, ZoneSet, anatomical_key
from massage_trainer.paint.badges import badge_radius, number_font, paint_number_badge
from massage_trainer.paint.body import (
    RenderOptions,
    legend_entries,
    paint_body,
    paint_pressure_point,
    paint_swatch,
    symbol_line_pen,
)
from massage_trainer.paint.typeset import (
    FONT_FAMILIES,
    GREY,
    HEADER_FILL,
    INK,
    RULE,
    Block,
    Custom,
    Row,
    Stack,
    Typesetter,
    sheet_font,
)


@dataclass(frozen=True)
class FrontText:
    """The words of one kind of front page."""

    title: str  # after the zone set's title
    lead: str
    key_heading: str  # over the column of numbered rows
    continued: str  # over the rows that did not fit, on the next page


# "sheet": the zone sheet; "worksheet": the quiz without the answers; "key": its answers
FRONT_TEXTS = {
    "sheet": FrontText(
        "where to massage, and where not to",
        "Work on the zones marked Target; go lightly on Caution; never press "
        "on Avoid. The numbers are explained on the following pages.",
        "Key to the numbers",
        "Key to the numbers (continued)",
    ),
    "worksheet": FrontText(
        "zone worksheet",
        "Write the name and the safety level of each numbered zone. "
        "Both zones of a left and right pair share one number.",
        "Your answers",
        "Write the name and the safety level of each zone (continued)",
    ),
    "key": FrontText(
        "answer key",
        "The answers to the worksheet: every numbered zone with its name and its safety level.",
        "Key to the numbers",
        "Answer key (continued)",
    ),
}


def sheet_name(worksheet: bool) -> str:
    """What the printed thing is called, in its footer and its file's title."""
    return "zone worksheet" if worksheet else "zone sheet"


# --- numbering -------------------------------------------------------------------
def numbered_kinds(zone_set: ZoneSet) -> list[tuple[int, list[Zone]]]:
    """The zones grouped by kind and numbered from head to feet: both zones of
    a left/right pair share one number."""
    kinds = zone_set.kinds()
    order = sorted(kinds.values(), key=lambda zones: min(anatomical_key(z) for z in zones))
    return [(n, zones) for n, zones in enumerate(order, start=1)]


def zone_numbers(zone_set: ZoneSet) -> dict[str, int]:
    """Zone id -> its number on the sheet."""
    return {z.id: n for n, zones in numbered_kinds(zone_set) for z in zones}


class ImageLayout(Typesetter):
    """What FrontPage needs to draw the diagram panel: the zone set, its
    numbers, the date and the fonts.  Alone it draws the panel as one image;
    SheetLayout builds the paged sheet on it."""

    def __init__(
        self, device: QPaintDevice, zone_set: ZoneSet, worksheet: bool, day: date | None = None
    ) -> None:
        super().__init__(device)
        self.zone_set = zone_set
        self.worksheet = worksheet
        self.date = format_date(day)
        self.kinds = numbered_kinds(zone_set)
        self.numbers = {z.id: n for n, zones in self.kinds for z in zones}
        self.body = sheet_font(8.5)
        self.small = sheet_font(7.5)
        self.small_bold = sheet_font(7.5, bold=True)


class SheetLayout(ImageLayout):
    """Lays out the sheet on one paged device, in the device's own units, and
    paints it.  ``pages`` is known after construction, before any painting."""

    def __init__(
        self,
        device: QPaintDevice,
        zone_set: ZoneSet,
        worksheet: bool = False,
        day: date | None = None,
    ) -> None:
        super().__init__(device, zone_set, worksheet, day)
        self.width = float(device.width())
        self.height = float(device.height())
        self.footer_font = sheet_font(7.0)
        self.footer_height = 16 * self.pt
        self.bottom = self.height - self.footer_height
        self.pages: list[list[Callable[[QPainter], None]]] = []
        self.y = 0.0
        kind = "worksheet" if worksheet else "sheet"
        self.pages.append([])
        self.front = FrontPage(self, QRectF(0, 0, self.width, self.bottom), kind)
        self.pages[-1].append(self.front.paint)
        self.y = self.bottom  # the front page is full
        self._rest_of_rows(self.front)
        if worksheet:
            self.pages.append([])
            key = FrontPage(self, QRectF(0, 0, self.width, self.bottom), "key")
            self.pages[-1].append(key.paint)
            self.y = self.bottom
            self._rest_of_rows(key)
        else:
            self._zone_table()
            self._rules()
            self._glossary()

    # --- flowing pages -------------------------------------------------------------
    def new_page(self) -> None:
        self.pages.append([])
        self.y = 0.0

    def fits(self, height: float) -> bool:
        return self.y + height <= self.bottom + 0.01

    def place(self, block: Block, x: float = 0.0, gap: float = 0.0) -> None:
        """Put a block at the current position, on a new page if it does not
        fit (a block taller than a whole page is placed anyway)."""
        if self.y > 0:
            self.y += gap
        if not self.fits(block.height) and self.y > 0:
            self.new_page()
        y = self.y
        self.pages[-1].append(lambda p, b=block, x=x, y=y: b.draw(p, x, y))
        self.y += block.height

    def heading(
        self, text: str, size: float = 13.0, keep: float = 0.0, gap: float | None = None
    ) -> None:
        """A heading kept on one page with the next ``keep`` units of content."""
        block = self.text(text, sheet_font(size, bold=True), self.width)
        gap = (size * 1.1 if gap is None else gap) * self.pt
        if self.y > 0 and not self.fits(gap + block.height + keep):
            self.new_page()
        self.place(block, gap=gap)
        self.y += 3 * self.pt

    def section(self, text: str, keep: float) -> None:
        """A top-level section: a title and a rule, on a new page unless most
        of this one is still free."""
        if self.y > 0.6 * self.bottom:
            self.new_page()
        self.heading(text, 15.0, keep, gap=24)
        width = self.width
        pen_width = self.pt

        def rule(p: QPainter, x: float, y: float) -> None:
            p.setPen(QPen(INK, pen_width))
            p.drawLine(QLineF(x, y, x + width, y))

        self.place(Custom(6 * self.pt, rule))

    def _rest_of_rows(self, front: FrontPage) -> None:
        """Rows of a front page's column that did not fit there."""
        rows = front.rows[front.fitted :]
        if not rows:
            return
        self.new_page()
        self.heading(FRONT_TEXTS[front.kind].continued, 13.0)
        for row in rows:
            self.place(row)

    # --- the table of zones --------------------------------------------------------
    def _zone_table(self) -> None:
        pt = self.pt
        shares = [
            ("No.", 0.055),
            ("Zone", 0.15),
            ("Safety", 0.105),
            ("Why", 0.32),
            ("Techniques", 0.16),
            ("Warnings", 0.21),
        ]
        pad = 3 * pt
        xs, widths, x = [], [], 0.0
        for _title, share in shares:
            xs.append(x)
            widths.append(self.width * share)
            x += self.width * share

        def header() -> Row:
            cells = [
                (xs[i] + pad, self.text(title, self.small_bold, widths[i] - 2 * pad))
                for i, (title, _s) in enumerate(shares)
            ]
            return Row(
                cells,
                padding=3 * pt,
                fill=HEADER_FILL,
                rule=INK,
                width=self.width,
                pen_width=0.8 * pt,
            )

        radius = self.front.radius
        numfont = self.front.number_font

        rows = []
        for number, zones in self.kinds:
            zone = zones[0]
            cells: list[tuple[float, Block]] = []

            def badge(p: QPainter, x: float, y: float, n: int = number) -> None:
                p.setFont(numfont)
                paint_number_badge(p, QPointF(x + radius, y + radius), radius, n, pt)

            cells.append((xs[0] + pad, Custom(2 * radius, badge)))
            name = Stack().add(self.text(zone.name, sheet_font(8, bold=True), widths[1] - 2 * pad))
            sides = "left and right" if len(zones) > 1 else (zone.side_word or "")
            if sides:
                name.add(self.text(sides, self.small, widths[1] - 2 * pad, GREY))
            cells.append((xs[1] + pad, name))
            cells.append((xs[2] + pad, self._safety_cell(zone.safety, widths[2] - 2 * pad)))
            cells.append((xs[3] + pad, self.text(zone.why, self.small, widths[3] - 2 * pad)))
            techniques = [
                self.zone_set.techniques[t].name
                for t in zone.techniques
                if t in self.zone_set.techniques
            ]
            cells.append(
                (
                    xs[4] + pad,
                    self._bullets(
                        techniques or ["\u2013"], widths[4] - 2 * pad, bullet=bool(techniques)
                    ),
                )
            )
            cells.append(
                (
                    xs[5] + pad,
                    self._bullets(
                        list(zone.warnings) or ["\u2013"],
                        widths[5] - 2 * pad,
                        bullet=bool(zone.warnings),
                    ),
                )
            )
            rows.append(
                Row(cells, padding=3.5 * pt, rule=RULE, width=self.width, pen_width=0.5 * pt)
            )

        intro = self.text(
            "The numbers match the diagram on page 1; both zones of a left and "
            "right pair share one number. Safety: "
            + "; ".join(f"{SAFETY_WORDS[s]} \u2013 {SAFETY_DESCRIPTION[s]}" for s in SAFETY_LEVELS)
            + ".",
            self.body,
            self.width,
            GREY,
        )
        first = header().height + (rows[0].height if rows else 0)
        self.section("The numbered zones", intro.height + first)
        self.place(intro)
        self.y += 6 * pt
        self.place(header())
        for row in rows:
            if not self.fits(row.height):
                self.new_page()
                self.place(
                    self.text(
                        "The numbered zones (continued)", sheet_font(9, bold=True), self.width, GREY
                    )
                )
                self.y += 3 * pt
                self.place(header())
            self.place(row)

    def _safety_cell(self, safety: str, width: float) -> Block:
        pt = self.pt
        colours = not self.worksheet
        swatch = Custom(
            9 * pt, lambda p, x, y: paint_swatch(p, QRectF(x, y, 16 * pt, 9 * pt), safety, colours)
        )
        return (
            Stack()
            .add(swatch)
            .add(self.text(SAFETY_WORDS[safety], sheet_font(8, bold=True), width), gap=2 * pt)
        )

    def _bullets(
        self,
        items: list[str],
        width: float,
        bullet: bool = True,
        font: QFont | None = None,
        numbered: bool = False,
    ) -> Stack:
        font = font or self.small
        metrics = self.metrics(font)
        marks = [f"{i}." if numbered else "\u2022" for i in range(1, len(items) + 1)]
        indent = (max(metrics.horizontalAdvance(m) for m in marks) + 3 * self.pt) if bullet else 0.0
        stack = Stack()
        for i, item in enumerate(items):
            text = self.text(item, font, width - indent)
            if bullet:
                mark = self.text(marks[i], font, indent)
                stack.add(Row([(0.0, mark), (indent, text)]), gap=1.5 * self.pt if i else 0.0)
            else:
                stack.add(text, gap=1.5 * self.pt if i else 0.0)
        return stack

    # --- the rules -------------------------------------------------------------------
    def _item(self, title: str, text: str, mark: str = "", width: float | None = None) -> Block:
        """A titled paragraph with an optional hanging number."""
        pt = self.pt
        width = self.width if width is None else width
        indent = 18 * pt if mark else 0.0
        body = Stack().add(self.text(title, sheet_font(8.5, bold=True), width - indent))
        if text:
            body.add(self.text(text, self.body, width - indent), gap=1 * pt)
        if not mark:
            return body
        return Row([(0.0, self.text(mark, sheet_font(8.5, bold=True), indent)), (indent, body)])

    def _rules(self) -> None:
        rules = self.zone_set.rules
        pt = self.pt
        if not (rules.rules or rules.contraindications or rules.session_order):
            return
        items = [self._item(r.title, r.text, f"{i}.") for i, r in enumerate(rules.rules, 1)]
        self.section("Rules, and when not to massage", items[0].height if items else 0)
        if items:
            self.heading("General rules", 11.0, items[0].height, gap=2)
            for item in items:
                self.place(item, gap=5 * pt)
        if rules.contraindications:
            intro = self.text(
                "Some conditions rule a massage out, some rule out one area, and "
                "some call for a wait. When in doubt, do not massage and ask a "
                "doctor.",
                self.body,
                self.width,
                GREY,
            )
            self.heading("When not to massage", 11.0, intro.height + 30 * pt)
            self.place(intro)
            for kind, title in CONTRA_KINDS.items():
                entries = [c for c in rules.contraindications if c.kind == kind]
                if not entries:
                    continue
                first = self._item(entries[0].title, entries[0].text, "\u2022")
                self.heading(title, 9.5, first.height, gap=8)
                for c in entries:
                    self.place(self._item(c.title, c.text, "\u2022"), gap=4 * pt)
            others = [c for c in rules.contraindications if c.kind not in CONTRA_KINDS]
            for c in others:
                self.place(self._item(c.title, c.text, "\u2022"), gap=4 * pt)
        if rules.session_order:
            names = {}
            for number, zones in self.kinds:
                names[zones[0].kind] = f"{zones[0].name} ({number})"
            steps = []
            for i, step in enumerate(rules.session_order, 1):
                areas = [names[a] for a in step.areas if a in names]
                text = step.text + (f"\nZones: {', '.join(areas)}." if areas else "")
                steps.append(self._item(step.title, text, f"{i}."))
            self.heading("Order of a session", 11.0, steps[0].height)
            for item in steps:
                self.place(item, gap=5 * pt)

    # --- the glossary ------------------------------------------------------------------
    def _glossary(self) -> None:
        techniques = self.zone_set.techniques
        if not techniques:
            return
        pt = self.pt
        used: dict[str, list[str]] = {}
        for number, zones in self.kinds:
            for t in zones[0].techniques:
                used.setdefault(t, []).append(f"{zones[0].name} ({number})")
        families: dict[str, list] = {}
        for t in techniques.values():
            families.setdefault(t.family, []).append(t)
        order = list(self.zone_set.families) + [
            f for f in families if f not in self.zone_set.families
        ]
        blocks: list[tuple[str, list[tuple[Block, list[Block]]]]] = []
        for family in order:
            if family not in families:
                continue
            entries = []
            for t in families[family]:
                head = Stack()
                title = Row(
                    [
                        (0.0, self.text(t.name, sheet_font(10, bold=True), self.width * 0.6)),
                        (
                            self.width * 0.6,
                            self.text(
                                PRESSURE_WORDS.get(t.pressure, t.pressure).capitalize(),
                                self.small,
                                self.width * 0.4,
                                GREY,
                                align_right=True,
                            ),
                        ),
                    ]
                )
                head.add(title)
                if t.summary:
                    head.add(
                        self.text(t.summary, sheet_font(8.5, italic=True), self.width), gap=1.5 * pt
                    )
                parts: list[Block] = []
                indent = 12 * pt
                for i, step in enumerate(t.steps, 1):
                    parts.append(
                        Row(
                            [
                                (indent, self.text(f"{i}.", self.body, 14 * pt)),
                                (
                                    indent + 14 * pt,
                                    self.text(step, self.body, self.width - indent - 14 * pt),
                                ),
                            ]
                        )
                    )
                if t.cautions:
                    parts.append(
                        Row(
                            [
                                (
                                    indent,
                                    self.text("Take care:", sheet_font(8, bold=True), 60 * pt),
                                ),
                                (
                                    indent + 60 * pt,
                                    self._bullets(
                                        list(t.cautions),
                                        self.width - indent - 60 * pt,
                                        font=sheet_font(8),
                                    ),
                                ),
                            ]
                        )
                    )
                if t.id in used:
                    parts.append(
                        self.text(
                            "Used on: " + ", ".join(used[t.id]) + ".", self.small, self.width, GREY
                        )
                    )
                entries.append((head, parts))
            blocks.append((techniques[families[family][0].id].family_name, entries))
        first_head, first_parts = blocks[0][1][0]
        self.section(
            "Technique glossary", first_head.height + (first_parts[0].height if first_parts else 0)
        )
        intro = self.text(
            "Every technique named in the zone table, grouped by family, with "
            "its steps. Work slowly, check the pressure with the person, and "
            "keep to the zones marked Target.",
            self.body,
            self.width,
            GREY,
        )
        self.place(intro)
        for family_name, entries in blocks:
            head, parts = entries[0]
            self.heading(
                family_name, 11.5, head.height + (parts[0].height if parts else 0) + 10 * pt, gap=12
            )
            for head, parts in entries:
                # keep the name, summary and first step together
                keep = head.height + (parts[0].height if parts else 0) + 8 * pt
                if not self.fits(keep + 8 * pt):
                    self.new_page()
                self.place(head, gap=8 * pt)
                for part in parts:
                    self.place(part, gap=2.5 * pt)

    # --- painting ------------------------------------------------------------------------
    def paint(self, painter: QPainter) -> None:
        """Paint every page; the device must be a paged one (newPage)."""
        total = len(self.pages)
        for index, ops in enumerate(self.pages):
            if index and not self.device.newPage():
                raise SaveError("a new page could not be started")
            for op in ops:
                painter.save()
                op(painter)
                painter.restore()
            self._footer(painter, index + 1, total)

    def _footer(self, painter: QPainter, number: int, total: int) -> None:
        pt = self.pt
        y = self.height - self.footer_height + 6 * pt
        painter.setPen(QPen(RULE, 0.5 * pt))
        painter.drawLine(QLineF(0, y, self.width, y))
        painter.setFont(self.footer_font)
        painter.setPen(GREY)
        metrics = self.metrics(self.footer_font)
        base = y + 3 * pt + metrics.ascent()
        what = sheet_name(self.worksheet)
        painter.drawText(
            QPointF(0, base),
            f"Massage Trainer {what} \u2013 {self.zone_set.title} \u2013 {self.date}",
        )
        text = f"Page {number} of {total}"
        painter.drawText(QPointF(self.width - metrics.horizontalAdvance(text), base), text)


class FrontPage:
    """The first page (and the answer key page): a title, the numbered
    diagram beside a column with the legend and the key (or the lines to
    write on), and the not-medical-advice line.

    ``kind`` is "sheet", "worksheet" or "key" (the worksheet's answers).
    ``rows`` are the key's rows; ``fitted`` of them fit in the column.
    """

    def __init__(self, sheet: ImageLayout, rect: QRectF, kind: str, paged: bool = True) -> None:
        self.sheet = sheet
        self.rect = rect
        self.kind = kind
        self.paged = paged  # on a page of the sheet, not an image
        zone_set = sheet.zone_set
        pt = sheet.pt
        self.pt = pt
        self.colours = kind != "worksheet"
        self.number_font = number_font(FONT_FAMILIES[0])
        self.radius = badge_radius(sheet.metrics(self.number_font), range(1, len(sheet.kinds) + 1))
        words = FRONT_TEXTS[kind]
        title = f"{zone_set.title}: {words.title}"
        size = 17.0  # shrink a long title to one line, down to a point
        while (
            size > 12
            and sheet.metrics(sheet_font(size, bold=True)).horizontalAdvance(title) > rect.width()
        ):
            size -= 0.5
        self.title = sheet.text(title, sheet_font(size, bold=True), rect.width())
        self.lead = sheet.text(words.lead, sheet_font(9), rect.width() * 0.72, GREY)
        self.date = sheet.text(
            sheet.date, sheet_font(9), rect.width() * 0.25, GREY, align_right=True
        )
        disclaimer = zone_set.rules.disclaimer or (
            "Massage Trainer teaches massage; it does not give medical advice."
        )
        self.disclaimer = sheet.text(disclaimer, sheet_font(8, italic=True), rect.width() - 16 * pt)
        lead_height = max(self.lead.height, self.date.height) if paged else self.date.height
        head = self.title.height + 4 * pt + lead_height + 8 * pt
        foot = self.disclaimer.height + 14 * pt
        self.panel = QRectF(
            rect.left(), rect.top() + head, rect.width(), rect.height() - head - foot
        )
        column = (215 if kind == "worksheet" else 165) * pt
        column = min(column, self.panel.width() * 0.45)
        self.diagram = QRectF(
            self.panel.left(),
            self.panel.top(),
            self.panel.width() - column - 10 * pt,
            self.panel.height(),
        )
        self.column = QRectF(
            self.panel.right() - column, self.panel.top(), column, self.panel.height()
        )
        self._layout_column()

    # --- the column ----------------------------------------------------------------
    def _layout_column(self) -> None:
        sheet, pt, width = self.sheet, self.pt, self.column.width()
        self.top_blocks: list[tuple[float, Block]] = []  # y offset in the column, block
        y = 0.0
        if self.kind == "worksheet":
            name = Custom(18 * pt, self._name_line)
            self.top_blocks.append((y, name))
            y += name.height + 8 * pt
        else:
            y = self._legend(y)
        heading = sheet.text(FRONT_TEXTS[self.kind].key_heading, sheet_font(10, bold=True), width)
        self.top_blocks.append((y, heading))
        y += heading.height + 3 * pt
        if self.kind == "worksheet":
            hint = Row(
                [
                    (2 * self.radius + 6 * pt, sheet.text("Zone name", sheet.small, width, GREY)),
                    (width * 0.68, sheet.text("Safety level", sheet.small, width * 0.32, GREY)),
                ]
            )
            self.top_blocks.append((y, hint))
            y += hint.height + 1 * pt
        self.rows_top = y
        available = self.column.height() - y
        n = len(sheet.kinds)
        if self.kind == "worksheet":
            preferred, least = 25 * pt, 17 * pt
        else:
            preferred, least = 15 * pt, 2 * self.radius + 2 * pt
        self.row_height = max(least, min(preferred, available / max(n, 1)))
        self.rows = [self._row(number, zones) for number, zones in sheet.kinds]
        self.fitted = min(n, int((available + 0.01) // self.row_height))

    def _legend(self, y: float) -> float:
        sheet, pt, width = self.sheet, self.pt, self.column.width()
        heading = sheet.text("Safety levels", sheet_font(10, bold=True), width)
        self.top_blocks.append((y, heading))
        y += heading.height + 4 * pt
        sw, sh = 26 * pt, 16 * pt
        for safety, word, description in legend_entries():
            text = Stack().add(sheet.text(word, sheet_font(9, bold=True), width - sw - 8 * pt))
            text.add(sheet.text(description, sheet.small, width - sw - 8 * pt, GREY))
            swatch = Custom(
                sh, lambda p, x, y, s=safety: paint_swatch(p, QRectF(x, y, sw, sh), s, self.colours)
            )
            row = Row([(0.0, swatch), (sw + 8 * pt, text)])
            self.top_blocks.append((y, row))
            y += row.height + 5 * pt
        zone_set = sheet.zone_set
        symbols: list[tuple[str, Callable]] = []
        if any(name.startswith("pressure_point") for name in zone_set.landmarks):
            symbols.append(("Pressure point: slow, firm thumb pressure", self._diamond))
        seen = []
        for name in zone_set.lines:
            base = name.removesuffix("_left").removesuffix("_right")
            if base not in seen:
                seen.append(base)
                symbols.append((base.replace("_", " ").capitalize(), self._dashes))
        for label, symbol in symbols:
            text = sheet.text(label, sheet.small, width - sw - 8 * pt)
            row = Row(
                [
                    (
                        0.0,
                        Custom(
                            text.height,
                            lambda p, x, y, f=symbol, h=text.height: f(p, QRectF(x, y, sw, h)),
                        ),
                    ),
                    (sw + 8 * pt, text),
                ]
            )
            self.top_blocks.append((y, row))
            y += row.height + 3 * pt
        note = sheet.text(
            "The patterns show each level in a black-and-white copy too.",
            sheet_font(7.5, italic=True),
            width,
            GREY,
        )
        self.top_blocks.append((y + 1 * pt, note))
        return y + note.height + 14 * pt

    def _diamond(self, p: QPainter, rect: QRectF) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        paint_pressure_point(p, rect.center(), 4.5 * self.pt, self.pt)

    def _dashes(self, p: QPainter, rect: QRectF) -> None:
        p.setPen(symbol_line_pen(1.2 * self.pt))
        c = rect.center()
        p.drawLine(QLineF(rect.left(), c.y(), rect.right(), c.y()))

    def _name_line(self, p: QPainter, x: float, y: float) -> None:
        sheet, pt = self.sheet, self.pt
        p.setFont(sheet.body)
        p.setPen(INK)
        metrics = sheet.metrics(sheet.body)
        base = y + 12 * pt
        p.drawText(QPointF(x, base), "Name:")
        start = x + metrics.horizontalAdvance("Name:") + 5 * pt
        p.setPen(QPen(GREY, 0.6 * pt))
        p.drawLine(QLineF(start, base + 2 * pt, x + self.column.width(), base + 2 * pt))

    def _row(self, number: int, zones: list[Zone]) -> Block:
        sheet, pt, r = self.sheet, self.pt, self.radius
        width = self.column.width()
        zone = zones[0]

        def paint(p: QPainter, x: float, y: float, h: float | None = None) -> None:
            h = self.row_height if h is None else h
            cy = y + h / 2
            p.setFont(self.number_font)
            paint_number_badge(p, QPointF(x + r, cy), r, number, pt)
            left = x + 2 * r + 6 * pt
            if self.kind == "worksheet":
                p.setPen(QPen(GREY, 0.6 * pt))
                base = cy + r
                p.drawLine(QLineF(left, base, x + width * 0.64, base))
                p.drawLine(QLineF(x + width * 0.68, base, x + width, base))
                return
            metrics = sheet.metrics(sheet.body)
            base = cy + (metrics.ascent() - metrics.descent()) / 2
            word_font = sheet.small_bold
            word = SAFETY_WORDS[zone.safety]
            word_w = max(map(sheet.metrics(word_font).horizontalAdvance, SAFETY_WORDS.values()))
            word_w += 2 * pt
            swatch = QRectF(x + width - word_w - 16 * pt, cy - 4.5 * pt, 12 * pt, 9 * pt)
            name_w = swatch.left() - left - 4 * pt
            name = metrics.elidedText(zone.name, Qt.TextElideMode.ElideRight, name_w)
            p.setFont(sheet.body)
            p.setPen(INK)
            p.drawText(QPointF(left, base), name)
            paint_swatch(p, swatch, zone.safety, self.colours)
            p.setFont(word_font)
            p.setPen(INK)
            p.drawText(QPointF(swatch.right() + 4 * pt, base), word)

        return Custom(self.row_height, paint)

    # --- painting --------------------------------------------------------------------
    def paint(self, painter: QPainter) -> None:
        sheet, pt, rect = self.sheet, self.pt, self.rect
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        y = rect.top()
        self.title.draw(painter, rect.left(), y)
        y += self.title.height + 4 * pt
        if self.paged:
            self.lead.draw(painter, rect.left(), y)
        self.date.draw(painter, rect.right() - self.date.width, y)
        y = self.panel.top() - 6 * pt
        painter.setPen(QPen(INK, 0.8 * pt))
        painter.drawLine(QLineF(rect.left(), y, rect.right(), y))

        # the diagram, clipped to its own rectangle so that its number
        # badges keep off the column
        worksheet = self.kind == "worksheet"
        options = RenderOptions(
            colours=not worksheet,
            patterns=not worksheet,
            lines=not worksheet,
            pressure_points=not worksheet,
            numbers=sheet.numbers,
            margin=1.0,
            font_family=FONT_FAMILIES[0],
        )
        painter.save()
        painter.setClipRect(self.diagram)
        paint_body(painter, sheet.zone_set, self.diagram.adjusted(0, 2 * pt, 0, -2 * pt), options)
        painter.restore()

        for dy, block in self.top_blocks:
            painter.save()
            block.draw(painter, self.column.left(), self.column.top() + dy)
            painter.restore()
        for i, row in enumerate(self.rows[: self.fitted]):
            painter.save()
            row.draw(
                painter, self.column.left(), self.column.top() + self.rows_top + i * self.row_height
            )
            painter.restore()
        if self.fitted < len(self.rows):
            more = sheet.text(
                "Continued on the next page."
                if self.paged
                else f"{len(self.rows) - self.fitted} more in the PDF zone sheet.",
                sheet.small,
                self.column.width(),
                GREY,
            )
            more.draw(painter, self.column.left(), self.column.bottom() - more.height)

        box = QRectF(
            rect.left(),
            rect.bottom() - self.disclaimer.height - 8 * pt,
            rect.width(),
            self.disclaimer.height + 8 * pt,
        )
        painter.setPen(QPen(RULE, 0.6 * pt))
        painter.setBrush(QColor("#f4f4f4"))
        painter.drawRect(box)
        self.disclaimer.draw(painter, box.left() + 8 * pt, box.top() + 4 * pt)


__all__ = ["FrontPage", "ImageLayout", "SheetLayout", "numbered_kinds", "zone_numbers"]
