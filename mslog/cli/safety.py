"""The ``mslog backup``, ``mslog restore`` and ``mslog import`` commands."""

from __future__ import annotations

import argparse
from pathlib import Path

from mslog.cli.common import EXIT_OK, Context, UsageError, add_command, parse_in, parse_out
from mslog.core.i18n import Words


class SafetyCommands(Words):
    """The translation context of ``mslog backup``, ``mslog restore`` and ``mslog import``."""


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register the data-safety subcommands."""
    backup = add_command(
        sub,
        "backup",
        cmd_backup,
        parents=[common],
        help=SafetyCommands.tr("save a verified copy of the diary now"),
    )
    backup.add_argument(
        "--out",
        metavar="PATH",
        help=SafetyCommands.tr("where to write it (default: the backups folder)"),
    )
    restore = add_command(
        sub,
        "restore",
        cmd_restore,
        parents=[common],
        help=SafetyCommands.tr("replace the diary with a backup (the current one is kept)"),
    )
    restore.add_argument(
        "path",
        metavar="PATH",
        nargs="?",
        help=SafetyCommands.tr("the backup file, or 'newest' for the newest good one"),
    )
    restore.add_argument(
        "--list", action="store_true", help=SafetyCommands.tr("list the backups instead")
    )
    imp = add_command(
        sub,
        "import",
        cmd_import,
        parents=[common],
        help=SafetyCommands.tr("add the entries of a JSON export (MSLog's own format)"),
    )
    imp.add_argument(
        "file", metavar="FILE", help=SafetyCommands.tr("the .json file written by mslog export")
    )


def cmd_backup(args: argparse.Namespace, context: Context) -> int:
    """Write a backup and say where."""
    out = context.out
    target = None if args.out is None else _backup_target(args.out)
    diary = context.open_diary()
    try:
        path = diary.safety.backup_now(out=target)
        count = diary.spasms.count()
    finally:
        diary.close()
    said = SafetyCommands.tr("Saved a verified backup with %n entries: {path}", "", count)
    out.write(said.format(path=path) + "\n")
    return EXIT_OK


def _backup_target(text: str) -> Path:
    """``backup --out``: a folder to save in, or a new file; an existing file is never replaced."""
    target = Path(text).expanduser()
    if target.is_dir():
        return target
    target = parse_out("--out", text)
    if target.exists():
        said = SafetyCommands.tr(
            "--out: {path} already exists; MSLog does not overwrite a file, give a new name"
            " or a folder"
        )
        raise UsageError(said.format(path=target))
    return target


def cmd_restore(args: argparse.Namespace, context: Context) -> int:
    """List backups, or restore one without opening the (possibly damaged) diary first."""
    out = context.out
    from mslog.core.safety import backup
    from mslog.core.safety.restore import NotADiaryError, check_restorable, restore_backup

    data_dir = context.data_dir
    if args.list:
        found = backup.list_backups(data_dir)
        for info in found:
            out.write(f"{info.label}\n    {info.path}\n")
        if not found:
            said = SafetyCommands.tr("No backups yet in {folder}")
            out.write(said.format(folder=backup.backup_dir(data_dir)) + "\n")
        return EXIT_OK
    if args.path is None:
        raise UsageError(SafetyCommands.tr("give the backup file to restore, 'newest', or --list"))

    if args.path == "newest":
        newest = backup.newest_good_backup(data_dir)
        if newest is None:
            from mslog.core.errors import MSLogError

            said = SafetyCommands.tr("There is no good backup in {folder}.")
            raise MSLogError(said.format(folder=backup.backup_dir(data_dir)))
        # Said first, so the person sees which backup (date, entries) replaces the diary.
        said = SafetyCommands.tr("Restoring the newest good backup: {backup}")
        out.write(said.format(backup=newest.label) + f"\n    {newest.path}\n")
        out.flush()
        source = newest.path
    else:
        source = parse_in("PATH", args.path)
    try:
        check_restorable(source)
    except NotADiaryError as exc:
        raise UsageError(str(exc)) from None
    result = restore_backup(data_dir, source, context.clock)
    said = SafetyCommands.tr("Restored %n entries from {source}", "", result.entries)
    out.write(said.format(source=result.restored_from) + "\n")
    if result.safety_copy:
        said = SafetyCommands.tr("Your diary as it was is kept in {path}")
        out.write(said.format(path=result.safety_copy) + "\n")
    if result.moved_aside:
        said = SafetyCommands.tr("The damaged diary is kept, unchanged, as {path}")
        out.write(said.format(path=result.moved_aside) + "\n")
    return EXIT_OK


def cmd_import(args: argparse.Namespace, context: Context) -> int:
    """Import a JSON export into the diary."""
    out = context.out
    from mslog.core.safety import importer

    # Read and check the file before opening the diary: a file that cannot be used
    # must not create or touch a diary (opening one can make the day's backup).
    path = Path(args.file).expanduser()
    checked = importer.check_path(path, context.clock.now(), context.data_dir)
    diary = context.open_diary()
    try:
        report = diary.safety.import_file(path, checked=checked)
    finally:
        diary.close()
    out.write(report.summary() + "\n")
    return EXIT_OK


def explain_open_error(exc: Exception, data_dir: Path) -> str:
    """The message for a diary that cannot be opened, with what to do next."""
    from mslog.core.errors import DiaryDamagedError
    from mslog.core.safety import backup

    text = str(exc)
    if isinstance(exc, DiaryDamagedError):
        newest = backup.newest_good_backup(data_dir)
        if newest is not None:
            said = SafetyCommands.tr("Your newest good backup ({backup}) can be restored with:")
            text += "\n" + said.format(backup=newest.label) + "\n    mslog restore newest"
        text += "\n" + SafetyCommands.tr("Or run MSLog again to start a fresh, empty diary.")
    return text


def is_storage_error(exc: BaseException) -> bool:
    """Whether ``exc`` is SQLite failing to read or write (see :mod:`mslog.core.safety`)."""
    from mslog.core.safety import is_storage_error as check

    return check(exc)


def storage_message(exc: BaseException) -> str:
    """A calm sentence for a failed read or write."""
    from mslog.core.safety import storage_message as message

    return message(exc)
