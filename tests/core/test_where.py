"""Where a spot or a zone is, in words: side, part of the body, distance, landmarks."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
import shapely

from massage_trainer.core.safety import SAFETY_WORDS
from massage_trainer.core.where import (
    LANDMARK_WORDS,
    describe_point,
    describe_zone,
    person_left_is_canvas_left,
    widths,
)
from massage_trainer.core.zones import Zone, load_zone_set

SIDE = re.compile(r"\b(left|right)\b")


@pytest.fixture(scope="module")
def back():
    return load_zone_set()


def mirrored(zone_set, view: str | None = None, landmarks=None):
    """The same body seen the other way round: every x mirrored on the canvas,
    names kept, so the person's left is on the canvas's right."""
    width = zone_set.canvas[0]

    def flip(geometry):
        return shapely.transform(geometry, lambda xy: xy * [-1, 1] + [width, 0])

    zones = tuple(replace(z, geometry=flip(z.geometry), label_at=None) for z in zone_set.zones)
    marks = {n: (width - x, y) for n, (x, y) in zone_set.landmarks.items()}
    return replace(
        zone_set,
        view=view or zone_set.view,
        midline=width - zone_set.midline,
        outline=flip(zone_set.outline),
        zones=zones,
        landmarks=marks if landmarks is None else landmarks,
        lines={},
    )


def test_the_left_kidney_area(back):
    text = describe_zone(back, back.zone("kidney_left"))
    assert text.startswith("on the left side of the lower back, ")
    assert "fingers' widths from the spine" in text or "hand's width from the spine" in text
    assert "the lowest rib" in text
    right = describe_zone(back, back.zone("kidney_right"))
    assert right == text.replace("left", "right")


def test_a_spot_just_below_the_lowest_rib(back):
    # the 12th rib slopes down from T12 to its tip: below it near the spine
    x, y = back.landmarks["T12"]
    assert describe_point(back, x - 6.5, y + 7.5) == (
        "on the left side of the lower back, a hand's width from the spine, "
        "just below the lowest rib"
    )
    assert describe_point(back, x + 6.5, y + 3.5).endswith("just above the lowest rib")


def test_the_spine_is_in_the_middle_and_has_no_side(back):
    text = describe_zone(back, back.zone("spine"))
    assert text.startswith("in the middle of the ")
    # the spine strip ends at L5/S1, where the sacrum takes over
    assert text.endswith("it reaches from the neck down to the lower back")
    assert not SIDE.search(text)
    x, _ = back.landmarks["T7"]
    assert describe_point(back, x, back.landmarks["T7"][1]) == (
        "in the middle of the upper back, level with the lower tip of the shoulder blade"
    )


def test_the_back_of_the_right_knee(back):
    assert describe_zone(back, back.zone("knee_back_right")) == "on the back of the right knee"
    x, y = back.landmarks["popliteal_left"]
    assert describe_point(back, x, y) == "on the back of the left knee"
    assert describe_point(back, x, y + 8).startswith("on the left calf, ")
    assert describe_point(back, x, y - 15) == (
        "on the back of the left thigh, between the sitting bone and the crease at the "
        "back of the knee"
    )


def test_the_right_shoulder_blade(back):
    text = describe_zone(back, back.zone("scapula_right"))
    assert text.startswith("on the right side of the upper back, ")
    assert "from the spine" in text and "shoulder blade" in text
    x, y = back.landmarks["scapula_inferior_angle_right"]
    assert describe_point(back, x, y - 2.5) == (
        "on the right side of the upper back, a hand's width from the spine, "
        "just above the lower tip of the shoulder blade"
    )


def test_arms_legs_and_head(back):
    x, y = back.landmarks["olecranon_right"]
    assert describe_point(back, x, y) == "on the right elbow"
    x, y = back.landmarks["wrist_left"]
    assert describe_point(back, x, y + 6).startswith("on the back of the left hand")
    x, y = back.landmarks["heel_right"]
    assert describe_point(back, x, y) == "on the right heel"
    assert describe_point(back, back.midline, 4) == (
        "in the middle of the back of the head, above the knob at the base of the skull"
    )
    assert describe_zone(back, back.zone("upper_trapezius_left")).startswith(
        "on the top of the left shoulder, "
    )
    assert describe_point(back, -5, 50) == "outside the body"


def test_each_zone_is_described_on_its_own_side_without_its_safety(back):
    safety_words = {w.lower() for w in SAFETY_WORDS.values()} | {"safe"}
    for zone in back.zones:
        text = describe_zone(back, zone)
        assert text and not safety_words & set(re.findall(r"[a-z]+", text.lower())), zone.id
        sides = set(SIDE.findall(text))
        if zone.side == "none":
            assert not sides, (zone.id, text)
        else:
            assert sides == {zone.side}, (zone.id, text)
            twin = back.twin(zone)
            assert describe_zone(back, twin) == text.replace(zone.side, twin.side), zone.id


def test_the_side_is_the_persons_even_when_the_view_is_mirrored(back):
    assert person_left_is_canvas_left(back)
    other = mirrored(back)
    assert not person_left_is_canvas_left(other)
    kidney = other.zone("kidney_left")
    assert kidney.geometry.centroid.x > other.midline  # on the canvas's right
    assert describe_zone(other, kidney) == describe_zone(back, back.zone("kidney_left"))
    # without paired landmarks the paired zones tell, then the view's name
    assert not person_left_is_canvas_left(mirrored(back, landmarks={}))
    bare = replace(mirrored(back, view="front", landmarks={}), zones=())
    assert not person_left_is_canvas_left(bare)


def test_a_front_view_uses_its_own_words(back):
    mid = back.midline
    marks = {  # DOMAIN's front landmarks, the person's left on the canvas's right
        "chin": (mid, 22.0),
        "jugular_notch": (mid, 30.5),
        "nipple_left": (mid + 9.5, 47.5),
        "nipple_right": (mid - 9.5, 47.5),
        "xiphoid": (mid, 51.0),
        "navel": (mid, 68.0),
        "pubic_bone": (mid, 85.0),
        "kneecap_left": (mid + 9.0, 119.5),
        "kneecap_right": (mid - 9.0, 119.5),
    }
    front = mirrored(back, view="front", landmarks=marks)
    assert not person_left_is_canvas_left(front)
    assert describe_point(front, mid + 9.5, 47.5) == (
        "on the left side of the chest, a hand's width from the centre line, level with the nipple"
    )
    assert describe_point(front, mid - 5, 60).startswith("on the right side of the upper belly")
    assert describe_point(front, mid, 40) == (
        "in the middle of the chest, between the notch at the top of the breastbone and the nipple"
    )
    assert describe_point(front, mid - 9.0, 119.5) == "on the right knee, level with the kneecap"
    assert describe_point(front, mid + 9.0, 140).startswith("on the left shin")


def test_missing_landmarks_leave_words_out_not_an_error(back):
    bare = replace(back, landmarks={})
    for zone in back.zones:
        text = describe_zone(bare, zone)
        assert text and not any(words in text for words in LANDMARK_WORDS.values()), text
    # the parts are placed by the reference body's proportions instead
    assert describe_zone(bare, bare.zone("kidney_left")).startswith(
        "on the left side of the lower back, "
    )
    assert describe_zone(bare, bare.zone("knee_back_right")) == "on the back of the right knee"
    assert describe_zone(bare, bare.zone("forearm_left")) == "on the back of the left forearm"
    assert describe_zone(bare, bare.zone("hamstrings_right")) == "on the back of the right thigh"
    some = replace(back, landmarks={k: v for k, v in back.landmarks.items() if "rib" not in k})
    text = describe_zone(some, some.zone("kidney_left"))
    assert text.startswith("on the left side of the lower back") and "rib" not in text


def test_a_zone_of_odd_shape_is_described_inside_it(back):
    ring = (
        shapely.Point(back.landmarks["T12"])
        .buffer(6)
        .difference(shapely.Point(back.landmarks["T12"]).buffer(4))
    )
    zone = Zone("ring", "Ring", "none", "target", "Why.", (), (), ring)
    assert describe_zone(back, zone)  # its centre is in the hole: a point on the ring is used


@pytest.mark.parametrize(
    ("cm", "words"),
    [
        (1.6, "a finger's width"),
        (4.0, "two fingers' widths"),
        (5.5, "three fingers' widths"),
        (8.0, "a hand's width"),
        (12.0, "a hand and a half"),
        (16.0, "two hands' widths"),
        (20.0, "two and a half hands' widths"),
        (32.0, "four hands' widths"),
    ],
)
def test_widths(cm, words):
    assert widths(cm) == words
