"""Guard against a Qt binding that corrupts Python's reference counts.

PySide6 6.12.0 released one reference to None too many on every call that
returns nothing; on Python before 3.12 the interpreter then crashes at exit.
The project excludes that release; this test names the problem at once if a
similar build is ever installed.
"""

import sys

from PySide6.QtGui import QPainterPath


def test_void_calls_keep_none_alive():
    path = QPainterPath()
    before = sys.getrefcount(None)
    for _ in range(500):
        path.lineTo(1.0, 2.0)
    assert sys.getrefcount(None) - before > -100
