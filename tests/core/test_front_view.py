"""The built-in front view: it loads, is drawn mirrored (the person's left on
the viewer's right), tiles the body and puts the dangers of the front where
the anatomy says they are."""

from __future__ import annotations

import importlib.util
import math
from pathlib import Path

import pytest
import shapely

from massage_trainer.core.zones import load_zone_set

ROOT = Path(__file__).resolve().parents[2]
SIDES = ("left", "right")


@pytest.fixture(scope="module")
def zs():
    return load_zone_set(view="front")


# every zone the front needs, with its safety level
SAFETY = {
    "forehead": "target",
    "temple": "target",
    "eye": "avoid",
    "jaw": "target",
    "face": "caution",
    "scalp": "target",
    "throat": "avoid",
    "neck_side": "caution",
    "supraclavicular": "avoid",
    "collarbone": "caution",
    "breastbone": "caution",
    "xiphoid": "avoid",
    "chest": "target",
    "breast": "avoid",
    "armpit": "avoid",
    "deltoid": "target",
    "biceps": "target",
    "inner_upper_arm": "caution",
    "inner_elbow": "avoid",
    "forearm": "target",
    "wrist_front": "caution",
    "hand": "target",
    "belly": "avoid",
    "hip_bone": "caution",
    "groin": "avoid",
    "private_area": "avoid",
    "thigh_front": "target",
    "inner_thigh": "caution",
    "kneecap": "caution",
    "shin": "caution",
    "shin_muscle": "target",
    "foot_top": "target",
}
MIDLINE = {"chin", "thyroid_cartilage", "jugular_notch", "xiphoid", "navel", "pubic_symphysis"}
PAIRED = {
    "temple",
    "eye",
    "jaw_angle",
    "carotid_pulse",
    "clavicle_mid",
    "acromion",
    "nipple",
    "asis",
    "femoral_pulse",
    "cubital_fossa",
    "wrist",
    "palm",
    "patella",
    "shin_mid",
    "ankle",
}


def at(zs, name: str, dx: float = 0.0, dy: float = 0.0):
    """The zone at a landmark, ``dx`` cm towards the person's own side
    (outward, away from the midline) and ``dy`` cm down."""
    x, y = zs.landmarks[name]
    outward = 1 if x > zs.midline else -1 if x < zs.midline else 0
    zone = zs.zone_at(x + outward * dx, y + dy)
    assert zone is not None, name
    return zone


def test_the_front_is_a_mirrored_view(zs):
    assert zs.view == "front"
    assert zs.person_left == "viewer_right"
    assert zs.canvas_side("left") == "right"


def test_every_zone_of_the_front_with_its_safety(zs):
    kinds = zs.kinds()
    missing = set(SAFETY) - set(kinds)
    assert not missing
    wrong = {k: kinds[k][0].safety for k, level in SAFETY.items() if kinds[k][0].safety != level}
    assert not wrong


def test_required_landmarks(zs):
    names = set(MIDLINE) | {f"{n}_{side}" for n in PAIRED for side in SIDES}
    assert names <= set(zs.landmarks)
    for name in MIDLINE:
        assert zs.landmarks[name][0] == pytest.approx(zs.midline)


def test_the_persons_left_is_on_the_viewers_right(zs):
    for name, (x, _y) in zs.landmarks.items():
        if name.endswith("_left"):
            assert x > zs.midline, name
        elif name.endswith("_right"):
            assert x < zs.midline, name
    for zone in zs.zones:
        if zone.side == "left":
            assert zone.geometry.centroid.x > zs.midline > zs.twin(zone).geometry.centroid.x


def test_twins_are_of_similar_size(zs):
    for zone in zs.zones:
        if zone.side == "left":
            twin = zs.twin(zone)
            assert math.isclose(zone.geometry.area, twin.geometry.area, rel_tol=0.05), zone.id


def test_covers_the_outline(zs):
    assert zs.coverage >= 0.99
    union = shapely.union_all([z.geometry for z in zs.zones])
    assert shapely.difference(zs.outline, union).area / zs.outline.area < 0.01
    for zone in zs.zones:
        assert shapely.difference(zone.geometry, zs.outline).area < 0.05, zone.id


# --- the anatomy, point by point ------------------------------------------------
def test_the_front_of_the_neck_is_avoid(zs):
    assert at(zs, "thyroid_cartilage").safety == "avoid"
    assert at(zs, "jugular_notch").safety == "avoid"
    for side in SIDES:
        assert at(zs, f"carotid_pulse_{side}").safety == "avoid"


@pytest.mark.parametrize("side", SIDES)
def test_just_above_the_collarbone_is_avoid(zs, side):
    assert at(zs, f"clavicle_mid_{side}").safety == "caution"
    for dy in (-1.2, -1.6, -2.2):
        assert at(zs, f"clavicle_mid_{side}", dy=dy).safety == "avoid", dy


def test_the_tip_of_the_breastbone_and_the_upper_belly_are_avoid(zs):
    assert at(zs, "xiphoid").safety == "avoid"
    x, top = zs.landmarks["xiphoid"]
    bottom = zs.landmarks["navel"][1]
    for i in range(1, 10):
        y = top + (bottom - top) * i / 10
        # beside the tip the lowest ribs still cover the belly; below them, not
        for dx in (0.0, 3.0, 6.0) if y > 57.0 else (0.0,):
            assert zs.zone_at(x + dx, y).safety == "avoid", (dx, y)
            assert zs.zone_at(x - dx, y).safety == "avoid", (-dx, y)
    assert at(zs, "navel").safety == "avoid"


@pytest.mark.parametrize("side", SIDES)
def test_the_groin_inner_elbow_armpit_eye_and_breast_are_avoid(zs, side):
    for name in ("femoral_pulse", "cubital_fossa", "eye", "nipple"):
        assert at(zs, f"{name}_{side}").safety == "avoid", name
    assert at(zs, "pubic_symphysis").safety == "avoid"


@pytest.mark.parametrize("side", SIDES)
def test_bone_under_the_skin_is_caution(zs, side):
    assert at(zs, f"patella_{side}").kind == "kneecap"
    assert at(zs, f"shin_mid_{side}").kind == "shin"
    assert at(zs, f"clavicle_mid_{side}").kind == "collarbone"
    for name in ("patella", "shin_mid", "clavicle_mid", "asis", "wrist", "acromion"):
        assert at(zs, f"{name}_{side}").safety == "caution", name
    assert at(zs, "chin").safety == "caution"


@pytest.mark.parametrize("side", SIDES)
def test_the_targets_of_the_front(zs, side):
    assert at(zs, f"temple_{side}").kind == "temple"
    # the chewing muscle in front of and above the angle of the jaw
    assert at(zs, f"jaw_angle_{side}", dx=-1.0, dy=-1.5).kind == "jaw"
    # the chest muscle a few centimetres under the middle of the collarbone
    for dy in (2.0, 3.0, 5.0):
        assert at(zs, f"clavicle_mid_{side}", dy=dy).kind == "chest", dy
    # the front of the thigh, halfway from the hip bone to the kneecap
    (ax, ay), (px, py) = zs.landmarks[f"asis_{side}"], zs.landmarks[f"patella_{side}"]
    assert zs.zone_at((ax + px) / 2, (ay + py) / 2).kind == "thigh_front"
    assert at(zs, f"palm_{side}").kind == "hand"
    # the muscle just outside the shin bone
    assert at(zs, f"shin_mid_{side}", dx=3.5).kind == "shin_muscle"
    for name in ("temple", "palm"):
        assert at(zs, f"{name}_{side}").safety == "target"


def test_the_routine_techniques_for_the_face_finally_have_zones(zs):
    used = {t for z in zs.zones for t in z.techniques}
    assert "temple_jaw_circles" in used


def test_every_zone_is_reachable(zs):
    for zone in zs.zones:
        x, y = zone.label_point
        assert zs.zone_at(x, y) is zone, zone.id


# --- what lies beneath ---------------------------------------------------------
STRUCTURES = {
    "bones": {"collarbone", "breastbone", "ribs", "pelvis", "kneecap", "tibia"},
    "nerves": {"carotid_artery", "femoral_vessels", "brachial_bundle"},
    "muscles": {
        "pectoralis_major",
        "deltoid",
        "biceps",
        "abdominal_wall",
        "quadriceps",
        "tibialis_anterior",
        "masseter",
        "temporalis",
    },
}


def test_the_anatomy_layers_of_the_front(zs):
    found: dict[str, set[str]] = {}
    for s in zs.structures:
        found.setdefault(s.layer, set()).add(s.id.removesuffix("_" + s.side))
        assert s.note and s.name, s.id
    for layer, names in STRUCTURES.items():
        assert names <= found.get(layer, set()), layer


@pytest.mark.parametrize(
    ("zone", "structure"),
    [
        ("throat", "carotid_artery_left"),
        ("throat", "carotid_artery_right"),
        ("groin_left", "femoral_vessels_left"),
        ("inner_upper_arm_right", "brachial_bundle_right"),
        ("kneecap_left", "kneecap_left"),
        ("shin_right", "tibia_right"),
        ("chest_left", "pectoralis_major_left"),
        ("jaw_right", "masseter_right"),
        ("belly", "aorta"),
        ("xiphoid", "liver"),
    ],
)
def test_each_danger_lies_over_its_structure(zs, zone, structure):
    assert structure in {s.id for s in zs.structures_under(zs.zone(zone))}


# --- the drawing -------------------------------------------------------------
@pytest.mark.slow
def test_redrawing_gives_the_same_file():
    script = ROOT / "docs" / "drawing" / "draw_front.py"
    spec = importlib.util.spec_from_file_location("draw_front", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    shipped = (ROOT / "zones" / "front.yaml").read_text(encoding="utf-8")
    assert module.render() == shipped
