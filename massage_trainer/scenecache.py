"""The start-up cache: a zone set's painted scene, so the window's first frame
comes before the geometry libraries are even imported.

Loading and validating a zone set needs shapely, numpy and PyYAML, and takes
longer than starting Qt itself.  The map on screen needs none of them: only
Qt paths.  So once a zone set has loaded, its scene (the paths of the outline,
the zones and their patterns, the labels, lines and landmarks) is written to
the user's cache folder with Qt's own binary format, together with the title,
the notice and a BLAKE2b digest of every file the zone set was read from (and
the names of files that would be read instead, were they there).

On the next start ``load_preview`` reads it back with Qt alone, and only if
every one of those files is byte for byte what it was and the program and Qt
versions match; otherwise it returns None and the window starts the long way.
The preview is only ever a picture: the window loads and validates the zone
set right after the first frame, and from then on paints and answers from
that; then the cache is rewritten if it differs from what loaded.  A missing,
stale, unreadable or damaged cache file costs nothing but that long start;
writing one is best effort and never raises.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QCryptographicHash,
    QDataStream,
    QIODevice,
    QStandardPaths,
    qVersion,
)
from PySide6.QtGui import QPainterPath

from massage_trainer import __version__
from massage_trainer.core.safety import SAFETY_LEVELS
from massage_trainer.paint.body import BodyScene, PaintZone

if TYPE_CHECKING:
    from massage_trainer.core.zones import ZoneSet

log = logging.getLogger("massage_trainer")

MAGIC = "massage-trainer scene"
FORMAT = 2  # raise whenever what is written changes
END = 0x454E44  # "END": the last thing in a whole file
MAX_ITEMS = 100_000  # no list in a sound file comes near this
RACY_NS = 2_000_000_000  # file times can be this coarse (FAT): 2 s
KEEP_FILES = 20  # cache files kept, the most recently used
STREAM_VERSION = QDataStream.Version.Qt_6_0


@dataclass(frozen=True)
class Preview:
    """What the window's first frame shows of a zone set, without loading it."""

    scene: BodyScene
    title: str
    disclaimer: str

    @property
    def zone_count(self) -> int:
        return len(self.scene.zones)


def cache_folder() -> Path:
    return (
        Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation))
        / "scenes"
    )


def cache_file(zone_file: Path, folder: Path | None = None) -> Path:
    """One cache file per zone file, named by a digest of its full path."""
    name = _digest(str(Path(zone_file).resolve()).encode("utf-8"))[:24]
    return (folder or cache_folder()) / f"{name}.scene"


def _digest(data: bytes) -> str:
    raw = QCryptographicHash.hash(QByteArray(data), QCryptographicHash.Algorithm.Blake2b_256)
    return bytes(raw.toHex().data()).decode("ascii")


def _file_digest(path: Path) -> str | None:
    try:
        return _digest(Path(path).read_bytes())
    except OSError:
        return None


def _header() -> tuple[str, int, str, str]:
    return (MAGIC, FORMAT, __version__, qVersion())


# --- writing -----------------------------------------------------------------------
def store_preview(
    zone_set: ZoneSet, scene: BodyScene, read_since_ns: int, folder: Path | None = None
) -> bool:
    """Write the cache file for ``zone_set`` (loaded from ``zone_set.path``);
    ``read_since_ns`` is when its loading began (``time.time_ns()``).

    A file changed shortly before or after that moment may differ from what
    was loaded, so then nothing is written (the next start tries again), as
    git does for racy files.  A cache file that already holds exactly this is
    left alone.  The window calls this after every start, so a cache that
    no longer matches what loads (new program code, say) is rewritten at
    once.  Returns whether the file now holds this zone set; a failure is
    logged, never raised."""
    from massage_trainer.core.savefile import write_atomic

    sources = []
    for source in zone_set.sources or (zone_set.path,):
        try:
            changed = Path(source).stat().st_mtime_ns
        except OSError:
            return False  # gone since it was read: nothing sound to cache
        digest = _file_digest(source)
        if digest is None or changed > read_since_ns - RACY_NS:
            return False
        sources.append((str(Path(source).resolve()), digest))
    body = QByteArray()
    stream = _writer(body)
    stream.writeInt32(len(sources))
    for path, digest in sources:
        stream.writeQString(path)
        stream.writeQString(digest)
    stream.writeInt32(len(zone_set.absent))
    for absent in zone_set.absent:
        stream.writeQString(str(Path(absent).resolve()))
    stream.writeQString(zone_set.title)
    stream.writeQString(zone_set.rules.disclaimer)
    _write_scene(stream, scene)
    stream.writeInt32(END)
    data = _with_header(bytes(body.data()))
    target = cache_file(zone_set.path, folder)
    try:
        if target.is_file() and target.read_bytes() == data:
            os.utime(target)  # in use: the last to be pruned
            return True
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(target, data)
    except OSError as exc:
        log.warning("could not write the start-up cache %s: %s", target, exc)
        return False
    _prune(target.parent)
    return True


def _prune(folder: Path) -> None:
    """Keep the KEEP_FILES cache files used most recently (one per zone file
    opened at start-up), so the folder cannot grow without end."""
    try:
        files = sorted(folder.glob("*.scene"), key=lambda f: f.stat().st_mtime_ns, reverse=True)
        for old in files[KEEP_FILES:]:
            old.unlink()
    except OSError as exc:  # another copy of the program pruned first, say
        log.info("could not prune the start-up cache %s: %s", folder, exc)


def _with_header(body: bytes) -> bytes:
    """The whole file: a header naming the format and the versions, with a
    digest of the body (a damaged body is refused before a byte of it is
    parsed), then the body."""
    head = QByteArray()
    stream = _writer(head)
    magic, fmt, version, qt = _header()
    stream.writeQString(magic)
    stream.writeInt32(fmt)
    stream.writeQString(version)
    stream.writeQString(qt)
    stream.writeQString(_digest(body))
    return bytes(head.data()) + body


def _writer(data: QByteArray) -> QDataStream:
    stream = QDataStream(data, QIODevice.OpenModeFlag.WriteOnly)
    stream.setVersion(STREAM_VERSION)
    return stream


def _write_scene(stream: QDataStream, scene: BodyScene) -> None:
    stream << scene.outline
    stream.writeInt32(len(scene.zones))
    for zone in scene.zones:
        stream.writeQString(zone.id)
        stream.writeQString(zone.safety)
        stream.writeInt32(zone.layer)
        stream << scene.paths[zone.id]
        stream << scene.hatches[zone.id]
    stream.writeInt32(len(scene.labels))
    for text, point in scene.labels:
        stream.writeQString(text)
        _write_point(stream, point)
    stream.writeInt32(len(scene.lines))
    for name, points in scene.lines.items():
        stream.writeQString(name)
        stream.writeInt32(len(points))
        for point in points:
            _write_point(stream, point)
    stream.writeInt32(len(scene.landmarks))
    for name, point in scene.landmarks.items():
        stream.writeQString(name)
        _write_point(stream, point)


def _write_point(stream: QDataStream, point: tuple[float, float]) -> None:
    stream.writeDouble(float(point[0]))
    stream.writeDouble(float(point[1]))


# --- reading -----------------------------------------------------------------------
class _Damaged(Exception):
    """The cache file is not a whole, sound file of this format."""


def load_preview(zone_file: Path, folder: Path | None = None) -> Preview | None:
    """The cached first frame of ``zone_file``, or None when there is none, or
    it is out of date or damaged (see the module notes)."""
    path = cache_file(zone_file, folder)
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    try:
        return _read(raw, Path(zone_file).resolve())
    except _Damaged:
        return None


def _read(raw: bytes, zone_file: Path) -> Preview | None:
    stream = _reader(raw)
    header = (stream.readQString(), stream.readInt32(), stream.readQString(), stream.readQString())
    digest = stream.readQString()
    _check(stream)
    if header != _header():
        return None
    body = raw[stream.device().pos() :]
    if _digest(body) != digest:
        raise _Damaged()
    stream = _reader(body)
    count = _count(stream)
    if count == 0:
        return None
    for index in range(count):
        source, digest = stream.readQString(), stream.readQString()
        _check(stream)
        if index == 0 and Path(source) != zone_file:
            return None
        if _file_digest(Path(source)) != digest:
            return None  # a file the zone set was read from has changed
    for _ in range(_count(stream)):
        absent = stream.readQString()
        _check(stream)
        if Path(absent).exists():
            return None  # a file that would be read instead has appeared
    title, disclaimer = stream.readQString(), stream.readQString()
    scene = _read_scene(stream)
    if stream.readInt32() != END:
        raise _Damaged()
    _check(stream)
    if not stream.atEnd():
        raise _Damaged()
    return Preview(scene, title, disclaimer)


def _reader(data: bytes) -> QDataStream:
    stream = QDataStream(QByteArray(data))
    stream.setVersion(STREAM_VERSION)
    return stream


def _read_scene(stream: QDataStream) -> BodyScene:
    outline = _read_path(stream)
    zones: list[PaintZone] = []
    paths: dict[str, QPainterPath] = {}
    hatches: dict[str, QPainterPath] = {}
    for _ in range(_count(stream)):
        zone = PaintZone(stream.readQString(), stream.readQString(), stream.readInt32())
        if zone.safety not in SAFETY_LEVELS or zone.id in paths:
            raise _Damaged()
        paths[zone.id] = _read_path(stream)
        hatches[zone.id] = _read_path(stream)
        zones.append(zone)
    labels = [(stream.readQString(), _read_point(stream)) for _ in range(_count(stream))]
    lines = {}
    for _ in range(_count(stream)):
        name = stream.readQString()
        lines[name] = tuple(_read_point(stream) for _ in range(_count(stream)))
    landmarks = {stream.readQString(): _read_point(stream) for _ in range(_count(stream))}
    _check(stream)
    if not zones:
        raise _Damaged()
    return BodyScene(outline, zones, paths, hatches, labels, lines, landmarks)


def _read_path(stream: QDataStream) -> QPainterPath:
    path = QPainterPath()
    stream >> path
    _check(stream)
    return path


def _read_point(stream: QDataStream) -> tuple[float, float]:
    return (stream.readDouble(), stream.readDouble())


def _count(stream: QDataStream) -> int:
    n = stream.readInt32()
    _check(stream)
    if not 0 <= n <= MAX_ITEMS:
        raise _Damaged()
    return n


def _check(stream: QDataStream) -> None:
    if stream.status() != QDataStream.Status.Ok:
        raise _Damaged()
