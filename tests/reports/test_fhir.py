"""The clinician's file: a FHIR R4 Bundle, checked with a FHIR model library and the diary."""

from __future__ import annotations

import json
import os
import stat
import uuid
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from fhir.resources.R4B import get_fhir_model_class
from fhir.resources.R4B.bundle import Bundle

from mslog.core.diary import Diary
from mslog.core.safety import fhir
from mslog.core.trends import DateRange
from tests.helpers.progress import finished
from tests.helpers.stubs import LONDON
from tests.reports.test_cli_reports import run

SEED = uuid.UUID("00000000-0000-4000-8000-000000000001")
# R4's required value sets for the codes we write (the model library checks structure,
# cardinality and formats, not these codes).
OBSERVATION_STATUS = {"registered", "preliminary", "final", "amended"}
STATEMENT_STATUS = {"active", "completed", "entered-in-error", "intended", "stopped", "on-hold",
                    "unknown", "not-taken"}  # fmt: skip
COMPARATORS = {"<", "<=", ">=", ">"}


def validated(bundle: dict[str, Any]) -> dict[str, Any]:
    """Parse the Bundle and every entry with the FHIR models; return it as plain JSON."""
    text = json.dumps(bundle)
    parsed = Bundle.model_validate_json(text)
    assert parsed.type == "collection"
    for entry, model in zip(bundle["entry"], parsed.entry or [], strict=True):
        resource = entry["resource"]
        cls = get_fhir_model_class(resource["resourceType"])
        cls.model_validate(resource)
        assert type(model.resource) is cls
        assert entry["fullUrl"] == f"urn:uuid:{resource['id']}"
    urls = {entry["fullUrl"] for entry in bundle["entry"]}
    for ref in _references(bundle):
        assert ref in urls, f"{ref} points at nothing in the Bundle"
    return json.loads(text)


def _references(value: Any) -> list[str]:
    if isinstance(value, dict):
        found = [value["reference"]] if isinstance(value.get("reference"), str) else []
        return found + [r for v in value.values() for r in _references(v)]
    if isinstance(value, list):
        return [r for v in value for r in _references(v)]
    return []


def of_type(bundle: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def observations(bundle: dict[str, Any], code: str) -> dict[str, dict[str, Any]]:
    """The Observations with ``code`` by their day."""
    return {
        o["effectiveDateTime"]: o
        for o in of_type(bundle, "Observation")
        if o["code"]["coding"][0]["code"] == code
    }


def spasms_on(diary: Diary, day: date, count: int) -> None:
    for i in range(count):
        diary.spasms.log(started=datetime(day.year, day.month, day.day, 9 + i, tzinfo=LONDON))


@pytest.fixture
def filled(diary: Diary) -> Diary:
    """Spasms, check-ins and a medicine with a dose history around early March 2026."""
    spasms_on(diary, date(2026, 3, 2), 3)  # complete
    spasms_on(diary, date(2026, 3, 3), 2)  # partial: logged, not said complete
    # 4 March: nothing at all (unknown); 5 March: "no spasms" (complete, zero)
    spasms_on(diary, date(2026, 3, 6), 4)  # complete, with an NRS
    checkins = diary.checkins
    heat = checkins.add_factor("Hot weather")
    checkins.update(date(2026, 3, 2), spasms="all_logged", nrs=6, nights_woken=3, sleep="poor",
                    pain=4, factors=[heat.uuid])  # fmt: skip
    checkins.update(date(2026, 3, 5), spasms="none", nrs=2)
    checkins.update(date(2026, 3, 6), spasms="all_logged", nrs=7)
    checkins.update(date(2026, 3, 7), pain=3)  # answers, but no spasm count and no NRS
    meds = diary.checklists.medications
    baclofen = meds.add("Baclofen", times=["08:00", "14:00", "20:00"], amount=10, unit="mg",
                        strength="10 mg tablets", starts=date(2026, 2, 1))  # fmt: skip
    meds.change(baclofen.uuid, effective_from=date(2026, 3, 4), times=["08:00", "14:00", "20:00"],
                amount=15, unit="mg", strength="10 mg tablets")  # fmt: skip
    diazepam = meds.add("Diazepam", times=["22:00"], amount=2, unit="mg", starts=date(2026, 1, 5))
    meds.stop(diazepam.uuid, date(2026, 3, 3))
    meds.add("Sativex", as_needed=True, amount=1, unit="spray", starts=date(2026, 3, 8))
    return diary


def test_the_bundle_and_every_entry_parse_as_fhir(filled: Diary):
    bundle = validated(fhir.build_bundle(filled, seed=SEED))
    assert bundle["resourceType"] == "Bundle"
    kinds = {e["resource"]["resourceType"] for e in bundle["entry"]}
    assert kinds == {
        "Patient",
        "Observation",
        "MedicationStatement",
        "Questionnaire",
        "QuestionnaireResponse",
    }  # fmt: skip
    assert bundle["timestamp"] == "2026-03-11T14:30:00+00:00"
    for o in of_type(bundle, "Observation"):
        assert o["status"] in OBSERVATION_STATUS
        assert o["valueQuantity"].get("comparator", ">=") in COMPARATORS
        assert o["code"]["coding"][0]["system"] == fhir.CODE_SYSTEM  # ours, never a made-up LOINC
    for s in of_type(bundle, "MedicationStatement"):
        assert s["status"] in STATEMENT_STATUS


def test_the_patient_carries_nothing_that_identifies_the_person(filled: Diary):
    (patient,) = of_type(validated(fhir.build_bundle(filled)), "Patient")
    assert set(patient) == {"resourceType", "id"}


def test_the_same_seed_names_the_same_resources_and_a_fresh_one_others(filled: Diary):
    first = fhir.build_bundle(filled, seed=SEED)
    assert fhir.build_bundle(filled, seed=SEED) == first
    other = fhir.build_bundle(filled)
    assert {e["fullUrl"] for e in other["entry"]}.isdisjoint(e["fullUrl"] for e in first["entry"])


def test_daily_spasm_counts_match_the_diary_and_unknown_days_have_none(filled: Diary):
    bundle = validated(fhir.build_bundle(filled, seed=SEED))
    counts = observations(bundle, fhir.SPASM_COUNT)
    assert sorted(counts) == ["2026-03-02", "2026-03-03", "2026-03-05", "2026-03-06"]
    values = {day: o["valueQuantity"] for day, o in counts.items()}
    for quantity in values.values():
        assert (quantity["system"], quantity["code"]) == ("http://unitsofmeasure.org", "{spasms}/d")
    assert values["2026-03-02"]["value"] == 3
    assert "comparator" not in values["2026-03-02"]
    assert values["2026-03-05"]["value"] == 0
    assert "comparator" not in values["2026-03-05"]
    assert values["2026-03-06"]["value"] == 4
    # Logged but not said complete: a lower bound, said so.
    assert values["2026-03-03"] == {**values["2026-03-03"], "value": 2, "comparator": ">="}
    assert "not checked in as complete" in counts["2026-03-03"]["note"][0]["text"]
    # 4 March (nothing logged, no check-in) and 7 March (a check-in silent on spasms) are
    # unknown: no Observation, never a zero.
    assert "2026-03-04" not in counts
    assert "2026-03-07" not in counts


def test_today_s_count_is_preliminary_until_the_day_is_complete(diary: Diary):
    today = diary.today()
    spasms_on(diary, today, 2)
    (count,) = observations(validated(fhir.build_bundle(diary)), fhir.SPASM_COUNT).values()
    assert count["status"] == "preliminary"
    assert count["valueQuantity"]["comparator"] == ">="
    diary.checkins.update(today, spasms="all_logged")
    (count,) = observations(validated(fhir.build_bundle(diary)), fhir.SPASM_COUNT).values()
    assert count["status"] == "final"
    assert "comparator" not in count["valueQuantity"]


def test_counts_agree_with_the_trends_on_a_busier_diary(diary: Diary):
    first = date(2026, 2, 1)
    expected = {}
    for offset in range(28):
        day = first + timedelta(days=offset)
        n = (offset * 7) % 5
        spasms_on(diary, day, n)
        if offset % 3:
            diary.checkins.update(day, spasms="all_logged" if n else "none")
            expected[day.isoformat()] = n
    rng = DateRange(first, first + timedelta(days=27))
    counts = observations(validated(fhir.build_bundle(diary, rng)), fhir.SPASM_COUNT)
    complete = {d: o["valueQuantity"]["value"] for d, o in counts.items()
                if "comparator" not in o["valueQuantity"]}  # fmt: skip
    assert complete == expected
    daily = diary.trends.daily(rng)
    assert sum(o["valueQuantity"]["value"] for o in counts.values()) == sum(daily.count)


def test_daily_nrs_comes_from_the_check_ins_and_points_at_their_answers(filled: Diary):
    bundle = validated(fhir.build_bundle(filled, seed=SEED))
    nrs = observations(bundle, fhir.SPASTICITY_NRS)
    assert {day: o["valueQuantity"]["value"] for day, o in nrs.items()} == {
        "2026-03-02": 6, "2026-03-05": 2, "2026-03-06": 7,
    }  # fmt: skip
    responses = {r["id"]: r for r in of_type(bundle, "QuestionnaireResponse")}
    for o in nrs.values():
        assert o["valueQuantity"]["code"] == "{score}"
        (source,) = o["derivedFrom"]
        answered = responses[source["reference"].removeprefix("urn:uuid:")]
        day = next(i for i in answered["item"] if i["linkId"] == "day")
        assert day["answer"][0]["valueDate"] == o["effectiveDateTime"]


def test_medicines_carry_their_dose_history(filled: Diary):
    bundle = validated(fhir.build_bundle(filled, seed=SEED))
    statements = of_type(bundle, "MedicationStatement")
    by_name: dict[str, list[dict[str, Any]]] = {}
    for s in statements:
        by_name.setdefault(s["medicationCodeableConcept"]["text"], []).append(s)
    old, new = sorted(by_name["Baclofen"], key=lambda s: s["effectivePeriod"]["start"])
    assert old["effectivePeriod"] == {"start": "2026-02-01", "end": "2026-03-03"}
    assert old["status"] == "completed"
    assert old["dosage"][0]["text"] == "10 mg at 08:00, 14:00 and 20:00"
    assert old["dosage"][0]["doseAndRate"] == [{"doseQuantity": {"value": 10, "unit": "mg"}}]
    assert old["dosage"][0]["timing"]["repeat"]["timeOfDay"] == ["08:00:00", "14:00:00",
                                                                 "20:00:00"]  # fmt: skip
    assert {"text": "Strength: 10 mg tablets"} in old["note"]
    assert new["effectivePeriod"] == {"start": "2026-03-04"}
    assert new["status"] == "active"
    assert new["dosage"][0]["text"] == "15 mg at 08:00, 14:00 and 20:00"
    (diazepam,) = by_name["Diazepam"]
    assert diazepam["status"] == "stopped"
    assert diazepam["effectivePeriod"] == {"start": "2026-01-05", "end": "2026-03-02"}
    assert {"text": "Stopped from 2026-03-03"} in diazepam["note"]
    (sativex,) = by_name["Sativex"]
    assert sativex["dosage"][0]["asNeededBoolean"] is True
    assert "timing" not in sativex["dosage"][0]
    assert sativex["dosage"][0]["text"] == "1 spray when needed"


def test_a_dose_starting_after_today_is_intended(filled: Diary):
    meds = filled.checklists.medications
    (baclofen,) = [m for m in meds.all() if m.name == "Baclofen"]
    meds.change(baclofen.uuid, effective_from=date(2026, 3, 20), times=["08:00"], amount=20,
                unit="mg")  # fmt: skip
    rng = DateRange(date(2026, 3, 1), date(2026, 3, 31))
    statements = of_type(validated(fhir.build_bundle(filled, rng)), "MedicationStatement")
    status = {s["effectivePeriod"]["start"]: s["status"] for s in statements
              if s["medicationCodeableConcept"]["text"] == "Baclofen"}  # fmt: skip
    assert status == {"2026-02-01": "completed", "2026-03-04": "active", "2026-03-20": "intended"}


def test_check_in_answers_follow_the_questionnaire(filled: Diary):
    bundle = validated(fhir.build_bundle(filled, seed=SEED))
    (form,) = of_type(bundle, "Questionnaire")
    links = {i["linkId"]: i for i in form["item"]}
    assert {"day", "nrs", "nights_woken", "pain", "sleep", "spasms", "factors"} <= set(links)
    factor_links = {i["linkId"]: i["text"] for i in links["factors"]["item"]}
    assert "Hot weather" in factor_links.values()
    responses = of_type(bundle, "QuestionnaireResponse")
    assert len(responses) == 4  # one per check-in
    by_day = {
        next(i for i in r["item"] if i["linkId"] == "day")["answer"][0]["valueDate"]: r
        for r in responses
    }
    for response in responses:
        assert response["questionnaire"] == form["url"]
        assert response["status"] == "completed"
        for item in response["item"]:
            assert item["linkId"] in links
            if item["linkId"] == "factors":
                assert {i["linkId"] for i in item["item"]} <= set(factor_links)
    answers = {i["linkId"]: i for i in by_day["2026-03-02"]["item"]}
    assert answers["nrs"]["text"] == links["nrs"]["text"]  # the question goes with its answer
    assert answers["nrs"]["answer"] == [{"valueInteger": 6}]
    assert answers["pain"]["answer"] == [{"valueInteger": 4}]
    assert answers["nights_woken"]["answer"][0]["valueCoding"]["code"] == "3-or-more"
    assert answers["sleep"]["answer"][0]["valueCoding"]["code"] == "poor"
    assert answers["spasms"]["answer"][0]["valueCoding"]["code"] == "all-logged"
    ticked = {i["linkId"]: i["answer"][0]["valueBoolean"] for i in answers["factors"]["item"]}
    hot = next(k for k, v in factor_links.items() if v == "Hot weather")
    assert ticked[hot] is True
    assert list(ticked.values()).count(True) == 1  # the others offered that day were not true
    # Options a choice answer uses are the Questionnaire's own.
    codes = {o["valueCoding"]["code"] for o in links["sleep"]["answerOption"]}
    assert codes == {"good", "fair", "poor"}
    # Unanswered questions have no item.
    quiet = {i["linkId"] for i in by_day["2026-03-07"]["item"]}
    assert {"nrs", "spasms", "sleep", "nights_woken"}.isdisjoint(quiet)
    assert "pain" in quiet


def test_a_factor_retired_before_a_day_is_not_answered_for_it(filled: Diary):
    checkins = filled.checkins
    (hot,) = [f for f in checkins.factors() if f.name == "Hot weather"]
    checkins.retire_factor(hot.uuid, date(2026, 3, 5))
    bundle = validated(fhir.build_bundle(filled))
    responses = of_type(bundle, "QuestionnaireResponse")

    def factors_of(day: str) -> set[str]:
        (response,) = [r for r in responses if r["item"][0]["answer"][0]["valueDate"] == day]
        found = [i for i in response["item"] if i["linkId"] == "factors"]
        return {i["linkId"] for i in found[0]["item"]} if found else set()

    assert f"factor-{hot.uuid}" in factors_of("2026-03-02")
    assert f"factor-{hot.uuid}" not in factors_of("2026-03-06")


def test_a_range_keeps_only_its_days_and_the_doses_in_force(filled: Diary):
    rng = DateRange(date(2026, 3, 4), date(2026, 3, 6))
    bundle = validated(fhir.build_bundle(filled, rng))
    assert sorted(observations(bundle, fhir.SPASM_COUNT)) == ["2026-03-05", "2026-03-06"]
    assert sorted(observations(bundle, fhir.SPASTICITY_NRS)) == ["2026-03-05", "2026-03-06"]
    assert len(of_type(bundle, "QuestionnaireResponse")) == 2
    starts = {(s["medicationCodeableConcept"]["text"], s["effectivePeriod"]["start"])
              for s in of_type(bundle, "MedicationStatement")}  # fmt: skip
    # Diazepam stopped before the range; Sativex starts after it; Baclofen's first dose ended.
    assert starts == {("Baclofen", "2026-03-04")}


def test_an_empty_diary_still_makes_a_valid_bundle(diary: Diary):
    bundle = validated(fhir.build_bundle(diary))
    assert [e["resource"]["resourceType"] for e in bundle["entry"]] == ["Patient", "Questionnaire"]


def test_treatment_events_are_procedures(filled: Diary):
    treatments = filled.checklists.treatments
    treatments.add("botulinum_toxin", date(2026, 2, 20), sites="left calf, right calf")
    treatments.add("pump_refill", date(2026, 3, 3), rate="110 µg/day",
                   next_refill=date(2026, 4, 28), note="Went well")  # fmt: skip
    treatments.add("other", date(2026, 3, 6), name="Hydrotherapy")
    rng = DateRange(date(2026, 3, 1), date(2026, 3, 11))
    procedures = of_type(validated(fhir.build_bundle(filled, rng)), "Procedure")
    by_day = {p["performedDateTime"]: p for p in procedures}
    assert sorted(by_day) == ["2026-03-03", "2026-03-06"]  # the injection is before the range
    refill = by_day["2026-03-03"]
    assert refill["status"] == "completed"
    coding = refill["code"]["coding"][0]
    assert coding["system"] == fhir.CODE_SYSTEM
    assert (coding["code"], coding["display"]) == ("treatment-pump-refill", "Baclofen pump refill")
    notes = [n["text"] for n in refill["note"]]
    assert notes == ["New rate: 110 µg/day", "Next refill due 2026-04-28", "Went well"]
    assert by_day["2026-03-06"]["code"]["text"] == "Hydrotherapy"
    everything = of_type(validated(fhir.build_bundle(filled)), "Procedure")
    (injection,) = [p for p in everything if p["performedDateTime"] == "2026-02-20"]
    assert injection["bodySite"] == [{"text": "left calf, right calf"}]
    assert injection["code"]["coding"][0]["code"] == "treatment-botulinum-toxin"


def test_the_whole_diary_starts_at_its_first_treatment(diary: Diary):
    diary.checklists.treatments.add("physiotherapy", date(2025, 11, 2))
    assert fhir.whole_diary(diary).first == date(2025, 11, 2)
    (procedure,) = of_type(validated(fhir.build_bundle(diary)), "Procedure")
    assert procedure["code"]["text"] == "Physiotherapy session"


# --- the command line -------------------------------------------------------------------


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_cli_writes_a_private_fhir_file_for_a_range(filled: Diary, clock, data_dir, tmp_path):
    filled.close()
    out = tmp_path / "clinic.json"
    code, said, err = run(["export", "--format", "fhir", "--from", "2026-03-05", "--to",
                           "2026-03-06", "--out", str(out)], clock, data_dir)  # fmt: skip
    assert (code, err) == (0, "")
    assert said == f"Saved {out}\n"
    assert _mode(out) == 0o600
    bundle = validated(json.loads(out.read_text("utf-8")))
    assert sorted(observations(bundle, fhir.SPASM_COUNT)) == ["2026-03-05", "2026-03-06"]


def test_cli_prints_the_whole_diary_without_a_range(filled: Diary, clock, data_dir):
    filled.close()
    code, said, err = run(["export", "--format", "fhir"], clock, data_dir)
    assert (code, err) == (0, "")
    bundle = validated(json.loads(said))
    # The whole diary begins with its first entry of any kind, not its first spasm.
    starts = {s["effectivePeriod"]["start"] for s in of_type(bundle, "MedicationStatement")}
    assert "2026-01-05" in starts
    assert len(of_type(bundle, "QuestionnaireResponse")) == 4


def test_cli_to_alone_runs_from_the_first_entry(filled: Diary, clock, data_dir):
    filled.close()
    code, said, _ = run(["export", "--format", "fhir", "--to", "2026-03-03"], clock, data_dir)
    assert code == 0
    bundle = validated(json.loads(said))
    assert sorted(observations(bundle, fhir.SPASM_COUNT)) == ["2026-03-02", "2026-03-03"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "March"], "--from"),
        (["--from", "2026-03-06", "--to", "2026-03-01"], "--from: the first day is after"),
        (["--out", "/no/such/folder/x.json"], "--out: the folder"),
    ],
)
def test_cli_bad_input_is_one_line_and_exit_2(diary: Diary, clock, data_dir, args, message):
    diary.close()
    code, said, err = run(["export", "--format", "fhir", *args], clock, data_dir)
    assert code == 2
    assert said == ""
    assert err.count("\n") == 1
    assert message in err


# --- the window ---------------------------------------------------------------------------


def test_the_export_dialog_saves_the_clinician_file_for_the_chosen_days(
    qtbot, filled: Diary, tmp_path
):
    from PySide6.QtCore import QDate, Qt
    from PySide6.QtWidgets import QFileDialog

    from mslog.ui.trends.export_dialog import ExportDialog

    dialog = ExportDialog(filled)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.first.isHidden()
    dialog.fhir_range.setFocus()
    while dialog.fhir_range.currentData() != "custom":
        qtbot.keyClick(dialog.fhir_range, Qt.Key.Key_Down)
    assert dialog.first.isVisible()
    assert dialog.last.isVisible()
    dialog.first.setDate(QDate(2026, 3, 2))
    dialog.last.setDate(QDate(2026, 3, 3))
    qtbot.mouseClick(dialog.fhir_button, Qt.MouseButton.LeftButton)
    chooser = dialog.file_dialog
    assert isinstance(chooser, QFileDialog)
    target = tmp_path / "for clinic"
    chooser.selectFile(str(target))
    with qtbot.waitSignal(chooser.fileSelected):
        chooser.accept()
    finished(qtbot, dialog.task)
    saved = tmp_path / "for clinic.json"
    assert "Saved" in dialog.status.text()
    assert str(saved) in dialog.status.text()
    assert _mode(saved) == 0o600
    bundle = validated(json.loads(saved.read_text("utf-8")))
    assert sorted(observations(bundle, fhir.SPASM_COUNT)) == ["2026-03-02", "2026-03-03"]


def test_the_dialog_offers_the_report_ranges(qtbot, filled: Diary):
    from mslog.ui.trends.export_dialog import ExportDialog

    dialog = ExportDialog(filled)
    qtbot.addWidget(dialog)
    assert dialog.fhir_range.currentData() == "since_appointment"
    dialog.fhir_range.setCurrentIndex(dialog.fhir_range.findData("all"))
    assert dialog.chosen_range() == DateRange(date(2026, 1, 5), date(2026, 3, 11))
    dialog.fhir_range.setCurrentIndex(dialog.fhir_range.findData("7"))
    assert dialog.chosen_range() == DateRange(date(2026, 3, 5), date(2026, 3, 11))


def test_a_stored_name_that_is_not_text_is_exported_replaced_and_said(
    qtbot, filled: Diary, tmp_path, clock, data_dir
):
    from mslog.ui.trends.export_dialog import ExportDialog

    filled.db.execute_sql(
        "UPDATE medication SET name = CAST(x'426163e9' AS TEXT) WHERE name = 'Baclofen'"
    )
    dialog = ExportDialog(filled)
    qtbot.addWidget(dialog)
    saved = finished(qtbot, dialog.export_fhir(tmp_path / "clinic.json"))
    assert saved is not None
    assert "1 value in your diary is not valid text" in dialog.status.text()
    bundle = validated(json.loads(saved.read_text("utf-8")))
    names = {s["medicationCodeableConcept"]["text"] for s in of_type(bundle, "MedicationStatement")}
    assert "Bac\ufffd" in names
    filled.close()
    code, said, err = run(["export", "--format", "fhir"], clock, data_dir)
    assert code == 0
    assert "not valid text" in err
    assert "Bac\ufffd" in said
