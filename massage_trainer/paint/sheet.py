"""The printable zone sheet: its pages, laid out before anything is painted.

``SheetLayout(device, zone_set, worksheet)`` lays out the whole sheet on one
paged device (a ``QPdfWriter``, a ``QPrinter``) in the device's own units:
page 1 holds the numbered back view, the safety legend and a key; then a table
of the numbered zones (its header repeated on every page), "What lies
beneath" (each view's anatomy layers drawn over its outline, with a key and
the structures of each layer by name), and the rules and a technique
glossary in two columns, with "Page N of M" in the footer: six pages
at most on A4 or US Letter, the flowing text set in the largest of a few sizes
that fits.  ``content`` asks for page 1 alone, or page 1 and the table.  A
sheet of several views (``SheetLayout(device, [back, front])``) has page 1
for each view, then one zone table in which each view's zones come under the
view's title, numbered as on its own page, then the rules and the glossary
once: ten pages at most for two views (``max_pages``).  The
worksheet holds the diagram without colours or patterns, lines to write each
zone's name and safety level, and an answer key page.  ``FrontPage`` is page 1
(and the answer key); ``ImageLayout`` lets it stand alone as the PNG and SVG
diagram.

Nothing is cut from what it belongs to: a block (a paragraph, a table row, a
glossary step list) never breaks across pages, a heading stays with what
follows it, the zones a technique is used on end its summary (kept with its
name), and a technique's paragraph carried over to a new column is headed
with the technique's name; ``placed`` records every block's page, column and
role so tests check this from the layout.  This is the program's own small
layout engine (``typeset``) rather than ``QTextDocument``, whose pagination
has page breaks before or after a block but no keep-with-next and no widow or
orphan control.

The layout is a first pass with ``QFontMetricsF`` (which also counts the
pages; a trial at a text size stops at the first page too many, and what
does not depend on the size, such as page 1 and the wrapped lines of a text
in a font, is made once for all the trials); ``SheetLayout.paint`` is the
second.  The diagram itself comes from the
one renderer, ``body.paint_body``, so paper and window agree.  Putting the
sheet on a printer or in a file is ``output``'s part.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPagedPaintDevice, QPaintDevice, QPainter, QPen

from massage_trainer.core import i18n
from massage_trainer.core.content import (
    CONTRA_KIND_TITLES,
    CONTRA_KINDS,
    PRESSURE_WORDS,
    Rules,
    Technique,
)
from massage_trainer.core.i18n import QT_TRANSLATE_NOOP, Tr, fill
from massage_trainer.core.safety import SAFETY_DESCRIPTIONS, SAFETY_LEVELS, SAFETY_WORDS
from massage_trainer.core.savefile import SaveError
from massage_trainer.core.strokes import Stroke, describe_technique, strokes_for
from massage_trainer.core.timefmt import format_date
from massage_trainer.core.zones import SIDE_WORDS, Zone, ZoneSet, anatomical_key
from massage_trainer.paint.badges import badge_radius, number_font, paint_number_badge
from massage_trainer.paint.body import (
    TRIGGER_POINTS,
    RenderOptions,
    legend_entries,
    paint_body,
    paint_pressure_point,
    paint_swatch,
    paint_trigger_points,
    symbol_line_pen,
)
from massage_trainer.paint.layers import layer_key_entries, paint_layer_swatch
from massage_trainer.paint.strokes import diagram_aspect, paint_stroke_diagram
from massage_trainer.paint.typeset import (
    FONT_FAMILIES,
    GREY,
    HEADER_FILL,
    INK,
    RULE,
    Block,
    Custom,
    PaintAt,
    Row,
    Stack,
    Typesetter,
    sheet_font,
)


class SheetText(Tr):
    """Texts of the printed zone sheet, the worksheet and its answer key."""


@dataclass(frozen=True)
class FrontText:
    """The words of one kind of front page."""

    title: str  # after the zone set's title
    lead: str
    lead_more: str  # added to the lead when more pages follow
    key_heading: str  # over the column of numbered rows
    continued: str  # over the rows that did not fit, on the next page


FRONT_KINDS = ("sheet", "worksheet", "key")


def front_text(kind: str) -> FrontText:
    """The words of a kind of front page, in the learner's language:
    "sheet": the zone sheet; "worksheet": the quiz without the answers;
    "key": its answers."""
    if kind == "worksheet":
        return FrontText(
            SheetText.tr("{view}: zone worksheet", "the worksheet's title"),
            SheetText.tr(
                "Write the name and the safety level of each numbered zone. "
                "Both zones of a left and right pair share one number."
            ),
            "",
            SheetText.tr("Your answers"),
            SheetText.tr("Write the name and the safety level of each zone (continued)"),
        )
    if kind == "key":
        return FrontText(
            SheetText.tr("{view}: answer key", "the answer key's title"),
            SheetText.tr(
                "The answers to the worksheet: every numbered zone with its name and its "
                "safety level."
            ),
            "",
            SheetText.tr("Key to the numbers"),
            SheetText.tr("Answer key (continued)"),
        )
    return FrontText(
        SheetText.tr("{view}: where to massage, and where not to", "the zone sheet's title"),
        SheetText.tr(
            "Work on the zones marked Target; go lightly on Caution; never press on Avoid."
        ),
        SheetText.tr("The numbers are explained on the following pages."),
        SheetText.tr("Key to the numbers"),
        SheetText.tr("Key to the numbers (continued)"),
    )


def sheet_name(worksheet: bool) -> str:
    """What the printed thing is called, in its footer and its file's title."""
    return SheetText.tr("zone worksheet") if worksheet else SheetText.tr("zone sheet")


# a pressure as the heading of a technique's entry (the words in a sentence
# are core's: ``content.PRESSURE_WORDS``)
_PRESSURE_TITLES = {
    "light": QT_TRANSLATE_NOOP("SheetText", "Light pressure"),
    "moderate": QT_TRANSLATE_NOOP("SheetText", "Moderate pressure"),
    "firm": QT_TRANSLATE_NOOP("SheetText", "Firm pressure"),
    "variable": QT_TRANSLATE_NOOP("SheetText", "Pressure varies"),
}


# the guide lines a view may draw, by name without the side
_LINE_NAMES = {
    "upper_trapezius_ridge": QT_TRANSLATE_NOOP("SheetText", "Upper trapezius ridge"),
    "collarbone": QT_TRANSLATE_NOOP("SheetText", "Collarbone"),
    "groin_fold": QT_TRANSLATE_NOOP("SheetText", "Groin fold"),
}


def line_name(base: str) -> str:
    """A guide line's name for the legend; a line this table does not know
    is named from its id."""
    text = _LINE_NAMES.get(base)
    return i18n.translated("SheetText", text) if text else base.replace("_", " ").capitalize()


def _numbered(n: int) -> str:
    """A list item's number: "3."."""
    return f"{n}."


def pressure_words(pressure: str, title: bool = False) -> str:
    """A technique's pressure in words ("light pressure"; ``title``: "Light
    pressure"); an unknown value as it is."""
    if not title:
        return PRESSURE_WORDS.get(pressure, pressure)
    text = _PRESSURE_TITLES.get(pressure)
    return i18n.translated("SheetText", text) if text else pressure


def side_words(side: str) -> str:
    """A zone's side in words ("left side"), "" for a zone on the midline."""
    return SIDE_WORDS.get(side, "")


def contra_kind_title(kind: str) -> str:
    """The heading over a kind of contraindication on paper."""
    return CONTRA_KIND_TITLES.get(kind, kind)


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


def views_title(zone_sets: Sequence[ZoneSet]) -> str:
    """The views' titles as one: "Back view and Front view"."""
    titles = [zs.title for zs in zone_sets]
    if len(titles) < 2:
        return "".join(titles)
    return fill(
        SheetText.tr("{views} and {last}", "a list of views: the first ones, the last"),
        views=SheetText.tr(", ", "between views in a list").join(titles[:-1]),
        last=titles[-1],
    )


def merged_rules(zone_sets: Sequence[ZoneSet]) -> Rules:
    """The rules of every view, each once: the first view's, then any rule or
    contraindication of a later view with a title not seen before (views
    that share a rules file add nothing).  The disclaimer and the order of a
    session are the first view's that has one."""
    first = zone_sets[0].rules
    rules, contras = list(first.rules), list(first.contraindications)
    for zone_set in zone_sets[1:]:
        for have, more in (
            (rules, zone_set.rules.rules),
            (contras, zone_set.rules.contraindications),
        ):
            titles = {r.title for r in have}
            have += [r for r in more if r.title not in titles]
    disclaimer = next((zs.rules.disclaimer for zs in zone_sets if zs.rules.disclaimer), "")
    order = next((zs.rules.session_order for zs in zone_sets if zs.rules.session_order), ())
    return Rules(disclaimer, tuple(rules), tuple(contras), order)


def grouped_names(names: Sequence[str]) -> list[str]:
    """Names once each, in order, with numbered runs joined: 'C2 spinous
    process', 'C3 spinous process', 'T1 spinous process' become 'spinous
    process: C2-C3, T1'; 'Rib 7' to 'Rib 12' become 'Rib: 7-12'."""
    out: dict[str, list[tuple[str, int]]] = {}
    for name in dict.fromkeys(names):
        lead = re.fullmatch(r"([A-Z])(\d+) (.+)", name)
        tail = re.fullmatch(r"(.+) (\d+)", name)
        if lead:
            out.setdefault(lead[3], []).append((lead[1], int(lead[2])))
        elif tail:
            out.setdefault(tail[1], []).append(("", int(tail[2])))
        else:
            out.setdefault(name, [])
    listed = []
    for base, numbers in out.items():
        if not numbers:
            listed.append(base)
            continue
        runs: list[list[tuple[str, int]]] = []
        for letter, n in numbers:
            if runs and runs[-1][-1][0] == letter and runs[-1][-1][1] + 1 == n:
                runs[-1].append((letter, n))
            else:
                runs.append([(letter, n)])
        spans = [
            f"{r[0][0]}{r[0][1]}" + (f"\u2013{r[-1][0]}{r[-1][1]}" if len(r) > 1 else "")
            for r in runs
        ]
        if len(numbers) == 1:
            listed.append(f"{spans[0]} {base}" if numbers[0][0] else f"{base} {spans[0]}")
        else:
            listed.append(f"{base[:1].upper()}{base[1:]}: {', '.join(spans)}")
    return listed


def _swatch_at(key: str, width: float) -> Callable[[QPainter, float, float], None]:
    """A layer symbol's swatch, ``width`` wide, for a key row."""

    def paint(p: QPainter, x: float, y: float) -> None:
        paint_layer_swatch(p, QRectF(x, y, width, width * 0.6), key)

    return paint


def _draw_at(block: Block, x: float, y: float) -> Callable[[QPainter], None]:
    """A page's painting step: ``block`` drawn at (x, y)."""

    def draw(painter: QPainter) -> None:
        block.draw(painter, x, y)

    return draw


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


MAX_PAGES = 6  # the whole sheet of one view, on A4 or US Letter
# a technique's stroke diagram in the glossary: at most this share of the
# column wide, and from the first to the second many points tall
DIAGRAM_SHARE = 0.3
DIAGRAM_MIN_HEIGHT = 36.0
DIAGRAM_MAX_HEIGHT = 110.0
# each further view adds its diagram page and its part of the zone table
PAGES_PER_VIEW = 4
# the "What lies beneath" figure of a view: this share of a page's height
BENEATH_SHARE = 0.26


def max_pages(views: int) -> int:
    """The most pages a whole sheet of ``views`` views may take."""
    return MAX_PAGES + PAGES_PER_VIEW * max(views - 1, 0)


@dataclass(frozen=True)
class TextSizes:
    """The sizes of the flowing pages' text in points, and their leading (the
    lines' distance as a share of the font's own line spacing)."""

    table: float
    rules: float
    glossary: float
    leading: float


# from the most readable down: the sheet is set in the first that fits on
# max_pages() pages (the last one is used if none does); a tighter leading
# leaves out room for accents the sheet's text does not have
TEXT_SIZES = (
    TextSizes(7.5, 8.0, 7.5, 1.0),
    TextSizes(7.0, 7.5, 7.0, 0.94),
    TextSizes(7.0, 7.0, 6.5, 0.94),
    TextSizes(6.5, 7.0, 6.5, 0.92),
    TextSizes(6.5, 6.5, 6.0, 0.9),  # room for the "What lies beneath" figure on Letter
    # the back view's sheet with its stroke diagrams and its anatomy figure
    TextSizes(6.0, 6.0, 5.5, 0.9),
    # a language longer than English (German, some 30 % more) on US Letter
    TextSizes(5.5, 5.5, 5.5, 0.88),
    TextSizes(5.5, 5.5, 5.0, 0.86),
)
# what a sheet holds: page 1 alone, page 1 and the zone table, or everything
PAGE_CHOICES = ("1", "table", "all")


class _TooLong(Exception):
    """A trial layout of the sheet ran past its most pages."""


@dataclass
class Placed:
    """One block as laid out on the flowing pages: where it went and what it
    is, so that the keep-together rules can be checked from the layout."""

    page: int  # from 0
    column: int
    y: float
    height: float
    # heading, running (a repeated head), row, text, part (of a technique),
    # used_on, figure (a view's "What lies beneath")
    role: str


class SheetLayout(ImageLayout):
    """Lays out the sheet on one paged device, in the device's own units, and
    paints it.  ``pages`` is known after construction, before any painting.

    ``zone_sets`` is one view or several: a sheet of several views has a
    diagram page for each (``view_pages``), then one zone table with the
    zones of each view under the view's title, numbered as on its diagram,
    and the rules and the glossary once.  A worksheet of several views has a
    worksheet page for each, then their answer keys.

    Blocks are never split across pages, so no paragraph leaves a line alone
    at the top or the bottom of a page; a heading is kept with what follows
    it, and a technique's name with its summary and the zones it is used
    on.  ``content`` chooses what the sheet holds (``PAGE_CHOICES``).
    """

    def __init__(
        self,
        device: QPagedPaintDevice,
        zone_sets: ZoneSet | Sequence[ZoneSet],
        worksheet: bool = False,
        day: date | None = None,
        content: str = "all",
    ) -> None:
        if content not in PAGE_CHOICES:
            raise ValueError(f"unknown pages {content!r}; use one of {', '.join(PAGE_CHOICES)}")
        views = [zone_sets] if isinstance(zone_sets, ZoneSet) else list(zone_sets)
        if not views:
            raise ValueError("a sheet needs at least one view")
        super().__init__(device, views[0], worksheet, day)
        self.paged_device = device  # the same device, typed as one with pages
        self.views = views
        self.several = len(views) > 1
        self.view_kinds = [self.kinds] + [numbered_kinds(zs) for zs in views[1:]]
        self.title = views_title(views)
        self.rules = merged_rules(views) if self.several else views[0].rules
        self.techniques: dict[str, Technique] = {}
        self.families: dict[str, str] = {}
        for zs in views:  # a technique named alike in two views is the first's
            self.techniques.update(
                {k: t for k, t in zs.techniques.items() if k not in self.techniques}
            )
            self.families.update({k: f for k, f in zs.families.items() if k not in self.families})
        self.max_pages = max_pages(len(views))
        self.content = content
        self.width = float(device.width())
        self.height = float(device.height())
        self.footer_font = sheet_font(7.0)
        self.footer_height = 16 * self.pt
        self.bottom = self.height - self.footer_height
        self.gutter = 16 * self.pt
        # what does not change with the text's size, made in the first trial
        self._front_pages: dict[tuple[str, int], FrontPage] = {}
        self._strokes: dict[tuple[str, int], tuple[tuple[Stroke, ...], float, tuple[str, ...]]] = {}
        self.page_limit: int | None = None  # a trial's most pages (None: no limit)
        for i, sizes in enumerate(TEXT_SIZES):
            # a trial that runs past the most pages stops there: the next
            # size is tried (the last size is laid out whole, whatever its length)
            last = i == len(TEXT_SIZES) - 1
            try:
                self._lay_out(sizes, None if last else self.max_pages)
            except _TooLong:
                continue
            if len(self.pages) <= self.max_pages:
                break
        self.page_limit = None

    def _lay_out(self, sizes: TextSizes, page_limit: int | None = None) -> None:
        """Lay out every page with the flowing text at ``sizes``; raise
        ``_TooLong`` as soon as it takes more than ``page_limit`` pages."""
        self.sizes = sizes
        self.page_limit = page_limit
        self.leading = 1.0
        self.pages: list[list[Callable[[QPainter], None]]] = []
        self.placed: list[Placed] = []
        self.y = 0.0
        self.columns, self.column, self.column_top = 1, 0, 0.0
        self.column_ends: list[float] = []  # where the filled columns of this page end
        self.fresh = True  # nothing placed yet in this column on this page
        kind = "worksheet" if self.worksheet else "sheet"
        more = self.content != "1"
        rect = QRectF(0, 0, self.width, self.bottom)
        self.fronts: list[FrontPage] = []
        self.view_pages: list[int] = []  # each view's diagram page, from 0
        for i in range(len(self.views)):
            front = self._front_page_of(kind, i, rect, more)
            self.view_pages.append(self._front_page(front))
            self.fronts.append(front)
        self.front = self.fronts[0]
        if self.content == "1":
            return
        if self.worksheet:
            for i in range(len(self.views)):
                self._front_page(self._front_page_of("key", i, rect, True))
            return
        self.leading = sizes.leading
        self._zone_table()
        if self.content == "all":
            self._beneath()
            self._rules()
            self._glossary()

    def _front_page_of(self, kind: str, view: int, rect: QRectF, more: bool) -> FrontPage:
        """The front page of a kind for a view, made once: it is the same at
        every size of the flowing text (it sets its own, at a leading of 1)."""
        front = self._front_pages.get((kind, view))
        if front is None:
            leading, self.leading = self.leading, 1.0
            front = FrontPage(self, rect, kind, more=more, zone_set=self.views[view])
            self.leading = leading
            self._front_pages[(kind, view)] = front
        return front

    # --- flowing pages -------------------------------------------------------------
    @property
    def column_width(self) -> float:
        return (self.width - (self.columns - 1) * self.gutter) / self.columns

    def set_columns(self, count: int) -> None:
        """Flow what follows in ``count`` columns (1: the full width), below
        everything already on this page."""
        self.y = max([self.y, *self.column_ends])
        self.columns, self.column, self.column_top = count, 0, self.y
        self.column_ends = []

    def new_page(self) -> None:
        """Go on in the next column, or at the top of a new page."""
        if self.column + 1 < self.columns:
            self.column_ends.append(self.y)
            self.column += 1
            self.y, self.fresh = self.column_top, True
            return
        self.pages.append([])
        if self.page_limit is not None and len(self.pages) > self.page_limit:
            raise _TooLong
        self.y, self.fresh = 0.0, True
        self.column, self.column_top, self.column_ends = 0, 0.0, []

    @property
    def at_top(self) -> bool:
        """True at the top of a page or a column: no gap there."""
        return self.fresh

    @property
    def at_page_top(self) -> bool:
        """True at the top of a column that starts at the top of a page: the
        most room there is, so whatever comes is placed there."""
        return self.fresh and self.column_top == 0.0

    def fits(self, height: float) -> bool:
        return self.y + height <= self.bottom + 0.01

    def keep(self, height: float) -> None:
        """Start a new column or page unless ``height`` more fits here."""
        while not self.fits(height) and not self.at_page_top:
            self.new_page()

    def place(self, block: Block, x: float = 0.0, gap: float = 0.0, role: str = "text") -> None:
        """Put a block at the current position, in the next column or on a new
        page if it does not fit (a block taller than a page is placed anyway)."""
        if not self.at_top:
            self.y += gap
        height = block.height  # summed over the block's parts: once
        while not self.fits(height) and not self.at_page_top:
            self.new_page()
        x += self.column * (self.column_width + self.gutter)
        y = self.y
        self.pages[-1].append(_draw_at(block, x, y))
        self.placed.append(Placed(len(self.pages) - 1, self.column, y, height, role))
        self.y += height
        self.fresh = False

    def heading(
        self, text: str, size: float = 13.0, keep: float = 0.0, gap: float | None = None
    ) -> None:
        """A heading kept in one column with the next ``keep`` units of content."""
        block = self.text(text, sheet_font(size, bold=True), self.column_width)
        gap = (size * 1.1 if gap is None else gap) * self.pt
        self.keep(gap + block.height + 3 * self.pt + keep)
        self.place(block, gap=gap, role="heading")
        self.y += 3 * self.pt

    def section(self, text: str, keep: float) -> None:
        """A top-level section: a title and a rule across the column, kept
        with the next ``keep`` units of content."""
        rule_height = 6 * self.pt
        self.heading(text, 14.0 if self.columns > 1 else 15.0, keep + rule_height, gap=18)
        width = self.column_width
        pen_width = self.pt

        def rule(p: QPainter, x: float, y: float) -> None:
            p.setPen(QPen(INK, pen_width))
            p.drawLine(QLineF(x, y, x + width, y))

        self.place(Custom(rule_height, rule), role="heading")

    def _front_page(self, front: FrontPage) -> int:
        """A front page (a view's diagram, or its answer key) on a page of its
        own, and the rows of its key that did not fit on it; return the page."""
        if self.pages:
            self.new_page()
        else:
            self.pages.append([])
        page = len(self.pages) - 1
        self.pages[-1].append(front.paint)
        self.y, self.fresh = self.bottom, False  # the front page is full
        self._rest_of_rows(front)
        return page

    def _rest_of_rows(self, front: FrontPage) -> None:
        """Rows of a front page's column that did not fit there."""
        rows = front.rows[front.fitted :]
        if not rows:
            return
        self.new_page()
        title = front_text(front.kind).continued
        if self.several:
            title = fill(
                SheetText.tr("{view}: {title:lower}", "a view's title, then a heading"),
                view=front.zone_set.title,
                title=title,
            )
        self.heading(title, 13.0, rows[0].height)
        for row in rows:
            self.place(row, role="row")

    # --- the table of zones --------------------------------------------------------
    def _zone_table(self) -> None:
        pt = self.pt
        shares = [
            (SheetText.tr("No.", "the zone table's column of numbers"), 0.04),
            (SheetText.tr("Zone and safety"), 0.16),
            (SheetText.tr("Why, what to watch for, and the techniques"), 0.80),
        ]
        pad = 2.5 * pt
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
                padding=2 * pt,
                fill=HEADER_FILL,
                rule=INK,
                width=self.width,
                pen_width=0.8 * pt,
            )

        # the badges of the view with the most numbers, so that all are alike
        front = max(self.fronts, key=lambda f: f.radius)
        radius = front.radius
        numfont = front.number_font
        table_font, table_italic = (
            sheet_font(self.sizes.table),
            sheet_font(self.sizes.table, italic=True),
        )

        def zone_row(zone_set: ZoneSet, number: int, zones: list[Zone]) -> Row:
            zone = zones[0]
            cells: list[tuple[float, Block]] = []

            def badge(p: QPainter, x: float, y: float) -> None:
                p.setFont(numfont)
                paint_number_badge(p, QPointF(x + radius, y + radius), radius, number, pt)

            cells.append((xs[0] + pad, Custom(2 * radius, badge)))
            name = Stack().add(self.text(zone.name, sheet_font(8, bold=True), widths[1] - 2 * pad))
            sides = SheetText.tr("left and right") if len(zones) > 1 else side_words(zone.side)
            if sides:
                name.add(self.text(sides, self.small, widths[1] - 2 * pad, GREY))
            name.add(self._safety_cell(zone.safety, widths[1] - 2 * pad), gap=2 * pt)
            cells.append((xs[1] + pad, name))
            text_width = widths[2] - 2 * pad
            why = Stack().add(self.text(zone.why, table_font, text_width))
            if zone.warnings:
                warnings = fill(
                    SheetText.tr("Take care: {warnings}"), warnings=" ".join(zone.warnings)
                )
                why.add(self.text(warnings, table_italic, text_width), gap=1 * pt)
            techniques = [
                zone_set.techniques[t].name for t in zone.techniques if t in zone_set.techniques
            ]
            if techniques:
                line = fill(
                    SheetText.tr("Techniques: {techniques}."), techniques=", ".join(techniques)
                )
                why.add(self.text(line, table_font, text_width, GREY), gap=1 * pt)
            cells.append((xs[2] + pad, why))
            return Row(cells, padding=1.5 * pt, rule=RULE, width=self.width, pen_width=0.5 * pt)

        groups = [
            (zone_set, page, [zone_row(zone_set, n, zones) for n, zones in kinds])
            for zone_set, page, kinds in zip(
                self.views, self.view_pages, self.view_kinds, strict=True
            )
        ]
        safety = "; ".join(
            f"{SAFETY_WORDS[s]} \u2013 {SAFETY_DESCRIPTIONS[s]}" for s in SAFETY_LEVELS
        )
        if self.several:
            where = "; ".join(
                fill(SheetText.tr("{view}, page {page}"), view=zs.title, page=page + 1)
                for zs, page, _r in groups
            )
            numbers = fill(
                SheetText.tr(
                    "The zones of each view are numbered separately, as on that view's diagram "
                    "({where}); both zones of a left and right pair share one number."
                ),
                where=where,
            )
        else:
            numbers = SheetText.tr(
                "The numbers match the diagram on page 1; both zones of a left and "
                "right pair share one number."
            )
        intro = self.text(
            fill(SheetText.tr("{numbers} Safety: {levels}."), numbers=numbers, levels=safety),
            self.body,
            self.width,
            GREY,
        )
        sub_gap = 5 * pt  # above a view's title in the table

        def view_title(zone_set: ZoneSet, page: int) -> Row:
            title = self.text(zone_set.title, sheet_font(10, bold=True), self.width * 0.6)
            note = self.text(
                fill(SheetText.tr("numbered as on page {page}"), page=page + 1),
                self.small,
                self.width * 0.4 - pad,
                GREY,
                align_right=True,
            )
            dy = title.ascent - note.ascent  # the two on one baseline
            return Row(
                [(pad, title), (self.width * 0.6, Stack().add(note, gap=dy))],
                padding=1.5 * pt,
                rule=INK,
                width=self.width,
                pen_width=0.8 * pt,
            )

        def continued(zone_set: ZoneSet | None) -> None:
            """A new page, headed as the table's continuation."""
            self.new_page()
            label = SheetText.tr("The numbered zones (continued)")
            if zone_set is not None:
                label = fill(
                    SheetText.tr("The numbered zones, {view} (continued)"), view=zone_set.title
                )
            self.place(self.text(label, sheet_font(9, bold=True), self.width, GREY), role="running")
            self.y += 3 * pt
            self.place(header(), role="running")

        first_rows = groups[0][2]
        first = (
            intro.height + 6 * pt + header().height + (first_rows[0].height if first_rows else 0)
        )
        if self.several:
            first += sub_gap + view_title(self.views[0], 0).height
        self.section(SheetText.tr("The numbered zones"), first)
        self.place(intro)
        self.y += 6 * pt
        self.place(header(), role="running")
        for zone_set, page, rows in groups:
            if self.several:
                title = view_title(zone_set, page)
                # a view's title stays with its first row
                if not self.fits(sub_gap + title.height + (rows[0].height if rows else 0)):
                    continued(None)
                self.place(title, gap=sub_gap, role="heading")
            for row in rows:
                if not self.fits(row.height):
                    continued(zone_set if self.several else None)
                self.place(row, role="row")

    # --- what lies beneath -----------------------------------------------------------
    def _beneath(self) -> None:
        """Each view's anatomy layers drawn over its outline, with a key to the
        symbols and the structures of each layer by name: half a page per view
        across the full width, so it fits beside the rest of the sheet."""
        pt = self.pt
        shown = [zs for zs in self.views if zs.structures]
        if not shown:
            return
        self.set_columns(1)
        height = min(BENEATH_SHARE * self.bottom, 0.7 * self.width)
        for i, zone_set in enumerate(shown):
            title = SheetText.tr("What lies beneath")
            if self.several:
                title = fill(SheetText.tr("What lies beneath: {view:lower}"), view=zone_set.title)
            block = self._beneath_block(zone_set, height)  # the key may be taller
            if i == 0 or self.several:
                self.section(title, block.height)
            self.place(block, role="figure")
            self.y += 6 * pt

    def _beneath_block(self, zone_set: ZoneSet, height: float) -> Block:
        """One view's figure (the zones neutral, every layer on) and its key."""
        pt = self.pt
        width = self.width
        canvas_w, canvas_h = zone_set.canvas
        figure_w = min(height * canvas_w / canvas_h * 1.08, 0.4 * width)
        key_x = figure_w + 14 * pt
        key_w = width - key_x
        intro = self.text(
            SheetText.tr(
                "The bones, organs, nerves, vessels and muscles under the zones, as "
                "the window shows them with every anatomy layer on. The zones are "
                "left plain here: their levels are on the diagram page."
            ),
            sheet_font(self.sizes.rules),
            key_w,
            GREY,
        )
        entries = layer_key_entries(zone_set)
        sw = 22 * pt
        cell = (key_w - 10 * pt) / 2
        key_rows: list[Block] = []
        for entry in entries:
            words = Stack().add(
                self.text(entry.label, sheet_font(self.sizes.rules, bold=True), cell - sw - 6 * pt)
            )
            words.add(self.text(entry.description, self.small, cell - sw - 6 * pt, GREY))
            key_rows.append(
                Row([(0.0, Custom(words.height, _swatch_at(entry.key, sw))), (sw + 6 * pt, words)])
            )
        names: list[Block] = []
        for layer in zone_set.layers:
            structures = [s for s in zone_set.structures if s.layer == layer]
            if not structures:
                continue
            listed = fill(
                SheetText.tr("{structures}.", "a layer's structures listed"),
                structures=", ".join(grouped_names([s.name for s in structures])),
            )
            label = zone_set.layer_names.get(layer, layer)
            names.append(
                Stack()
                .add(self.text(label, sheet_font(self.sizes.rules, bold=True), key_w))
                .add(self.text(listed, self.small, key_w))
            )
        layers = frozenset(zone_set.layers)
        options = RenderOptions(
            colours=False,
            patterns=False,
            lines=False,
            pressure_points=False,
            layers=layers,
            margin=1.0,
            font_family=FONT_FAMILIES[0],
        )

        key_height = intro.height + 6 * pt
        for j in range(0, len(key_rows), 2):
            key_height += max(r.height for r in key_rows[j : j + 2]) + 4 * pt
        key_height += 4 * pt + sum(b.height + 3 * pt for b in names)

        def paint(p: QPainter, x: float, y: float) -> None:
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            rect = QRectF(x, y, figure_w, height)
            p.save()
            p.setClipRect(rect)
            paint_body(p, zone_set, rect, options)
            p.restore()
            top = y
            intro.draw(p, x + key_x, top)
            top += intro.height + 6 * pt
            for j in range(0, len(key_rows), 2):
                pair = key_rows[j : j + 2]
                for k, row in enumerate(pair):
                    row.draw(p, x + key_x + k * (cell + 10 * pt), top)
                top += max(r.height for r in pair) + 4 * pt
            top += 4 * pt
            for block in names:
                block.draw(p, x + key_x, top)
                top += block.height + 3 * pt

        return Custom(max(height, key_height), paint)

    def _safety_cell(self, safety: str, width: float) -> Block:
        """The level's swatch and its word, on one line."""
        pt = self.pt
        colours = not self.worksheet
        word = self.text(SAFETY_WORDS[safety], sheet_font(8, bold=True), width - 20 * pt)
        swatch = Custom(
            word.height,
            lambda p, x, y: paint_swatch(
                p, QRectF(x, y + (word.height - 8 * pt) / 2, 15 * pt, 8 * pt), safety, colours
            ),
        )
        return Row([(0.0, swatch), (19 * pt, word)])

    # --- the rules -------------------------------------------------------------------
    def _item(
        self,
        title: str,
        text: str,
        mark: str = "",
        width: float | None = None,
        indent: float | None = None,
    ) -> Block:
        """A titled paragraph with an optional hanging number (or bullet),
        ``indent`` wide (by default as wide as the mark needs)."""
        pt = self.pt
        width = self.width if width is None else width
        if indent is None:
            indent = self._mark_indent([mark]) if mark else 0.0
        body = Stack().add(
            self.text(title, sheet_font(self.sizes.rules, bold=True), width - indent)
        )
        if text:
            body.add(self.text(text, sheet_font(self.sizes.rules), width - indent), gap=0.5 * pt)
        if not mark:
            return body
        return Row(
            [
                (0.0, self.text(mark, sheet_font(self.sizes.rules, bold=True), indent)),
                (indent, body),
            ]
        )

    def _mark_indent(self, marks: list[str]) -> float:
        """The hanging indent that holds the widest of ``marks`` on one line:
        "10." as well as "9."."""
        metrics = self.metrics(sheet_font(self.sizes.rules, bold=True))
        widest = max((metrics.horizontalAdvance(mark) for mark in marks), default=0.0)
        return max(14 * self.pt, widest + 4 * self.pt)

    def _rules(self) -> None:
        rules = self.rules
        pt = self.pt
        if not (rules.rules or rules.contraindications or rules.session_order):
            return
        gap = 3 * pt  # between items
        # the title across the page; the rules and the glossary flow in two
        # columns under it
        self.section(SheetText.tr("Rules, and when not to massage"), 60 * pt)
        self.set_columns(2)
        width = self.column_width
        marks = [_numbered(i) for i in range(1, len(rules.rules) + 1)]
        indent = self._mark_indent(marks)
        items = [
            self._item(r.title, r.text, mark, width, indent)
            for mark, r in zip(marks, rules.rules, strict=True)
        ]
        if items:
            self.heading(SheetText.tr("General rules"), 11.0, gap + items[0].height, gap=2)
            for item in items:
                self.place(item, gap=gap)
        if rules.contraindications:
            intro = self.text(
                SheetText.tr(
                    "Some conditions rule a massage out, some rule out one area, and "
                    "some call for a wait. When in doubt, do not massage and ask a "
                    "doctor."
                ),
                self.body,
                width,
                GREY,
            )
            self.heading(SheetText.tr("When not to massage"), 11.0, intro.height)
            self.place(intro)
            for kind in CONTRA_KINDS:
                title = contra_kind_title(kind)
                entries = [
                    self._item(c.title, c.text, "\u2022", width)
                    for c in rules.contraindications
                    if c.kind == kind
                ]
                if not entries:
                    continue
                self.heading(title, 9.5, gap + entries[0].height, gap=8)
                for entry in entries:
                    self.place(entry, gap=gap)
            for c in rules.contraindications:
                if c.kind not in CONTRA_KINDS:
                    self.place(self._item(c.title, c.text, "\u2022", width), gap=gap)
        if rules.session_order:
            names: dict[str, list[str]] = {}  # kind -> its zones' names, with their numbers
            for zone_set, kinds in zip(self.views, self.view_kinds, strict=True):
                for number, zones in kinds:
                    where = (
                        fill(
                            SheetText.tr("{view}, {number}", "a zone's view and its number"),
                            view=zone_set.title,
                            number=number,
                        )
                        if self.several
                        else f"{number}"
                    )
                    names.setdefault(zones[0].kind, []).append(f"{zones[0].name} ({where})")
            steps = []
            indent = self._mark_indent([_numbered(len(rules.session_order))])
            for i, step in enumerate(rules.session_order, 1):
                areas = [name for a in step.areas for name in names.get(a, [])]
                text = step.text
                if areas:
                    text += "\n" + fill(SheetText.tr("Zones: {zones}."), zones=", ".join(areas))
                steps.append(self._item(step.title, text, _numbered(i), width, indent))
            self.heading(SheetText.tr("Order of a session"), 11.0, gap + steps[0].height)
            for item in steps:
                self.place(item, gap=gap)

    # --- the glossary ------------------------------------------------------------------
    def _technique(
        self, t: Technique, where: str, width: float
    ) -> tuple[Block, list[tuple[Block, str]]]:
        """One glossary entry: its head (the name and the pressure) and its
        parts (the summary, which ends with the zones the technique is used
        on, the steps, the cautions), each with its role."""
        font = sheet_font(self.sizes.glossary)
        italic = sheet_font(self.sizes.glossary, italic=True)
        head = Row(
            [
                (0.0, self.text(t.name, sheet_font(9.5, bold=True), width * 0.62)),
                (
                    width * 0.62,
                    self.text(
                        pressure_words(t.pressure, title=True),
                        self.small,
                        width * 0.38,
                        GREY,
                        align_right=True,
                    ),
                ),
            ]
        )
        parts: list[tuple[Block, str]] = []
        # the zones it is used on (``where``) end the summary rather than
        # taking a line of their own: the "used_on" part, which never starts
        # a column
        if t.summary:
            summary = f"{t.summary} {where}".strip()
            parts.append((self.text(summary, italic, width), "used_on" if where else "part"))
        elif where:
            parts.append((self.text(where, self.small, width, GREY), "used_on"))
        # the steps run on in one paragraph, each with its number: on paper
        # that saves a third of the glossary's length
        steps = " ".join(f"{_numbered(i)}\u00a0{step}" for i, step in enumerate(t.steps, 1))
        if steps:
            parts.append((self.text(steps, font, width), "part"))
        cautions = (
            fill(SheetText.tr("Take care: {warnings}"), warnings=" ".join(t.cautions))
            if t.cautions
            else ""
        )
        diagrams = self._stroke_diagrams(t, width, cautions, italic)
        parts += [(block, "part") for block in diagrams]
        if cautions and not diagrams:
            parts.append((self.text(cautions, italic, width), "part"))
        return head, parts

    def _stroke_diagrams(
        self, t: Technique, width: float, cautions: str, italic: QFont
    ) -> list[Block]:
        """Per view with the technique's strokes: a small diagram of them drawn
        by the one renderer, with the strokes in words beside it (and, beside
        the first, the technique's cautions)."""
        blocks: list[Block] = []
        pt = self.pt
        font = sheet_font(max(self.sizes.glossary - 1.0, 6.0))
        for view, zone_set in enumerate(self.views):
            strokes, aspect, described = self._strokes_of(t, view)
            if not strokes:
                continue
            words = list(described)
            if self.several:
                words.insert(
                    0, fill(SheetText.tr("{view}:", "before a view's strokes"), view=zone_set.title)
                )
            with_cautions = bool(cautions and not blocks)

            def beside(box_w: float, words=words, with_cautions=with_cautions) -> Block:
                text_w = width - box_w - 6 * pt
                block: Block = self.text(" ".join(words), font, text_w, GREY)
                if with_cautions:
                    block = Stack().add(block).add(self.text(cautions, italic, text_w), gap=2 * pt)
                return block

            # as tall as the text beside it (so it costs no room), within limits
            box_w = min(width * DIAGRAM_SHARE, DIAGRAM_MIN_HEIGHT * pt / aspect)
            for _ in range(2):
                text = beside(box_w)
                box_h = min(max(text.height, DIAGRAM_MIN_HEIGHT * pt), DIAGRAM_MAX_HEIGHT * pt)
                box_w = min(width * DIAGRAM_SHARE, box_h / aspect)
            text = beside(box_w)
            box_h = box_w * aspect
            text_x = box_w + 6 * pt

            def diagram(
                p: QPainter, x: float, y: float, zs=zone_set, ss=strokes, w=box_w, h=box_h
            ) -> None:
                paint_stroke_diagram(p, zs, ss, QRectF(x, y, w, h), colours=True, frame=0.5 * pt)

            blocks.append(Row([(0.0, Custom(box_h, diagram)), (text_x, text)]))
        return blocks

    def _strokes_of(
        self, t: Technique, view: int
    ) -> tuple[tuple[Stroke, ...], float, tuple[str, ...]]:
        """A technique's strokes on a view, its diagram's aspect and its
        strokes in words: found once, the same at every text size."""
        found = self._strokes.get((t.id, view))
        if found is None:
            zone_set = self.views[view]
            strokes = strokes_for(t, zone_set)
            if strokes:
                aspect = diagram_aspect(strokes, zone_set)
                found = (strokes, aspect, tuple(describe_technique(t, zone_set)))
            else:
                found = (strokes, 0.0, ())
            self._strokes[(t.id, view)] = found
        return found

    def _used_on(self) -> dict[str, str]:
        """Technique id -> the line naming the zones it is used on, by the
        table's numbers (with each view's title on a sheet of several)."""
        used: dict[str, list[list[str]]] = {}  # technique -> per view, its numbers
        for i, kinds in enumerate(self.view_kinds):
            for number, zones in kinds:
                for technique_id in zones[0].techniques:
                    per_view = used.setdefault(technique_id, [[] for _v in self.views])
                    per_view[i].append(str(number))
        lines = {}
        for technique_id, per_view in used.items():
            count = sum(map(len, per_view))
            if self.several:
                parts = [
                    fill(
                        SheetText.tr("{numbers} ({view})", "zone numbers and their view"),
                        numbers=", ".join(numbers),
                        view=zone_set.title,
                    )
                    for zone_set, numbers in zip(self.views, per_view, strict=True)
                    if numbers
                ]
                listed = SheetText.tr(" and ", "between the views' zone numbers").join(parts)
            else:
                listed = ", ".join(per_view[0])
            # the numbers follow the noun, so only one or more than one matters
            template = (
                SheetText.tr("Used on zone {numbers}.", "one zone's number")
                if count == 1
                else SheetText.tr("Used on zones {numbers}.", "several zones' numbers")
            )
            lines[technique_id] = fill(template, numbers=listed)
        return lines

    def _glossary(self) -> None:
        techniques = self.techniques
        if not techniques:
            return
        pt = self.pt
        used = self._used_on()
        families: dict[str, list[Technique]] = {}
        for technique in techniques.values():
            families.setdefault(technique.family, []).append(technique)
        order = list(self.families) + [f for f in families if f not in self.families]
        intro = self.text(
            SheetText.tr(
                "Every technique named in the zone table, grouped by family, with "
                "its steps. Work slowly, check the pressure with the person, and "
                "keep to the zones marked Target."
            ),
            sheet_font(8),
            self.column_width,
            GREY,
        )
        self.section(SheetText.tr("Technique glossary"), intro.height + 80 * pt)
        self.place(intro)
        width = self.column_width
        head_gap, part_gap = 4 * pt, 1 * pt

        def first_height(head: Block, parts: list[tuple[Block, str]]) -> float:
            # the name stays with the summary and the zones it is used on, and
            # with the first paragraph of steps after them
            height = head.height
            for part, role in parts[:2]:
                height += part_gap + part.height
                if role == "part":
                    break
            return height

        for family in order:
            if family not in families:
                continue
            entries = [self._technique(t, used.get(t.id, ""), width) for t in families[family]]
            title = techniques[families[family][0].id].family_name
            self.heading(title, 10.5, head_gap + first_height(*entries[0]), gap=6)
            for t, (head, parts) in zip(families[family], entries, strict=True):
                self.keep(head_gap + first_height(head, parts))
                self.place(head, gap=head_gap, role="heading")
                for part, role in parts:
                    if not self.fits(part_gap + part.height):
                        # a paragraph carried over (its cautions, say) is
                        # headed with the technique's name
                        self.new_page()
                        label = self.text(
                            fill(SheetText.tr("{technique} (continued)"), technique=t.name),
                            self.small_bold,
                            width,
                            GREY,
                        )
                        self.place(label, role="running")
                    self.place(part, gap=part_gap, role=role)

    # --- painting ------------------------------------------------------------------------
    def paint(self, painter: QPainter) -> None:
        """Paint every page; the device must be a paged one (newPage)."""
        total = len(self.pages)
        for index, ops in enumerate(self.pages):
            if index and not self.paged_device.newPage():
                raise SaveError(SheetText.tr("a new page could not be started"))
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
            fill(
                SheetText.tr("Massage Trainer {what} \u2013 {views} \u2013 {date}"),
                what=what,
                views=self.title,
                date=self.date,
            ),
        )
        text = fill(SheetText.tr("Page {number} of {total}"), number=number, total=total)
        painter.drawText(QPointF(self.width - metrics.horizontalAdvance(text), base), text)


class FrontPage:
    """The first page (and the answer key page): a title, the numbered
    diagram beside a column with the legend and the key (or the lines to
    write on), and the not-medical-advice line.

    ``kind`` is "sheet", "worksheet" or "key" (the worksheet's answers).
    ``rows`` are the key's rows; ``fitted`` of them fit in the column.
    """

    def __init__(
        self,
        sheet: ImageLayout,
        rect: QRectF,
        kind: str,
        paged: bool = True,
        more: bool = True,
        zone_set: ZoneSet | None = None,
    ) -> None:
        self.sheet = sheet
        self.rect = rect
        self.kind = kind
        self.paged = paged  # on a page of the sheet, not an image
        # the view this page shows: the sheet's own, or one of a sheet of several
        if zone_set is None or zone_set is sheet.zone_set:
            zone_set, self.kinds = sheet.zone_set, sheet.kinds
        else:
            self.kinds = numbered_kinds(zone_set)
        self.zone_set = zone_set
        self.numbers = {z.id: n for n, zones in self.kinds for z in zones}
        pt = sheet.pt
        self.pt = pt
        self.colours = kind != "worksheet"
        self.number_font = number_font(FONT_FAMILIES[0])
        self.radius = badge_radius(sheet.metrics(self.number_font), range(1, len(self.kinds) + 1))
        words = front_text(kind)
        title = fill(words.title, view=zone_set.title)
        size = 17.0  # shrink a long title to one line, down to a point
        while (
            size > 12
            and sheet.metrics(sheet_font(size, bold=True)).horizontalAdvance(title) > rect.width()
        ):
            size -= 0.5
        self.title = sheet.text(title, sheet_font(size, bold=True), rect.width())
        lead = f"{words.lead} {words.lead_more}" if more and words.lead_more else words.lead
        self.lead = sheet.text(lead, sheet_font(9), rect.width() * 0.72, GREY)
        self.date = sheet.text(
            sheet.date, sheet_font(9), rect.width() * 0.25, GREY, align_right=True
        )
        disclaimer = zone_set.rules.disclaimer or (
            SheetText.tr("Massage Trainer teaches massage; it does not give medical advice.")
        )
        self.disclaimer = sheet.text(disclaimer, sheet_font(8, italic=True), rect.width() - 16 * pt)
        lead_height = max(self.lead.height, self.date.height) if paged else self.date.height
        head = self.title.height + 4 * pt + lead_height + 8 * pt
        foot = self.disclaimer.height + 14 * pt
        self.panel = QRectF(
            rect.left(), rect.top() + head, rect.width(), rect.height() - head - foot
        )
        column = (215 if kind == "worksheet" else 165) * pt
        if kind != "worksheet":  # wide enough for the longest name in the key's small font
            names = max(
                (
                    sheet.metrics(sheet.small).horizontalAdvance(zones[0].name)
                    for _n, zones in self.kinds
                ),
                default=0.0,
            )
            word_width = max(
                map(sheet.metrics(sheet.small_bold).horizontalAdvance, SAFETY_WORDS.values())
            )
            column = max(
                column, 2 * self.radius + 6 * pt + names + 4 * pt + 16 * pt + word_width + 4 * pt
            )
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
        # the legend below the diagram, in columns across it: where the
        # key's rows would not all fit in the column under the legend
        self.strip_blocks: list[tuple[float, float, Block]] = []
        self._layout_column()
        if kind != "worksheet" and paged and self.fitted < len(self.rows):
            blocks, height = self._legend(self.diagram.width(), across=3)
            self.diagram.setHeight(self.diagram.height() - height)
            self.strip_blocks = [(dx, self.diagram.bottom() + dy, b) for dx, dy, b in blocks]
            self._layout_column(legend=False)

    # --- the column ----------------------------------------------------------------
    def _layout_column(self, legend: bool = True) -> None:
        sheet, pt, width = self.sheet, self.pt, self.column.width()
        self.top_blocks: list[tuple[float, Block]] = []  # y offset in the column, block
        y = 0.0
        if self.kind == "worksheet":
            name = Custom(18 * pt, self._name_line)
            self.top_blocks.append((y, name))
            y += name.height + 8 * pt
        elif legend:
            blocks, y = self._legend(width)
            self.top_blocks += [(dy, block) for _dx, dy, block in blocks]
        heading = sheet.text(front_text(self.kind).key_heading, sheet_font(10, bold=True), width)
        self.top_blocks.append((y, heading))
        y += heading.height + 3 * pt
        if self.kind == "worksheet":
            hint = Row(
                [
                    (
                        2 * self.radius + 6 * pt,
                        sheet.text(SheetText.tr("Zone name"), sheet.small, width, GREY),
                    ),
                    (
                        width * 0.68,
                        sheet.text(SheetText.tr("Safety level"), sheet.small, width * 0.32, GREY),
                    ),
                ]
            )
            self.top_blocks.append((y, hint))
            y += hint.height + 1 * pt
        self.rows_top = y
        available = self.column.height() - y
        n = len(self.kinds)
        if self.kind == "worksheet":
            preferred, least = 25 * pt, 15.5 * pt  # at least 5.5 mm to write on
        else:
            preferred, least = 15 * pt, 2 * self.radius + 1 * pt
        self.row_height = max(least, min(preferred, available / max(n, 1)))
        self.rows = [self._row(number, zones) for number, zones in self.kinds]
        self.fitted = min(n, int((available + 0.01) // self.row_height))

    def _legend(
        self, width: float, across: int = 1
    ) -> tuple[list[tuple[float, float, Block]], float]:
        """The safety levels, the symbols and the note on patterns, in
        ``across`` columns within ``width``: the blocks at their (x, y)
        offsets, and the height they take with the space after them."""
        sheet, pt = self.sheet, self.pt
        blocks: list[tuple[float, float, Block]] = []
        gap = 10 * pt
        cell = (width - (across - 1) * gap) / across
        heading = sheet.text(SheetText.tr("Safety levels"), sheet_font(10, bold=True), width)
        y = 6 * pt if across > 1 else 0.0
        blocks.append((0.0, y, heading))
        y += heading.height + 4 * pt
        sw, sh = 26 * pt, 16 * pt
        rows: list[Block] = []
        colours = self.colours

        def swatch_of(safety: str) -> PaintAt:
            def paint(p: QPainter, x: float, y: float) -> None:
                paint_swatch(p, QRectF(x, y, sw, sh), safety, colours)

            return paint

        for safety, word, description in legend_entries():
            words = Stack().add(sheet.text(word, sheet_font(9, bold=True), cell - sw - 8 * pt))
            words.add(sheet.text(description, sheet.small, cell - sw - 8 * pt, GREY))
            rows.append(Row([(0.0, Custom(sh, swatch_of(safety))), (sw + 8 * pt, words)]))
        y = self._grid(blocks, rows, y, cell + gap, across, 5 * pt)
        zone_set = self.zone_set
        symbols: list[tuple[str, Callable[[QPainter, QRectF], None]]] = []
        if any(name.startswith("pressure_point") for name in zone_set.landmarks):
            symbols.append(
                (SheetText.tr("Pressure point: slow, firm thumb pressure"), self._diamond)
            )
        if any(name.startswith(TRIGGER_POINTS) for name in zone_set.landmarks):
            symbols.append((SheetText.tr("Trigger points: where knots cluster"), self._cluster))
        seen = []
        for name in zone_set.lines:
            base = name.removesuffix("_left").removesuffix("_right")
            if base not in seen:
                seen.append(base)
                symbols.append((line_name(base), self._dashes))

        def symbol_in(symbol: Callable[[QPainter, QRectF], None], height: float) -> PaintAt:
            def paint(p: QPainter, x: float, y: float) -> None:
                symbol(p, QRectF(x, y, sw, height))

            return paint

        rows = []
        for label, symbol in symbols:
            text = sheet.text(label, sheet.small, cell - sw - 8 * pt)
            rows.append(
                Row(
                    [
                        (0.0, Custom(text.height, symbol_in(symbol, text.height))),
                        (sw + 8 * pt, text),
                    ]
                )
            )
        y = self._grid(blocks, rows, y, cell + gap, across, 3 * pt)
        note = sheet.text(
            SheetText.tr("The patterns show each level in a black-and-white copy too."),
            sheet_font(7.5, italic=True),
            width,
            GREY,
        )
        blocks.append((0.0, y + 1 * pt, note))
        return blocks, y + note.height + 10 * pt

    @staticmethod
    def _grid(
        blocks: list[tuple[float, float, Block]],
        items: list[Block],
        y: float,
        step: float,
        across: int,
        gap: float,
    ) -> float:
        """Put ``items`` in rows of ``across`` from ``y``; return the y under them."""
        for i in range(0, len(items), across):
            line = items[i : i + across]
            for j, item in enumerate(line):
                blocks.append((j * step, y, item))
            y += max(item.height for item in line) + gap
        return y

    def _diamond(self, p: QPainter, rect: QRectF) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        paint_pressure_point(p, rect.center(), 4.5 * self.pt, self.pt)

    def _cluster(self, p: QPainter, rect: QRectF) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        paint_trigger_points(p, rect.center(), 4.5 * self.pt, self.pt)

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
        label = SheetText.tr("Name:", "a line on the worksheet to write one's name on")
        p.drawText(QPointF(x, base), label)
        start = x + metrics.horizontalAdvance(label) + 5 * pt
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
            font = sheet.body  # a long name in the smaller font before it is cut
            if metrics.horizontalAdvance(zone.name) > name_w:
                font = sheet.small
                metrics = sheet.metrics(font)
            name = metrics.elidedText(zone.name, Qt.TextElideMode.ElideRight, name_w)
            p.setFont(font)
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
            numbers=self.numbers,
            margin=1.0,
            font_family=FONT_FAMILIES[0],
        )
        painter.save()
        painter.setClipRect(self.diagram)
        paint_body(painter, self.zone_set, self.diagram.adjusted(0, 2 * pt, 0, -2 * pt), options)
        painter.restore()

        for dy, block in self.top_blocks:
            painter.save()
            block.draw(painter, self.column.left(), self.column.top() + dy)
            painter.restore()
        for dx, y, block in self.strip_blocks:
            painter.save()
            block.draw(painter, self.diagram.left() + dx, y)
            painter.restore()
        for i, row in enumerate(self.rows[: self.fitted]):
            painter.save()
            row.draw(
                painter, self.column.left(), self.column.top() + self.rows_top + i * self.row_height
            )
            painter.restore()
        if self.fitted < len(self.rows):
            more = sheet.text(
                SheetText.tr("Continued on the next page.")
                if self.paged
                else SheetText.tr(
                    "%n more in the PDF zone sheet.", "", len(self.rows) - self.fitted
                ),
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
