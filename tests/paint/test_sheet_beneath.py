"""The zone sheet's "What lies beneath": each view's anatomy layers drawn with a
key and the structures by layer, within the sheet's page limits."""

from __future__ import annotations

import os

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QColor, QImage, QPainter

from massage_trainer.core.zones import load_views
from massage_trainer.paint import output, sheet


@pytest.fixture(scope="module")
def views():
    return list(load_views().values())


def texts(path):
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def test_grouped_names_join_numbered_runs():
    names = ["C2 spinous process", "C3 spinous process", "T1 spinous process", "Sacrum"]
    names += ["Rib 7", "Rib 8", "Rib 9", "Kidney", "Kidney", "L5 spinous process"]
    assert sheet.grouped_names(names) == [
        "Spinous process: C2\u2013C3, T1, L5",
        "Sacrum",
        "Rib: 7\u20139",
        "Kidney",
    ]
    assert sheet.grouped_names(["T12 spinous process", "Rib 12"]) == [
        "T12 spinous process",
        "Rib 12",
    ]


def _writer(page: str):
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPdfWriter

    writer = QPdfWriter(os.devnull)
    writer.setResolution(output.PDF_DPI)
    writer.setPageLayout(
        QPageLayout(
            output.PAGE_SIZES[page],
            QPageLayout.Orientation.Portrait,
            QMarginsF(*[output.MARGIN_MM] * 4),
            QPageLayout.Unit.Millimeter,
        )
    )
    return writer


@pytest.mark.parametrize("page", ["a4", "letter"])
def test_each_view_has_its_figure_within_six_pages(qapp, views, page):
    for zone_set in views:
        layout = sheet.SheetLayout(_writer(page), zone_set)
        assert len(layout.pages) <= sheet.MAX_PAGES, zone_set.view
        figures = [p for p in layout.placed if p.role == "figure"]
        assert len(figures) == 1
        # after the zone table, before the rules: on a flowing page
        assert figures[0].page > layout.view_pages[-1]


def test_the_beneath_page_names_each_layer_and_its_structures(qapp, views, tmp_path):
    back = views[0]
    path = tmp_path / "back.pdf"
    output.write_pdf(back, path, "a4")
    text = texts(path)
    where = [i for i, t in enumerate(text) if "What lies beneath" in t]
    assert len(where) == 1
    found = text[where[0]]
    for name in back.layer_names.values():
        assert name in found, name
    assert "Artery" in found and "Muscle" in found
    assert "Spinous process: C2" in found
    assert all(s.name in found for s in back.structures if s.layer == "organs")


def test_every_view_gets_its_own_figure(qapp, views):
    layout = sheet.SheetLayout(_writer("letter"), views)
    assert len(layout.pages) <= sheet.max_pages(len(views))
    figures = [p for p in layout.placed if p.role == "figure"]
    assert len(figures) == len(views)
    # each under its own heading: a heading comes just before each figure
    for figure in figures:
        before = layout.placed[layout.placed.index(figure) - 1]
        assert before.role == "heading" and before.page == figure.page


def test_the_figure_draws_the_layers(qapp, views):
    """The figure is the one renderer's, with every layer on: a nerve's yellow
    core shows where the sciatic nerve runs."""
    import os

    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPdfWriter

    writer = QPdfWriter(os.devnull)
    writer.setResolution(output.PDF_DPI)
    writer.setPageLayout(
        QPageLayout(
            output.PAGE_SIZES["a4"],
            QPageLayout.Orientation.Portrait,
            QMarginsF(*[output.MARGIN_MM] * 4),
            QPageLayout.Unit.Millimeter,
        )
    )
    back = views[0]
    layout = sheet.SheetLayout(writer, back)
    figures = [p for p in layout.placed if p.role == "figure"]
    assert len(figures) == 1
    block = layout._beneath_block(back, 0.42 * layout.bottom)
    image = QImage(int(layout.width), int(block.height), QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    block.draw(painter, 0, 0)
    painter.end()
    yellow = 0
    for y in range(0, image.height(), 3):
        for x in range(0, image.width() // 3, 3):
            c = image.pixelColor(x, y)
            if c.red() > 200 and c.green() > 170 and c.blue() < 120:
                yellow += 1
    assert yellow > 20, "no nerve drawn in the figure"
