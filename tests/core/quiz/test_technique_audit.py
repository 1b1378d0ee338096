"""Which technique: the shipped lists hold every technique that suits a zone,
and a question offers only techniques that plainly do not suit it.

The pairs below are the facts of the domain notes (which technique the notes
name for which area); ``SUITS_PHRASES`` reads the techniques' own "suits" texts,
so a technique file that says a technique suits the calves while the calf does
not list it fails here.
"""

from __future__ import annotations

import random

import pytest

from massage_trainer.core.quiz.modes import WhichTechnique

# what a technique's "suits" text says -> the zone kinds it means
SUITS_PHRASES = {
    "the whole back": ("massage_zone", "lower_back"),
    "the massage zone": ("massage_zone",),
    "the upper back": ("massage_zone",),
    "the lower back": ("lower_back",),
    "the muscles beside the spine": ("massage_zone", "lower_back"),
    "the strip beside the shoulder blade": ("massage_zone",),
    "from the spine out to each shoulder blade": ("massage_zone",),
    "the top of the shoulders": ("upper_trapezius",),
    "along the top of the shoulders": ("upper_trapezius",),
    "the shoulder caps": ("deltoid",),
    "the back of the neck": ("neck_muscles",),
    "the neck muscles": ("neck_muscles",),
    "the band under the skull": ("suboccipitals",),
    "the scalp": ("scalp",),
    "the arms": ("upper_arm", "forearm"),
    "the upper arms": ("upper_arm",),
    "the forearms": ("forearm",),
    "the hands": ("hand",),
    "the palms": ("hand",),
    "the buttocks": ("gluteal",),
    "the backs of the legs": ("hamstrings", "calf"),
    "the backs of the thighs": ("hamstrings",),
    "the calves": ("calf",),
    "the soles of the feet": ("foot",),
    "the heels": ("foot",),
    "the feet": ("foot",),
}

# named in the domain notes for these areas
DOMAIN_PAIRS = [
    ("massage_zone", "press_and_knead"),
    ("massage_zone", "footsteps"),
    ("massage_zone", "press_and_hold"),
    ("massage_zone", "press_and_move"),
    ("massage_zone", "typewriter"),
    ("upper_trapezius", "forearm_press"),
    ("upper_trapezius", "tennis_ball_roll"),
    ("upper_trapezius", "press_and_move"),
    ("upper_trapezius", "footsteps"),
    ("upper_trapezius", "press_and_hold"),
    ("neck_muscles", "neck_pincer"),
    ("neck_muscles", "press_and_knead"),
    ("suboccipitals", "suboccipital_cradle"),
    ("scalp", "scalp_circles"),
    ("lower_back", "heel_of_hand_press"),
    ("lower_back", "forearm_press"),  # disputed by some schools: so never wrong
    ("gluteal", "kneading"),
    ("gluteal", "heel_of_hand_press"),
    ("gluteal", "percussion"),
    ("hamstrings", "percussion"),
    ("deltoid", "fingertip_friction"),
    ("deltoid", "kneading"),
    ("upper_arm", "kneading"),
    ("calf", "kneading"),
    ("calf", "press_and_knead"),  # the workhorse on any fleshy muscle
    ("hamstrings", "press_and_knead"),
    ("hand", "palm_finger_slides"),
    ("hand", "fingertip_friction"),
    ("foot", "sole_thumb_circles"),
    ("foot", "heel_to_ball_squeeze"),
    ("foot", "fingertip_friction"),
]


@pytest.fixture(scope="module")
def tech(zone_set):
    return WhichTechnique(zone_set)


def test_every_technique_listed_where_its_own_text_says_it_suits(zone_set):
    missing = []
    for tid, technique in zone_set.techniques.items():
        for phrase in technique.suits:
            for key, kinds in SUITS_PHRASES.items():
                if key in phrase.lower():
                    for kind in kinds:
                        if tid not in zone_set.kinds()[kind][0].techniques:
                            missing.append((kind, tid, phrase))
    assert not missing, missing


@pytest.mark.parametrize(("kind", "technique"), DOMAIN_PAIRS)
def test_the_domain_pairs_are_listed(zone_set, kind, technique):
    for zone in zone_set.kinds()[kind]:
        assert technique in zone.techniques, (zone.id, technique)


def test_no_distractor_suits_the_zone_or_its_neighbours(zone_set, tech):
    """Over every zone and every technique: a technique offered as wrong is listed
    for no zone of the same region, and every question keeps to that."""
    checked = 0
    for kind, zones in zone_set.kinds().items():
        if not tech.eligible(kind):
            continue
        region = zones[0].region
        near = {
            t
            for zs in zone_set.kinds().values()
            if zs[0].region == region
            for z in zs
            for t in z.techniques
        }
        pool = set(tech.unsuited(kind))
        for technique in zone_set.techniques:
            if technique in pool:
                assert technique not in near, (kind, technique)
            else:
                assert technique in near, (kind, technique)
            checked += 1
        for seed in range(30):
            q = tech.build(kind, random.Random(seed))
            wrong = [c.value for i, c in enumerate(q.choices) if i != q.answer]
            assert len(wrong) == 3 and set(wrong) <= pool, (kind, wrong)
            assert q.choices[q.answer].value in tech.suiting(kind)
    assert checked >= 10 * len(zone_set.techniques)
