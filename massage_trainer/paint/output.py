"""Putting the sheet and the diagram on a device or in a file.

``paint_sheet`` paints the zone sheet (or worksheet) on a ``QPdfWriter`` or a
``QPrinter``; ``write_pdf``, ``write_png`` and ``write_svg`` write the sheet
and the diagram as files.  A sheet shows one view or several (a sequence of
zone sets: a diagram page for each, then one zone table); the PNG and SVG
diagram shows one.  Every file goes through
``core.savefile.atomic_output``: it is written beside the target and moved
into place only when complete (a PDF must end with its end-of-file marker,
an SVG with its closing tag, a PNG with its last chunk: Qt's writers do not
report a full disk), so a failed export leaves nothing behind, keeps the
previous file and raises ``ExportError`` with a reason a person can act on.  ``set_page`` and
``paint_on`` serve the routine card too.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSize, QSizeF
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
)

from massage_trainer import __version__
from massage_trainer.core import i18n
from massage_trainer.core.i18n import QT_TRANSLATE_NOOP, Tr
from massage_trainer.core.savefile import (
    SaveError,
    atomic_output,
    pdf_complete,
    png_complete,
    svg_complete,
)
from massage_trainer.core.zones import ZoneSet
from massage_trainer.paint.sheet import (
    PAGE_CHOICES,
    FrontPage,
    ImageLayout,
    SheetLayout,
    sheet_name,
    views_title,
)


class ExportText(Tr):
    """Texts of the written files themselves: titles, paper names, errors."""


# the papers: key -> (Qt's page size, its name, translated where it is shown)
PAPERS = {
    "a4": (QPageSize.PageSizeId.A4, QT_TRANSLATE_NOOP("ExportText", "A4")),
    "letter": (QPageSize.PageSizeId.Letter, QT_TRANSLATE_NOOP("ExportText", "US Letter")),
}
PAGE_SIZES = {key: size for key, (size, _name) in PAPERS.items()}


class _PageNames(Mapping[str, str]):
    """Paper key -> its name in the learner's language ("US Letter")."""

    def __getitem__(self, key: str) -> str:
        return i18n.translated("ExportText", PAPERS[key][1])

    def __iter__(self) -> Iterator[str]:
        return iter(PAPERS)

    def __len__(self) -> int:
        return len(PAPERS)


PAGE_NAMES: Mapping[str, str] = _PageNames()
FORMATS = (".pdf", ".png", ".svg")
MARGIN_MM = 14.0
PDF_DPI = 1200
# the diagram as an image (PNG, SVG): its size on paper, in points
IMAGE_SIZE_PT = QSizeF(500.0, 720.0)
DPI_RANGE = (30, 1200)
SVG_DPI = 96

ExportError = SaveError  # a file could not be written; the message says why


def set_page(device: QPagedPaintDevice, page: str) -> None:
    """A4 or US Letter, portrait, with the sheet's margins."""
    if page not in PAGE_SIZES:
        raise ValueError(f"unknown page size {page!r}; use one of {', '.join(PAGE_SIZES)}")
    layout = QPageLayout(
        QPageSize(PAGE_SIZES[page]),
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )
    device.setPageLayout(layout)


def paint_sheet(
    device: QPagedPaintDevice,
    zone_sets: ZoneSet | Sequence[ZoneSet],
    page: str | None = "a4",
    worksheet: bool = False,
    day: date | None = None,
    pages: str = "all",
) -> int:
    """Lay out and paint the sheet (or the worksheet) of one view or of
    several on a ``QPdfWriter`` or a ``QPrinter``; return the number of pages.

    ``page`` sets the paper (a4 or letter); None keeps the device's own page
    layout, as the print preview does.  ``pages`` is "1" for page 1 alone,
    "table" for page 1 and the zone table, "all" for everything (the
    worksheet: "1" leaves out the answer key).
    """
    if page is not None:
        set_page(device, page)
    sheet = SheetLayout(device, zone_sets, worksheet, day, pages)
    paint_on(device, sheet.paint)
    return len(sheet.pages)


def paint_on(device: QPaintDevice, paint: Callable[[QPainter], None]) -> None:
    """Open a painter on ``device`` (a file writer or a printer), let ``paint``
    draw, and close it, also when painting fails."""
    painter = QPainter()
    if not painter.begin(device):
        raise ExportError(ExportText.tr("the output could not be opened for painting"))
    try:
        paint(painter)
    finally:
        painter.end()


# --- files ------------------------------------------------------------------------
def write_pdf(
    zone_sets: ZoneSet | Sequence[ZoneSet],
    path: str | Path,
    page: str = "a4",
    worksheet: bool = False,
    day: date | None = None,
    pages: str = "all",
) -> int:
    """Write the sheet (or the worksheet) of one view or of several as a
    vector PDF; return its page count.  ``pages`` chooses what it holds, as
    for ``paint_sheet``.

    Raises ``ExportError`` when the file cannot be written.
    """
    if page not in PAGE_SIZES:
        raise ValueError(f"unknown page size {page!r}; use one of {', '.join(PAGE_SIZES)}")
    if pages not in PAGE_CHOICES:
        raise ValueError(f"unknown pages {pages!r}; use one of {', '.join(PAGE_CHOICES)}")
    views = [zone_sets] if isinstance(zone_sets, ZoneSet) else list(zone_sets)
    if not views:
        raise ValueError("a sheet needs at least one view")
    with atomic_output(Path(path), verify=pdf_complete) as tmp:
        writer = QPdfWriter(str(tmp))
        try:
            writer.setResolution(PDF_DPI)
            writer.setTitle(
                i18n.fill(
                    ExportText.tr("{views} \u2013 {what}", "a PDF's title: the views, the kind"),
                    views=views_title(views),
                    what=sheet_name(worksheet),
                )
            )
            writer.setCreator(f"Massage Trainer {__version__}")
            count = paint_sheet(writer, views, page, worksheet, day, pages)
        finally:
            del writer  # closes the file before it is moved or removed
    return count


def image_size(dpi: float) -> QSize:
    """The size in pixels of the diagram as an image at ``dpi``."""
    return QSize(
        round(IMAGE_SIZE_PT.width() * dpi / 72.0), round(IMAGE_SIZE_PT.height() * dpi / 72.0)
    )


def _paint_image(
    painter: QPainter,
    device: QPaintDevice,
    zone_set: ZoneSet,
    worksheet: bool,
    size: QSizeF,
    day: date | None,
) -> None:
    layout = ImageLayout(device, zone_set, worksheet, day)
    margin = 16 * layout.pt
    painter.fillRect(QRectF(0, 0, size.width(), size.height()), QColor("#ffffff"))
    front = FrontPage(
        layout,
        QRectF(margin, margin, size.width() - 2 * margin, size.height() - 2 * margin),
        "worksheet" if worksheet else "sheet",
        paged=False,
    )
    front.paint(painter)


def write_png(
    zone_set: ZoneSet,
    path: str | Path,
    dpi: int = 150,
    worksheet: bool = False,
    day: date | None = None,
) -> QSize:
    """Write the diagram panel as a PNG at ``dpi``; return its size in pixels."""
    if not DPI_RANGE[0] <= dpi <= DPI_RANGE[1]:
        raise ValueError(f"the resolution must be {DPI_RANGE[0]} to {DPI_RANGE[1]} dpi")
    size = image_size(dpi)
    # the target is checked before the painting: a path that cannot be
    # written fails at once
    with atomic_output(Path(path), verify=png_complete) as tmp:
        image = QImage(size, QImage.Format.Format_RGB32)
        dots = round(dpi / 0.0254)
        image.setDotsPerMeterX(dots)
        image.setDotsPerMeterY(dots)
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        try:
            _paint_image(painter, image, zone_set, worksheet, QSizeF(size), day)
        finally:
            painter.end()
        if not image.save(str(tmp), "PNG"):  # type: ignore[call-overload]
            raise ExportError(ExportText.tr("the image could not be written"))
    return size


def write_svg(
    zone_set: ZoneSet, path: str | Path, worksheet: bool = False, day: date | None = None
) -> None:
    """Write the diagram panel as an SVG file, with its text as text."""
    from PySide6.QtSvg import QSvgGenerator

    size = image_size(SVG_DPI)
    with atomic_output(Path(path), verify=svg_complete) as tmp:
        generator = QSvgGenerator(QSvgGenerator.SvgVersion.Svg11)
        generator.setFileName(str(tmp))
        generator.setResolution(SVG_DPI)
        generator.setSize(size)
        generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
        generator.setTitle(
            i18n.fill(ExportText.tr("{view} \u2013 zone diagram"), view=zone_set.title)
        )
        generator.setDescription(zone_set.rules.disclaimer)
        painter = QPainter()
        try:
            if not painter.begin(generator):
                raise ExportError(ExportText.tr("the SVG file could not be opened"))
            _paint_image(painter, generator, zone_set, worksheet, QSizeF(size), day)
        finally:
            if painter.isActive():
                painter.end()
            del generator  # closes the file before it is moved or removed


# --- painting without a window -----------------------------------------------------
_app = None


def offscreen_without_display() -> None:
    """Have Qt paint offscreen when there is no display and no platform was
    chosen (a command run over ssh, or in CI)."""
    if (
        "QT_QPA_PLATFORM" not in os.environ
        and sys.platform not in ("win32", "darwin")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def ensure_gui_application():
    """A QGuiApplication for painting text without a window; offscreen when
    there is no display and no platform was chosen."""
    global _app
    app = QGuiApplication.instance()
    if app is None:
        offscreen_without_display()
        app = _app = QGuiApplication(sys.argv[:1])
    return app


__all__ = [
    "DPI_RANGE",
    "FORMATS",
    "IMAGE_SIZE_PT",
    "MARGIN_MM",
    "PAGE_CHOICES",
    "PAGE_NAMES",
    "PAGE_SIZES",
    "PDF_DPI",
    "ExportError",
    "ensure_gui_application",
    "image_size",
    "offscreen_without_display",
    "paint_on",
    "paint_sheet",
    "set_page",
    "write_pdf",
    "write_png",
    "write_svg",
]
