"""Plain-text rendering of spasm entries for the terminal."""

from __future__ import annotations

from collections.abc import Sequence

from mslog.core import vocab
from mslog.core.spasms import Spasm


def duration_text(seconds: int | None) -> str:
    """Return a short human duration such as ``2 min 30 s``."""
    if seconds is None:
        return ""
    if seconds < 60:
        return f"{seconds} s"
    minutes, rest = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min" + (f" {rest} s" if rest else "")
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h" + (f" {minutes} min" if minutes else "")


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
                vocab.TYPE_LABELS.get(s.kind, "").split(" (")[0] if s.kind else "",
                ", ".join(vocab.LOCATION_LABELS[x] for x in s.locations),
                ", ".join(vocab.trigger_label(x) for x in s.triggers),
                duration_text(s.duration_s),
                " ".join(s.note.split())[:40],
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    return "\n".join(
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=False)).rstrip()
        for row in rows
    )
