"""Plain-text rendering of spasm entries for the terminal."""

from __future__ import annotations

from collections.abc import Sequence

from mslog.core import vocab
from mslog.core.formatting import fmt_duration, short_type_label
from mslog.core.spasms.log import Spasm


def table(entries: Sequence[Spasm]) -> str:
    """Return entries as an aligned text table."""
    header = ("Date", "Time", "Severity", "Type", "Where", "Triggers", "Duration", "Note")
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
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    return "\n".join(
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=False)).rstrip()
        for row in rows
    )
