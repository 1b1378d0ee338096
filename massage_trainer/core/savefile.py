"""The one way the program writes a file: whole, or not at all.

Every file Massage Trainer writes (progress, CSV, PDF, PNG, SVG, the routine
card, screenshots) goes through ``atomic_output``: the data goes to a
temporary file beside the target, is flushed to the disk, and only then
replaces the target by a rename.  A crash, a full disk or an error while
painting leaves the old file whole and no half-written one beside it.

Before the rename the temporary file is checked: not empty, flushed and
fsynced without an error, and, where the caller gives a ``verify`` callback
(``pdf_complete``, ``svg_complete``, ``png_complete``), complete: Qt's PDF and
SVG writers say nothing when the disk fills up, so a file is only believed
whole when it ends the way its format ends.

The target itself is checked first:

- a file that is read-only (no write permission bit, or not writable by this
  user) is refused, not replaced;
- a symbolic link is written through: the link is resolved and the file it
  points to is replaced atomically, beside itself, so the link stays a link;
- anything that is not a regular file (a folder, a device, a pipe, a socket)
  is refused;
- the permissions of an existing file are kept (a 0640 file stays 0640); a new
  file gets the usual ones (0666 less the umask).
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Callable, Iterator
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


Verify = Callable[[Path], None]


def _tail(path: Path, size: int = 1024) -> bytes:
    with open(path, "rb") as f:
        f.seek(0, os.SEEK_END)
        length = f.tell()
        f.seek(max(0, length - size))
        return f.read()


def ends_with(marker: bytes, what: str) -> Verify:
    """A ``verify`` callback: the file must end with ``marker`` (white space
    after it allowed), else it is reported as cut short."""

    def verify(path: Path) -> None:
        if not _tail(path).rstrip().endswith(marker):
            raise SaveError(f"the {what} was cut short (is the disk full?)")

    return verify


#: A PDF file ends with its end-of-file marker.
pdf_complete = ends_with(b"%%EOF", "PDF file")
#: An SVG file ends with its closing tag.
svg_complete = ends_with(b"</svg>", "SVG file")


def png_complete(path: Path) -> None:
    """A PNG file starts with its signature and ends with its IEND chunk."""
    with open(path, "rb") as f:
        head = f.read(8)
    if head != b"\x89PNG\r\n\x1a\n" or not _tail(path, 12).endswith(b"IEND\xaeB`\x82"):
        raise SaveError("the PNG file was cut short (is the disk full?)")


def zip_complete(path: Path) -> None:
    """A ZIP file (an Anki deck) whose directory and every member read back."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            bad = archive.testzip()
    except (zipfile.BadZipFile, OSError, EOFError):
        bad = "its directory"
    if bad is not None:
        raise SaveError("the file was cut short (is the disk full?)")


def resolve_target(path: str | Path) -> tuple[Path, os.stat_result | None]:
    """The file a write to ``path`` really replaces, and its status (None when
    it does not exist yet).

    A symbolic link is followed to its destination (so the link is written
    through, never replaced); a dangling link names the file to create.
    Raises ``SaveError`` for a target that must not be replaced: a folder, a
    device, a pipe, a socket, a read-only file, a symbolic link loop.
    """
    path = Path(path)
    try:
        if path.is_symlink():
            try:
                real = path.resolve(strict=False)
            except (RuntimeError, OSError):
                raise SaveError("it is a symbolic link loop") from None
        else:
            real = path
        try:
            info: os.stat_result | None = os.stat(real)
        except FileNotFoundError:
            info = None
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise SaveError("it is a symbolic link loop") from None
            if exc.errno != errno.ENOTDIR:
                raise
            info = None  # a file where a folder should be: said below
    except SaveError:
        raise
    except ValueError:
        raise SaveError("the file name holds a NUL character") from None
    except OSError as exc:
        raise SaveError(_reason(exc)) from None
    if info is None:
        return real, None
    mode = info.st_mode
    if stat.S_ISDIR(mode):
        raise SaveError("that is a folder")
    if not stat.S_ISREG(mode):
        kind = (
            "a pipe (FIFO)"
            if stat.S_ISFIFO(mode)
            else "a device"
            if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
            else "a socket"
            if stat.S_ISSOCK(mode)
            else "not a regular file"
        )
        raise SaveError(f"it is {kind}, not a regular file: choose another name")
    # no write bit at all means someone made it read-only on purpose: even
    # the administrator, who may write anything, does not replace it
    if not mode & 0o222 or not os.access(real, os.W_OK):
        raise SaveError("the file is read-only: make it writable or choose another name")
    return real, info


def _keep_owner_and_mode(tmp: Path, info: os.stat_result | None) -> None:
    if info is None:
        os.chmod(tmp, 0o666 & ~_umask())
        return
    if hasattr(os, "chown"):
        try:  # the administrator can keep the owner; anyone the group they are in
            os.chown(tmp, info.st_uid, info.st_gid)
        except OSError:
            with contextlib.suppress(OSError):
                os.chown(tmp, -1, info.st_gid)
    os.chmod(tmp, stat.S_IMODE(info.st_mode))


@contextlib.contextmanager
def atomic_output(
    path: str | Path, *, allow_empty: bool = False, verify: Verify | None = None
) -> Iterator[Path]:
    """A temporary file beside ``path`` that replaces it only if the block ends
    without an error; on any error nothing is left behind and the old file is
    as it was.

    The block writes to the yielded path (by name, so Qt's writers can use it
    too).  ``verify`` is called on the finished temporary file and raises
    ``SaveError`` if it is not whole.  Raises ``SaveError`` with a reason a
    person can act on; see the module's notes for which targets are refused.
    """
    path, info = resolve_target(path)
    parent = path.parent
    try:  # the checks themselves fail on a name too long for the file system
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
            f.flush()
            os.fsync(f.fileno())
        if verify is not None:
            verify(tmp)
        _keep_owner_and_mode(tmp, info)
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
    with atomic_output(path, allow_empty=True) as tmp:
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if tmp.stat().st_size != len(data):
            raise SaveError("the file was cut short (is the disk full?)")
