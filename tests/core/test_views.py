"""Views: a list of zone files, each one view of the body, and which side of
the canvas holds the person's left.

Adding a view is a zone file plus one line in a list of views, never code: the
tests build a small list of views in a scratch folder and use it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from massage_trainer import cli
from massage_trainer.core import paths
from massage_trainer.core.zones import (
    ZoneFileError,
    builtin_views,
    load_views,
    load_zone_set,
    read_views,
)
from tests.core.test_zone_loader import SQUARE, edit, line_no, problems_of, the_problem, write

# the square seen from its other side: the person's left on the viewer's right
MIRRORED = (
    edit(SQUARE, "view: square", "view: mirrored\nperson_left: viewer_right\nmidline: 5")
    .replace("half_left", "half_tmp")
    .replace("half_right", "half_left")
    .replace("half_tmp", "half_right")
    .replace("side: left", "side: tmp")
    .replace("side: right", "side: left")
    .replace("side: tmp", "side: right")
    .replace("title: Test square", "title: Square from the other side")
)

VIEWS = """\
format: 1
views:
  square: square.yaml
  mirrored: mirrored.yaml
"""


def views_folder(tmp_path: Path, views: str = VIEWS) -> Path:
    write(tmp_path, edit(SQUARE, "view: square", "view: square\nmidline: 5"))
    write(tmp_path, MIRRORED, "mirrored.yaml")
    return write(tmp_path, views, "views.yaml")


# --- built-in views --------------------------------------------------------------
def test_builtin_views_start_with_the_back():
    views = builtin_views()
    assert views[0] == "back"
    assert len(set(views)) == len(views)
    assert set(read_views()) == set(views)


def test_no_argument_still_means_the_back_view():
    assert load_zone_set().view == "back"
    assert load_zone_set(view="back").path == load_zone_set().path
    assert load_zone_set().person_left == "viewer_left"


@pytest.mark.parametrize("view", builtin_views())
def test_each_builtin_view_loads_by_name(view):
    zs = load_zone_set(view=view)
    assert zs.view == view
    assert zs.path.parent == paths.zones_dir()


def test_an_unknown_view_names_the_views():
    with pytest.raises(ZoneFileError) as info:
        load_zone_set(view="sideways")
    (problem,) = info.value.problems
    assert "'sideways'" in problem.message and "back" in problem.message


def test_a_path_still_comes_first(tmp_path):
    path = write(tmp_path, SQUARE)
    assert load_zone_set(path).view == "square"
    with pytest.raises(TypeError):
        load_zone_set(path, "square")  # type: ignore[misc]


# --- a view added from a folder, without code --------------------------------------
def test_a_third_view_from_a_folder_loads(tmp_path):
    views_path = views_folder(tmp_path)
    assert list(read_views(views_path)) == ["square", "mirrored"]
    loaded = load_views(views_path)
    assert [zs.view for zs in loaded.values()] == ["square", "mirrored"]
    mirrored = load_zone_set(views_path, view="mirrored")
    assert mirrored.person_left == "viewer_right"
    assert mirrored.canvas_side("left") == "right"
    # the person's left half is on the viewer's right
    assert mirrored.zone_at(8, 6).id == "half_left"
    assert load_zone_set(views_path).view == "square"  # the first view by default


def test_validate_checks_every_view_of_a_list(tmp_path, capsys):
    views_path = views_folder(tmp_path)
    assert cli.main(["validate", str(views_path)]) == 0
    out = capsys.readouterr().out
    assert "mirrored.yaml: ok" in out and "square.yaml: ok" in out


def test_validate_reports_a_broken_view_of_a_list(tmp_path, capsys):
    views_path = views_folder(tmp_path)
    write(
        tmp_path,
        edit(MIRRORED, "person_left: viewer_right", "person_left: viewer_left"),
        "mirrored.yaml",
    )
    assert cli.main(["validate", str(views_path)]) == 1
    out = capsys.readouterr().out
    assert "mirrored.yaml:" in out and "half_left" in out


def test_validate_with_no_argument_names_every_builtin_view(capsys):
    assert cli.main(["validate"]) == 0
    out = capsys.readouterr().out
    for view in builtin_views():
        assert f"{view}.yaml: ok" in out


def test_a_view_name_must_match_its_file(tmp_path):
    views_path = views_folder(tmp_path, VIEWS.replace("mirrored: mirrored", "other: mirrored"))
    with pytest.raises(ZoneFileError) as info:
        load_zone_set(views_path, view="other")
    problem = the_problem(info.value.problems, "'other'", "view: mirrored")
    assert problem.line == line_no(MIRRORED, "view: mirrored")


def test_a_missing_view_file_is_named(tmp_path):
    views_path = views_folder(tmp_path, VIEWS + "  arm: arm.yaml\n")
    with pytest.raises(ZoneFileError) as info:
        read_views(views_path)
    problem = the_problem(info.value.problems, "'arm.yaml'", "does not exist")
    assert problem.zone == "arm" and problem.line == 5
    assert problem.file == paths.display_name(views_path)


def test_a_zone_file_asked_for_a_view(tmp_path):
    with pytest.raises(ZoneFileError) as info:
        load_zone_set(write(tmp_path, SQUARE), view="square")
    the_problem(info.value.problems, "not a list of views")


def test_an_empty_list_of_views(tmp_path):
    with pytest.raises(ZoneFileError) as info:
        read_views(write(tmp_path, "format: 1\nviews: {}\n", "views.yaml"))
    the_problem(info.value.problems, "empty")


# --- the person's left and right -------------------------------------------------
def test_a_back_only_file_has_the_persons_left_on_the_viewers_left(tmp_path):
    zs = load_zone_set(write(tmp_path, SQUARE))
    assert zs.person_left == "viewer_left"
    assert zs.canvas_side("left") == "left" and zs.canvas_side("none") == ""


def test_a_zone_on_the_wrong_side(tmp_path):
    text = edit(SQUARE, "view: square", "view: square\nperson_left: viewer_right")
    problems = problems_of(tmp_path, text)
    left = the_problem(problems, "person's left", "viewer's right")
    assert left.zone == "half_left"
    assert left.line == line_no(text, "- id: half_left")
    right = the_problem(problems, "person's right", "viewer's left")
    assert right.zone == "half_right"


def test_a_landmark_on_the_wrong_side(tmp_path):
    text = edit(
        SQUARE, "  centre: [5, 5]", "  centre: [5, 5]\n  hip_left: [8, 6]\n  hip_right: [9, 6]"
    )
    problems = problems_of(tmp_path, text)
    problem = the_problem(problems, "landmark", "person's left")
    assert problem.zone == "hip_left"
    assert problem.line == line_no(text, "hip_left")
    assert str(problem).startswith(f"{problem.file}:{problem.line}: hip_left: ")
    assert not [p for p in problems if p.zone == "hip_right"]


def test_a_landmark_on_the_midline_has_no_side(tmp_path):
    text = edit(SQUARE, "  centre: [5, 5]", "  centre_left: [6, 5]")
    the_problem(problems_of(tmp_path, text), "landmark", "x = 6")


def test_an_unknown_person_left(tmp_path):
    text = edit(SQUARE, "view: square", "view: square\nperson_left: left")
    problem = the_problem(problems_of(tmp_path, text), "person_left", "viewer_right")
    assert problem.line == line_no(text, "person_left")


def test_a_structure_on_the_wrong_side(tmp_path):
    text = SQUARE + (
        "structures:\n"
        "  - id: nerve_left\n"
        "    name: Left nerve\n"
        "    layer: nerves\n"
        "    kind: nerve\n"
        "    side: left\n"
        "    note: A test nerve.\n"
        "    geometry: {line: [[8, 3], [8, 9]]}\n"
    )
    problem = the_problem(problems_of(tmp_path, text), "structure", "person's left")
    assert problem.zone == "nerve_left" and problem.line == line_no(text, "- id: nerve_left")
    # drawn on the person's side, it loads
    load_zone_set(write(tmp_path, text.replace("[[8, 3], [8, 9]]", "[[2, 3], [2, 9]]")))
