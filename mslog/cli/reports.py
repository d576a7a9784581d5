"""The ``mslog export`` and ``mslog report`` subcommands (they work without a display)."""

from __future__ import annotations

import argparse
import json
from datetime import date

from mslog.cli.common import (
    EXIT_OK,
    CommandLine,
    Context,
    UsageError,
    add_command,
    parse_day,
    parse_out,
)
from mslog.core.i18n import Words


class ReportCommands(Words):
    """The translation context of ``mslog export`` and ``mslog report``."""


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register ``export`` and ``report`` on the subcommand parser."""
    exp = add_command(
        sub,
        "export",
        cmd_export,
        parents=[common],
        help=ReportCommands.tr(
            "save your diary as CSV (spreadsheets), JSON (all) or FHIR (for a clinician)"
        ),
    )
    exp.add_argument(
        "--format",
        required=True,
        choices=["csv", "json", "fhir"],
        help=ReportCommands.tr(
            "csv, json, or fhir (an HL7 FHIR R4 Bundle in JSON, for a clinic's system)"
        ),
    )
    exp.add_argument(
        "--out",
        metavar="PATH",
        help=ReportCommands.tr(
            "file to write; for CSV a .zip holds every file, a .csv gets the others next to"
            " it (default: print to the terminal; CSV: the spasm file only)"
        ),
    )
    exp.add_argument(
        "--from", dest="first", metavar="DATE", help=ReportCommands.tr("first day (CSV and FHIR)")
    )
    exp.add_argument(
        "--to", dest="last", metavar="DATE", help=ReportCommands.tr("last day (CSV and FHIR)")
    )

    rep = add_command(
        sub,
        "report",
        cmd_report,
        parents=[common],
        help=ReportCommands.tr("make a PDF report for an appointment"),
    )
    rep.add_argument(
        "--out", metavar="FILE.pdf", required=True, help=ReportCommands.tr("the PDF file to write")
    )
    rep.add_argument("--from", dest="first", metavar="DATE", help=ReportCommands.tr("first day"))
    rep.add_argument(
        "--to", dest="last", metavar="DATE", help=CommandLine.tr("last day (default: today)")
    )
    rep.add_argument(
        "--since-last-appointment",
        action="store_true",
        help=ReportCommands.tr("from the day after the last appointment (the default)"),
    )


def _days(args: argparse.Namespace) -> tuple[date | None, date | None]:
    """The ``--from`` and ``--to`` days, read before the diary opens."""
    first = None if args.first is None else parse_day("--from", args.first)
    last = None if args.last is None else parse_day("--to", args.last)
    if first and last and first > last:
        raise UsageError(CommandLine.tr("--from: the first day is after the last day"))
    return first, last


def _range(
    given: tuple[date | None, date | None], diary, default: str, earliest: date | None = None
):
    from mslog.core.trends import DateRange, resolve_range

    today = diary.today()
    earliest = earliest or diary.trends.earliest_day()
    first_day, last_day = given
    if first_day is None and last_day is None:
        last = diary.appointments.last_before(today)
        return resolve_range(
            default,
            today,
            earliest=earliest,
            last_appointment=last.day if last else None,
        )
    last_day = last_day or today
    first_day = first_day or min(earliest or last_day, last_day)
    if first_day > last_day:
        raise UsageError(CommandLine.tr("--from: the first day is after the last day"))
    return DateRange(first_day, last_day)


def cmd_export(args: argparse.Namespace, context: Context) -> int:
    """Write the CSV or JSON export to a file or the terminal."""
    out = context.out
    from mslog.core.safety import export

    given = _days(args)
    ranged = given != (None, None)
    if args.format == "json" and ranged:
        raise UsageError(
            ReportCommands.tr(
                "--from/--to: the JSON copy is always the whole diary; use CSV for a range"
            )
        )
    target = None if args.out is None else parse_out("--out", args.out)
    diary = context.open_diary()
    try:
        if args.format == "fhir":
            from mslog.core.safety import fhir

            whole = fhir.whole_diary(diary)
            rng = _range(given, diary, "all", whole.first) if ranged else whole
            if target is None:
                bundle = fhir.build_bundle(diary, rng)
                out.write_data(json.dumps(bundle, ensure_ascii=False) + "\n")
                return EXIT_OK
            written = [fhir.write_fhir(diary, target, rng)]
        elif args.format == "json":
            now = diary.clock.now()
            if target is None:
                for chunk in export.iter_json(diary.db, now):
                    out.write_data(chunk)
                return EXIT_OK
            written = [export.write_json(diary.db, target, now)]
        else:
            rng = _range(given, diary, "all") if ranged else None
            if target is None:
                for chunk in export.iter_csv(diary.db, diary.day_rule, rng):
                    out.write_data(chunk)
                return EXIT_OK
            written = export.write_csv(diary.db, diary.day_rule, target, rng)
    finally:
        diary.close()
    for path in written:
        out.write(ReportCommands.tr("Saved {path}", "a file written").format(path=path) + "\n")
    return EXIT_OK


def cmd_report(args: argparse.Namespace, context: Context) -> int:
    """Write the appointment report as a PDF."""
    out = context.out
    given = _days(args)
    if args.since_last_appointment and given != (None, None):
        raise UsageError(
            ReportCommands.tr("--since-last-appointment: give either it or --from/--to, not both")
        )
    target = parse_out("--out", args.out)
    diary = context.open_diary()
    try:
        rng = _range(given, diary, "since_appointment")
        from mslog.core.report import build_report
        from mslog.report_pdf import write_pdf

        content = build_report(diary, rng)
        write_pdf(content, target)
    finally:
        diary.close()
    said = ReportCommands.tr("Saved the report for {period} to {path}")
    out.write(said.format(period=rng.label(), path=target) + "\n")
    out.write(report_text(content))
    return EXIT_OK


def report_text(content) -> str:
    """The report's coverage, key numbers and medicine changes as plain text, as in the PDF."""
    heading = ReportCommands.tr("Key numbers (this period; previous period; change):")
    lines = [*content.coverage_lines(), heading]
    lines += [f"  {r.measure}: {r.now}; {r.before}; {r.change}" for r in content.key_rows]
    lines += [*content.self_rated, *content.key_notes]
    meds = content.medicines
    if meds.lines:
        lines.append(ReportCommands.tr("Medicines (on the last day; changes in the period):"))
        unchanged = ReportCommands.tr("no change", "a medicine in the period")
        lines += [f"  {m.name}: {m.now}; {'; '.join(m.changes) or unchanged}" for m in meds.lines]
    lines += meds.as_needed
    return "".join(f"{line}\n" for line in lines)
