"""Searching the words a person wrote, on every day: spasm notes, treatments, side effects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from mslog.core.i18n import Words

if TYPE_CHECKING:
    from mslog.core.diary import Diary

# How many hits a search returns at most: a list a person can read, newest first.
DEFAULT_LIMIT = 50
# Characters of the note shown either side of what matched.
EXCERPT_SPAN = 40
EARLIEST_DAY, LATEST_DAY = date(1970, 1, 1), date(9999, 12, 31)


class SearchHits(Words):
    """The translation context of what a hit of the note search is shown with."""


@dataclass(frozen=True)
class NoteHit:
    """One entry whose words matched.

    Attributes:
        day: The diary day it belongs to.
        at: When it happened, or None for a day's entry (a treatment, a side effect).
        kind: "spasm", "treatment" or "side_effect".
        uuid: The entry's id.
        excerpt: The words around the match, on one line.
    """

    day: date
    at: datetime | None
    kind: str
    uuid: str
    excerpt: str


@dataclass(frozen=True)
class SearchResult:
    """The hits of a search, newest first, and whether more matched than are listed."""

    hits: tuple[NoteHit, ...]
    more: bool = False


def excerpt(text: str, words: str, span: int = EXCERPT_SPAN) -> str:
    """Return ``text`` on one line around the first place it holds ``words`` (ignoring case)."""
    line = " ".join(text.split())
    where = line.casefold().find(words.casefold())
    if where < 0:
        where = 0
    start = max(0, where - span)
    end = min(len(line), where + len(words) + span)
    return ("…" if start else "") + line[start:end] + ("…" if end < len(line) else "")


def search_notes(diary: Diary, words: str, limit: int = DEFAULT_LIMIT) -> SearchResult:
    """Return the entries whose notes hold ``words``, ignoring case, newest first.

    Spasm notes, treatment notes, sites and names, and side-effect notes are searched;
    at most ``limit`` hits are returned.
    """
    wanted = " ".join(words.split())
    if not wanted:
        return SearchResult(())
    folded = wanted.casefold()
    rule = diary.day_rule
    spasms, more = diary.spasms.search_notes(wanted, limit)
    hits = [
        NoteHit(rule.day_of(s.started), s.started, "spasm", s.uuid, excerpt(s.note, wanted))
        for s in spasms
    ]
    checklists = diary.checklists
    for treatment in checklists.treatments.all():
        text = " · ".join(p for p in (treatment.name, treatment.sites, treatment.note) if p)
        if folded in text.casefold():
            shown = SearchHits.tr("{treatment}: {words}", "a treatment and its words found").format(
                treatment=treatment.title, words=excerpt(text, wanted)
            )
            hits.append(NoteHit(treatment.day, None, "treatment", treatment.uuid, shown))
    for effect in checklists.effects.between(EARLIEST_DAY, LATEST_DAY):
        if folded in effect.note.casefold():
            shown = SearchHits.tr("Side effects: {words}").format(
                words=excerpt(effect.note, wanted)
            )
            hits.append(NoteHit(effect.day, None, "side_effect", effect.uuid, shown))
    # Newest first; a day's own entries after its timed ones.
    hits.sort(key=lambda h: (h.day, h.at.timestamp() if h.at else float("-inf")), reverse=True)
    return SearchResult(tuple(hits[:limit]), more or len(hits) > limit)
