"""Strokes: the data on the real views, every check on broken data, the words,
and the player's timing on a fake clock (no display)."""

from __future__ import annotations

import math
import textwrap

import pytest

from massage_trainer.core.content import parse_catalogue
from massage_trainer.core.strokes import (
    StrokePlayer,
    check_stroke_views,
    check_strokes,
    describe,
    describe_technique,
    hand_position,
    stroke_cautions,
    strokes_for,
    technique_cautions,
)
from massage_trainer.core.yamlsource import parse_yaml
from massage_trainer.core.zones import load_views

# the techniques of the guide that move over the body, and the views they need
MOVING = {
    "effleurage": ("back", "front"),
    "fan_stroke": ("back",),
    "circling_hands": ("back",),
    "stroking": ("back", "front"),
    "fingertip_raking": ("back",),
    "kneading": ("back", "front"),
    "milking": ("back", "front"),
    "neck_pincer": ("back",),
    "typewriter": ("back",),
    "footsteps": ("back",),
    "press_and_move": ("back",),
    "press_and_knead": ("back",),
    "compression": ("back", "front"),
    "heel_of_hand_press": ("back",),
    "forearm_press": ("back",),
    "tennis_ball_roll": ("back",),
    "friction": ("back",),
    "fingertip_friction": ("back",),
    "scalp_circles": ("back", "front"),
    "temple_jaw_circles": ("front",),
    "palm_finger_slides": ("front",),
    "percussion": ("back",),
}


class FakeClock:
    def __init__(self, now: float = 500.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def views():
    return load_views()


@pytest.fixture(scope="module")
def back(views):
    return views["back"]


def catalogue_of(text: str):
    data, problems = parse_yaml(textwrap.dedent(text), "t.yaml")
    assert not problems
    catalogue, problems = parse_catalogue(data, "t.yaml")
    return catalogue, problems


def one_stroke(stroke_yaml: str, tid: str = "fan_stroke", name: str = "Fan stroke"):
    body = textwrap.indent(textwrap.dedent(stroke_yaml).strip(), " " * 10)
    return catalogue_of(
        f"""\
        format: 1
        techniques:
          - id: {tid}
            name: {name}
            family: gliding
            pressure: moderate
            steps: [Glide.]
            strokes:
              back:
{textwrap.indent(body, "        ")}
        """
    )


GOOD = """
- hand: both
  mirror: true
  path: [[psis_left, 0.5, -6], [T12, -3.5, 0], [T7, -3.5, 0]]
  pressure: moderate
  rhythm: glide
  seconds: 6
  repeats: 3
"""


def problems_on(back, stroke_yaml: str, tid: str = "fan_stroke", name: str = "Fan stroke"):
    catalogue, problems = one_stroke(stroke_yaml, tid, name)
    if problems:
        return [str(p) for p in problems]
    return [str(p) for p in check_strokes(back, catalogue.techniques.values(), "t.yaml")]


# --- the real data ------------------------------------------------------------------
def test_real_strokes_are_valid(views):
    for zs in views.values():
        assert check_strokes(zs) == []
    techniques = next(iter(views.values())).techniques.values()
    assert check_stroke_views(techniques, views, "techniques.yaml") == []


@pytest.mark.parametrize("tid", sorted(MOVING))
def test_every_moving_technique_has_strokes(views, tid):
    for view in MOVING[tid]:
        zs = views[view]
        assert strokes_for(zs.techniques[tid], zs), f"{tid} has no strokes on the {view} view"


def test_every_path_stays_on_the_body_and_off_untouchable_avoid_zones(views):
    for zs in views.values():
        for t in zs.techniques.values():
            for s in strokes_for(t, zs):
                for (x, y), seg in s.samples(0.25):
                    zone = zs.zone_at(x, y)
                    assert zone is not None, f"{t.id} leaves the body at {(x, y)}"
                    if zone.safety == "avoid":
                        assert zone.kind in s.spec.floats_over, (t.id, zone.id)
                        assert s.pressure[seg] == "none", (t.id, zone.id)
                    if zone.safety == "caution":
                        assert s.pressure[seg] in ("none", "light"), (t.id, zone.id)


def test_effleurage_presses_towards_the_heart(views):
    """On the back and the limbs the heart lies above: every segment that
    presses more than lightly moves up the picture, on every view."""
    checked = 0
    for zs in views.values():
        for s in strokes_for(zs.techniques["effleurage"], zs):
            for i, pressure in enumerate(s.pressure):
                if pressure in ("moderate", "firm"):
                    assert s.direction(i)[1] < 0, (zs.view, s.number, i)
                    checked += 1
    assert checked >= 6


def test_fan_stroke_draws_a_heart(back):
    """Up beside the spine (off it), out at the top, back down further out."""
    s = strokes_for(back.techniques["fan_stroke"], back)[0]
    xs = [x for x, _ in s.points]
    ys = [y for _, y in s.points]
    top = ys.index(min(ys))
    assert all(s.direction(i)[1] < 0 for i in range(top - 1))  # going up first
    assert min(xs) < s.points[0][0] - 8  # fans out well beyond where it began
    assert s.points[-1] == s.points[0]  # and comes home
    spine = back.zone("spine").geometry
    for (x, y), _ in s.samples():
        assert not spine.contains(__import__("shapely").Point(x, y))


def test_footsteps_walk_beside_the_shoulder_blade(back):
    strokes = strokes_for(back.techniques["footsteps"], back)
    walking = [s for s in strokes if s.rhythm == "steps"]
    assert walking
    kinds = {back.zone_at(x, y).kind for s in walking for (x, y), _ in s.samples()}
    assert "massage_zone" in kinds


def test_press_and_move_runs_the_ridge_up_towards_the_skull(back):
    s = strokes_for(back.techniques["press_and_move"], back)[0]
    (x0, _y0), (x1, y1) = s.points[0], s.points[-1]
    assert abs(x1 - back.midline) < abs(x0 - back.midline)  # from the shoulder tip inward
    assert y1 < back.landmarks["C7"][1]  # and ends up the neck
    assert back.zone_at(x1, y1).kind == "neck_muscles"


def test_heel_of_hand_press_pushes_away_from_the_spine(back):
    for s in strokes_for(back.techniques["heel_of_hand_press"], back):
        for i, pressure in enumerate(s.pressure):
            if pressure != "none":
                (x0, _), (x1, _) = s.segments[i]
                assert abs(x1 - back.midline) > abs(x0 - back.midline)


def test_mirrored_twin_is_the_mirror_image(back):
    first, twin = strokes_for(back.techniques["fan_stroke"], back)[:2]
    assert twin.mirrored and twin.number == first.number
    assert {first.hand, twin.hand} == {"left", "right"}
    for (x, y), (tx, ty) in zip(first.points, twin.points, strict=True):
        assert tx == pytest.approx(2 * back.midline - x)
        assert ty == pytest.approx(y)


# --- broken data: each message -----------------------------------------------------
def test_good_stroke_has_no_problems(back):
    assert problems_on(back, GOOD) == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (("hand: both", "hand: feet"), "'hand' must be one of left, right, both, alternating"),
        (("rhythm: glide", "rhythm: wobble"), "'rhythm' must be one of glide, steps"),
        (("pressure: moderate", "pressure: crushing"), "'pressure' must be one of none"),
        (("seconds: 6", "seconds: 0"), "'seconds' must be greater than zero"),
        (("seconds: 6", "seconds: -2"), "'seconds' must be greater than zero"),
        (("repeats: 3", "repeats: 0"), "'repeats' must be a whole number from 1"),
        (("mirror: true", "mirror: maybe"), "'mirror' must be true or false"),
        (("[T7, -3.5, 0]]", "[T7, -3.5]]"), "path point 3 must be a landmark name"),
        (("pressure: moderate", "pressure: [moderate]"), "lists 1 words but the path has 2"),
        (("  seconds: 6\n", "  secs: 6\n"), "unknown key 'secs' in a stroke"),
    ],
)
def test_malformed_stroke_is_reported(back, change, expected):
    old, new = change
    assert old in GOOD
    found = problems_on(back, GOOD.replace(old, new))
    assert any(expected in p for p in found), found
    assert all(p.startswith("t.yaml:") and " fan_stroke: " in p for p in found), found


def test_unknown_landmark(back):
    found = problems_on(back, GOOD.replace("T12", "T13"))
    assert len(found) == 1
    assert "t.yaml:12: fan_stroke: stroke 1: no landmark 'T13' on the back view" in found[0]


def test_mirror_needs_the_twin_landmark(back):
    found = problems_on(
        back, GOOD.replace("psis_left", "pressure_point_left").replace("-6]", "30]")
    )
    assert found == [] or all("twin" not in p for p in found)
    # a sided landmark whose twin is missing: pretend by naming one only the left has
    back.landmarks["only_left"] = back.landmarks["psis_left"]
    try:
        found = problems_on(back, GOOD.replace("psis_left", "only_left"))
    finally:
        del back.landmarks["only_left"]
    assert any("the mirrored twin needs the landmark 'only_right'" in p for p in found), found


def test_point_off_the_body(back):
    found = problems_on(back, GOOD.replace("[T7, -3.5, 0]", "[T7, -40, 0]"))
    assert any("lies at (-5.0, 44.2), off the body" in p for p in found), found


def test_segment_that_leaves_the_body(back):
    # both ends on the body, the straight line between them through the gap by the arm
    stroke = """
    - hand: left
      path: [[wrist_left, 0, -3], [iliac_crest_left, 0, 0]]
      pressure: light
      rhythm: glide
      seconds: 4
    """
    found = problems_on(back, stroke, "effleurage", "Effleurage")
    assert any("segment 1 (wrist_left to iliac_crest_left) leaves the body" in p for p in found)


def test_a_segment_without_length(back):
    found = problems_on(back, GOOD.replace("[T7, -3.5, 0]", "[T12, -3.5, 0]"))
    assert any(
        "segment 2 (T12 to T12) has no length: its two points are the same place" in p
        for p in found
    ), found


def test_crossing_an_avoid_zone(back):
    across = """
    - hand: left
      path: [[T7, -4, 0], [T7, 4, 0]]
      pressure: moderate
      rhythm: glide
      seconds: 4
    """
    found = problems_on(back, across)
    assert any("crosses the Avoid zone Spine (spine); move the path off it" in p for p in found)


def test_floating_over_an_avoid_zone_needs_no_pressure_and_the_data_saying_so(back):
    down = """
    - hand: left
      path: [[rib12_tip_left, 0, -4], [rib12_tip_left, 0, 4]]
      pressure: {pressure}
      floats_over: [{floats}]
      rhythm: glide
      seconds: 4
    """
    ok = problems_on(back, down.format(pressure="none", floats="kidney"))
    assert not any("Kidney area" in p for p in ok), ok
    pressed = problems_on(back, down.format(pressure="light", floats="kidney"))
    assert any("with light pressure; over it the pressure must be none" in p for p in pressed)
    unlisted = problems_on(back, down.format(pressure="none", floats="spine"))
    assert any("crosses the Avoid zone Kidney area (kidney)" in p for p in unlisted), unlisted
    unknown = problems_on(back, down.format(pressure="none", floats="kidneys"))
    assert any("'floats_over' names 'kidneys', which is no zone" in p for p in unknown)


def test_pressing_on_a_caution_zone(back):
    blade = """
    - hand: left
      path: [[scapula_inferior_angle_left, -4, -2], [scapula_inferior_angle_left, -4, -10]]
      pressure: firm
      rhythm: glide
      seconds: 4
    """
    found = problems_on(back, blade)
    assert any("presses firm on the Caution zone Shoulder blade (scapula)" in p for p in found)
    assert not any("Caution zone" in p for p in problems_on(back, blade.replace("firm", "light")))


def test_a_zone_the_technique_does_not_suit(back):
    # heel-of-hand press belongs on the lower back, not between the shoulder blades
    stroke = """
    - hand: left
      path: [[T7, -3, 0], [T7, -6, 0]]
      pressure: firm
      rhythm: press_release
      seconds: 4
    """
    found = problems_on(back, stroke, "heel_of_hand_press", "Heel-of-hand press")
    assert any(
        "presses on Massage zone (massage_zone), a zone Heel-of-hand press" in p for p in found
    )
    fan = problems_on(back, stroke, "fan_stroke", "Fan stroke")
    assert not any("does not suit" in p for p in fan), fan


def test_unknown_view():
    catalogue, problems = one_stroke(GOOD)
    assert not problems
    t = catalogue.techniques["fan_stroke"]
    found = check_stroke_views([t], ["front"], "t.yaml")
    assert [str(p) for p in found] == [
        "t.yaml:10: fan_stroke: strokes for an unknown view 'back'; the views are front"
    ]


def test_every_problem_is_listed(back):
    """Two broken strokes: both reported, not just the first."""
    two = GOOD + GOOD.replace("T12", "T13").replace("T7", "T99")
    found = problems_on(back, two)
    assert sum("no landmark 'T13'" in p for p in found) == 1
    assert sum("no landmark 'T99'" in p for p in found) == 1


# --- words --------------------------------------------------------------------------
def test_description_follows_the_data(back):
    s = strokes_for(back.techniques["fan_stroke"], back)[0]
    text = describe(s, back)
    assert text.startswith("Both hands, one on each side, glide from the lower back")
    assert "up" in text and "moderate pressure" in text
    assert "6 seconds" in text and "3 times" in text
    assert "back to where it began" in text  # the loop closes at the start
    # change the tempo in the data and the words change with it
    from dataclasses import replace

    slower = replace(s, spec=replace(s.spec, seconds=9, repeats=1))
    assert "9 seconds" in describe(slower, back) and "once" in describe(slower, back)


def test_every_stroke_has_words(views):
    for zs in views.values():
        for t in zs.techniques.values():
            texts = describe_technique(t, zs)
            assert len(texts) == len({s.number for s in strokes_for(t, zs)})
            for i, text in enumerate(texts, 1):
                assert text.startswith(f"{i}. ") and text.endswith(".")


def test_caution_zones_on_the_way_are_named(back):
    fan = strokes_for(back.techniques["fan_stroke"], back)
    texts = [c.text for c in technique_cautions(fan, back)]
    assert "floats over the kidney area: no pressure at all here" in texts
    assert any(t.startswith("passes over the ribs and flank: lighten here") for t in texts)
    assert len(texts) == len(set(texts))  # the twin adds no repeats
    assert all(c.zone.safety != "target" for c in stroke_cautions(fan[0], back))


# --- the player -----------------------------------------------------------------------
def fan_player(back, loop=False):
    clock = FakeClock()
    strokes = strokes_for(back.techniques["fan_stroke"], back)
    return StrokePlayer(strokes, clock=clock, loop=loop), clock, strokes


def test_player_total_time_follows_seconds_and_repeats(back):
    player, _, strokes = fan_player(back)
    spec = strokes[0].spec
    assert player.total == pytest.approx(spec.seconds * spec.repeats)
    assert player.pass_starts() == pytest.approx([i * spec.seconds for i in range(spec.repeats)])


def test_player_moves_with_the_clock_not_with_frames(back):
    player, clock, strokes = fan_player(back)
    seconds = strokes[0].seconds
    start = player.frame()
    assert not start.running and start.elapsed == 0
    player.play()
    clock.now += seconds / 2
    mid = player.frame()
    assert mid.running and mid.repeat == 1 and mid.progress == pytest.approx(0.5)
    hand = mid.hands[0]
    assert hand.point == pytest.approx(strokes[0].point_at(0.5))
    assert len(mid.hands) == 2  # both hands move at once, one each side
    clock.now += seconds  # one pass later, however few frames were asked for
    later = player.frame()
    assert later.repeat == 2 and later.progress == pytest.approx(0.5)


def test_player_pause_holds_and_resume_carries_on(back):
    player, clock, _strokes = fan_player(back)
    player.play()
    clock.now += 2.0
    player.pause()
    clock.now += 100.0
    assert player.elapsed() == pytest.approx(2.0)
    player.toggle()
    clock.now += 1.0
    assert player.elapsed() == pytest.approx(3.0)


def test_player_stops_at_the_end_or_loops(back):
    player, clock, _ = fan_player(back)
    player.play()
    clock.now += player.total + 5
    end = player.frame()
    assert end.finished and not end.running and end.elapsed == pytest.approx(player.total)
    player.play()  # Play at the end starts again
    assert player.elapsed() == 0
    looping, clock2, _ = fan_player(back, loop=True)
    looping.play()
    clock2.now += looping.total + 1.5
    frame = looping.frame()
    assert frame.running and not frame.finished and frame.elapsed == pytest.approx(1.5)


def test_player_steps_pass_by_pass(back):
    player, clock, strokes = fan_player(back)
    seconds = strokes[0].seconds
    player.play()
    clock.now += 1.0
    player.step()
    assert not player.running and player.elapsed() == pytest.approx(seconds)
    player.step()
    assert player.elapsed() == pytest.approx(2 * seconds)
    player.step_back()
    assert player.elapsed() == pytest.approx(seconds)
    for _ in range(5):
        player.step()
    assert player.elapsed() == pytest.approx(player.total)


def test_player_plays_strokes_in_order(views):
    zs = views["back"]
    strokes = strokes_for(zs.techniques["effleurage"], zs)
    player = StrokePlayer(strokes, clock=FakeClock())
    first = next(s for s in strokes if s.number == 1)
    player.seek(first.duration + 0.1)
    frame = player.frame()
    assert frame.number == 2 and frame.repeat == 1
    assert player.total == pytest.approx(sum(s.duration for s in strokes if not s.mirrored))


def test_rhythm_shapes_the_movement(back):
    fan = strokes_for(back.techniques["fan_stroke"], back)[0]
    from dataclasses import replace

    # a glide moves evenly along the path
    (p, _, pressing) = hand_position(fan, 0.25)
    assert p == pytest.approx(fan.point_at(0.25)) and pressing
    # press and release: holds still on each point while pressing, lets go moving on
    pr = replace(fan, spec=replace(fan.spec, rhythm="press_release"))
    n = len(pr.points)
    held = [hand_position(pr, (0 + f) / n) for f in (0.0, 0.3, 0.55)]
    assert all(h[0] == pytest.approx(pr.points[0]) and h[2] for h in held)
    moving = hand_position(pr, 0.8 / n)
    assert not moving[2] and moving[0] != pytest.approx(pr.points[0])
    # steps: short moves of about STEP_CM, pressing in between
    st = replace(fan, spec=replace(fan.spec, rhythm="steps"))
    from massage_trainer.core.strokes import STEP_CM

    steps = math.ceil(st.length / STEP_CM)
    a = hand_position(st, 0.5 / steps)  # in the pressing part of the first step
    b = hand_position(st, 0.9 / steps)
    assert a[0] == pytest.approx(b[0]) and a[2] and b[2]
    assert math.dist(a[0], st.points[0]) == pytest.approx(st.length / steps, rel=1e-6)


def test_alternating_hands_take_turns(views):
    zs = views["back"]
    milking = strokes_for(zs.techniques["milking"], zs)
    assert milking
    player = StrokePlayer(milking, clock=FakeClock())
    s = milking[0]
    player.seek(s.seconds * 1.25)  # a quarter into the second pass
    hands = player.frame().hands
    assert len(hands) == 2
    assert hands[0].point != pytest.approx(hands[1].point)


def test_generated_words_are_our_own(views):
    """The descriptions and caution lines built from the data share no run of
    six words with the guide the facts come from."""
    from tests.core.test_own_words import DOMAIN, domain_runs, shared_runs

    if not DOMAIN.is_file():
        pytest.skip("DOMAIN.md is not beside the repository")
    runs = domain_runs()
    offences = []
    for zs in views.values():
        for t in zs.techniques.values():
            strokes = strokes_for(t, zs)
            texts = [*describe_technique(t, zs), *(c.text for c in technique_cautions(strokes, zs))]
            offences += [(t.id, run) for text in texts for run in shared_runs(text, runs)]
    assert not offences


def test_a_zone_file_of_ones_own_on_the_back_view_borrows_techniques_without_their_strokes(
    tmp_path,
):
    """The built-in strokes are placed on the built-in body's landmarks; a small
    file of one's own called ``back`` must still load, with those strokes left out."""
    from massage_trainer.zones import load_zone_set

    twin = "    name: Side\n    safety: target\n    why: Broad muscle for firm work.\n"
    path = tmp_path / "mini.yaml"
    path.write_text(
        "format: 1\nview: back\ntitle: Mini back\ncanvas: {width: 40, height: 40}\n"
        "midline: 20\noutline:\n  wkt: POLYGON ((0 0, 40 0, 40 40, 0 40, 0 0))\nzones:\n"
        "  - id: spine\n    name: Spine\n    safety: avoid\n    side: none\n"
        "    why: Bony ridge over the cord.\n    warnings: [Keep off the bones.]\n"
        '    geometry: {wkt: "POLYGON ((18 0, 22 0, 22 40, 18 40, 18 0))"}\n'
        f"  - id: side_left\n{twin}    side: left\n    techniques: [effleurage]\n"
        '    geometry: {wkt: "POLYGON ((0 0, 18 0, 18 40, 0 40, 0 0))"}\n'
        f"  - id: side_right\n{twin}    side: right\n    techniques: [effleurage]\n"
        '    geometry: {wkt: "POLYGON ((22 0, 40 0, 40 40, 22 40, 22 0))"}\n',
        encoding="utf-8",
    )
    zone_set = load_zone_set(path)
    assert zone_set.view == "back"
    assert "back" not in zone_set.techniques["effleurage"].strokes
    # the built-in back view keeps them
    assert load_zone_set().techniques["effleurage"].strokes["back"]
