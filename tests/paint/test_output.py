"""The diagram as PNG and SVG, and files written whole or not at all."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QImage

from massage_trainer.paint import output


@pytest.mark.parametrize("dpi", [72, 100])
def test_png_size_follows_the_resolution(qapp, zs, tmp_path, dpi):
    path = tmp_path / "diagram.png"
    size = output.write_png(zs, path, dpi)
    image = QImage(str(path))
    assert not image.isNull()
    expected = (
        round(output.IMAGE_SIZE_PT.width() * dpi / 72),
        round(output.IMAGE_SIZE_PT.height() * dpi / 72),
    )
    assert (image.width(), image.height()) == (size.width(), size.height()) == expected
    assert round(image.dotsPerMeterX() * 0.0254) == dpi


def test_svg_is_xml_with_paths_and_text(qapp, zs, tmp_path):
    path = tmp_path / "diagram.svg"
    output.write_svg(zs, path)
    root = ET.parse(path).getroot()
    ns = "{http://www.w3.org/2000/svg}"
    assert root.tag == f"{ns}svg"
    assert len(root.findall(f".//{ns}path")) > 50
    text = " ".join("".join(t.itertext()) for t in root.iter(f"{ns}text"))
    assert "Spine" in text and "Avoid" in text


def test_failure_while_painting_leaves_nothing(qapp, zs, tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise output.ExportError("the printer caught fire")

    monkeypatch.setattr(output, "paint_sheet", broken)
    with pytest.raises(output.ExportError, match="caught fire"):
        output.write_pdf(zs, tmp_path / "sheet.pdf")
    assert list(tmp_path.iterdir()) == []
