"""The sheet tries its text sizes from the largest down and keeps the first
that fits its most pages.  A trial stops at the first page too many, and
what does not change with the size (page 1, a technique's strokes) is made
once: the sheet chosen must be the one whole layouts at every size choose."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

from massage_trainer.core.strokes import describe_technique, strokes_for
from massage_trainer.core.zones import load_views
from massage_trainer.paint import output, sheet
from massage_trainer.paint.strokes import diagram_aspect

PAGES = {
    "a4": QPageSize(QPageSize.PageSizeId.A4),
    "letter": QPageSize(QPageSize.PageSizeId.Letter),
    # so small that no size fits: the last one is laid out whole
    "a6": QPageSize(QPageSize.PageSizeId.A6),
    "148x190mm": QPageSize(QSizeF(148, 190), QPageSize.Unit.Millimeter),
}


@pytest.fixture(scope="module")
def views():
    return list(load_views().values())


def _writer(page: str) -> QPdfWriter:
    writer = QPdfWriter(os.devnull)
    writer.setResolution(output.PDF_DPI)
    writer.setPageLayout(
        QPageLayout(
            PAGES[page],
            QPageLayout.Orientation.Portrait,
            QMarginsF(*[output.MARGIN_MM] * 4),
            QPageLayout.Unit.Millimeter,
        )
    )
    return writer


def _placed(layout: sheet.SheetLayout) -> list[tuple]:
    return [(p.page, p.column, p.y, p.height, p.role) for p in layout.placed]


def _whole_layouts(layout: sheet.SheetLayout) -> list[tuple]:
    """Every size laid out to its end, without a limit on the pages."""
    found = []
    for sizes in sheet.TEXT_SIZES:
        layout._lay_out(sizes)
        found.append((sizes, len(layout.pages), _placed(layout)))
    return found


@pytest.mark.parametrize(
    ("which", "page", "worksheet"),
    [
        ("back", "a4", False),
        ("back", "letter", False),
        ("front", "a4", False),
        ("every view", "letter", False),
        ("back", "a6", False),
        ("every view", "148x190mm", False),
        ("back", "a4", True),
    ],
)
def test_the_trials_choose_what_whole_layouts_choose(qapp, zs, views, which, page, worksheet):
    zone_sets = {"back": zs, "front": views[-1], "every view": views}[which]
    layout = sheet.SheetLayout(_writer(page), zone_sets, worksheet)
    chosen = (layout.sizes, len(layout.pages), _placed(layout))
    whole = _whole_layouts(sheet.SheetLayout(_writer(page), zone_sets, worksheet))
    fitting = [w for w in whole if w[1] <= layout.max_pages]
    assert chosen == (fitting[0] if fitting else whole[-1])
    if page == "a6":  # nothing fits: the smallest size, every block placed
        assert not fitting
        assert len(layout.pages) > layout.max_pages
    if not worksheet:
        assert {p.role for p in layout.placed} >= {"row", "used_on"}


def test_a_trial_stops_at_the_first_page_too_many(qapp, zs):
    layout = sheet.SheetLayout(_writer("a4"), zs)
    largest = sheet.TEXT_SIZES[0]
    layout._lay_out(largest)
    pages = len(layout.pages)
    assert pages > layout.max_pages  # the back view needs a smaller size
    placed = len(layout.placed)
    layout._lay_out(largest, page_limit=pages)  # room enough: laid out whole
    assert len(layout.placed) == placed
    with pytest.raises(sheet._TooLong):
        layout._lay_out(largest, page_limit=pages - 1)
    assert len(layout.pages) == pages  # it stopped on the page it had no room for
    assert len(layout.placed) < placed
    with pytest.raises(sheet._TooLong):
        layout._lay_out(largest, page_limit=3)
    assert len(layout.pages) == 4
    # after the trials, adding a page is never refused
    finished = sheet.SheetLayout(_writer("a4"), zs)
    for _ in range(finished.max_pages):
        finished.new_page()


def _front_summary(front: sheet.FrontPage) -> tuple:
    blocks = [front.title, front.lead, front.date, front.disclaimer]
    return (
        [(b.lines, b.line_height, b.ascent, b.width) for b in blocks],
        front.panel,
        front.diagram,
        front.column,
        front.row_height,
        front.rows_top,
        front.fitted,
        len(front.rows),
        [(dy, block.height) for dy, block in front.top_blocks],
        [(dx, y, block.height) for dx, y, block in front.strip_blocks],
    )


@pytest.mark.parametrize("worksheet", [False, True])
def test_page_one_is_the_page_made_afresh(qapp, zs, views, worksheet):
    layout = sheet.SheetLayout(_writer("letter"), views, worksheet)
    assert layout.sizes.leading != 1.0 or worksheet  # the table is set tighter than page 1
    kind = "worksheet" if worksheet else "sheet"
    rect = QRectF(0, 0, layout.width, layout.bottom)
    layout.leading = 1.0
    for zone_set, front in zip(views, layout.fronts, strict=True):
        assert front.zone_set is zone_set
        fresh = sheet.FrontPage(layout, rect, kind, zone_set=zone_set)
        assert _front_summary(front) == _front_summary(fresh)


def test_strokes_are_found_once_and_as_core_finds_them(qapp, views):
    layout = sheet.SheetLayout(_writer("a4"), views)
    with_strokes = 0
    for technique in layout.techniques.values():
        for i, zone_set in enumerate(views):
            strokes, aspect, words = layout._strokes_of(technique, i)
            assert layout._strokes_of(technique, i)[0] is strokes  # remembered
            assert strokes == strokes_for(technique, zone_set)
            if strokes:
                with_strokes += 1
                assert aspect == diagram_aspect(strokes, zone_set)
                assert words == describe_technique(technique, zone_set)
    assert with_strokes > 5
