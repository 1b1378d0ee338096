"""The ``massage-trainer`` command: the window, ``validate`` and ``export``.

Qt is imported only by the commands that need it, so ``validate`` is quick and
runs without a display.  No command shows a traceback for bad input.

The exit status is always the command's own: a reader that stops early
(``validate broken.yaml | head -1``) does not turn a failure into a success.
Output lines go through ``say``, which stops printing once the pipe is closed
but lets the command finish and report its status.

The messages a user reads are in the program's language (``--lang``, else the
chosen one): ``export`` and the window always apply one; ``validate`` only
with ``--lang`` (it checks the content in that language, and without it
imports no Qt).  The ``--help`` texts stay English.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from massage_trainer import __version__
from massage_trainer.core import i18n, paths
from massage_trainer.core.i18n import Tr


class CommandLineText(Tr):
    """Texts of the command line: what ``validate`` and ``export`` report."""


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
    parser.add_argument(
        "--lang",
        dest="language",
        metavar="CODE",
        help="show the program in this language (en, de, es, fr, ...), for this run only; "
        "default: the one chosen in the window, else the system's",
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
    validate.add_argument(
        "--lang",
        dest="command_language",
        metavar="CODE",
        help="check the files with their texts in this language: the problems of its "
        "translation files, and the texts it leaves in English (listed; not a failure)",
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
    export.add_argument(
        "--lang",
        dest="command_language",
        metavar="CODE",
        help="write it in this language (default: the one chosen in the window, else the system's)",
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
            i18n.fill(
                CommandLineText.tr("{file}: ok: {routines}, {steps}"),
                file=name,
                routines=CommandLineText.tr("%n routine(s)", "", len(routines)),
                steps=CommandLineText.tr("%n step(s)", "", sum(len(r.steps) for r in routines)),
            )
        ], []
    if "techniques" in keys and "zones" not in keys:
        catalogue, problems = load_catalogue(path, name)
        if not problems:
            problems = _technique_strokes(catalogue, name)
        if problems:
            return [], [str(p) for p in problems]
        return [
            i18n.fill(
                CommandLineText.tr("{file}: ok: {techniques} in {families}"),
                file=name,
                techniques=CommandLineText.tr("%n technique(s)", "", len(catalogue.techniques)),
                # English: "1 family" comes from the English translation
                families=CommandLineText.tr("%n families", "", len(catalogue.families)),
            )
        ], []
    if "rules" in keys and "zones" not in keys:
        rules, problems = load_rules(path, name)
        if problems:
            return [], [str(p) for p in problems]
        return [
            i18n.fill(
                CommandLineText.tr("{file}: ok: {rules}, {contraindications}, {steps}"),
                file=name,
                rules=CommandLineText.tr("%n rule(s)", "", len(rules.rules)),
                contraindications=CommandLineText.tr(
                    "%n contraindication(s)", "", len(rules.contraindications)
                ),
                steps=CommandLineText.tr("%n session step(s)", "", len(rules.session_order)),
            )
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
    return i18n.fill(
        CommandLineText.tr("{file}: ok: {zones}, {landmarks}, body coverage {coverage}"),
        file=paths.display_name(zs.path),
        zones=CommandLineText.tr("%n zone(s)", "", len(zs.zones)),
        landmarks=CommandLineText.tr("%n landmark(s)", "", len(zs.landmarks)),
        coverage=i18n.percent(zs.coverage, 2),
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
    ok.append(
        i18n.fill(
            CommandLineText.tr("{file}: ok: {views} ({names})"),
            file=paths.display_name(path),
            views=CommandLineText.tr("%n view(s)", "", len(views)),
            names=", ".join(views),
        )
    )
    return ok, problems


def _default_targets() -> list[Path]:
    folder = paths.zones_dir()
    return [
        paths.views_file(),  # every built-in view, the back first
        folder / "techniques.yaml",
        folder / "rules.yaml",
        folder / "routines.yaml",
    ]


def validate(targets: Sequence[Path], language: str | None = None) -> int:
    """``massage-trainer validate``: check the files (with ``language``, their
    texts in that language too); return the exit code."""
    targets = list(targets) or _default_targets()
    code = ""
    if language is not None:
        applied = _apply_language(language)
        if isinstance(applied, int):
            return applied
        code = applied
    failed = False
    shown: set[str] = set()
    for target in targets:
        ok, problems = _summary(target)
        for line in ok:
            say(line)
        for line in problems:
            say(line)
            shown.add(line)
        failed = failed or bool(problems)
    if language is not None:
        failed = _validate_language(targets, code, shown) or failed
    return 1 if failed else 0


def _overlay_sources(targets: Sequence[Path]) -> list[Path]:
    """The data files whose translations ``validate --lang`` checks: the
    targets, with a list of views standing for the zone files it names."""
    from massage_trainer.core.yamlsource import read_yaml
    from massage_trainer.core.zones import ZoneFileError, read_views

    out: list[Path] = []
    for target in targets:
        data, _problems = read_yaml(target, paths.display_name(target))
        if isinstance(data, dict) and "views" in data and "zones" not in data:
            try:
                out += list(read_views(target).values())
            except ZoneFileError:
                continue  # reported by the check of the file itself
        elif data is not None:
            out.append(target)
    return out


def _validate_language(targets: Sequence[Path], code: str, shown: set[str]) -> bool:
    """The translation part of ``validate --lang``: problems of the content's
    translation files (True if any), then the texts left in English, then one
    summary line."""
    from massage_trainer import language
    from massage_trainer.core.overlay import (
        check_language,
        overlay_path,
        unfinished_interface_texts,
    )

    name = _language_name(code)
    if code == language.DEFAULT:
        say(
            i18n.fill(
                CommandLineText.tr("{language} ({code}): the texts are written in it."),
                language=name,
                code=code,
            )
        )
        return False
    problems: list[str] = []
    missing = 0
    for source in _overlay_sources(targets):
        found, left = check_language([source], code)
        problems += [str(p) for p in found]
        for line in (str(p) for p in found):
            if line not in shown:
                say(line)
        missing += len(left)
        overlay = overlay_path(source, code)
        if left and not overlay.exists():  # one line for a file not begun
            say(
                i18n.fill(
                    CommandLineText.tr(
                        "{file}: there is no such file yet: the %n text(s) of {source} "
                        "are shown in English",
                        "",
                        len(left),
                    ),
                    file=paths.display_name(overlay),
                    source=paths.display_name(source),
                )
            )
            continue
        for text in left:
            say(
                i18n.fill(
                    CommandLineText.tr("{text}: not translated yet (shown in English)"),
                    text=str(text),
                )
            )
    ts_file = language.TRANSLATIONS_DIR / f"massage_trainer_{code}.ts"
    interface: list[str] = []
    if ts_file.exists():
        interface = unfinished_interface_texts(ts_file)
        for entry in interface:
            say(
                i18n.fill(
                    CommandLineText.tr("interface: {text}: not translated yet (shown in English)"),
                    text=entry,
                )
            )
    else:
        say(
            i18n.fill(
                CommandLineText.tr(
                    "interface: there is no {file} yet: every text of the window is "
                    "shown in English"
                ),
                file=ts_file.name,
            )
        )
    count = missing + len(interface)
    if problems or shown:
        summary = CommandLineText.tr(
            "{language} ({code}): there are problems (above to fix); %n text(s) not "
            "translated yet.",
            "",
            count,
        )
    elif count:
        summary = CommandLineText.tr(
            "{language} ({code}): %n text(s) not translated yet, shown in English.", "", count
        )
    elif not ts_file.exists():
        summary = CommandLineText.tr(
            "{language} ({code}): every text of the content is translated; the window is not."
        )
    else:
        summary = CommandLineText.tr("{language} ({code}): every text is translated.")
    say(i18n.fill(summary, language=name, code=code))
    return bool(problems)


# the languages' names in the command's own words: ``QLocale`` names them
# only in English or in themselves
LANGUAGE_NAMES = {
    "en": i18n.QT_TRANSLATE_NOOP("CommandLineText", "English"),
    "de": i18n.QT_TRANSLATE_NOOP("CommandLineText", "German"),
    "es": i18n.QT_TRANSLATE_NOOP("CommandLineText", "Spanish"),
    "fr": i18n.QT_TRANSLATE_NOOP("CommandLineText", "French"),
}


def _language_name(code: str) -> str:
    """A language's name in the language the command speaks now."""
    if code in LANGUAGE_NAMES:
        return i18n.translated("CommandLineText", LANGUAGE_NAMES[code])
    from massage_trainer import language

    return language.native_name(code)


_app = None  # the application the commands make, kept while they run


def _application():
    """A Qt application for a command: a QGuiApplication, which is all that
    painting and the translations need; a QApplication (widgets and all)
    where the widgets are already loaded, so that a window can still be made
    in the same process (the tests).  Offscreen when there is no display and
    no platform was chosen."""
    global _app
    if "PySide6.QtWidgets" in sys.modules:
        from PySide6.QtWidgets import QApplication as Application
    else:  # a command on its own: widgets would only cost start-up time
        from PySide6.QtGui import QGuiApplication as Application

    from massage_trainer.paint.output import offscreen_without_display

    offscreen_without_display()
    _app = Application(sys.argv[:1])
    return _app


def _apply_language(code: str | None) -> str | int:
    """Show the command's messages and the content in ``code`` (None: the
    chosen language, else the system's); the language, or the exit code of a
    usage error for one the program does not have.  Makes the Qt application
    this needs, if there is none."""
    from PySide6.QtCore import QCoreApplication, QSettings

    from massage_trainer import language

    unknown = _unknown_language(code) if code is not None else None
    if unknown is not None:
        return unknown
    app = QCoreApplication.instance() or _application()
    if not app.organizationName():  # the settings the window keeps the choice in
        app.setOrganizationName(paths.ORGANIZATION)
        app.setApplicationName(paths.APPLICATION)
    wanted = code.lower() if code is not None else language.chosen_language(QSettings())
    return language.apply_language(wanted)


def export(args: argparse.Namespace) -> int:
    """``massage-trainer export``: write the sheet or the diagram; return the exit code."""
    # the paint layer needs Qt's GUI classes: imported by this command only
    from massage_trainer.paint import output

    # the language first: the zone sets are read in it
    applied = _apply_language(getattr(args, "command_language", None))
    if isinstance(applied, int):
        return applied
    out = Path(args.out)
    suffix = out.suffix.lower()
    if suffix == ".apkg":
        return _export_deck(args, out)
    if suffix not in output.FORMATS:
        return _usage_error(
            i18n.fill(
                CommandLineText.tr(
                    "cannot tell the format of {file}: the name must end in .pdf, .png, "
                    ".svg or .apkg"
                ),
                file=out,
            )
        )
    low, high = output.DPI_RANGE
    if suffix == ".png" and not low <= args.dpi <= high:
        return _usage_error(
            i18n.fill(
                CommandLineText.tr("--dpi must be {low} to {high}, not {dpi}"),
                low=low,
                high=high,
                dpi=args.dpi,
            )
        )
    if args.view == "all" and suffix != ".pdf":
        return _usage_error(
            i18n.fill(
                CommandLineText.tr(
                    "a diagram image ({suffix}) shows one view: choose one with --view, or "
                    "write every view into a PDF sheet (.pdf) or an Anki deck (.apkg)"
                ),
                suffix=suffix,
            )
        )
    zone_sets = _export_zone_sets(args)
    if isinstance(zone_sets, int):
        return zone_sets
    zone_set = zone_sets[0]
    output.ensure_gui_application()
    try:
        if suffix == ".pdf":
            pages = output.write_pdf(zone_sets, out, args.page, args.worksheet, pages=args.pages)
            done = i18n.fill(
                CommandLineText.tr("{pages}, {paper}"),
                pages=CommandLineText.tr("%n page(s)", "", pages),
                paper=output.PAGE_NAMES[args.page],
            )
            if len(zone_sets) > 1:  # a sheet of every view says which
                done = i18n.fill(
                    CommandLineText.tr("{pages}; {views}", "the views of a sheet"),
                    pages=done,
                    views=", ".join(zs.view for zs in zone_sets),
                )
        elif suffix == ".png":
            size = output.write_png(zone_set, out, args.dpi, args.worksheet)
            done = i18n.fill(
                CommandLineText.tr("{width}x{height} pixels, {dpi} dpi"),
                width=size.width(),
                height=size.height(),
                dpi=args.dpi,
            )
        else:
            output.write_svg(zone_set, out, args.worksheet)
            done = "SVG"
    except output.ExportError as exc:
        return _cannot_write(out, exc)
    say(i18n.fill(CommandLineText.tr("wrote {file} ({what})"), file=out, what=done))
    return 0


def _cannot_write(out: Path, exc: Exception) -> int:
    say(
        i18n.fill(
            CommandLineText.tr("massage-trainer: cannot write {file}: {reason}"),
            file=out,
            reason=exc,
        ),
        err=True,
    )
    return 1


def _export_zone_sets(args: argparse.Namespace) -> list | int:
    """The zone sets ``export`` writes: --zones, one --view, or every view for
    ``all``; or the exit code, with the reason on stderr, when there are none."""
    from massage_trainer.core.zones import ZoneFileError, builtin_views, load_views, load_zone_set

    if args.export_zones is not None and args.view is not None:
        return _usage_error(CommandLineText.tr("give --zones or --view, not both"))
    if args.view not in (None, "all") and args.view not in builtin_views():
        return _usage_error(
            i18n.fill(
                CommandLineText.tr("there is no view {view}; the views are: {views}"),
                view=repr(args.view),
                views=", ".join(builtin_views()),
            )
        )
    try:
        if args.view == "all":
            return list(load_views().values())
        if args.export_zones is not None:
            return [load_zone_set(args.export_zones)]
        return [load_zone_set(view=args.view)]
    except ZoneFileError as exc:
        if args.export_zones is not None:
            source = str(args.export_zones)
        else:
            source = i18n.fill(
                CommandLineText.tr("the {view} view", "a view named by its id"),
                view=args.view or "back",
            )
        say(
            i18n.fill(
                CommandLineText.tr("massage-trainer: cannot read the zone set {source}:"),
                source=source,
            ),
            err=True,
        )
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
        return _cannot_write(out, exc)
    say(
        i18n.fill(
            CommandLineText.tr("wrote {file} ({notes}, {cards}, {images}; {views})"),
            file=out,
            notes=CommandLineText.tr("%n note(s)", "Anki notes", summary.notes),
            cards=CommandLineText.tr("%n card(s)", "Anki cards", summary.cards),
            images=CommandLineText.tr("%n image(s)", "", summary.media),
            views=", ".join(zs.view for zs in zone_sets),
        )
    )
    return 0


def _usage_error(message: str) -> int:
    say(f"massage-trainer: {message}", err=True)
    return 2


def _unknown_language(code: str) -> int | None:
    """The exit code of a usage error if the program has no language ``code``."""
    from massage_trainer import language

    offered = language.available_languages()
    if code.lower() in offered:
        return None
    choices = ", ".join(f"{c} ({_language_name(c)})" for c in offered)
    # before any language is applied: in English
    return _usage_error(f"there is no language {code!r}; the languages are: {choices}")


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
        if args.command is not None and getattr(args, "command_language", None) is None:
            args.command_language = args.language  # the top-level --lang, for the command
        if args.command == "validate":
            return validate(args.paths, args.command_language)
        if args.command == "export":
            return export(args)
        return _run_window(
            args.zones, args.screenshot, args.select, args.window_view, args.language
        )
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
    language: str | None = None,
) -> int:
    if language is not None:  # checked before the window is made: a usage error
        from massage_trainer import language as languages

        unknown = _unknown_language(language)
        if unknown is not None:
            return unknown
        languages.choose_for_this_run(language.lower())
    from massage_trainer.app import run_app

    try:
        return run_app(zones_path=zones, screenshot=screenshot, select=select, view=view)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
