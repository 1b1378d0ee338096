"""The palettes the contrast test checks against are the ones Qt's Fusion style gives."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyleFactory

from massage_trainer.core.contrast import FUSION_DARK, FUSION_LIGHT


def test_the_light_palette_is_fusions(qapp):
    palette = QStyleFactory.create("Fusion").standardPalette()
    assert palette.color(QPalette.ColorRole.Window).name() == FUSION_LIGHT.window
    assert palette.color(QPalette.ColorRole.Base).name() == FUSION_LIGHT.base
    assert palette.color(QPalette.ColorRole.WindowText).name() == FUSION_LIGHT.text


def test_the_dark_palette_follows_fusions_rule():
    # qt_fusionPalette: a (50, 50, 50) window, its darker(140) as the base, (240, 240, 240) text
    background = QColor(50, 50, 50)
    assert background.name() == FUSION_DARK.window
    assert background.darker(140).name() == FUSION_DARK.base
    assert QColor(240, 240, 240).name() == FUSION_DARK.text
