"""The one way the program's own words reach the learner in their language (no Qt).

Every text the program shows or prints goes through a translation context:
a subclass of ``Tr`` named for the part of the program it belongs to::

    class QuizText(Tr):
        '''Texts of the quiz.'''

    QuizText.tr("Click {zone}.").format(zone=name)
    QuizText.tr("%n try(s) left", "", tries)   # a count: Qt's numerus forms

``pyside6-lupdate`` finds every ``Name.tr("...")`` call and files it under
the context ``Name`` (the class's name, which is also what ``tr`` asks for at
run time), so the two can never disagree.  Rules for the source texts:

- whole sentences, with named ``{placeholders}`` filled by ``str.format``
  after translation; never a sentence glued from pieces in English order;
- a count is ``%n`` with the third argument: the translation gives each plural
  form of its language (English too: ``massage_trainer_en.ts`` holds the
  English forms of every ``%n`` text);
- a disambiguation (second argument) when one English word has two meanings.

The Qt side (``massage_trainer.translations``) installs Qt's translate and
QLocale's formats here at start-up; until then (and in tests of the Qt-free
core) the English source text is used, with a simple English plural.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterator, Mapping
from datetime import date
from typing import Any, Protocol, TypeVar

# context, source text, disambiguation, count -> translated text
Translate = Callable[[str, str, "str | None", int], str]


class Formats(Protocol):
    """How numbers and days are written in the learner's language."""

    def number(self, value: float, decimals: int) -> str: ...

    def percent(self, fraction: float, decimals: int) -> str: ...

    def long_date(self, day: date) -> str: ...

    def short_date(self, day: date) -> str: ...

    def month_day(self, day: date) -> str: ...

    def weekday_short(self, day: date) -> str: ...


_PLURAL_MARK = re.compile(r"\((s|es)\)")


def english_plural(text: str, n: int) -> str:
    """An English text for the count ``n``: "(s)" and "(es)" made plural or not."""
    return _PLURAL_MARK.sub(lambda m: "" if n == 1 else m.group(1), text)


def _english(context: str, text: str, disambiguation: str | None, n: int) -> str:
    """The source text itself, with ``%n`` filled and "(s)" made an English plural."""
    if n < 0 or "%n" not in text:
        return text
    return english_plural(text, n).replace("%n", str(n))


class _Filler(string.Formatter):
    """``str.format`` with one more format spec, ``lower``: the text with its
    first letter made small unless it starts an abbreviation ("Side of the
    neck" -> "side of the neck", "C7 spinous process" stays)."""

    def format_field(self, value: Any, format_spec: str) -> str:
        if format_spec == "lower":
            return lower_first(str(value))
        return super().format_field(value, format_spec)


def lower_first(text: str) -> str:
    """``text`` with a small first letter, unless its first word is an
    abbreviation or a name in capitals ("T12", "C7 spinous process")."""
    first = text.split(" ", 1)[0]
    if len(first) > 1 and (first[1:2].isupper() or any(ch.isdigit() for ch in first)):
        return text
    return text[:1].lower() + text[1:]


_FILLER = _Filler()


def fill(template: str, /, **values: Any) -> str:
    """A translated template with its ``{placeholders}`` filled.  The template
    decides how a name fits the sentence: ``{zone:lower}`` in English ("click
    the side of the neck"), ``{zone}`` in German (nouns keep their capital)."""
    return _FILLER.format(template, **values)


_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


class EnglishFormats:
    """British English formats, used until the Qt side installs QLocale's."""

    def number(self, value: float, decimals: int) -> str:
        return f"{value:,.{decimals}f}"

    def percent(self, fraction: float, decimals: int) -> str:
        return f"{fraction * 100:.{decimals}f}%"

    def long_date(self, day: date) -> str:
        return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"

    def short_date(self, day: date) -> str:
        return f"{day.day} {_MONTHS[day.month - 1][:3]} {day.year}"

    def month_day(self, day: date) -> str:
        return f"{day.day} {_MONTHS[day.month - 1][:3]}"

    def weekday_short(self, day: date) -> str:
        return _WEEKDAYS[day.weekday()]


_translate: Translate = _english
_formats: Formats = EnglishFormats()
_language = "en"


def install(translate: Translate | None, formats: Formats | None, language: str) -> None:
    """Use ``translate`` and ``formats`` for every text from now on (None: English)."""
    global _translate, _formats, _language
    _translate = translate or _english
    _formats = formats or EnglishFormats()
    _language = language


def language() -> str:
    """The language texts are shown in now: "en", "de", ..."""
    return _language


class Tr:
    """A translation context: subclass it, and the subclass's name is the context."""

    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """``text`` in the learner's language; with ``n``, the plural form for that count."""
        return _translate(cls.__name__, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation where it is written (a table made at
    import, before the language is known) and translate it where it is shown,
    with ``translated(context, text)``."""
    return text


def translated(context: str, text: str, disambiguation: str | None = None) -> str:
    """A text marked with ``QT_TRANSLATE_NOOP(context, text)``, in the learner's language."""
    return _translate(context, text, disambiguation, -1)


K = TypeVar("K")


class TranslatedTexts(Mapping[K, str]):
    """A read-only table of English texts marked with ``QT_TRANSLATE_NOOP(context,
    ...)``, each translated when it is looked up (``english`` gives the source)."""

    def __init__(self, context: str, english: Mapping[K, str]) -> None:
        self.context = context
        self._english = dict(english)

    def __getitem__(self, key: K) -> str:
        return translated(self.context, self._english[key])

    def __iter__(self) -> Iterator[K]:
        return iter(self._english)

    def __len__(self) -> int:
        return len(self._english)

    def __setitem__(self, key: K, english: str) -> None:
        """Put another English source text in the table (tests, own tables)."""
        self._english[key] = english

    def __delitem__(self, key: K) -> None:
        del self._english[key]

    def english(self, key: K) -> str:
        """The source text of ``key``, untranslated."""
        return self._english[key]

    def __repr__(self) -> str:
        return f"TranslatedTexts({self.context!r}, {dict(self)!r})"


def number(value: float, decimals: int = 0) -> str:
    """A number as the learner's language writes it (1,234.5 / 1.234,5)."""
    return _formats.number(value, decimals)


def percent(fraction: float, decimals: int = 0) -> str:
    """A share (0.85) as a percentage in the learner's language ("85%", "85 %")."""
    return _formats.percent(fraction, decimals)


def long_date(day: date) -> str:
    """A day written out: "1 December 2026", "1. Dezember 2026"."""
    return _formats.long_date(day)


def short_date(day: date) -> str:
    """A day in short: "1 Dec 2026"."""
    return _formats.short_date(day)


def month_day(day: date) -> str:
    """A day of the year without the year, for a chart's axis: "1 Dec"."""
    return _formats.month_day(day)


def weekday_short(day: date) -> str:
    """The day of the week, short: "Mon"."""
    return _formats.weekday_short(day)


__all__ = [
    "QT_TRANSLATE_NOOP",
    "EnglishFormats",
    "Formats",
    "Tr",
    "TranslatedTexts",
    "fill",
    "install",
    "language",
    "long_date",
    "lower_first",
    "month_day",
    "number",
    "percent",
    "short_date",
    "translated",
    "weekday_short",
]
