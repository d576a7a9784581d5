"""Plain-text rendering of spasm entries for the terminal."""

from __future__ import annotations

from collections.abc import Sequence

from mslog.cli.terminal import table as aligned
from mslog.core import vocab
from mslog.core.formatting import fmt_duration, short_type_label
from mslog.core.i18n import Words
from mslog.core.spasms.log import Spasm


class SpasmTable(Words):
    """The translation context of ``mslog list``'s table of entries."""


def table(entries: Sequence[Spasm]) -> str:
    """Return entries as an aligned text table (dates ISO, as typed with ``--from``)."""
    header = (
        SpasmTable.tr("Date"),
        SpasmTable.tr("Time"),
        SpasmTable.tr("Severity"),
        SpasmTable.tr("Type"),
        SpasmTable.tr("Where"),
        SpasmTable.tr("Triggers"),
        SpasmTable.tr("Duration"),
        SpasmTable.tr("Note"),
    )
    rows = [header]
    for s in entries:
        rows.append(
            (
                f"{s.started:%Y-%m-%d}",
                f"{s.started:%H:%M}",
                "" if s.severity is None else str(s.severity),
                short_type_label(s.kind),
                ", ".join(vocab.location_label(x) for x in s.locations),
                ", ".join(vocab.trigger_label(x) for x in s.triggers),
                fmt_duration(s.duration_s),
                " ".join(s.note.split())[:40],
            )
        )
    return aligned(rows)
