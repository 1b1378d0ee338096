"""The back view against the landmark relations an anatomy atlas's plate of
the back's surface shows: which spinous process each bony landmark lies level
with, and how the limbs hang against the trunk.  A drawing can differ from a
real person by a centimetre or so (people differ more than that); beyond
TOLERANCE the map would teach the wrong level.

The relations are those of the standard topographic plate of the back (for
example Netter's): the superior angle of the shoulder blade level with T2, the
root of its spine with T3, its inferior angle with T7; T12 halfway between that
angle and the iliac crest; the crests' tops at L4; the dimples over the
posterior superior iliac spines at S2; the olecranon at the L1-L2 gap, with
the arm hanging.
"""

from __future__ import annotations

import pytest

from massage_trainer.core.zones import load_zone_set

TOLERANCE = 1.5  # cm


@pytest.fixture(scope="module")
def back():
    return load_zone_set(view="back")


def spinous(zs, name: str) -> float:
    """The height of a spinous process, counted between the drawn landmarks."""
    marks = zs.landmarks
    c7, t12, l4 = marks["C7"][1], marks["T12"][1], marks["L4"][1]
    region, n = name[0], int(name[1:])
    if region == "T":
        return c7 + n * (t12 - c7) / 12
    if region == "L":
        return t12 + n * (l4 - t12) / 4
    raise ValueError(name)


@pytest.mark.parametrize(
    ("landmark", "level"),
    [
        ("scapula_superior_angle", "T2"),
        ("scapula_spine_root", "T3"),
        ("scapula_inferior_angle", "T7"),
        ("iliac_crest", "L4"),
    ],
)
@pytest.mark.parametrize("side", ["left", "right"])
def test_bony_landmarks_lie_level_with_their_vertebra(back, landmark, level, side):
    y = back.landmarks[f"{landmark}_{side}"][1]
    assert abs(y - spinous(back, level)) <= TOLERANCE, (landmark, y, spinous(back, level))


def test_t12_lies_halfway_between_the_shoulder_blade_and_the_crest(back):
    angle = back.landmarks["scapula_inferior_angle_left"][1]
    crest = back.landmarks["iliac_crest_left"][1]
    assert abs(back.landmarks["T12"][1] - (angle + crest) / 2) <= TOLERANCE


@pytest.mark.parametrize("side", ["left", "right"])
def test_the_dimples_sit_level_with_s2(back, side):
    assert abs(back.landmarks[f"psis_{side}"][1] - back.landmarks["S2"][1]) <= TOLERANCE
    # and the dimples are drawn there as skin cues
    dimple = back.surface[f"sacral_dimple_{side}"]
    ys = [y for _x, y in dimple]
    assert abs(sum(ys) / len(ys) - back.landmarks["S2"][1]) <= TOLERANCE


@pytest.mark.parametrize("side", ["left", "right"])
def test_the_hanging_arm_puts_the_elbow_at_the_l1_l2_gap(back, side):
    gap = (spinous(back, "L1") + spinous(back, "L2")) / 2
    assert abs(back.landmarks[f"olecranon_{side}"][1] - gap) <= TOLERANCE


def test_the_scapula_lies_over_the_ribs_of_t2_to_t7_beside_the_spine(back):
    bone = back.structure("scapula_bone_left").geometry
    _minx, miny, maxx, maxy = bone.bounds
    assert miny <= spinous(back, "T2") and maxy >= spinous(back, "T7")
    # its inner rim runs parallel to the spine, a hand's breadth or less from it
    inner = back.midline - maxx
    assert 4.0 <= inner <= 9.0
