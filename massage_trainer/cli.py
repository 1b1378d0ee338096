"""The ``massage-trainer`` command: the window, ``validate`` and ``export``.

Qt is imported only by the commands that need it, so ``validate`` is quick and
runs without a display.  No command shows a traceback for bad input.

The exit status is always the command's own: a reader that stops early
(``validate broken.yaml | head -1``) does not turn a failure into a success.
Output lines go through ``say``, which stops printing once the pipe is closed
but lets the command finish and report its status.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from massage_trainer import __version__
from massage_trainer.core import paths

# the not-medical-advice notice is the window's and the About dialog's to give
EPILOG = "See 'massage-trainer COMMAND --help' for each command."


_closed: set[int] = set()  # the streams whose reader has gone


def say(line: str, *, err: bool = False) -> None:
    """Print one line of a command's output; a closed pipe stops the printing,
    never the command (its exit status still says how it went)."""
    stream = sys.stderr if err else sys.stdout
    key = 2 if err else 1
    if key in _closed:
        return
    try:
        print(line, file=stream, flush=True)
    except BrokenPipeError:
        _closed.add(key)
        _silence(stream)
    except ValueError:  # the stream was closed by us already
        _closed.add(key)


def _silence(stream) -> None:
    """Point a stream whose reader went away at the null device, so that
    Python's own flush at exit does not complain about it."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, stream.fileno())
        os.close(null)
    except (OSError, ValueError, AttributeError):
        pass


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="massage-trainer",
        description="Learn where to massage on the back of the body, and where not to. "
        "With no command, opens the window.",
        epilog=EPILOG,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--zones",
        metavar="PATH",
        type=Path,
        help="open this zone file instead of the built-in back view",
    )
    parser.add_argument(
        "--screenshot",
        metavar="FILE.png",
        type=Path,
        help="render the window offscreen to this PNG file and exit",
    )
    parser.add_argument(
        "--select",
        metavar="ZONE_ID",
        help="open with this zone selected (for example massage_zone_left)",
    )
    parser.add_argument(
        "--view",
        dest="window_view",  # export's own --view is another option
        metavar="VIEW",
        help="open on this built-in view (back, front, ...), also for --screenshot",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    validate = sub.add_parser(
        "validate",
        help="check zone, technique, rules and routine files",
        description="Check zone files (and the technique and rules files they use). "
        "Prints one summary line per valid file, or one line per problem as "
        "'file:line: zone: message', and exits 1 if any problem was found.",
    )
    validate.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="PATH",
        help="files to check (default: the built-in zone set and routines)",
    )

    export = sub.add_parser(
        "export",
        help="write the zone sheet as PDF, the diagram as PNG or SVG, or an Anki deck",
        description="Write the printable zone sheet (PDF), the body diagram (PNG, SVG) or "
        "an Anki deck of the zones (.apkg). The format follows the extension of --out.",
    )
    export.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="FILE",
        help="output file: .pdf, .png, .svg or .apkg",
    )
    export.add_argument(
        "--view",
        metavar="VIEW",
        help="which built-in view: back (default), front, ...; 'all' for every view, "
        "in a PDF sheet (a diagram page per view, one zone table) or an Anki deck "
        "(which holds every view unless one is named); a PNG or SVG diagram shows one view",
    )
    export.add_argument(
        "--page", choices=("a4", "letter"), default="a4", help="paper size of the PDF (default: a4)"
    )
    export.add_argument(
        "--pages",
        choices=("1", "table", "all"),
        default="all",
        help="what the PDF holds: page 1 alone, page 1 and the zone table, or "
        "everything (default: all)",
    )
    export.add_argument(
        "--worksheet",
        action="store_true",
        help="a quiz worksheet without colours, with an answer key",
    )
    export.add_argument(
        "--dpi",
        type=int,
        default=150,
        metavar="N",
        help="resolution of a PNG in dots per inch (default: 150)",
    )
    export.add_argument(
        "--zones",
        dest="export_zones",
        metavar="PATH",
        type=Path,
        help="use this zone file instead of the built-in back view",
    )
    return parser


def _summary(path: Path) -> tuple[list[str], list[str]]:
    """Check one file; return (summary lines, problem lines)."""
    from massage_trainer.core.content import load_catalogue, load_rules
    from massage_trainer.core.yamlsource import read_yaml
    from massage_trainer.core.zones import ZoneFileError, load_zone_set

    name = paths.display_name(path)
    data, problems = read_yaml(path, name)
    if data is None:
        return [], [str(p) for p in problems]
    keys = set(data) if isinstance(data, dict) else set()
    if "views" in keys and "zones" not in keys:
        return _views_summary(path)
    if "routines" in keys and "zones" not in keys:
        from massage_trainer.core.routines import check_routine_file

        routines, problems = check_routine_file(path, name=name)
        if problems:
            return [], [str(p) for p in problems]
        return [
            f"{name}: ok: {len(routines)} routines, {sum(len(r.steps) for r in routines)} steps"
        ], []
    if "techniques" in keys and "zones" not in keys:
        catalogue, problems = load_catalogue(path, name)
        if not problems:
            problems = _technique_strokes(catalogue, name)
        if problems:
            return [], [str(p) for p in problems]
        return [
            f"{name}: ok: {len(catalogue.techniques)} techniques in "
            f"{len(catalogue.families)} families"
        ], []
    if "rules" in keys and "zones" not in keys:
        rules, problems = load_rules(path, name)
        if problems:
            return [], [str(p) for p in problems]
        return [
            f"{name}: ok: {len(rules.rules)} rules, {len(rules.contraindications)} "
            f"contraindications, {len(rules.session_order)} session steps"
        ], []
    try:
        zs = load_zone_set(path)
    except ZoneFileError as exc:
        return [], [str(p) for p in exc.problems]
    return [_zone_set_line(zs)], _routines_beside(zs)


def _routines_beside(zs) -> list[str]:
    """The problems of a routine file beside a zone file: the window shows its
    routines, so checking the zone file checks them too.  The built-in routine
    file is checked on its own."""
    from massage_trainer.core.readfile import safe_resolve
    from massage_trainer.core.routines import check_routine_file, routine_file_for

    routine_file = routine_file_for(zs)
    if safe_resolve(routine_file.parent) == safe_resolve(paths.zones_dir()):
        return []
    _, problems = check_routine_file(routine_file, zs)
    return [str(p) for p in problems]


def _technique_strokes(catalogue, name: str) -> list:
    """The strokes of a technique file, checked against every built-in view."""
    from massage_trainer.core.strokes import check_stroke_views, check_strokes
    from massage_trainer.core.zones import ZoneFileError, load_views

    try:
        views = load_views()
    except ZoneFileError as exc:  # the views themselves (or their techniques) are wrong
        return sorted(exc.problems)
    techniques = list(catalogue.techniques.values())
    problems = check_stroke_views(techniques, views, name)
    for zs in views.values():
        problems += check_strokes(zs, techniques, name)
    return sorted(set(problems))


def _zone_set_line(zs) -> str:
    return (
        f"{paths.display_name(zs.path)}: ok: {len(zs.zones)} zones, "
        f"{len(zs.landmarks)} landmarks, body coverage {100 * zs.coverage:.2f}%"
    )


def _views_summary(path: Path) -> tuple[list[str], list[str]]:
    """Check a list of views and every zone file it names, as that view."""
    from massage_trainer.core.zones import ZoneFileError, load_zone_set, read_views

    try:
        views = read_views(path)
    except ZoneFileError as exc:
        return [], [str(p) for p in exc.problems]
    ok: list[str] = []
    problems: list[str] = []
    for view in views:
        try:
            ok.append(_zone_set_line(load_zone_set(path, view=view)))
        except ZoneFileError as exc:
            problems += [str(p) for p in exc.problems]
    # after the views themselves: the first line still names the back view
    ok.append(f"{paths.display_name(path)}: ok: {len(views)} views ({', '.join(views)})")
    return ok, problems


def validate(targets: Sequence[Path]) -> int:
    if not targets:
        folder = paths.zones_dir()
        targets = [
            paths.views_file(),  # every built-in view, the back first
            folder / "techniques.yaml",
            folder / "rules.yaml",
            folder / "routines.yaml",
        ]
    failed = False
    for target in targets:
        ok, problems = _summary(target)
        for line in ok:
            say(line)
        for line in problems:
            say(line)
        failed = failed or bool(problems)
    return 1 if failed else 0


def export(args: argparse.Namespace) -> int:
    """``massage-trainer export``: write the sheet or the diagram; return the exit code."""
    # the paint layer needs Qt's GUI classes: imported by this command only
    from massage_trainer.paint import output

    out = Path(args.out)
    suffix = out.suffix.lower()
    if suffix == ".apkg":
        return _export_deck(args, out)
    if suffix not in output.FORMATS:
        return _usage_error(
            f"cannot tell the format of {out}: the name must end in .pdf, .png, .svg or .apkg"
        )
    low, high = output.DPI_RANGE
    if suffix == ".png" and not low <= args.dpi <= high:
        return _usage_error(f"--dpi must be {low} to {high}, not {args.dpi}")
    if args.view == "all" and suffix != ".pdf":
        return _usage_error(
            f"a diagram image ({suffix}) shows one view: choose one with --view, or "
            "write every view into a PDF sheet (.pdf) or an Anki deck (.apkg)"
        )
    zone_sets = _export_zone_sets(args)
    if isinstance(zone_sets, int):
        return zone_sets
    zone_set = zone_sets[0]
    output.ensure_gui_application()
    try:
        if suffix == ".pdf":
            pages = output.write_pdf(zone_sets, out, args.page, args.worksheet, pages=args.pages)
            done = f"{pages} page{'s' if pages != 1 else ''}, {output.PAGE_NAMES[args.page]}"
            if len(zone_sets) > 1:  # a sheet of every view says which
                done += "; " + ", ".join(zs.view for zs in zone_sets)
        elif suffix == ".png":
            size = output.write_png(zone_set, out, args.dpi, args.worksheet)
            done = f"{size.width()}x{size.height()} pixels, {args.dpi} dpi"
        else:
            output.write_svg(zone_set, out, args.worksheet)
            done = "SVG"
    except output.ExportError as exc:
        say(f"massage-trainer: cannot write {out}: {exc}", err=True)
        return 1
    say(f"wrote {out} ({done})")
    return 0


def _export_zone_sets(args: argparse.Namespace) -> list | int:
    """The zone sets ``export`` writes: --zones, one --view, or every view for
    ``all``; or the exit code, with the reason on stderr, when there are none."""
    from massage_trainer.core.zones import ZoneFileError, builtin_views, load_views, load_zone_set

    if args.export_zones is not None and args.view is not None:
        return _usage_error("give --zones or --view, not both")
    if args.view not in (None, "all") and args.view not in builtin_views():
        views = ", ".join(builtin_views())
        return _usage_error(f"there is no view {args.view!r}; the views are: {views}")
    try:
        if args.view == "all":
            return list(load_views().values())
        if args.export_zones is not None:
            return [load_zone_set(args.export_zones)]
        return [load_zone_set(view=args.view)]
    except ZoneFileError as exc:
        source = args.export_zones or f"the {args.view or 'back'} view"
        say(f"massage-trainer: cannot read the zone set {source}:", err=True)
        for problem in exc.problems:
            say(str(problem), err=True)
        return 1


def _export_deck(args: argparse.Namespace, out: Path) -> int:
    """``export --out FILE.apkg``: an Anki deck of every view (or the one named)."""
    from massage_trainer.core.savefile import SaveError

    if args.view is None and args.export_zones is None:
        args.view = "all"
    zone_sets = _export_zone_sets(args)
    if isinstance(zone_sets, int):
        return zone_sets
    from massage_trainer.paint.deck import write_deck

    try:
        summary = write_deck(zone_sets, out)
    except SaveError as exc:
        say(f"massage-trainer: cannot write {out}: {exc}", err=True)
        return 1
    views = ", ".join(zs.view for zs in zone_sets)
    say(
        f"wrote {out} ({summary.notes} notes, {summary.cards} cards, "
        f"{summary.media} images; {views})"
    )
    return 0


def _usage_error(message: str) -> int:
    say(f"massage-trainer: {message}", err=True)
    return 2


def main(argv: Sequence[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    if not arguments:  # the window, the common case: no parser to build
        return _run_window()
    try:
        args = _parser().parse_args(arguments)
    except BrokenPipeError:  # --help or --version into a pipe closed early
        _silence(sys.stdout)
        return 0
    try:
        if args.command == "validate":
            return validate(args.paths)
        if args.command == "export":
            return export(args)
        return _run_window(args.zones, args.screenshot, args.select, args.window_view)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # output that did not go through ``say``: whether the command succeeded
        # is not known, so it is not reported as a success
        _silence(sys.stdout)
        return 1


def _run_window(
    zones: Path | None = None,
    screenshot: Path | None = None,
    select: str | None = None,
    view: str | None = None,
) -> int:
    from massage_trainer.app import run_app

    try:
        return run_app(zones_path=zones, screenshot=screenshot, select=select, view=view)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
