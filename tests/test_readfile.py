"""The one reader refuses what could hang or flood the program."""

from __future__ import annotations

import os

import pytest

from massage_trainer.core.readfile import ReadError, is_regular, read_regular, safe_resolve


def test_reads_a_regular_file(tmp_path):
    path = tmp_path / "a.yaml"
    path.write_bytes(b"format: 1\n")
    assert read_regular(path) == b"format: 1\n"
    assert is_regular(path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_is_refused_without_waiting(tmp_path):
    path = tmp_path / "f.yaml"
    os.mkfifo(path)
    with pytest.raises(ReadError, match=r"pipe|regular"):
        read_regular(path)
    assert not is_regular(path)


def test_a_device_is_refused():
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero")
    with pytest.raises(ReadError, match="device"):
        read_regular("/dev/zero")


def test_a_symlink_to_a_device_is_refused(tmp_path):
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero")
    link = tmp_path / "progress.json"
    link.symlink_to("/dev/zero")
    with pytest.raises(ReadError, match="device"):
        read_regular(link)


def test_a_symlink_loop_is_refused(tmp_path):
    (tmp_path / "a.yaml").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a.yaml")
    with pytest.raises(ReadError, match="loop"):
        read_regular(tmp_path / "a.yaml")
    assert safe_resolve(tmp_path / "a.yaml").is_absolute()


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(ReadError, match="folder"):
        read_regular(tmp_path)


def test_too_large_is_refused(tmp_path):
    path = tmp_path / "big.yaml"
    path.write_bytes(b"x" * 2049)
    with pytest.raises(ReadError, match="at most 2 kB"):
        read_regular(path, limit=2048)
    assert read_regular(path, limit=4096) == b"x" * 2049


def test_missing_file_says_so(tmp_path):
    with pytest.raises(ReadError, match="No such file"):
        read_regular(tmp_path / "none.yaml")


def test_nul_in_name():
    with pytest.raises(ReadError, match="NUL"):
        read_regular("a\0b")
