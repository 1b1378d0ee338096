"""The information side of the window: zone details, rules, legend, notice."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QRectF, QSize, Qt, QUrl
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QTextBrowser, QWidget

from massage_trainer.core.content import CONTRA_KIND_WORDS, PRESSURE_WORDS, Technique
from massage_trainer.core.safety import (
    SAFETY_BADGE_INKS,
    SAFETY_BADGES,
    SAFETY_DESCRIPTIONS,
    SAFETY_ICONS,
)
from massage_trainer.core.zones import Zone, ZoneSet
from massage_trainer.paint.body import legend_entries, paint_swatch
from massage_trainer.ui.palettes import secondary_text

SAFETY_ICON = SAFETY_ICONS  # the one table is core.safety's; this name is kept for importers


def safety_badge_html(safety: str, word: str) -> str:
    return (
        f'<table cellpadding="4" cellspacing="0"><tr><td bgcolor="{SAFETY_BADGES[safety]}">'
        f'<span style="color:{SAFETY_BADGE_INKS[safety]}; font-weight:bold;">'
        f"&nbsp;{SAFETY_ICONS[safety]}&nbsp;"
        f"{escape(word)}&nbsp;</span></td><td>&nbsp;{escape(SAFETY_DESCRIPTIONS[safety])}"
        "</td></tr></table>"
    )


def technique_html(t: Technique, open_: bool) -> str:
    arrow = "\u25be" if open_ else "\u25b8"
    head = (
        f'<p style="margin:4px 0"><a href="technique:{t.id}" '
        f'style="text-decoration:none"><b>{arrow} {escape(t.name)}</b></a>'
        f' <span style="color:{secondary_text()}">\u2013 {escape(t.family_name)} \u00b7 '
        f"{PRESSURE_WORDS.get(t.pressure, t.pressure)}</span></p>"
    )
    if not open_:
        return head
    parts = [head, '<div style="margin-left:16px">']
    if t.summary:
        parts.append(f"<p>{escape(t.summary)}</p>")
    parts.append("<ol>" + "".join(f"<li>{escape(s)}</li>" for s in t.steps) + "</ol>")
    if t.cautions:
        parts.append(
            "<p><b>Take care:</b></p><ul>"
            + "".join(f"<li>{escape(c)}</li>" for c in t.cautions)
            + "</ul>"
        )
    parts.append("</div>")
    return "".join(parts)


class ZoneInfoPanel(QTextBrowser):
    """What the selected zone is, how safe it is, why, and how to work it.
    Technique names open to their steps when clicked (or with Enter)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("zoneInfo")
        self.setAccessibleName("Zone information")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor)
        self.zone: Zone | None = None
        self.zone_set: ZoneSet | None = None
        self._open: set[str] = set()
        self.show_empty()

    def show_empty(self, hint: str = "") -> None:
        self.zone = None
        hint = hint or (
            "Click a zone on the body to learn what it is, how safe it is to work "
            "there, and which techniques suit it. Tab and the arrow keys move "
            "between zones; Enter selects."
        )
        self.setHtml(
            "<h2>Pick a zone</h2>"
            f"<p>{escape(hint)}</p>"
            "<p>Every part of the back of the body is one of three kinds:</p>"
            + "".join(f"<p>{safety_badge_html(s, w)}</p>" for s, w, _d in legend_entries())
        )
        self.setAccessibleDescription("No zone selected")

    def show_zone(self, zone: Zone, zone_set: ZoneSet) -> None:
        if zone is not self.zone:
            self._open = set()
        self.zone, self.zone_set = zone, zone_set
        self._render()
        self.setAccessibleDescription(f"{zone.name}, {zone.safety_word}")

    def _render(self) -> None:
        zone, zone_set = self.zone, self.zone_set
        if zone is None or zone_set is None:
            return
        side = (
            f'<p style="color:gray; margin-top:0">{escape(zone.side_word.capitalize())}</p>'
            if zone.side_word
            else ""
        )
        html = [
            f"<h2 style='margin-bottom:2px'>{escape(zone.name)}</h2>",
            side,
            safety_badge_html(zone.safety, zone.safety_word),
            "<h3>Why</h3>",
            f"<p>{escape(zone.why)}</p>",
        ]
        if zone.warnings:
            html.append(
                "<h3>Warnings</h3><ul>"
                + "".join(f"<li>{escape(w)}</li>" for w in zone.warnings)
                + "</ul>"
            )
        if zone.techniques:
            html.append("<h3>Techniques that suit it</h3>")
            for tid in zone.techniques:
                t = zone_set.techniques.get(tid)
                if t is not None:
                    html.append(technique_html(t, tid in self._open))
        elif zone.safety != "target":
            html.append(
                "<p><i>No technique is worked directly here. Work the areas around "
                "it instead.</i></p>"
            )
        self.setHtml("".join(html))

    def toggle_technique(self, technique_id: str) -> None:
        self._open ^= {technique_id}
        bar = self.verticalScrollBar().value()
        self._render()
        self.verticalScrollBar().setValue(bar)

    def _on_anchor(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("technique:"):
            self.toggle_technique(text.split(":", 1)[1])


class RulesPanel(QTextBrowser):
    """The general rules, when not to massage, and the order of a full session."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rulesView")
        self.setAccessibleName("Rules")
        self.setOpenExternalLinks(False)

    def show_rules(self, zone_set: ZoneSet) -> None:
        rules = zone_set.rules
        html = [
            "<h2>When not to massage</h2>",
            "<p>Do not start, or leave an area alone, when any of these applies:</p>",
        ]
        grey = secondary_text(self)
        for c in rules.contraindications:
            html.append(
                f"<p><b>{escape(c.title)}</b> <span style='color:{grey}'>"
                f"({escape(CONTRA_KIND_WORDS.get(c.kind, c.kind))})</span><br>{escape(c.text)}</p>"
            )
        html.append("<h2>Rules of a good session</h2>")
        for r in rules.rules:
            html.append(f"<p><b>{escape(r.title)}</b><br>{escape(r.text)}</p>")
        if rules.session_order:
            html.append("<h2>A full session, in order</h2><ol>")
            for step in rules.session_order:
                html.append(f"<li><b>{escape(step.title)}</b>: {escape(step.text)}</li>")
            html.append("</ol>")
        self.setHtml("".join(html))


class Legend(QWidget):
    """Swatches with the colour and pattern of each safety level."""

    ROW = 22

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legend")
        self.setAccessibleName("Legend")
        self.colours = True
        entries = legend_entries()
        self.setAccessibleDescription("; ".join(f"{w}: {d}" for _s, w, d in entries))
        self.setToolTip(
            "Each level has its own colour and pattern, so the map also reads in black and white."
        )
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(260, self.ROW * 3 + 8)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        for row, (safety, word, description) in enumerate(legend_entries()):
            top = 4 + row * self.ROW
            paint_swatch(painter, QRectF(4, top + 2, 34, self.ROW - 6), safety, self.colours)
            painter.setPen(text_colour)
            font = painter.font()
            font.setBold(True)
            painter.setFont(font)
            painter.drawText(QRectF(46, top, 80, self.ROW - 2), Qt.AlignmentFlag.AlignVCenter, word)
            font.setBold(False)
            painter.setFont(font)
            painter.drawText(
                QRectF(120, top, self.width() - 124, self.ROW - 2),
                Qt.AlignmentFlag.AlignVCenter,
                description,
            )
        painter.end()
