"""A small layout engine for paper: fonts, wrapped text and blocks.

Everything printed (the zone sheet, its image version, the routine card) is
built from blocks that know their ``height`` and paint themselves at (x, y):
``TextBlock`` (wrapped lines of one font), ``Stack`` (blocks under one
another), ``Row`` (blocks side by side, as table cells) and ``Custom`` (a
painting function of a given height).  ``Typesetter`` measures and wraps text
on one paint device, in that device's units, and remembers what it measured.

Text stays text (``QPainter.drawText``), so a PDF is searchable and its fonts
are embedded.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import overload

from PySide6.QtCore import QLineF, QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPaintDevice, QPainter, QPen

from massage_trainer.core import i18n

FONT_FAMILIES = ["DejaVu Sans", "Liberation Sans", "Arial", "Helvetica"]
# the inks of paper: text, secondary text, thin rules and the table header
INK = QColor("#1a1a1a")
GREY = QColor("#555555")
RULE = QColor("#9a9a9a")
HEADER_FILL = QColor("#e4e4e4")


class MarkedTexts(Sequence[str]):
    """A row of texts made at import (a table's column names), marked with
    ``QT_TRANSLATE_NOOP(context, ...)`` and translated each time one is read."""

    def __init__(self, context: str, *texts: str) -> None:
        self.context = context
        self._texts = texts

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[str, ...]: ...

    def __getitem__(self, index: int | slice) -> str | tuple[str, ...]:
        if isinstance(index, slice):
            return tuple(i18n.translated(self.context, t) for t in self._texts[index])
        return i18n.translated(self.context, self._texts[index])

    def __len__(self) -> int:
        return len(self._texts)


def sheet_font(size: float, bold: bool = False, italic: bool = False) -> QFont:
    """The printed font at ``size`` points, without ligatures."""
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(size)
    font.setBold(bold)
    font.setItalic(italic)
    _no_ligatures(font)
    return font


def _no_ligatures(font: QFont) -> None:
    # "fi" drawn as one glyph reads back as U+FB01, and a search for "firm"
    # would miss it
    if hasattr(font, "setFeature"):  # Qt 6.7 and newer
        for tag in ("liga", "clig"):
            font.setFeature(QFont.Tag(tag), 0)
    else:
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 100.001)


def wrap(
    text: str, metrics: QFontMetricsF, width: float, advance: Callable[[str], float] | None = None
) -> list[str]:
    """Break text into lines no wider than ``width``; a word too long for a
    line is cut.  ``advance`` measures one word (a cache of it saves time)."""
    advance = advance or metrics.horizontalAdvance
    space = advance(" ")
    limit = width * 0.995  # words are measured one by one; leave room for kerning
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line: list[str] = []
        used = 0.0
        for word in paragraph.split():
            w = advance(word)
            if w > limit:
                if line:
                    lines.append(" ".join(line))
                    line, used = [], 0.0
                while len(word) > 1 and metrics.horizontalAdvance(word) > limit:
                    cut = len(word) - 1
                    while cut > 1 and metrics.horizontalAdvance(word[:cut]) > limit:
                        cut -= 1
                    lines.append(word[:cut])
                    word = word[cut:]
                w = advance(word)
            extra = w + (space if line else 0.0)
            if line and used + extra > limit:
                lines.append(" ".join(line))
                line, used = [word], w
            else:
                line.append(word)
                used += extra
        lines.append(" ".join(line))
    return lines


# what a Custom block paints with: painter, x, y
PaintAt = Callable[[QPainter, float, float], None]


class Block(ABC):
    """Something laid out: a ``height`` and a way to paint itself at (x, y)."""

    @property
    @abstractmethod
    def height(self) -> float:
        """How tall the block is, in the device's units."""

    @abstractmethod
    def draw(self, painter: QPainter, x: float, y: float) -> None:
        """Paint the block with its top left corner at (x, y)."""


@dataclass
class TextBlock(Block):
    font: QFont
    lines: list[str]
    line_height: float
    ascent: float
    colour: QColor = field(default_factory=lambda: QColor(INK))
    width: float = 0.0
    align_right: bool = False

    @property
    def height(self) -> float:
        return len(self.lines) * self.line_height

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        painter.setFont(self.font)
        painter.setPen(self.colour)
        # only right-aligned lines need measuring
        metrics = QFontMetricsF(self.font, painter.device()) if self.align_right else None
        for i, line in enumerate(self.lines):
            dx = self.width - metrics.horizontalAdvance(line) if metrics is not None else 0.0
            painter.drawText(QPointF(x + dx, y + self.ascent + i * self.line_height), line)


@dataclass
class Stack(Block):
    """Blocks under one another, each at its own indent."""

    items: list[tuple[float, Block, float]] = field(default_factory=list)  # indent, block, gap

    def add(self, block: Block, indent: float = 0.0, gap: float = 0.0) -> Stack:
        self.items.append((indent, block, gap))
        return self

    @property
    def height(self) -> float:
        return sum(gap + block.height for _i, block, gap in self.items)

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        for indent, block, gap in self.items:
            y += gap
            block.draw(painter, x + indent, y)
            y += block.height


class Custom(Block):
    """A painting function of a given height."""

    def __init__(self, height: float, paint: PaintAt) -> None:
        self._height = height
        self.paint = paint

    @property
    def height(self) -> float:
        return self._height

    def __repr__(self) -> str:
        return f"Custom({self._height!r}, {self.paint!r})"

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        self.paint(painter, x, y)


@dataclass
class Row(Block):
    """Blocks side by side (table cells): the tallest sets the height."""

    cells: Sequence[tuple[float, Block]]  # x offset, block
    padding: float = 0.0
    rule: QColor | None = None
    fill: QColor | None = None
    width: float = 0.0
    pen_width: float = 1.0

    @property
    def height(self) -> float:
        return max((b.height for _x, b in self.cells), default=0.0) + 2 * self.padding

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        if self.fill is not None:
            painter.fillRect(QRectF(x, y, self.width, self.height), self.fill)
        for dx, block in self.cells:
            block.draw(painter, x + dx, y + self.padding)
        if self.rule is not None:
            painter.setPen(QPen(self.rule, self.pen_width))
            painter.drawLine(QLineF(x, y + self.height, x + self.width, y + self.height))


class _Advances(dict[str, float]):
    """Word -> its advance in one font, measured the first time it is asked
    for (a plain lookup after that)."""

    def __init__(self, metrics: QFontMetricsF) -> None:
        super().__init__()
        self.measure = metrics.horizontalAdvance

    def __missing__(self, word: str) -> float:
        width = self[word] = self.measure(word)
        return width


class Typesetter:
    """Measures and wraps text on one paint device, remembering font metrics,
    word widths and wrapped texts (by font, text and width): the sheet, its
    image version and the routine card share it, and a sheet laid out at
    several sizes wraps each text it repeats only once."""

    def __init__(self, device: QPaintDevice) -> None:
        self.device = device
        self.pt = device.logicalDpiY() / 72.0  # one point in device units
        self.leading = 1.0  # lines this many times the font's line spacing apart
        self._metrics: dict[str, QFontMetricsF] = {}
        self._words: dict[str, _Advances] = {}  # font key -> word -> advance
        # (font key, width, text) -> its lines
        self._wrapped: dict[tuple[str, float, str], tuple[str, ...]] = {}

    def metrics(self, font: QFont) -> QFontMetricsF:
        return self._metrics_for(font.key(), font)

    def _metrics_for(self, key: str, font: QFont) -> QFontMetricsF:
        metrics = self._metrics.get(key)
        if metrics is None:
            metrics = self._metrics[key] = QFontMetricsF(font, self.device)
        return metrics

    def _lines(self, key: str, metrics: QFontMetricsF, text: str, width: float) -> tuple[str, ...]:
        memo = (key, width, text)
        lines = self._wrapped.get(memo)
        if lines is None:
            words = self._words.get(key)
            if words is None:
                words = self._words[key] = _Advances(metrics)
            lines = self._wrapped[memo] = tuple(wrap(text, metrics, width, words.__getitem__))
        return lines

    def text(
        self,
        text: str,
        font: QFont,
        width: float,
        colour: QColor | None = None,
        align_right: bool = False,
    ) -> TextBlock:
        key = font.key()
        metrics = self._metrics_for(key, font)
        return TextBlock(
            font,
            list(self._lines(key, metrics, text, width)),
            metrics.lineSpacing() * self.leading,
            metrics.ascent(),
            QColor(INK if colour is None else colour),
            width,
            align_right,
        )


__all__ = [
    "FONT_FAMILIES",
    "GREY",
    "HEADER_FILL",
    "INK",
    "RULE",
    "Block",
    "Custom",
    "PaintAt",
    "Row",
    "Stack",
    "TextBlock",
    "Typesetter",
    "sheet_font",
    "wrap",
]
