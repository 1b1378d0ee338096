"""The About dialog and the first-run welcome."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from massage_trainer import __version__
from massage_trainer.core import i18n, paths
from massage_trainer.core.i18n import Tr


class AboutText(Tr):
    """Texts of the About dialog and the first-run welcome."""


THIRD_PARTY = [
    ("Qt 6", "LGPL-3.0", i18n.QT_TRANSLATE_NOOP("AboutText", "The Qt Company and contributors")),
    ("PySide6 (Qt for Python)", "LGPL-3.0", "The Qt Company"),
    (
        "shapely",
        "BSD-3-Clause",
        i18n.QT_TRANSLATE_NOOP("AboutText", "Sean Gillies and contributors"),
    ),
    ("NumPy", "BSD-3-Clause", i18n.QT_TRANSLATE_NOOP("AboutText", "NumPy developers")),
    ("PyYAML", "MIT", i18n.QT_TRANSLATE_NOOP("AboutText", "Kirill Simonov and Ingy döt Net")),
    ("fsrs (py-fsrs)", "MIT", "Open Spaced Repetition"),
    ("RapidFuzz", "MIT", "Max Bachmann"),
    ("genanki", "MIT", "Kerrick Staley"),
]


def _icon_label(size: int = 96) -> QLabel:
    label = QLabel()
    icon = paths.assets_dir() / "icons" / "massage-trainer-128.png"
    if icon.is_file():
        label.setPixmap(
            QPixmap(str(icon)).scaled(
                size,
                size,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
    return label


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None, disclaimer: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(AboutText.tr("About Massage Trainer"))
        self.setObjectName("aboutDialog")
        self.resize(560, 520)
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        head.addWidget(_icon_label())
        title = QLabel(
            f"<h2>Massage Trainer {escape(__version__)}</h2><p>"
            + escape(
                AboutText.tr(
                    "Learn where to massage on the body, back and front, and where not to."
                )
            )
            + "</p>"
        )
        title.setWordWrap(True)
        head.addWidget(title, 1)
        layout.addLayout(head)
        body = QTextBrowser()
        body.setObjectName("aboutText")
        body.setOpenExternalLinks(True)
        rows = "".join(
            f"<tr><td>{escape(n)}</td><td>{escape(lic)}</td>"
            f"<td>{escape(i18n.translated('AboutText', who))}</td></tr>"
            for n, lic, who in THIRD_PARTY
        )
        licence = AboutText.tr(
            "Massage Trainer is free software under the GNU General Public License, "
            "version 3 or later. You may share and change it under those terms; it comes "
            "with no warranty."
        )
        shared = AboutText.tr(
            "Qt and PySide6 are used as shared libraries under the LGPL-3.0, which lets "
            "you replace them with your own build."
        )
        body.setHtml(
            f"<p><b>{escape(disclaimer)}</b></p>"
            f"<p>{escape(licence)}</p>"
            "<h3>" + escape(AboutText.tr("Third-party software")) + "</h3>"
            "<table cellpadding='3'><tr>"
            "<th align='left'>" + escape(AboutText.tr("Component")) + "</th>"
            "<th align='left'>" + escape(AboutText.tr("Licence")) + "</th>"
            "<th align='left'>"
            + escape(AboutText.tr("By", "who made a component"))
            + "</th></tr>"
            + rows
            + "</table>"
            f"<p>{escape(shared)}</p>"
        )
        layout.addWidget(body, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, disclaimer: str) -> None:
        """Show the dialog modally.  Tests monkeypatch this."""
        cls(parent, disclaimer).exec()


class WelcomeDialog(QDialog):
    """Three things to do first; can be switched off."""

    SETTING = "welcome/show_at_start"

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(AboutText.tr("Welcome to Massage Trainer"))
        self.setObjectName("welcomeDialog")
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        head.addWidget(_icon_label(72))
        # rich text written by the translator too: the bold words are theirs to place
        text = QLabel(
            "<h2>"
            + escape(AboutText.tr("Welcome", "heading of the welcome"))
            + "</h2><p>"
            + AboutText.tr(
                "This map shows the body from behind and from the front (F7 turns it over) "
                "in three kinds of zone: "
                "<b>target</b> (work here), <b>caution</b> (light, broad pressure only) and "
                "<b>avoid</b> (no direct pressure)."
            )
            + "</p><ol><li>"
            + AboutText.tr(
                "<b>Explore:</b> click any zone to learn what it is, why it is safe or not, "
                "and which techniques suit it. The arrow keys walk through every zone."
            )
            + "</li><li>"
            + AboutText.tr(
                "<b>Quiz:</b> the Quiz menu drills finding zones, naming them and telling "
                "safe from unsafe, and keeps track of what you still get wrong."
            )
            + "</li><li>"
            + AboutText.tr(
                "<b>Print:</b> File \u203a Print or Export makes a zone sheet or a "
                "worksheet to hand out."
            )
            + "</li></ol>"
        )
        text.setWordWrap(True)
        text.setMinimumWidth(420)
        head.addWidget(text, 1)
        layout.addLayout(head)
        self.show_again = QCheckBox(AboutText.tr("&Show this at start"))
        self.show_again.setChecked(True)
        layout.addWidget(self.show_again)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(AboutText.tr("&Start exploring"))
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, settings: QSettings) -> None:
        """Show the welcome and remember whether to show it again.  Tests monkeypatch this."""
        dialog = cls(parent)
        dialog.show_again.setChecked(bool(settings.value(cls.SETTING, True, type=bool)))
        dialog.exec()
        settings.setValue(cls.SETTING, dialog.show_again.isChecked())

    @classmethod
    def wanted(cls, settings: QSettings) -> bool:
        return bool(settings.value(cls.SETTING, True, type=bool))
