"""The History tab in the person's language: every text through the catalogue, German shown.

Under the pseudo-language every translated text reads ⟦…⟧: a word of the tab outside the
brackets was never wrapped. The German run shows no English text of the tab's catalogue.
"""

from __future__ import annotations

import ast
from datetime import date, datetime

import pytest
from PySide6.QtWidgets import QWidget

from mslog.core.diary import Diary
from mslog.core.routines.player import Player
from mslog.ui.main_window import MainWindow
from tests.core.routines.test_sessions import ROUTINE
from tests.helpers.language import bare, english_left, english_pieces, unwrapped_texts
from tests.helpers.stubs import LONDON, FakeClock
from tests.ui.history.test_tab import open_history

YESTERDAY = date(2026, 3, 10)
# The contexts of the History tab and what it says (mslog/ui/history, core/history).
CONTEXTS = {
    "DayCalendar",
    "DayView",
    "HistoryTab",
    "HistoryWording",
    "NoteHits",
    "NoteSearch",
    "SearchHits",
    "SpasmDetailsDialog",
}


def fill_yesterday(diary: Diary, clock: FakeClock) -> dict[str, str]:
    """Record every kind of entry on 10 March; return the person's own words used."""
    med = diary.checklists.medications.add(
        "Baclofen", times=["08:00", "20:00"], amount=10, unit="mg", starts=date(2026, 3, 1)
    )
    doses = diary.checklists.doses
    doses.mark_taken(med.uuid, "2026-03-10 08:00")
    doses.mark_skipped(med.uuid, "2026-03-10 20:00", "felt sick")
    doses.log_as_needed(med.uuid, datetime(2026, 3, 10, 13, 0, tzinfo=LONDON), 5)
    habits = diary.checklists.habits.listed()
    diary.checklists.habits.tick(habits[0].uuid, YESTERDAY)
    factor = diary.checkins.factors()[0]
    diary.checkins.update(
        YESTERDAY, nrs=6, pain=3, sleep="fair", spasms="none", nights_woken=1,
        factors=[factor.uuid],
    )  # fmt: skip
    diary.spasms.log(
        started=datetime(2026, 3, 10, 9, 5, tzinfo=LONDON),
        severity=5,
        duration_s=90,
        note="after the stairs",
    )
    diary.spasms.log(started=datetime(2026, 3, 11, 2, 40, tzinfo=LONDON), severity=2)
    diary.checklists.treatments.add(
        "pump_refill", YESTERDAY, rate="120 µg/day", next_refill=date(2026, 4, 7)
    )
    diary.checklists.effects.note(
        YESTERDAY, ["drowsiness"], "sleepy after lunch", medication_uuid=med.uuid,
        slot_local="2026-03-10 08:00",
    )  # fmt: skip
    player = Player(ROUTINE, clock.monotonic)
    diary.stretches.track(player)
    player.start()
    clock.advance(30)
    player.update()
    player.stop()
    own = {
        "medicine": "Baclofen 10 mg",
        "reason": "felt sick",
        "note": "after the stairs",
        "rate": "120 µg/day",
        "effect": "sleepy after lunch",
        "routine": ROUTINE.name,
    }
    own.update({f"habit {i}": h.name for i, h in enumerate(habits)})
    own["factor"] = factor.name  # a default factor's name: the check-in's vocabulary
    return own


def shown(root: QWidget) -> list[tuple[str, str]]:
    """Return (widget, text) for every text ``unwrapped_texts`` would look at, wrapped or not."""
    found = []
    for line in unwrapped_texts(root):
        widget, _, rest = line.partition(" ")
        found.append((widget, ast.literal_eval(rest.split(": ", 1)[1])))
    return found


def without(text: str, words: list[str]) -> str:
    for word in sorted(words, key=len, reverse=True):
        text = text.replace(word, " ")
    return text


# What the tab shows of other packages, not converted yet: the medicine's amount and a
# treatment's and side effect's names (core/checklists), the window's other tabs' texts.
NOT_OURS = (
    "Baclofen pump refill",
    "Baclofen 10 mg",
    "Baclofen 5 mg",
    "Baclofen",
    "drowsiness",
    "The day",
)


def test_every_text_of_the_history_tab_is_translated(
    pseudo, window: MainWindow, diary: Diary, clock: FakeClock, qtbot
):
    own = fill_yesterday(diary, clock)
    tab = open_history(window, qtbot)
    tab.yesterday_button.click()
    tab.search.field.setText("stairs")
    tab.search.run()
    assert tab.search.hits.count() == 1
    from mslog.ui.widgets.severity import SeverityPicker

    words = [*own.values(), *NOT_OURS, "stairs"]  # and the words searched
    left = [
        line
        for line in unwrapped_texts(tab, skip=(SeverityPicker,))
        if bare(without(line.split(": ", 1)[1], words))
        # The calendar's month is QLocale's name (März in German), no catalogue text.
        and "qt_calendar_monthbutton" not in line
    ]
    assert left == []
    for i in range(tab.search.hits.count()):  # a list's items are no widgets
        assert not bare(without(tab.search.hits.item(i).text(), words))


def test_the_details_dialog_and_what_a_change_says_are_translated(
    pseudo, window: MainWindow, diary: Diary, clock: FakeClock, qtbot
):
    own = fill_yesterday(diary, clock)
    tab = open_history(window, qtbot)
    tab.yesterday_button.click()
    spasm = diary.spasms.between(YESTERDAY, YESTERDAY, diary.day_rule)[0]
    tab.edit_spasm(spasm.uuid)
    assert tab.dialog is not None
    assert not bare(tab.dialog.windowTitle())
    tab.dialog.reject()
    words = [*own.values(), *NOT_OURS]
    (session,) = diary.stretches.recent()  # today's, at 14:30
    for action, entry in (
        ("delete_spasm", spasm.uuid),
        ("remove_session", session),
        ("untick_dose", tab.entries.doses[0]),
        ("remove_effect", (tab.entries.side_effects[0], tab.entries.doses[0])),
    ):
        tab.do(action, entry)
        said = tab.status.text()
        assert not bare(without(said, words)), (action, said)
    tab.open_found_day(YESTERDAY)
    assert not bare(tab.status.text())


def test_the_history_tab_speaks_german(
    german, window: MainWindow, diary: Diary, clock: FakeClock, qtbot
):
    own = fill_yesterday(diary, clock)
    tab = open_history(window, qtbot)
    tab.yesterday_button.click()
    tab.search.field.setText("stairs")
    tab.search.run()
    assert tab.heading.text() == "Gestern · Dienstag, 10. März"
    texts = [text for _, text in shown(tab)]
    texts += [tab.search.hits.item(i).text() for i in range(tab.search.hits.count())]
    words = [*own.values(), *NOT_OURS]
    assert "Nothing was recorded on this day" in english_pieces(CONTEXTS)  # the catalogue is read
    found = [(text, english_left(without(text, words), CONTEXTS)) for text in texts]
    assert [(text, left) for text, left in found if left] == []
    assert "Schlaf: mittel" in " ".join(texts)
    assert "Spasmen · 2" in texts  # 09:05 and 02:40 the night after


def test_the_spasm_log_and_the_note_search_speak_german(german, diary: Diary, clock: FakeClock):
    from mslog.core.errors import ValidationError
    from mslog.core.history import search_notes

    with pytest.raises(ValidationError) as refused:
        diary.spasms.log(severity=11)
    assert refused.value.message == "muss von 0 bis 10 gehen, nicht 11"
    with pytest.raises(ValidationError) as refused:
        diary.spasms.log(started=datetime(2026, 3, 12, 9, 0, tzinfo=LONDON))
    assert "liegt in der Zukunft" in refused.value.message
    fill_yesterday(diary, clock)
    (hit,) = search_notes(diary, "sleepy").hits
    assert hit.excerpt == "Nebenwirkungen: sleepy after lunch"
