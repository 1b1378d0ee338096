"""The one way the program writes a file: whole, or not at all.

Every file Massage Trainer writes (progress, CSV, PDF, PNG, SVG, the routine
card, screenshots) goes through ``atomic_output``: the data goes to a
temporary file beside the target, is flushed to the disk, and only then
replaces the target by a rename.  A crash, a full disk or an error while
painting leaves the old file whole and no half-written one beside it.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


class SaveError(OSError):
    """A file could not be written; the message says why, for a person."""


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _reason(exc: OSError) -> str:
    text = exc.strerror or str(exc)
    return text[:1].lower() + text[1:]


def fsync_directory(directory: Path) -> None:
    """Make a rename in ``directory`` durable (POSIX; elsewhere a no-op)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_output(path: str | Path, *, allow_empty: bool = False) -> Iterator[Path]:
    """A temporary file beside ``path`` that replaces it only if the block ends
    without an error; on any error nothing is left behind.

    The block writes to the yielded path (by name, so Qt's writers can use it
    too).  Raises ``SaveError`` with a reason a person can act on.
    """
    path = Path(path)
    parent = path.parent
    try:  # the checks themselves fail on a name too long for the file system
        if path.is_dir():
            raise SaveError("that is a folder")
        if not parent.exists():
            raise SaveError(f"the folder {parent} does not exist")
        if not parent.is_dir():
            raise SaveError(f"{parent} is not a folder")
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=parent)
    except SaveError:
        raise
    except OSError as exc:
        raise SaveError(_reason(exc)) from None
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        if not allow_empty and tmp.stat().st_size == 0:
            raise SaveError("nothing was written (is the disk full?)")
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except SaveError:
        tmp.unlink(missing_ok=True)
        raise
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise SaveError(_reason(exc)) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_directory(parent)


def write_atomic(path: str | Path, data: bytes) -> None:
    """Replace ``path`` by ``data`` so that a crash leaves either the old or the
    new file.  Raises ``SaveError`` (an ``OSError``) with the old file intact."""
    with atomic_output(path, allow_empty=True) as tmp, open(tmp, "wb") as f:
        f.write(data)
