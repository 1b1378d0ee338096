"""Writes that never lie: a full disk, a read-only file, a symlink, a device.

Every file goes through ``core.savefile.atomic_output``.  A write that fails
leaves the old file byte for byte, leaves no temporary file beside it, and is
never reported as written; the command exits 1.
"""

from __future__ import annotations

import contextlib
import errno
import os
import resource
import shutil
import signal
import stat
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from massage_trainer.core import savefile
from massage_trainer.core.savefile import (
    SaveError,
    atomic_output,
    pdf_complete,
    png_complete,
    svg_complete,
    write_atomic,
    zip_complete,
)

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file kinds and limits")
OLD = b"%PDF-1.4 the good old file\n%%EOF\n"


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.fixture
def good(tmp_path) -> Path:
    path = tmp_path / "sheet.pdf"
    path.write_bytes(OLD)
    return path


# --- the verify callbacks ------------------------------------------------------------
@pytest.mark.parametrize(
    ("verify", "whole", "cut"),
    [
        (pdf_complete, b"%PDF-1.4\n...\n%%EOF\n", b"%PDF-1.4\n...\nstream\nx"),
        (svg_complete, b"<svg>\n<g/>\n</svg>\n", b"<svg>\n<g/>\n<path d='M 1"),
        (png_complete, b"\x89PNG\r\n\x1a\n....IEND\xaeB`\x82", b"\x89PNG\r\n\x1a\n....IDAT"),
    ],
)
def test_a_file_cut_short_does_not_replace_the_old_one(good, verify, whole, cut):
    with pytest.raises(SaveError, match="cut short"), atomic_output(good, verify=verify) as tmp:
        tmp.write_bytes(cut)
    assert good.read_bytes() == OLD
    assert leftovers(good.parent) == []
    with atomic_output(good, verify=verify) as tmp:
        tmp.write_bytes(whole)
    assert good.read_bytes() == whole


def test_zip_complete_refuses_a_truncated_archive(tmp_path):
    import zipfile

    whole = tmp_path / "deck.zip"
    with zipfile.ZipFile(whole, "w") as archive:
        archive.writestr("a.txt", "x" * 1000)
    zip_complete(whole)
    cut = tmp_path / "cut.zip"
    cut.write_bytes(whole.read_bytes()[:-30])
    with pytest.raises(SaveError, match="cut short"):
        zip_complete(cut)


def test_a_failing_fsync_keeps_the_old_file(good, monkeypatch):
    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(savefile.os, "fsync", full)
    with pytest.raises(SaveError, match=r"(?i)no space left"):
        write_atomic(good, b"new")
    monkeypatch.undo()
    assert good.read_bytes() == OLD and leftovers(good.parent) == []


def test_a_short_write_is_not_believed(good, monkeypatch):
    """A writer that stops at the disk's end without an error (as Qt's do)."""
    real_open = open

    class Short:
        def __init__(self, f):
            self.f = f

        def write(self, data):
            return self.f.write(data[: len(data) // 2])

        def __getattr__(self, name):
            return getattr(self.f, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.f.close()

    monkeypatch.setattr(
        "builtins.open",
        lambda p, mode="r", *a, **k: (
            Short(real_open(p, mode, *a, **k))
            if "w" in mode and Path(p).parent == good.parent
            else real_open(p, mode, *a, **k)
        ),
    )
    with pytest.raises(SaveError, match="cut short"):
        write_atomic(good, b"0123456789" * 10)
    monkeypatch.undo()
    assert good.read_bytes() == OLD and leftovers(good.parent) == []


# --- the real writers on a disk that fills up ------------------------------------------
FULL_AFTER = 100 * 1024  # bytes a child process may write to one file


def _limit_file_size() -> None:  # in the child, before exec
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
    resource.setrlimit(resource.RLIMIT_FSIZE, (FULL_AFTER, FULL_AFTER))


def _export(out: Path, *extra: str, limit: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "massage_trainer", "export", "--out", str(out), *extra],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=_limit_file_size if limit else None,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


@posix_only
@pytest.mark.slow
@pytest.mark.parametrize("name", ["sheet.pdf", "diagram.svg", "diagram.png"])
def test_export_onto_a_full_disk_fails_and_keeps_the_old_file(tmp_path, name):
    """Each file is larger than the child may write (the rlimit stands in for a
    full disk, which Qt's PDF and SVG writers do not report)."""
    out = tmp_path / name
    first = (
        _export(out, "--dpi", "300", limit=False)
        if name.endswith("png")
        else _export(out, limit=False)
    )
    assert first.returncode == 0, first.stderr
    before = out.read_bytes()
    assert len(before) > FULL_AFTER
    run = _export(out, "--dpi", "300") if name.endswith("png") else _export(out)
    assert run.returncode == 1
    assert "wrote" not in run.stdout
    assert f"cannot write {out}" in run.stderr and "Traceback" not in run.stderr
    assert out.read_bytes() == before
    assert leftovers(tmp_path) == []


@contextlib.contextmanager
def small_tmpfs(tmp_path: Path, size: str):
    if os.name != "posix" or os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a tmpfs needs root")
    point = tmp_path / f"fs-{uuid.uuid4().hex[:6]}"
    point.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(point)],
        capture_output=True,
    )
    if done.returncode != 0:
        pytest.skip("a tmpfs cannot be mounted here")
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], capture_output=True)


@posix_only
@pytest.mark.slow
@pytest.mark.parametrize("name", ["sheet.pdf", "diagram.svg"])
def test_export_onto_a_really_full_tmpfs(tmp_path, name):
    with small_tmpfs(tmp_path, "2m") as disk:
        out = disk / name
        assert _export(out, limit=False).returncode == 0
        before = out.read_bytes()
        free = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
        (disk / "filler").write_bytes(b"\0" * max(0, free - 64 * 1024))
        run = _export(out, limit=False)
        assert run.returncode == 1, run.stdout
        assert "wrote" not in run.stdout and "Traceback" not in run.stderr
        assert out.read_bytes() == before
        assert leftovers(disk) == []


# --- targets that must not be replaced ----------------------------------------------------
def test_a_read_only_file_is_refused_not_replaced(good):
    good.chmod(0o444)
    with pytest.raises(SaveError, match="read-only"):
        write_atomic(good, b"new")
    assert good.read_bytes() == OLD
    assert stat.S_IMODE(good.stat().st_mode) == 0o444
    assert leftovers(good.parent) == []


def test_a_file_this_user_may_not_write_is_refused(good, monkeypatch):
    """As a user without write permission (emulated: the tests may run as root)."""
    real = os.access
    monkeypatch.setattr(
        savefile.os,
        "access",
        lambda p, mode, **k: False if Path(p) == good and mode & os.W_OK else real(p, mode, **k),
    )
    with pytest.raises(SaveError, match="read-only"):
        write_atomic(good, b"new")
    assert good.read_bytes() == OLD


@posix_only
def test_the_permissions_of_an_existing_file_are_kept(good):
    good.chmod(0o640)
    write_atomic(good, b"new")
    assert good.read_bytes() == b"new"
    assert stat.S_IMODE(good.stat().st_mode) == 0o640


@posix_only
def test_a_new_file_gets_the_usual_permissions(tmp_path):
    mask = os.umask(0o027)
    try:
        write_atomic(tmp_path / "new.csv", b"x")
    finally:
        os.umask(mask)
    assert stat.S_IMODE((tmp_path / "new.csv").stat().st_mode) == 0o640


@posix_only
def test_a_symlink_is_written_through_and_stays_a_link(tmp_path):
    real_folder = tmp_path / "real"
    real_folder.mkdir()
    real = real_folder / "sheet.pdf"
    real.write_bytes(OLD)
    real.chmod(0o600)
    link = tmp_path / "link.pdf"
    link.symlink_to(real)
    write_atomic(link, b"new")
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert real.read_bytes() == b"new"
    assert stat.S_IMODE(real.stat().st_mode) == 0o600
    assert leftovers(real_folder) == [] and leftovers(tmp_path) == []


@posix_only
def test_a_dangling_symlink_makes_its_destination(tmp_path):
    link = tmp_path / "link.csv"
    link.symlink_to(tmp_path / "made.csv")
    write_atomic(link, b"x")
    assert link.is_symlink() and (tmp_path / "made.csv").read_bytes() == b"x"


@posix_only
def test_a_symlink_loop_is_refused(tmp_path):
    (tmp_path / "a.pdf").symlink_to(tmp_path / "b.pdf")
    (tmp_path / "b.pdf").symlink_to(tmp_path / "a.pdf")
    with pytest.raises(SaveError, match="loop"):
        write_atomic(tmp_path / "a.pdf", b"x")
    assert (tmp_path / "a.pdf").is_symlink()


@posix_only
def test_a_device_is_refused(tmp_path):
    link = tmp_path / "null.pdf"
    link.symlink_to(os.devnull)
    for target in (Path(os.devnull), link):
        with pytest.raises(SaveError, match="device"):
            write_atomic(target, b"x")
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)
    assert leftovers(tmp_path) == []


@posix_only
def test_a_fifo_and_a_folder_are_refused(tmp_path):
    fifo = tmp_path / "pipe.svg"
    os.mkfifo(fifo)
    with pytest.raises(SaveError, match="pipe"):
        write_atomic(fifo, b"x")
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    with pytest.raises(SaveError, match="folder"):
        write_atomic(tmp_path, b"x")


@posix_only
@pytest.mark.slow
def test_export_onto_a_read_only_file_exits_1_and_keeps_it(tmp_path):
    out = tmp_path / "sheet.svg"
    out.write_bytes(b"<svg>old</svg>")
    out.chmod(0o444)
    run = _export(out, limit=False)
    assert run.returncode == 1 and "wrote" not in run.stdout
    assert "read-only" in run.stderr
    assert out.read_bytes() == b"<svg>old</svg>" and stat.S_IMODE(out.stat().st_mode) == 0o444


@posix_only
@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root")
def test_the_administrator_keeps_the_owner_of_a_file(good):
    import pwd

    nobody = pwd.getpwnam("nobody")
    os.chown(good, nobody.pw_uid, nobody.pw_gid)
    write_atomic(good, b"new")
    assert (good.stat().st_uid, good.stat().st_gid) == (nobody.pw_uid, nobody.pw_gid)
