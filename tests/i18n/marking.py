"""The marking translator of the pseudo-translation tests: every text that goes
through a translation comes out between ⟦ ⟧, so a word without them was never
translated."""

from __future__ import annotations

import re

from massage_trainer.core import i18n

OPEN, CLOSE = "\u27e6", "\u27e7"
# a marked text with no marked text inside it
INNERMOST = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")


def marking(context: str, text: str, disambiguation: str | None, n: int) -> str:
    """``text`` (with its count filled in, as English) between the marks."""
    return OPEN + i18n.english_plural(text, n).replace("%n", str(n)) + CLOSE
