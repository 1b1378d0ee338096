"""The built-in back view: it loads, keeps its invariants and its anatomy."""

from __future__ import annotations

import math

import pytest
import shapely

from massage_trainer.core.zones import SAFETY_RANK, load_zone_set


@pytest.fixture(scope="module")
def zs():
    return load_zone_set()


def test_loads_with_every_kind_of_zone(zs):
    kinds = set(zs.kinds())
    expected = {
        "spine",
        "kidney",
        "behind_ear",
        "knee_back",
        "elbow_notch",
        "scapula",
        "ribs_flank",
        "neck_side",
        "sciatic_notch",
        "armpit_fold",
        "massage_zone",
        "upper_trapezius",
        "neck_muscles",
        "suboccipitals",
        "scalp",
        "lower_back",
        "deltoid",
        "upper_arm",
        "forearm",
        "hand",
        "gluteal",
        "hamstrings",
        "calf",
        "foot",
    }
    assert expected <= kinds


def test_covers_the_outline(zs):
    assert zs.coverage >= 0.99
    union = shapely.union_all([z.geometry for z in zs.zones])
    assert shapely.difference(zs.outline, union).area / zs.outline.area < 0.01


def test_every_zone_inside_the_outline(zs):
    for z in zs.zones:
        outside = shapely.difference(z.geometry, zs.outline).area
        assert outside < 0.05, z.id


def test_twins_mirror_each_other(zs):
    for z in zs.zones:
        if z.side != "left":
            continue
        twin = zs.twin(z)
        assert twin is not None, z.id
        assert twin.name == z.name and twin.safety == z.safety
        # the right kidney sits lower, so the zones above and below it differ
        # more between the sides
        tolerance = 0.25 if z.kind in ("massage_zone", "lower_back") else 0.1
        assert math.isclose(z.geometry.area, twin.geometry.area, rel_tol=tolerance), z.id
        # the left twin lies on the person's left, the viewer's left
        assert z.geometry.centroid.x < zs.midline < twin.geometry.centroid.x


def test_required_landmarks(zs):
    names = {"C7", "T3", "T7", "T12", "L4", "S2", "inion"}
    for side in ("left", "right"):
        names |= {
            f"{n}_{side}"
            for n in (
                "mastoid",
                "acromion",
                "scapula_superior_angle",
                "scapula_spine_root",
                "scapula_inferior_angle",
                "rib12_tip",
                "iliac_crest",
                "psis",
                "greater_trochanter",
                "ischial_tuberosity",
                "olecranon",
                "wrist",
                "popliteal",
                "heel",
                "pressure_point",
            )
        }
    assert names <= set(zs.landmarks)
    for name in names:
        assert zs.outline.contains(shapely.Point(zs.landmarks[name])), name


def _at(zs, name, dx=0.0, dy=0.0):
    x, y = zs.landmarks[name]
    return zs.zone_at(x + dx, y + dy)


@pytest.mark.parametrize("name", ["C7", "T3", "T7", "T12", "L4", "S2"])
def test_midline_is_spine(zs, name):
    zone = _at(zs, name)
    assert zone.kind == "spine" and zone.safety == "avoid"
    # and a centimetre either side is still the avoid strip
    assert _at(zs, name, dx=1.0).safety == "avoid"
    assert _at(zs, name, dx=-1.0).safety == "avoid"


@pytest.mark.parametrize("side", ["left", "right"])
def test_anatomy_by_landmarks(zs, side):
    lm = zs.landmarks
    s = -1 if side == "left" else 1

    def kind_at(x, y):
        z = zs.zone_at(x, y)
        return z.kind if z else None

    # between spine and shoulder blade, level of T5: the massage zone
    t3, t7 = lm["T3"], lm["T7"]
    assert kind_at(zs.midline + s * 3.5, (t3[1] + t7[1]) / 2) == "massage_zone"
    assert zs.zone_at(*lm[f"pressure_point_{side}"]).safety == "target"
    # the middle of the shoulder blade, between its angles
    sup, inf = lm[f"scapula_superior_angle_{side}"], lm[f"scapula_inferior_angle_{side}"]
    mid = ((sup[0] + inf[0]) / 2 + s * 2.0, (sup[1] + inf[1]) / 2)
    assert kind_at(*mid) == "scapula"
    # just below the tip of the 12th rib: the kidney area, never a target
    tip = lm[f"rib12_tip_{side}"]
    below = zs.zone_at(tip[0], tip[1] + 1.5)
    assert below.kind == "kidney" and below.safety == "avoid"
    # the lower back columns beside L4, where the thumbs land with hands on hips
    assert kind_at(zs.midline + s * 4.0, lm["L4"][1]) == "lower_back"
    # back of the knee and behind the ear are avoid spots
    assert zs.zone_at(*lm[f"popliteal_{side}"]).safety == "avoid"
    assert zs.zone_at(*lm[f"mastoid_{side}"]).safety == "avoid"
    # halfway from C7 to the shoulder tip: the upper trapezius
    c7, acro = lm["C7"], lm[f"acromion_{side}"]
    assert kind_at((c7[0] + acro[0]) / 2, (c7[1] + acro[1]) / 2 - 0.5) == "upper_trapezius"
    # sides follow the person: the left zone lies on the viewer's left
    assert zs.zone_at(*lm[f"heel_{side}"]).side == side


def test_right_kidney_sits_lower(zs):
    left = zs.zone("kidney_left").geometry.centroid.y
    right = zs.zone("kidney_right").geometry.centroid.y
    assert 1.0 <= right - left <= 2.5


def _vertebra_y(zs, name: str) -> float:
    """y of a vertebra from the midline landmarks: thoracic levels are spaced
    evenly from C7 to T12, lumbar levels from T12 to L4."""
    lm = zs.landmarks
    c7, t12, l4 = lm["C7"][1], lm["T12"][1], lm["L4"][1]
    if name.startswith("T"):
        return c7 + (t12 - c7) * int(name[1:]) / 12
    return t12 + (l4 - t12) * int(name[1:]) / 4


def test_kidney_area_covers_the_classic_outline(zs):
    """Every spot 2.5-9.5 cm from the midline between T11 and L3 is an avoid
    spot (the right kidney sits lower), even where the muscle columns run."""
    top, bottom = _vertebra_y(zs, "T11"), _vertebra_y(zs, "L3")
    for side, sign, shift in (("left", -1, 0.0), ("right", 1, 1.5)):
        for i in range(8):
            dx = 2.5 + 7.0 * i / 7
            for j in range(8):
                y = top + (bottom - top) * j / 7 + shift
                zone = zs.zone_at(zs.midline + sign * dx, y)
                assert zone.safety == "avoid", (side, dx, y, zone)
                assert zone.kind in ("kidney", "spine")


def test_upper_trapezius_line_runs_over_targets_only(zs):
    """The line learners walk their fingers along never crosses the side of
    the neck or any other caution or avoid zone."""
    for name, points in zs.lines.items():
        for x, y in points:
            zone = zs.zone_at(x, y)
            assert zone is not None and zone.safety == "target", (name, x, y, zone)


def test_sacrum_is_bone_not_a_target(zs):
    s2 = zs.landmarks["S2"]
    for dx in (-3.0, -2.5, 2.5, 3.0):
        zone = zs.zone_at(s2[0] + dx, s2[1] + 1.5)
        assert zone.safety != "target", (dx, zone)
    assert zs.zone_at(*s2).kind == "spine"


def test_lower_back_columns_stay_beside_the_spine(zs):
    l4 = zs.landmarks["L4"]
    assert zs.zone_at(zs.midline + 4.0, l4[1]).kind == "lower_back"
    # further out, above the hip bone, is the flank: caution
    assert zs.zone_at(zs.midline + 8.5, l4[1]).safety == "caution"


def test_the_ears_are_not_the_base_of_the_skull(zs):
    inion = zs.landmarks["inion"]
    assert zs.zone_at(zs.midline + 3.0, inion[1] + 1.5).kind == "suboccipitals"
    for sign in (-1, 1):
        assert zs.zone_at(zs.midline + sign * 8.0, 12.0).kind == "scalp"


def test_overlaps_go_to_the_more_cautious_zone(zs):
    """Wherever two zones overlap, zone_at picks the more cautious one."""
    zones = zs.zones
    tree = shapely.STRtree([z.geometry for z in zones])
    checked = 0
    for i, j in zip(*tree.query([z.geometry for z in zones], predicate="overlaps"), strict=True):
        if i >= j:
            continue
        inter = shapely.intersection(zones[i].geometry, zones[j].geometry)
        if inter.area < 0.05:
            continue
        p = inter.representative_point()
        winner = zs.zone_at(p.x, p.y)
        expected = max(zones[i], zones[j], key=lambda z: (SAFETY_RANK[z.safety], z.layer))
        assert winner is expected
        checked += 1
    assert checked >= 8  # the small avoid and caution spots on top of larger zones


def test_zone_at_outside_the_body(zs):
    assert zs.zone_at(1.0, 1.0) is None
    assert zs.zone_at(zs.midline, 171.9) is None
    assert zs.zone_at(float("nan"), 10.0) is None
    assert zs.zone_at(1e300, -1e300) is None


def test_every_zone_is_reachable(zs):
    for z in zs.zones:
        x, y = z.label_point
        assert zs.zone_at(x, y) is z, z.id
