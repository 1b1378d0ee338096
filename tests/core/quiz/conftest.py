"""Fixtures for the quiz tests: the built-in zone set, a small fake one, a clock."""

from __future__ import annotations

from pathlib import Path

import pytest
import shapely

from massage_trainer.core.content import Technique
from massage_trainer.core.zones import Zone, ZoneSet, load_zone_set

START = 1_700_000_000.0  # 2023-11-14 22:13 UTC


class FakeClock:
    """A clock the test moves by hand (Unix seconds)."""

    def __init__(self, now: float = START) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture(scope="session")
def zone_set() -> ZoneSet:
    return load_zone_set()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def _zone(
    zid: str,
    name: str,
    side: str,
    safety: str,
    box: tuple[float, float, float, float],
    techniques: tuple[str, ...] = (),
    layer: int = 0,
) -> Zone:
    return Zone(
        id=zid,
        name=name,
        side=side,
        safety=safety,
        why=f"Why {name}.",
        techniques=techniques,
        warnings=() if safety == "target" else ("Careful.",),
        geometry=shapely.box(*box),
        layer=layer,
        region="back",
    )


def make_fake_zone_set() -> ZoneSet:
    """A 40 x 40 cm square body: a spine strip, shoulder blades above, massage
    zones below with an avoid notch drawn on top of each (layer 1)."""
    zones = (
        _zone("spine", "Spine", "none", "avoid", (19, 0, 21, 40)),
        _zone("scapula_left", "Shoulder blade", "left", "caution", (0, 0, 19, 20)),
        _zone("scapula_right", "Shoulder blade", "right", "caution", (21, 0, 40, 20)),
        _zone(
            "massage_zone_left",
            "Massage zone",
            "left",
            "target",
            (0, 20, 19, 40),
            ("press", "knead"),
        ),
        _zone(
            "massage_zone_right",
            "Massage zone",
            "right",
            "target",
            (21, 20, 40, 40),
            ("press", "glide"),
        ),
        _zone("notch_left", "Notch", "left", "avoid", (5, 25, 9, 29), layer=1),
        _zone("notch_right", "Notch", "right", "avoid", (31, 25, 35, 29), layer=1),
    )
    techniques = {
        tid: Technique(
            id=tid,
            name=tid.title(),
            family="f",
            family_name="F",
            pressure="light",
            summary="",
            steps=(),
            suits=(),
            cautions=(),
        )
        for tid in ("press", "knead", "glide", "tap", "rake", "rock", "shake")
    }
    return ZoneSet(
        path=Path("fake.yaml"),
        view="fake",
        title="Fake",
        canvas=(40.0, 40.0),
        midline=20.0,
        outline=shapely.box(0, 0, 40, 40),
        zones=zones,
        regions={"back": "Back"},
        techniques=techniques,
    )


@pytest.fixture
def fake_zone_set() -> ZoneSet:
    return make_fake_zone_set()
