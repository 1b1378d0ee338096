"""Content overlays: a language's texts laid over the English data files by id.

The overlay may change texts only; everything wrong in it is a problem naming
its own file and line; what it leaves out stays English and is listed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from massage_trainer.core import i18n, overlay, paths
from massage_trainer.core.content import load_catalogue, load_rules
from massage_trainer.core.routines import load_routines
from massage_trainer.core.zones import ZoneFileError, load_zone_set

FILES = ("back.yaml", "front.yaml", "techniques.yaml", "rules.yaml", "routines.yaml", "views.yaml")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A copy of the built-in data files, with an empty German overlay folder."""
    for name in FILES:
        shutil.copy(paths.zones_dir() / name, tmp_path / name)
    (tmp_path / "locale" / "xx").mkdir(parents=True)
    return tmp_path


@pytest.fixture
def in_xx():
    i18n.install(None, None, "xx")
    yield
    i18n.install(None, None, "en")


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / "locale" / "xx" / name
    path.write_text(text, encoding="utf-8")
    return path


def problems_of(path: Path) -> list[str]:
    with pytest.raises(ZoneFileError) as caught:
        load_zone_set(path)
    return [str(p) for p in caught.value.problems]


def test_texts_replace_the_english_and_nothing_else(folder, in_xx):
    english = load_zone_set(folder / "back.yaml", view=None)
    write(
        folder,
        "back.yaml",
        "format: 1\n"
        "title: Ansicht hinten\n"
        "regions: {back: Ruecken}\n"
        "zones:\n"
        "  sacrum:\n"
        "    name: Kreuzbein\n"
        "    aliases: [Steissbein]\n"
        "    warnings: [Eins, Zwei]\n"
        "structures:\n"
        "  spinous_c5: {note: Ein Knochen}\n",
    )
    translated = load_zone_set(folder / "back.yaml")
    sacrum, before = translated.get("sacrum"), english.get("sacrum")
    assert translated.title == "Ansicht hinten"
    assert translated.regions["back"] == "Ruecken"
    assert sacrum.name == "Kreuzbein"
    assert sacrum.warnings == ("Eins", "Zwei")
    assert "Steissbein" in sacrum.aliases
    # what the overlay does not give stays English
    assert sacrum.why == before.why
    assert translated.get("spine").name == english.get("spine").name
    # and what is not text cannot change: safety, geometry, techniques
    assert sacrum.safety == before.safety
    assert sacrum.geometry.equals(before.geometry)
    assert sacrum.techniques == before.techniques
    note = {s.id: s.note for s in translated.structures}["spinous_c5"]
    assert note == "Ein Knochen"


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("zones:\n  no_such_zone:\n    name: X\n", 3, "there is no zone 'no_such_zone'"),
        ("zones:\n  sacrum:\n    name: [a, b]\n", 4, "'name' must be non-empty text"),
        ("zones:\n  sacrum:\n    safety: target\n", 4, "'safety' is not a text"),
        (
            "zones:\n  sacrum:\n    warnings: [only one]\n",
            4,
            "has 1 entries; the English file has 2",
        ),
        ("regions: {nowhere: X}\n", 2, "there is no region 'nowhere'"),
        ("structures:\n  bogus: {name: X}\n", 3, "there is no structure 'bogus'"),
        ("zones: [a, b]\n", 2, "must be a mapping"),
    ],
)
def test_a_wrong_overlay_names_its_file_line_and_what_to_fix(folder, in_xx, text, line, words):
    write(folder, "back.yaml", "format: 1\n" + text)
    found = problems_of(folder / "back.yaml")
    assert any(
        p.startswith(f"{paths.display_name(folder / 'locale' / 'xx' / 'back.yaml')}:{line}:")
        and words in p
        for p in found
    ), found


def test_a_broken_overlay_file_is_a_problem_not_a_traceback(folder, in_xx):
    write(folder, "back.yaml", "format: 1\nzones: {sacrum: {name: [unclosed\n")
    found = problems_of(folder / "back.yaml")
    assert found and all("locale" in p for p in found)


def test_techniques_rules_and_routines_take_their_overlays(folder, in_xx):
    write(
        folder,
        "techniques.yaml",
        "format: 1\ntechniques:\n  effleurage: {name: Streichen}\nfamilies: {gliding: Gleiten}\n",
    )
    write(folder, "rules.yaml", "format: 1\ndisclaimer: Keine medizinische Beratung.\n")
    write(
        folder,
        "routines.yaml",
        "format: 1\nroutines:\n  full_body:\n    title: Ganzkoerper\n"
        "    steps:\n      opening: {title: Beginn}\n",
    )
    catalogue, problems = load_catalogue(folder / "techniques.yaml")
    assert not problems
    assert catalogue.techniques["effleurage"].name == "Streichen"
    assert catalogue.families["gliding"] == "Gleiten"
    rules, problems = load_rules(folder / "rules.yaml")
    assert not problems and rules.disclaimer == "Keine medizinische Beratung."
    zone_set = load_zone_set(folder / "back.yaml")
    routine = {r.id: r for r in load_routines(zone_set, folder / "routines.yaml")}["full_body"]
    assert routine.title == "Ganzkoerper"
    assert routine.steps[0].title == "Beginn"


def test_a_step_id_that_is_not_there_is_a_problem(folder, in_xx):
    path = write(
        folder, "routines.yaml", "format: 1\nroutines:\n  full_body:\n    steps:\n      nope: {}\n"
    )
    problems, _ = overlay.check_language([folder / "routines.yaml"], "xx")
    assert any("there is no step 'nope'" in str(p) and ":5:" in str(p) for p in problems), problems
    assert path.exists()


def test_missing_texts_are_listed_and_a_full_overlay_has_none(folder):
    write(folder, "rules.yaml", "format: 1\ndisclaimer: Nur zum Lernen.\n")
    problems, missing = overlay.check_language([folder / "rules.yaml"], "xx")
    assert not problems
    keys = {(m.item, m.key) for m in missing}
    assert ("", "disclaimer") not in keys
    assert any(item.startswith("rule ") and key == "title" for item, key in keys)
    # an overlay file that is not there leaves every text in English
    _, all_missing = overlay.check_language([folder / "techniques.yaml"], "xx")
    assert len(all_missing) > 100


def test_english_needs_no_overlay(folder):
    problems, missing = overlay.check_language([folder / "back.yaml"], "en")
    assert problems == [] and missing == []


def test_the_english_files_are_untouched_by_reading_an_overlay(folder, in_xx):
    before = (folder / "back.yaml").read_bytes()
    write(folder, "back.yaml", "format: 1\ntitle: Hinten\n")
    load_zone_set(folder / "back.yaml")
    assert (folder / "back.yaml").read_bytes() == before


def test_aliases_may_be_given_where_the_english_has_none(folder, in_xx):
    english = load_zone_set(folder / "front.yaml")
    zone = next(z for z in english.zones if not z.aliases)
    write(folder, "front.yaml", f"format: 1\nzones:\n  {zone.id}:\n    aliases: [Eigenname]\n")
    translated = load_zone_set(folder / "front.yaml")
    assert "Eigenname" in translated.get(zone.id).aliases
