"""A diary round-trips between languages unchanged (issue 18).

The diary stores keys, never the labels a person reads, and its exchange files (CSV, the
JSON copy, the FHIR Bundle) hold keys, English words, "." decimals and ISO dates whatever
language MSLog is shown in. So the same diary gives byte-for-byte the same files in a
German and an English run, a German run's JSON copy imported in English exports the same
again, and a diary made through German words opens in English with the same entries.
"""

from __future__ import annotations

import csv
import io
import json
import re
import uuid as uuidlib
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from mslog.cli import main
from mslog.core import vocab
from mslog.core.checklists.treatments import (
    BOTULINUM_TOXIN,
    OTHER,
    PHYSIOTHERAPY,
    PUMP_CHANGE,
    PUMP_REFILL,
)
from mslog.core.diary import Diary
from mslog.core.i18n import translate
from mslog.core.routines.library import RoutineLibrary
from mslog.core.routines.player import Outcome, SessionResult, StepRecord
from mslog.core.safety import export, fhir
from mslog.core.spasms.log import Spasm
from mslog.platform.assets import resource_path
from tests.helpers.language import speak
from tests.helpers.stubs import LONDON, FakeClock

SEED = uuidlib.UUID("00000000-0000-4000-8000-000000000018")
NOW = datetime(2026, 3, 11, 14, 30)
_UUID = re.compile(r"\b[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}\b")
SOFT_HYPHEN = "\u00ad"


@pytest.fixture
def fixed_fhir_names(monkeypatch: pytest.MonkeyPatch) -> None:
    """Name the Bundle's resources from one seed (an export names them afresh each time)."""
    real = fhir.build_bundle
    monkeypatch.setattr(
        fhir, "build_bundle", lambda diary, rng=None, seed=None: real(diary, rng, seed=SEED)
    )


@pytest.fixture
def english_after(qapp) -> Iterator[None]:
    """Speak English again once the test is done, whichever language it ended in."""
    yield
    speak(qapp, "en")


def picked(key: str, vocabulary: list[tuple[str, str]]) -> str:
    """The key the window stores when the person picks ``key``'s label as it is shown."""
    shown = dict(vocab.translated(vocabulary))[key]
    found = vocab.lookup_key(shown, vocabulary)
    assert found == key, (shown, found)
    return found


def fill(diary: Diary, clock: FakeClock, routines: Path) -> None:
    """Every kind of entry, picked from what the language shown offers, as the window does."""
    types, places, triggers = vocab.SPASM_TYPES, vocab.LOCATIONS, vocab.TRIGGERS

    def at(day: int, hour: int, minute: int = 0) -> datetime:
        return datetime(2026, 3, day, hour, minute, tzinfo=LONDON)

    log = diary.spasms.log
    log(started=at(2, 9), severity=6, kind=picked("extensor", types),
        locations=[picked("left_calf", places), picked("right_calf", places)],
        triggers=[picked("heat", triggers), "Treppe, müde"], duration_s=90,
        note="Nach dem Duschen; 1,5 h später wieder")  # fmt: skip
    log(started=at(2, 21, 15), severity=3, kind=picked("flexor", types),
        locations=[picked("back", places)],
        triggers=[picked("full_bladder", triggers)])  # fmt: skip
    log(started=at(3, 2, 40), severity=8, kind=picked("clonus", types),
        locations=[picked("left_foot", places)], note="-5 and rising")  # fmt: skip
    log(started=at(4, 12), kind=picked("cramp", types), triggers=[picked("waking", triggers)])
    log(started=at(6, 8), kind=picked("other", types), severity=1)
    log(started=at(6, 18))

    checkins = diary.checkins
    shown_heat = translate("checkin", "Hot weather or overheating")
    heat = next(f for f in checkins.factors() if f.label == shown_heat)
    own = checkins.add_factor("Zu wenig getrunken")
    checkins.update(date(2026, 3, 2), spasms="all_logged", nrs=6, nights_woken=3, sleep="poor",
                    pain=4, factors=[heat.uuid, own.uuid])  # fmt: skip
    checkins.update(date(2026, 3, 5), spasms="none", nrs=2, sleep="good", nights_woken=0)
    checkins.update(date(2026, 3, 6), nrs=7, nights_woken=1, factors=[own.uuid])
    checkins.retire_factor(own.uuid, date(2026, 3, 8))
    checkins.update(date(2026, 3, 9), spasms="all_logged", sleep="fair")
    diary.self_ratings.answer(date(2026, 3, 3), penn_frequency=2, penn_severity=1, snow=3)

    c = diary.checklists
    meds = c.medications
    baclofen = meds.add("Baclofen", times=["08:00", "14:00", "20:00"], amount=10, unit="mg",
                        strength="10 mg tablets", starts=date(2026, 2, 1))  # fmt: skip
    meds.change(baclofen.uuid, effective_from=date(2026, 3, 4), times=["08:00", "14:00", "20:00"],
                amount=12.5, unit="mg", strength="10 mg tablets",
                time_amounts={"20:00": 17.5})  # fmt: skip
    tizanidine = meds.add("Tizanidin", times=["22:00"], amount=1.5, unit="Tabletten",
                          starts=date(2026, 3, 1), time_amounts=None)  # fmt: skip
    meds.stop(tizanidine.uuid, date(2026, 3, 8))
    sativex = meds.add(
        "Sativex", as_needed=True, amount=1, unit="Sprühstoß", starts=date(2026, 3, 1)
    )
    doses = c.doses
    doses.mark_taken(baclofen.uuid, doses.slot_local(date(2026, 3, 10), "08:00"), at(10, 8, 5))
    doses.mark_skipped(baclofen.uuid, doses.slot_local(date(2026, 3, 9), "08:00"), "vergessen")
    doses.mark_taken(tizanidine.uuid, doses.slot_local(date(2026, 3, 2), "22:00"), at(2, 22))
    doses.log_as_needed(sativex.uuid, at(9, 20), amount=2.5)

    habits = c.habits
    first = habits.listed()[0]
    habits.tick(first.uuid, date(2026, 3, 9))
    bottle = habits.add("Wärmflasche")
    habits.tick(bottle.uuid, date(2026, 3, 10))

    library = RoutineLibrary(resource_path(), routines)
    routine = library.routines()[0]
    clock.set(datetime(2026, 3, 10, 9, 0))
    session = diary.stretches.begin(routine)
    records = tuple(StepRecord(i, "completed") for i in range(len(routine.steps)))
    clock.set(datetime(2026, 3, 10, 9, 6))
    diary.stretches.finish(session, SessionResult(routine, Outcome.COMPLETED, 330.5, records))
    clock.set(datetime(2026, 3, 10, 19, 0))
    stopped = diary.stretches.begin(routine)
    skipped = (StepRecord(0, "skipped", "pain"),)
    diary.stretches.finish(stopped, SessionResult(routine, Outcome.STOPPED, 42.0, skipped))
    clock.set(NOW)

    t = c.treatments
    t.add(BOTULINUM_TOXIN, date(2026, 3, 2), sites="Wade links, Oberschenkel")
    t.add(PUMP_REFILL, date(2026, 3, 5), rate="150 µg/Tag", next_refill=date(2026, 4, 2))
    t.add(PUMP_CHANGE, date(2026, 3, 6), rate="175 µg/Tag", note="Neue Rate")
    t.add(PHYSIOTHERAPY, date(2026, 3, 9), note="Dehnen der Waden")
    t.add(OTHER, date(2026, 3, 10), name="Akupunktur")
    diary.appointments.add(date(2026, 3, 20), "Dr. Weiß", "Befund mitbringen")
    diary.appointments.set_questions("Dosis Baclofen?")


def exports(diary: Diary, folder: Path) -> dict[str, bytes]:
    """Every exchange file of the whole diary, by name: the JSON copy, the CSV files, FHIR."""
    folder.mkdir()
    files = [export.write_json(diary.db, folder / "diary.json", diary.clock.now())]
    files += export.write_csv(diary.db, diary.day_rule, folder / "spasms.csv")
    files.append(fhir.write_fhir(diary, folder / "diary.fhir.json"))
    return {path.name: path.read_bytes() for path in files}


def masked(data: bytes) -> Any:
    """A JSON file with each uuid named by where it first appears (new ones are random)."""
    names: dict[str, str] = {}
    text = _UUID.sub(lambda m: names.setdefault(m.group(), f"uuid-{len(names)}"), data.decode())
    return json.loads(text)


def rows(text: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text.decode("utf-8-sig"))))


def all_spasms(diary: Diary) -> list[Spasm]:
    return diary.spasms.between(date(2026, 3, 1), date(2026, 3, 11), diary.day_rule)


@pytest.fixture
def filled(diary: Diary, clock: FakeClock, tmp_path: Path) -> Diary:
    fill(diary, clock, tmp_path / "routines")
    return diary


def test_the_same_diary_exports_the_same_files_in_german_and_english(
    qapp, filled: Diary, tmp_path: Path, fixed_fhir_names: None, english_after: None
):
    speak(qapp, "de")
    assert vocab.type_label("extensor", short=True) != "Extensor"  # German is spoken
    in_german = exports(filled, tmp_path / "de")
    speak(qapp, "en")
    in_english = exports(filled, tmp_path / "en")

    assert sorted(in_german) == sorted(in_english) == [
        "diary.fhir.json", "diary.json", "spasms-checkins.csv", "spasms-doses.csv",
        "spasms-habits.csv", "spasms-medications.csv", "spasms-self_ratings.csv",
        "spasms-stretch_sessions.csv", "spasms.csv",
    ]  # fmt: skip
    for name, data in in_english.items():
        assert in_german[name] == data, name
        assert SOFT_HYPHEN not in data.decode("utf-8-sig"), name
    spasms = rows(in_english["spasms.csv"])
    assert [row[4:7] for row in spasms[1:3]] == [
        ["Extensor", "Left calf; Right calf", "Heat; Treppe, müde"],
        ["Flexor", "Back", "Full bladder"],
    ]
    assert [row[4] for row in spasms[3:]] == ["Clonus", "Cramp", "Other", ""]
    bundle = json.loads(in_english["diary.fhir.json"])
    texts = [
        dosage["text"]
        for entry in bundle["entry"]
        if entry["resource"]["resourceType"] == "MedicationStatement"
        for dosage in entry["resource"]["dosage"]
    ]
    assert "12.5 mg at 08:00, 14:00 and 20:00" in texts
    assert "1.5 Tabletten at 22:00" in texts
    procedures = [
        e["resource"]["code"]["text"]
        for e in bundle["entry"]
        if e["resource"]["resourceType"] == "Procedure"
    ]
    assert "Botulinum toxin injection" in procedures
    assert "Akupunktur" in procedures


def test_a_german_runs_json_copy_imported_in_english_exports_the_same(
    qapp, filled: Diary, tmp_path: Path, fixed_fhir_names: None, english_after: None
):
    speak(qapp, "de")
    in_german = exports(filled, tmp_path / "de")
    speak(qapp, "en")
    with Diary(tmp_path / "new", clock=FakeClock(NOW)) as fresh:
        report = fresh.safety.import_file(tmp_path / "de" / "diary.json")
        assert report.entries_added
        again = exports(fresh, tmp_path / "again")
    assert sorted(again) == sorted(in_german)
    # The new diary's own built-in habits and day factors take the file's entries in (same
    # keys), keeping their uuids: the files are the same but for those.
    for name, data in in_german.items():
        if name.endswith(".json"):
            assert masked(again[name]) == masked(data), name
        else:
            assert again[name] == data, name


def test_a_diary_made_in_german_opens_in_english_with_the_same_entries(
    qapp, clock: FakeClock, tmp_path: Path, english_after: None
):
    speak(qapp, "de")
    with Diary(tmp_path / "german", clock=clock) as german:  # made (and seeded) in German
        fill(german, clock, tmp_path / "routines-de")
        shown_in_german = [vocab.type_label(s.kind or "") for s in all_spasms(german)]
    speak(qapp, "en")
    with Diary(tmp_path / "english", clock=FakeClock(NOW)) as english:
        fill(english, english.clock, tmp_path / "routines-en")  # type: ignore[arg-type]
        made_in_english = masked(exports(english, tmp_path / "en")["diary.json"])["tables"]
    with Diary(tmp_path / "german", clock=FakeClock(NOW)) as reopened:
        made_in_german = masked(exports(reopened, tmp_path / "de")["diary.json"])["tables"]
        spasms = all_spasms(reopened)
        assert [s.kind for s in spasms] == ["extensor", "flexor", "clonus", "cramp", "other", None]
        assert [vocab.type_label(s.kind or "") for s in spasms] != shown_in_german
        assert "Heat" in [vocab.trigger_label(t) for s in spasms for t in s.triggers]
        assert "Hot weather or overheating" in [f.label for f in reopened.checkins.factors()]
    assert made_in_german == made_in_english


def test_the_command_line_exports_the_same_in_german_and_english(
    filled: Diary, data_dir: Path, clock: FakeClock, tmp_path: Path, fixed_fhir_names: None
):
    filled.close()
    outputs = {}
    for language in ("de", "en"):
        for kind in ("csv", "json", "fhir"):
            out, err = io.StringIO(), io.StringIO()
            code = main(
                ["export", "--format", kind, "--data-dir", str(data_dir)],
                clock=clock, stdout=out, stderr=err, environ={"MSLOG_LANGUAGE": language},
            )  # fmt: skip
            assert (code, err.getvalue()) == (0, "")
            outputs[language, kind] = out.getvalue()
    for kind in ("csv", "json", "fhir"):
        assert outputs["de", kind] == outputs["en", kind], kind
    assert "Extensor" in outputs["de", "csv"]


def test_a_spasm_logged_in_the_german_window_reads_the_same_in_english(
    qapp, qtbot, diary: Diary, data_dir: Path, clock: FakeClock, english_after: None
):
    from mslog.ui.main_window import MainWindow

    speak(qapp, "de")
    window = MainWindow(diary)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    tab = window.log_tab
    tab.log_button.click()
    details = tab.details
    details.severity.button(6).click()
    details.kind.button("extensor").click()
    details.locations.button("left_calf").click()
    details.triggers.button("heat").click()
    typed = translate("vocab", "Cold")  # a built-in trigger typed in German
    assert typed != "Cold"
    details.own_trigger.setText(typed)
    details.add_trigger_button.click()
    details.note.setPlainText("Nachts, 1,5 h")
    uuid = details.uuid()
    assert uuid is not None
    qtbot.waitUntil(lambda: diary.spasms.get(uuid).note == "Nachts, 1,5 h", timeout=3000)
    window.close()

    speak(qapp, "en")
    with Diary(data_dir, clock=clock) as reopened:
        spasm = reopened.spasms.get(uuid)
        assert (spasm.kind, spasm.locations, spasm.triggers) == (
            "extensor", ("left_calf",), ("heat", "cold"),
        )  # fmt: skip
        assert vocab.type_label(spasm.kind or "", short=True) == "Extensor"
        row = rows(export.csv_files(reopened.db, reopened.day_rule)["spasms.csv"].encode())[1]
    assert row[3:] == ["6", "Extensor", "Left calf", "Heat; Cold", "", "Nachts, 1,5 h"]
