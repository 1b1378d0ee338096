"""The one way the program reads a file it did not write itself this run.

Zone files, their neighbours, progress, exam and results files can be anything
a user points at: a FIFO that never ends, ``/dev/zero``, a symlink loop, a
folder, a file of gigabytes.  ``read_regular`` opens without blocking, refuses
anything that is not a regular file, and never reads more than a limit, so
none of these can hang the program or fill its memory.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

#: The default limit for a data file of this program.
MAX_BYTES = 4 * 1024 * 1024


class ReadError(OSError):
    """A file could not be read; the message says why, for a person."""


def describe_mode(mode: int) -> str:
    """What a file that is not a regular one is, in words ("a folder", "a device")."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _size_text(limit: int) -> str:
    if limit >= 1024 * 1024:
        return f"{limit // (1024 * 1024)} MB"
    return f"{max(1, limit // 1024)} kB"


def read_regular(path: str | os.PathLike[str], limit: int = MAX_BYTES) -> bytes:
    """The whole content of ``path``, a regular file of at most ``limit`` bytes.

    Raises ``ReadError`` (an ``OSError``) with a plain reason otherwise: a
    folder, pipe, device or socket; a symlink loop; too large; not there; not
    readable.  Opening never blocks: a FIFO is refused, not waited on.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(os.fspath(path), flags)
    except ValueError:  # a NUL in the name
        raise ReadError("the file name holds a NUL character") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise ReadError("the path is a symbolic link loop") from None
        if exc.errno == errno.ENXIO:  # a FIFO or socket with no writer on some systems
            raise ReadError("it is not a regular file") from None
        raise ReadError(exc.strerror or str(exc)) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ReadError(f"it is {describe_mode(info.st_mode)}, not a regular file")
        if info.st_size > limit:
            raise ReadError(
                f"the file is {_size_text(info.st_size)}; at most {_size_text(limit)} is read"
            )
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        chunks: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:  # it grew while we read
                raise ReadError(f"the file is more than {_size_text(limit)}")
        return b"".join(chunks)
    except ReadError:
        raise
    except OSError as exc:
        raise ReadError(exc.strerror or str(exc)) from None
    finally:
        os.close(fd)


def is_regular(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is (or links to) a regular file; False on any error."""
    try:
        return stat.S_ISREG(os.stat(os.fspath(path)).st_mode)
    except (OSError, ValueError):
        return False


def safe_resolve(path: str | os.PathLike[str]) -> Path:
    """``Path.resolve()`` that never raises: a symlink loop or a NUL gives the
    absolute path unresolved."""
    p = Path(path)
    try:
        return p.resolve()
    except (OSError, RuntimeError, ValueError):
        return p.absolute()
