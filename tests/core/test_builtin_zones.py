"""The built-in back view: it loads, keeps its invariants and its anatomy."""

from __future__ import annotations

import itertools
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
        "sciatic_nerve",
        "armpit_fold",
        "inner_upper_arm",
        "fibular_head",
        "bony_point",
        "sacrum",
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


@pytest.mark.parametrize("name", ["C2", "C7", "T3", "T7", "T12", "L4"])
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
    # below L5/S1 the midline is sacrum, not spine
    assert zs.zone_at(*s2).kind == "sacrum"


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


# --- the corrected anatomy (DOMAIN.md 2 and 3), measured from the landmarks -----
def test_the_inion_is_the_base_of_the_skull_not_the_spine(zs):
    inion = zs.landmarks["inion"]
    assert zs.zone_at(*inion).kind == "suboccipitals"
    # the spine starts at C2, the first knob below the inion, 2-3 cm down
    c2 = zs.landmarks["C2"]
    assert 2.0 <= c2[1] - inion[1] <= 3.0
    assert zs.zone_at(*c2).kind == "spine"
    assert zs.zone_at(inion[0], inion[1] + 1.0).kind == "suboccipitals"


def test_the_middle_of_the_sacrum_answers_sacrum(zs):
    sacrum = zs.zone("sacrum")
    assert len(shapely.get_parts(sacrum.geometry)) == 1  # one triangle, not two slivers
    middle = sacrum.geometry.centroid
    assert zs.zone_at(middle.x, middle.y).kind == "sacrum"
    assert zs.zone_at(*zs.landmarks["sacrum_middle"]).kind == "sacrum"
    # it covers the midline from L5/S1 down to the tailbone
    l4 = zs.landmarks["L4"][1]
    assert zs.zone_at(zs.midline, l4 + 6.5).kind == "sacrum"
    assert zs.zone_at(zs.midline, l4 + 3.0).kind == "spine"


def _kidney_axis(zs, side):
    """The kidney bean's long axis: the ends of its minimum rotated rectangle's
    long sides' midlines; returns (upper pole, lower pole)."""
    bean = zs.structure(f"kidney_{side}").geometry
    ring = list(bean.minimum_rotated_rectangle.exterior.coords)[:4]
    edges = [(ring[i], ring[(i + 1) % 4]) for i in range(4)]
    short = sorted(edges, key=lambda e: math.dist(*e))[:2]
    ends = sorted((((a[0] + b[0]) / 2, (a[1] + b[1]) / 2) for a, b in short), key=lambda p: p[1])
    return ends[0], ends[1]


@pytest.mark.parametrize("side", ["left", "right"])
def test_the_kidney_beans_lie_where_the_kidneys_lie(zs, side):
    upper, lower = _kidney_axis(zs, side)
    bean = zs.structure(f"kidney_{side}").geometry
    # about 11 x 5.5 cm
    rect = bean.minimum_rotated_rectangle
    sides = sorted(
        {
            round(math.dist(a, b), 1)
            for a, b in zip(rect.exterior.coords, rect.exterior.coords[1:], strict=False)
        }
    )
    assert 10.0 <= sides[-1] <= 12.0 and 4.5 <= sides[0] <= 6.5
    # tilted: the upper pole nearer the midline (2.5-4 cm out), the lower pole further (5.5-7.5)
    assert 2.5 <= abs(upper[0] - zs.midline) <= 4.0
    assert 5.5 <= abs(lower[0] - zs.midline) <= 7.5
    tilt = math.degrees(math.atan2(abs(lower[0] - upper[0]), lower[1] - upper[1]))
    assert 10 <= tilt <= 30
    # from T11/T12 down to about L3
    t11 = zs.landmarks["T12"][1] - (zs.landmarks["T12"][1] - zs.landmarks["C7"][1]) / 12
    l3 = zs.landmarks["T12"][1] + 3 * (zs.landmarks["L4"][1] - zs.landmarks["T12"][1]) / 4
    assert t11 - 1.5 <= upper[1] <= zs.landmarks["T12"][1] + 1.5
    assert l3 - 2.5 <= lower[1] <= l3 + 2.0
    # the 12th rib crosses its upper third
    rib = zs.structure(f"rib_12_{side}").geometry
    crossing = rib.intersection(bean)
    assert not crossing.is_empty
    third = upper[1] + (lower[1] - upper[1]) / 3
    assert crossing.centroid.y <= third + 2.0


def test_the_right_kidney_sits_lower(zs):
    left, right = _kidney_axis(zs, "left"), _kidney_axis(zs, "right")
    assert 1.25 <= right[0][1] - left[0][1] <= 2.0
    assert 1.25 <= right[1][1] - left[1][1] <= 2.0
    # and the kidney area over it too
    drop = zs.zone("kidney_right").geometry.centroid.y - zs.zone("kidney_left").geometry.centroid.y
    assert 1.0 <= drop <= 2.5


@pytest.mark.parametrize("side", ["left", "right"])
def test_the_costovertebral_angle_is_avoid(zs, side):
    """Just below the 12th rib and just outside the columns: the kidney area."""
    s = -1 if side == "left" else 1
    shift = 1.5 if side == "right" else 0.0
    tip = zs.landmarks[f"rib12_tip_{side}"]
    for dx, dy in ((7.0, 63.5), (7.5, 65.5), (8.5, 66.5), (9.0, 67.5)):
        zone = zs.zone_at(zs.midline + s * dx, dy + shift)
        assert zone.kind == "kidney" and zone.safety == "avoid", (side, dx, dy, zone)
    assert zs.zone_at(tip[0], tip[1] + 1.5).kind == "kidney"


@pytest.mark.parametrize("side", ["left", "right"])
def test_the_columns_are_a_target_from_t12_to_l3(zs, side):
    s = -1 if side == "left" else 1
    t12 = zs.landmarks["T12"][1]
    l3 = t12 + 3 * (zs.landmarks["L4"][1] - t12) / 4
    for i in range(9):
        y = t12 + 0.3 + (l3 - t12 - 0.3) * i / 8
        for dx in (3.0, 3.5, 4.0):
            zone = zs.zone_at(zs.midline + s * dx, y)
            assert zone.safety == "target", (side, dx, y, zone)
            assert zone.kind == "lower_back", (side, dx, y, zone)
    # where they cover the kidneys: no percussion
    column = zs.zone(f"lower_back_{side}")
    assert "percussion" not in column.techniques
    assert any("tapping" in w or "drumming" in w for w in column.warnings)


@pytest.mark.parametrize("side", ["left", "right"])
def test_the_sciatic_course_through_the_buttock_is_caution(zs, side):
    lm = zs.landmarks
    trochanter, sitting = lm[f"greater_trochanter_{side}"], lm[f"ischial_tuberosity_{side}"]
    psis = lm[f"psis_{side}"]
    # halfway between the trochanter and the sitting bone, and around it
    mid = ((trochanter[0] + sitting[0]) / 2, (trochanter[1] + sitting[1]) / 2)
    for dx, dy in ((0, 0), (0.5, 0.5), (-0.5, -0.5), (0, 2.0)):
        zone = zs.zone_at(mid[0] + dx, mid[1] + dy)
        assert zone.kind == "sciatic_nerve" and zone.safety == "caution", (dx, dy, zone)
    # where it leaves the pelvis: a third of the way from the PSIS to the sitting bone
    notch = (psis[0] + (sitting[0] - psis[0]) / 3, psis[1] + (sitting[1] - psis[1]) / 3)
    assert zs.zone_at(*notch).safety != "target"
    # down past the gluteal fold
    assert zs.zone_at(mid[0], 91.5).kind == "sciatic_nerve"
    # and the buttock's text no longer puts it in the inner upper part
    gluteal = zs.zone(f"gluteal_{side}")
    assert not any("inner upper part" in w for w in gluteal.warnings)


@pytest.mark.parametrize("side", ["left", "right"])
def test_the_fibular_head_and_the_inner_upper_arm_are_caution(zs, side):
    s = -1 if side == "left" else 1
    zone = zs.zone_at(*zs.landmarks[f"fibular_head_{side}"])
    assert zone.kind == "fibular_head" and zone.safety == "caution"
    # 2-4 cm below the knee crease, at the outer edge of the leg
    crease = zs.landmarks[f"popliteal_{side}"][1]
    head = zs.zone(f"fibular_head_{side}").geometry.centroid
    assert 2.0 <= head.y - crease <= 4.0
    assert s * (head.x - zs.landmarks[f"popliteal_{side}"][0]) > 2.5
    # the inner side of the upper arm, armpit to elbow, is caution, not a target
    arm = zs.zone(f"inner_upper_arm_{side}").geometry
    for y in (45.0, 50.0, 55.0):
        row = shapely.LineString([(0, y), (70, y)]).intersection(arm)
        x = row.centroid.x
        zone = zs.zone_at(x, y)
        assert zone.kind == "inner_upper_arm" and zone.safety == "caution", (y, zone)
        # on the side of the arm facing the trunk
        upper = zs.zone_at(x + s * 3.0, y)
        assert upper.kind == "upper_arm"


@pytest.mark.parametrize("name", ["greater_trochanter", "ischial_tuberosity", "psis", "olecranon"])
def test_the_bony_points_are_caution_spots(zs, name):
    for side in ("left", "right"):
        point = shapely.Point(zs.landmarks[f"{name}_{side}"])
        zone = zs.zone_at(point.x, point.y)
        assert zone.safety in ("caution", "avoid"), (name, side, zone)
        spots = shapely.get_parts(zs.zone(f"bony_point_{side}").geometry)
        spot = next(p for p in spots if p.contains(point))
        assert spot.area >= 2.0  # big enough to click


@pytest.mark.parametrize("side", ["left", "right"])
def test_the_ear_and_the_spot_behind_it(zs, side):
    lobe = zs.landmarks[f"earlobe_{side}"]
    mastoid = zs.landmarks[f"mastoid_{side}"]
    # the lobe is level with the mastoid tip
    assert abs(lobe[1] - mastoid[1]) <= 1.5
    spot = zs.zone(f"behind_ear_{side}").geometry
    # below and behind (towards the midline of) the lobe
    assert spot.centroid.y > lobe[1]
    assert abs(spot.centroid.x - zs.midline) < abs(lobe[0] - zs.midline)
    # not clipped by the outline: the whole ellipse lies inside
    assert spot.area >= 0.97 * math.pi * 1.1 * 1.3


def test_the_waist_is_narrowest_at_l2_l3(zs):
    def width(y):
        row = shapely.LineString([(zs.midline - 16, y), (zs.midline + 16, y)])
        part = row.intersection(zs.outline)
        pieces = [g for g in shapely.get_parts(part) if g.length > 0]
        trunk = next(g for g in pieces if g.bounds[0] <= zs.midline <= g.bounds[2])
        return trunk.length

    narrowest = min((width(y / 2), y / 2) for y in range(100, 150))
    assert 61.0 <= narrowest[1] <= 66.0, narrowest


def test_the_limbs_taper(zs):
    def arm_width(y):
        row = shapely.LineString([(zs.midline + 15.0, y), (zs.midline + 30, y)])
        return max(g.length for g in shapely.get_parts(row.intersection(zs.outline)))

    assert 8.0 <= arm_width(48.0) <= 9.5  # upper arm
    assert 7.3 <= arm_width(68.0) <= 8.5  # forearm below the elbow
    assert 5.0 <= arm_width(87.0) <= 6.0  # wrist
    ankle = shapely.LineString([(zs.midline + 2, 159.5), (zs.midline + 14, 159.5)])
    assert 6.3 <= ankle.intersection(zs.outline).length <= 7.7


def test_the_hands_have_fingers(zs):
    # a row across the fingers crosses the outline into several pieces
    row = shapely.LineString([(zs.midline + 18, 100.0), (zs.midline + 28, 100.0)])
    fingers = [g for g in shapely.get_parts(row.intersection(zs.outline)) if g.length > 0.3]
    assert len(fingers) >= 4


def test_the_back_of_the_knee_is_a_diamond(zs):
    knee = zs.zone("knee_back_right").geometry
    # a diamond fills about half its bounding box (an ellipse fills 79 %)
    xmin, ymin, xmax, ymax = knee.bounds
    assert 0.5 <= knee.area / ((xmax - xmin) * (ymax - ymin)) <= 0.65


@pytest.mark.parametrize("side", ["left", "right"])
def test_the_shoulder_blade_has_its_ridge_and_acromion(zs, side):
    s = -1 if side == "left" else 1
    blade = zs.zone(f"scapula_{side}").geometry
    lm = zs.landmarks
    # it reaches out to the acromion along the ridge
    assert zs.zone_at(*lm[f"acromion_{side}"]).kind == "scapula"
    # the outer rim stays inside the armpit: no bulge past the trunk's side
    armpit_x = zs.midline + s * 15.0
    assert all(s * (x - armpit_x) <= 0.6 for x, y in blade.exterior.coords if y > 35.0)
    # the text says the blade is covered by muscle and names the bony parts
    text = zs.zone(f"scapula_{side}").why
    assert "muscle" in text and "ridge" in text and "knots" in text


# --- what lies beneath (DOMAIN.md 8) -------------------------------------------
def test_the_layers_hold_every_structure_named(zs):
    assert zs.layers == ("bones", "organs", "nerves", "muscles")
    ids = {s.id for s in zs.structures}
    levels = [f"c{n}" for n in range(2, 8)] + [f"t{n}" for n in range(1, 13)]
    levels += [f"l{n}" for n in range(1, 6)]
    assert {f"spinous_{lv}" for lv in levels} <= ids
    paired = [
        "scapula_bone",
        *(f"rib_{n}" for n in range(7, 13)),
        "ilium",
        "psis_bone",
        "ischial_tuberosity",
        "greater_trochanter_bone",
        "olecranon_bone",
        "medial_epicondyle",
        "medial_condyle",
        "lateral_condyle",
        "fibular_head_bone",
        "kidney",
        "sciatic_nerve",
        "ulnar_nerve",
        "common_fibular_nerve",
        "popliteal_artery",
        "facial_nerve",
        "brachial_bundle",
        "rhomboids",
        "infraspinatus",
        "latissimus_dorsi",
        "erector_spinae",
        "deltoid_muscle",
        "triceps",
        "gluteus_medius",
        "gluteus_maximus",
        "hamstrings_muscle",
        "gastrocnemius_medial",
        "gastrocnemius_lateral",
        "achilles_tendon",
    ]
    assert {f"{p}_{side}" for p in paired for side in ("left", "right")} <= ids
    assert {"sacrum_bone", "coccyx", "trapezius"} <= ids


def test_every_structure_is_inside_the_outline_and_explained(zs):
    for s in zs.structures:
        outside = shapely.difference(s.geometry, zs.outline)
        assert (outside.length if s.is_line else outside.area) < 0.1, s.id
        assert s.name and s.note and "\n" not in s.note, s.id
        # on its own side of the body
        if s.side != "none":
            x = s.geometry.centroid.x
            assert (x < zs.midline) == (s.side == "left"), s.id


def test_the_spinous_processes_sit_at_their_levels(zs):
    lm = zs.landmarks
    for name in ("C2", "C7", "T3", "T7", "T12", "L4"):
        bone = zs.structure(f"spinous_{name.lower()}").geometry
        assert bone.contains(shapely.Point(lm[name])), name
    # thoracic about 2.3-2.7 cm apart, lumbar about 3.5
    t = [zs.structure(f"spinous_t{n}").geometry.centroid.y for n in range(1, 13)]
    assert all(2.2 <= b - a <= 2.8 for a, b in itertools.pairwise(t))
    lumbar = [zs.structure(f"spinous_l{n}").geometry.centroid.y for n in range(1, 6)]
    assert all(3.2 <= b - a <= 3.8 for a, b in itertools.pairwise(lumbar))


def test_what_lies_beneath_a_zone(zs):
    under = {s.id for s in zs.structures_under(zs.zone("kidney_left"))}
    assert "kidney_left" in under and "kidney_right" not in under
    sciatic = {s.id for s in zs.structures_under(zs.zone("sciatic_nerve_right"))}
    assert "sciatic_nerve_right" in sciatic
    assert "brachial_bundle_left" in {
        s.id for s in zs.structures_under(zs.zone("inner_upper_arm_left"))
    }
    # hovering with the nerves layer on names the nerve under the pointer
    x, y = zs.structure("sciatic_nerve_left").geometry.interpolate(0.5, normalized=True).coords[0]
    assert zs.structure_at(x, y, layers=frozenset({"nerves"})).id == "sciatic_nerve_left"
    c7 = zs.landmarks["C7"]
    assert zs.structure_at(*c7, layers=frozenset({"bones"})).id == "spinous_c7"
    assert zs.structure_at(*c7, layers=frozenset({"muscles"})).id == "trapezius"


def test_the_surface_cues_mark_the_landmarks(zs):
    import shapely as sh

    lm = zs.landmarks
    cues = {name: sh.LineString(points) for name, points in zs.surface.items()}
    for side in ("left", "right"):
        assert cues[f"sacral_dimple_{side}"].distance(sh.Point(lm[f"psis_{side}"])) < 1.0
        assert cues[f"knee_crease_{side}"].distance(sh.Point(lm[f"popliteal_{side}"])) < 1.0
        assert cues[f"elbow_crease_upper_{side}"].distance(sh.Point(lm[f"olecranon_{side}"])) < 2.5
        fold = cues[f"gluteal_fold_{side}"]
        assert 88.5 <= fold.centroid.y <= 91.0
    cleft = cues["buttock_cleft"]
    assert cleft.bounds[0] == cleft.bounds[2] == zs.midline
    assert cues["hairline"].distance(sh.Point(lm["inion"])) < 4.0
    for name, line in cues.items():
        assert zs.outline.buffer(0.05).covers(line), name
