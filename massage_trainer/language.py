"""Choosing and loading the learner's language (the Qt side of ``core.i18n``).

The language is the one chosen in the Language menu (QSettings ``language``),
else the system's: on Linux the usual ``LANGUAGE`` / ``LC_ALL`` /
``LC_MESSAGES`` / ``LANG`` variables, read when the window is made, else
``QLocale.system()``.  A language is offered when the program carries its
translation (``translations/massage_trainer_<code>.qm``); English always.

``apply_language`` loads Qt's own translation of its standard dialogs
(``qtbase_<code>.qm``), the program's, and installs Qt's ``translate`` and
``QLocale``'s number and date formats in ``core.i18n``; the teaching content
follows ``core.i18n.language()`` (``core.overlay``).
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QSettings, QTranslator

from massage_trainer.core import i18n

TRANSLATIONS_DIR = Path(__file__).resolve().parent / "translations"
SETTINGS_KEY = "language"  # "" or missing: the system's language
DEFAULT = "en"

_installed: list[QTranslator] = []
_current: str | None = None
_this_run: str | None = None  # the command line's --lang


def available_languages() -> tuple[str, ...]:
    """The languages the program can be shown in: English, then each with a
    compiled translation, in alphabetical order of their codes."""
    found = sorted(
        p.stem.removeprefix("massage_trainer_")
        for p in TRANSLATIONS_DIR.glob("massage_trainer_*.qm")
        if p.stem != "massage_trainer_en"
    )
    return (DEFAULT, *found)


# where Qt's name is that of one country's variant ("American English",
# "español de España"), the language's own plain name
_PLAIN_NAMES = {"en": "English", "es": "español", "pt": "português"}


def native_name(code: str) -> str:
    """A language's name in that language, with a capital: "Deutsch", "Español"."""
    name = _PLAIN_NAMES.get(code) or QLocale(code).nativeLanguageName() or code
    return name[:1].upper() + name[1:]


def _code(value: str) -> str:
    """The language part of a locale name: "de_DE.UTF-8" -> "de"; "" for C/POSIX."""
    value = value.split(".", 1)[0].split("@", 1)[0]
    if value in ("", "C", "POSIX"):
        return ""
    return value.replace("-", "_").split("_", 1)[0].lower()


def system_language() -> str:
    """The system's language, if the program has it, else English."""
    offered = available_languages()
    candidates: list[str] = []
    if sys.platform not in ("win32", "darwin"):
        for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
            value = os.environ.get(var, "")
            if value:
                # LANGUAGE may list several, in order of preference
                candidates += (
                    [_code(v) for v in value.split(":")] if var == "LANGUAGE" else [_code(value)]
                )
                break
    else:
        candidates += [_code(v) for v in QLocale.system().uiLanguages()]
    for code in candidates:
        if code in offered:
            return code
    return DEFAULT


def choose_for_this_run(code: str | None) -> None:
    """Show the program in ``code`` in this run, whatever is remembered (the
    command line's ``--lang``); None: the remembered or the system's again."""
    global _this_run
    _this_run = code


def chosen_language(settings: QSettings | None = None) -> str:
    """The language to show: the one given for this run (``--lang``), else the
    one chosen and remembered, else the system's."""
    if _this_run and _this_run in available_languages():
        return _this_run
    settings = settings if settings is not None else QSettings()
    chosen = str(settings.value(SETTINGS_KEY, "") or "")
    if chosen and chosen in available_languages():
        return chosen
    return system_language()


def remember_language(code: str, settings: QSettings | None = None) -> None:
    """Remember ``code`` as the chosen language ("" follows the system)."""
    settings = settings if settings is not None else QSettings()
    settings.setValue(SETTINGS_KEY, code)


class QtFormats:
    """Numbers and days written by QLocale, for ``core.i18n``."""

    def __init__(self, locale: QLocale) -> None:
        self.locale = locale

    def number(self, value: float, decimals: int) -> str:
        return self.locale.toString(float(value), "f", decimals)

    def percent(self, fraction: float, decimals: int) -> str:
        digits = self.locale.toString(float(fraction) * 100, "f", decimals)
        sign = self.locale.percent()
        # most languages put a (non-breaking) space before the sign
        return (
            f"{digits}{sign}"
            if self.locale.language() in _TIGHT_PERCENT
            else f"{digits}\u00a0{sign}"
        )

    def long_date(self, day: date) -> str:
        return self.locale.toString(
            QDate(day.year, day.month, day.day), _LONG.get(self._lang, "d MMMM yyyy")
        )

    def short_date(self, day: date) -> str:
        return self.locale.toString(
            QDate(day.year, day.month, day.day), _SHORT.get(self._lang, "d MMM yyyy")
        )

    def month_day(self, day: date) -> str:
        return self.locale.toString(
            QDate(day.year, day.month, day.day), _MONTH_DAY.get(self._lang, "d MMM")
        )

    def weekday_short(self, day: date) -> str:
        return self.locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)

    @property
    def _lang(self) -> str:
        return self.locale.name().split("_", 1)[0]


_TIGHT_PERCENT = {QLocale.Language.English}
# day formats per language: Qt's own long format carries the weekday, which
# the sheet's date line does not want
_LONG = {
    "en": "d MMMM yyyy",
    "de": "d. MMMM yyyy",
    "es": "d 'de' MMMM 'de' yyyy",
    "fr": "d MMMM yyyy",
}
_SHORT = {"en": "d MMM yyyy", "de": "d. MMM yyyy", "es": "d MMM yyyy", "fr": "d MMM yyyy"}
_MONTH_DAY = {"en": "d MMM", "de": "d. MMM", "es": "d MMM", "fr": "d MMM"}


def _locale_for(code: str) -> QLocale:
    # English is written the British way, like the rest of the program
    return (
        QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
        if code == DEFAULT
        else QLocale(code)
    )


def _qt_translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    """Qt's translate: a count's text that the translation does not give
    ("%n answer(s)": English, or one not translated yet) gets the regular
    English plural."""
    out = QCoreApplication.translate(context, text, disambiguation, n)
    untranslated = out == text.replace("%n", str(n))
    if n >= 0 and "(" in out and (untranslated or i18n.language() == DEFAULT):
        out = i18n.english_plural(out, n)
    return out


def current_language() -> str | None:
    """The language applied last (None before the first ``apply_language``)."""
    return _current


def apply_language(code: str | None = None) -> str:
    """Show the program in ``code`` (None: the chosen one) from now on; a
    QCoreApplication must exist.  Returns the language applied."""
    global _current
    code = code or chosen_language()
    if code not in available_languages():
        code = DEFAULT
    if code == _current and i18n.language() == code:
        return code  # already in place (and not replaced by a test's own)
    app = QCoreApplication.instance()
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (
        (f"qtbase_{code}", qt_dir),
        (f"massage_trainer_{code}", str(TRANSLATIONS_DIR)),
    ):
        translator = QTranslator(app)
        if translator.load(name, folder):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
    locale = _locale_for(code)
    QLocale.setDefault(locale)
    i18n.install(_qt_translate, QtFormats(locale), code)
    _current = code
    return code


__all__ = [
    "apply_language",
    "available_languages",
    "choose_for_this_run",
    "chosen_language",
    "current_language",
    "native_name",
    "remember_language",
    "system_language",
]
