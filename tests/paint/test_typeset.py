"""The paper's layout engine remembers what it measured: wrapped lines, word
widths and fonts.  What it remembers must be what measuring afresh gives,
kept apart by font and width, and never shared with a caller who changes a
font."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter

from massage_trainer.paint import typeset
from massage_trainer.paint.typeset import TextBlock, Typesetter, sheet_font, wrap


@pytest.fixture
def device(qapp):
    image = QImage(800, 400, QImage.Format.Format_ARGB32)
    image.setDotsPerMeterX(round(300 / 0.0254))
    image.setDotsPerMeterY(round(300 / 0.0254))
    image.fill(QColor("#ffffff"))
    return image


def sheet_texts(zs) -> list[str]:
    """Texts of every length from the back view: names, reasons, warnings."""
    texts = [z.why for z in zs.zones] + [z.name for z in zs.zones]
    texts += [" ".join(z.warnings) for z in zs.zones if z.warnings]
    texts.append("Incomprehensibilities " * 3 + "\nsecond paragraph")
    return texts


def fresh_lines(device, text: str, font, width: float) -> list[str]:
    # measured without any memo: a new QFontMetricsF and no word widths kept
    return wrap(text, QFontMetricsF(font, device), width)


@pytest.mark.parametrize("size", [5.5, 7.5, 11.0])
def test_remembered_lines_are_the_lines_measured_afresh(device, zs, size):
    setter = Typesetter(device)
    font = sheet_font(size)
    for width in (120.0, 400.0):
        for text in sheet_texts(zs):
            first = setter.text(text, font, width).lines
            again = setter.text(text, font, width).lines  # from the memo
            assert first == again == fresh_lines(device, text, font, width), text


def test_the_memo_keeps_fonts_and_widths_apart(device, zs):
    setter = Typesetter(device)
    text = zs.zones[0].why
    small, large = sheet_font(6.0), sheet_font(14.0)
    narrow = setter.text(text, small, 300.0).lines
    # the same text and width in a larger font, then in a narrower column
    assert setter.text(text, large, 300.0).lines == fresh_lines(device, text, large, 300.0)
    assert len(setter.text(text, large, 300.0).lines) > len(narrow)
    assert setter.text(text, small, 150.0).lines == fresh_lines(device, text, small, 150.0)
    assert len(setter.text(text, small, 150.0).lines) > len(narrow)


def test_a_font_changed_after_use_is_measured_again(device, zs):
    setter = Typesetter(device)
    text = zs.zones[0].why
    font = sheet_font(6.0)
    before = setter.text(text, font, 300.0)
    font.setPointSizeF(14.0)
    after = setter.text(text, font, 300.0)
    assert after.lines == fresh_lines(device, text, font, 300.0)
    assert after.lines != before.lines
    assert after.line_height > before.line_height
    assert setter.metrics(font).height() == QFontMetricsF(font, device).height()


def test_a_block_s_lines_are_its_own(device):
    setter = Typesetter(device)
    font = sheet_font(8.0)
    block = setter.text("Knead the calf slowly", font, 500.0)
    block.lines.append("scribbled")
    assert setter.text("Knead the calf slowly", font, 500.0).lines == ["Knead the calf slowly"]


def test_word_widths_are_measured_once_each_and_match_qt(device):
    metrics = QFontMetricsF(sheet_font(7.0), device)
    calls = []

    class Counting:
        def horizontalAdvance(self, word):
            calls.append(word)
            return metrics.horizontalAdvance(word)

    advances = typeset._Advances(Counting())
    for word in ("calf", "neck", "calf", "calf", " "):
        assert advances[word] == metrics.horizontalAdvance(word)
    assert calls == ["calf", "neck", " "]


def _dark_columns(image: QImage) -> list[int]:
    return [
        x
        for x in range(image.width())
        if any(image.pixelColor(x, y).lightness() < 128 for y in range(image.height()))
    ]


@pytest.mark.parametrize("align_right", [False, True])
def test_a_block_is_drawn_at_its_side(device, align_right):
    setter = Typesetter(device)
    font = sheet_font(9.0)
    width = 600.0
    block: TextBlock = setter.text("Sole", font, width, align_right=align_right)
    painter = QPainter(device)
    block.draw(painter, 50.0, 50.0)
    painter.end()
    dark = _dark_columns(device)
    advance = setter.metrics(font).horizontalAdvance("Sole")
    if align_right:  # the line ends at the block's right edge
        assert abs(dark[-1] - (50 + width)) < 0.15 * advance
        assert dark[0] > 50 + width - 1.2 * advance
    else:
        assert abs(dark[0] - 50) < 0.15 * advance
        assert dark[-1] < 50 + 1.2 * advance
