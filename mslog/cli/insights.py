"""The ``mslog insights`` subcommand: the factor analysis of the Trends tab, in the terminal."""

from __future__ import annotations

import argparse
import json
from datetime import date, timedelta

from mslog.cli.common import EXIT_OK, CommandLine, Context, UsageError, add_command, parse_day
from mslog.core.i18n import Words

DEFAULT_DAYS = 90  # enough for 14 days with and without a common factor


class InsightsCommand(Words):
    """The translation context of ``mslog insights``."""


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register ``insights`` on the subcommand parser."""
    insights = add_command(
        sub,
        "insights",
        cmd_insights,
        parents=[common],
        help=InsightsCommand.tr(
            "compare days with and without each check-in factor, habit, stretching and dose"
        ),
    )
    insights.add_argument(
        "--from",
        dest="first",
        metavar="DATE",
        help=InsightsCommand.tr("first day (default: %n days ago)", "", DEFAULT_DAYS),
    )
    insights.add_argument(
        "--to", dest="last", metavar="DATE", help=CommandLine.tr("last day (default: today)")
    )
    insights.add_argument(
        "--json", action="store_true", help=InsightsCommand.tr("print the results as JSON")
    )


def _days(args: argparse.Namespace) -> tuple[date | None, date | None]:
    """The days given, read before the diary opens."""
    first = None if args.first is None else parse_day("--from", args.first)
    last = None if args.last is None else parse_day("--to", args.last)
    return first, last


def _range(given: tuple[date | None, date | None], today: date):
    from mslog.core.trends import DateRange

    first, last = given
    last = last or today
    if last > today:
        said = InsightsCommand.tr("--to: {day} is still to come")
        raise UsageError(said.format(day=last.isoformat()))
    first = first or last - timedelta(days=DEFAULT_DAYS - 1)
    if first > last:
        said = InsightsCommand.tr("--from: {first} is after the last day, {last}")
        raise UsageError(said.format(first=first.isoformat(), last=last.isoformat()))
    if first < date(1970, 1, 2):
        raise UsageError(InsightsCommand.tr("--from: that day is too long ago"))
    return DateRange(first, last)


def cmd_insights(args: argparse.Namespace, context: Context) -> int:
    """Print every factor's comparison, as on the Trends tab's Triggers page."""
    out = context.out
    from mslog.core.trends import insight_text as words
    from mslog.core.trends.page import TrendPage

    given = _days(args)
    diary = context.open_diary()
    try:
        rng = _range(given, diary.today())
        analysis = TrendPage.of(diary, rng).analysis
    finally:
        diary.close()
    if args.json:
        document = {
            "from": rng.first.isoformat(),
            "to": rng.last.isoformat(),
            "days": rng.days,
            "complete_days": analysis.complete_days,
            "method": analysis.method,
            "factors": [words.as_json(f) for f in analysis.findings],
        }
        out.write(json.dumps(document, indent=2) + "\n")
        return EXIT_OK
    out.write(f"{rng.label()} · {words.coverage_text(analysis)}\n")
    out.write(f"{words.caveat()}\n\n")
    if analysis.clear:
        out.write(f"{words.stood_out_text(analysis)}\n\n")
    else:
        out.write(f"{analysis.none_stood_out()}\n\n")
    for finding in analysis.tested:
        factor = finding.factor
        title = InsightsCommand.tr("{name} ({kind}, {lag})", "a factor, its kind, its lag")
        kind, lag = words.kind_text(factor.kind), words.lag_text(factor.lag)
        out.write(title.format(name=factor.name, kind=kind, lag=lag) + "\n")
        out.write(f"  {finding.verdict}\n")
        said = InsightsCommand.tr("spasms: {comparison}")
        out.write(f"  {said.format(comparison=words.spasms_text(finding))}\n")
        out.write(f"  {words.nrs_text(finding.comparison)}\n")
    missing = words.missing_text(analysis)
    if missing:
        said = InsightsCommand.tr(
            "Not enough days yet (at least %n complete days with and %n without): {factors}.",
            "",
            words.MIN_DAYS,
        )
        out.write("\n" + said.format(factors=missing) + "\n")
    said = InsightsCommand.tr("How: {method}", "how the comparison was made")
    out.write("\n" + said.format(method=analysis.method) + "\n")
    return EXIT_OK
