"""The clinician's file: a range of the diary as one HL7 FHIR R4 Bundle (JSON, no FHIR library).

What the Bundle holds
=====================

One ``Bundle`` of type ``collection`` (JSON), whose entries are named ``urn:uuid:...``:

* one ``Patient`` with no details at all (MSLog stores no name, birth date or address;
  R4 makes a MedicationStatement and a Procedure name whom they are about);
* ``Observation`` "spasms logged in the diary day": one per day that has data, its
  ``valueQuantity`` in UCUM ``{spasms}/d``. A complete day (the check-in says every spasm
  was logged, or that there were none) carries the exact count, zero included; a day with
  spasms logged but not said complete carries the count with the comparator ``>=`` (at
  least this many; ``preliminary`` while it is today). A day with nothing logged and no
  check-in saying so has no Observation: it is unknown, never zero;
* ``Observation`` "spasticity over the past 24 hours" (the check-in's 0-10 rating, the
  daily NRS): one per check-in that gives it, UCUM ``{score}``, derived from that day's
  QuestionnaireResponse;
* ``MedicationStatement``: one per version of each medicine's schedule in force at any
  time in the range, with its ``effectivePeriod`` (the last day is the day before the next
  version), the dosage as text and as timing (times of day, or as needed) and a status:
  ``active`` (in force today), ``completed`` (followed by a changed dose), ``stopped``
  (followed by a stop) or ``intended`` (starts after today);
* ``Procedure``: one per treatment event of the range (injections, pump refills and dose
  changes, physiotherapy, other): the day, the sites of an injection, a pump's new rate
  and next refill, the note;
* ``Questionnaire``: the daily check-in's questions, day factors included;
  ``QuestionnaireResponse``: one per check-in of the range, with the answers given (an
  unanswered question has no item; a day factor offered that day and not ticked is
  ``false``).

Codes: none of these measures has a LOINC code, so the Observations use MSLog's own code
system :data:`CODE_SYSTEM`, with the ``survey`` category of HL7's observation-category
system; units are UCUM. Days are diary days (``effectiveDateTime`` is the date alone).

Language: every display text MSLog writes (codes' names, questions and answers, notes,
dosages, treatment kinds) is English with "." decimals, whatever language MSLog is
shown in, so the same diary gives the same file in every language; what the person wrote
(medicine names, notes, their own day factors) is in their words. The Bundle states no
``language``: those words of the person's may be in any.
"""

from __future__ import annotations

import json
import uuid as uuidlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mslog.core.checkin import CheckIn
from mslog.core.checklists.model import Medication, MedicationVersion
from mslog.core.checklists.treatments import KINDS, OTHER, Treatment
from mslog.core.trends import DateRange, day_number
from mslog.core.trends.coverage import coverage
from mslog.platform.files import write_atomically

if TYPE_CHECKING:
    from mslog.core.checkin.factors import DayFactor
    from mslog.core.diary import Diary

BASE = "https://mslog.example/fhir"
CODE_SYSTEM = f"{BASE}/CodeSystem/mslog"
ANSWER_SYSTEM = f"{BASE}/CodeSystem/mslog-checkin-answer"
QUESTIONNAIRE_URL = f"{BASE}/Questionnaire/daily-checkin"
UCUM = "http://unitsofmeasure.org"
CATEGORY_SYSTEM = "http://terminology.hl7.org/CodeSystem/observation-category"
SPASM_COUNT = "daily-spasm-count"
SPASTICITY_NRS = "daily-spasticity-nrs"
CODE_NAMES = {
    SPASM_COUNT: "Spasms logged in the diary day",
    SPASTICITY_NRS: "Spasticity over the past 24 hours, 0 (none) to 10 (worst possible)",
}
NIGHTS = [("0", "Not woken by spasms"), ("1", "Woken once"), ("2", "Woken twice"),
          ("3-or-more", "Woken 3 or more times")]  # fmt: skip
SLEEP = [("good", "Good"), ("fair", "Fair"), ("poor", "Poor")]
SPASMS_SAID = [("all-logged", "Every spasm is in the log"), ("none", "No spasms")]
_SPASMS_CODE = {"all_logged": "all-logged", "none": "none"}


@dataclass(frozen=True)
class _Ids:
    """Names every resource of one export: ``urn:uuid:`` names derived from one seed."""

    seed: uuidlib.UUID

    def __call__(self, key: str) -> str:
        return str(uuidlib.uuid5(self.seed, key))


def _entry(resource: dict[str, Any]) -> dict[str, Any]:
    return {"fullUrl": f"urn:uuid:{resource['id']}", "resource": resource}


def _ref(resource_id: str) -> dict[str, str]:
    return {"reference": f"urn:uuid:{resource_id}"}


def _code(code: str) -> dict[str, Any]:
    return {
        "coding": [{"system": CODE_SYSTEM, "code": code, "display": CODE_NAMES[code]}],
        "text": CODE_NAMES[code],
    }


_SURVEY = [
    {
        "coding": [{"system": CATEGORY_SYSTEM, "code": "survey", "display": "Survey"}],
        "text": "Reported by the person",
    }
]


def _observation(
    ids: _Ids, patient: str, code: str, day: date, value: dict[str, Any], note: str
) -> dict[str, Any]:
    return {
        "resourceType": "Observation",
        "id": ids(f"{code}/{day.isoformat()}"),
        "status": "final",
        "category": _SURVEY,
        "code": _code(code),
        "subject": _ref(patient),
        "effectiveDateTime": day.isoformat(),
        "performer": [_ref(patient)],
        "valueQuantity": value,
        "note": [{"text": note}],
    }


def spasm_count_observations(
    diary: Diary, rng: DateRange, ids: _Ids, patient: str
) -> list[dict[str, Any]]:
    """Return one Observation per day of ``rng`` whose spasm count is known, at least in part.

    A complete day gives its exact count (zero included); a day with spasms logged but
    not said complete gives the count as a lower bound (``>=``); other days give none.
    """
    today = diary.today()
    last = min(rng.last, today)
    if last < rng.first:
        return []
    shown = DateRange(rng.first, last)
    daily = diary.trends.daily(shown)
    checkins = diary.checkins.between(shown.first, shown.last)
    cover = coverage(shown, today, daily, checkins)
    counts = dict(zip(daily.day, daily.count, strict=True))
    out = []
    for offset in range(shown.days):
        day = shown.first + timedelta(days=offset)
        number = day_number(day)
        count = counts.get(number, 0)
        value: dict[str, Any] = {
            "value": count, "unit": "spasms per day", "system": UCUM, "code": "{spasms}/d",
        }  # fmt: skip
        if number in cover.complete:
            note = "Every spasm of the day is in the diary (the day's check-in says so)."
        elif count:
            value = {"comparator": ">=", **value}
            note = "At least this many: the day was not checked in as complete."
        else:
            continue
        resource = _observation(ids, patient, SPASM_COUNT, day, value, note)
        if day == today and number not in cover.complete:
            resource["status"] = "preliminary"  # today may bring more
        out.append(resource)
    return out


def nrs_observations(checkins: Iterable[CheckIn], ids: _Ids, patient: str) -> list[dict[str, Any]]:
    """Return one Observation per check-in that rates spasticity (the daily 0-10 NRS)."""
    out = []
    for checkin in checkins:
        if checkin.nrs is None:
            continue
        value = {"value": checkin.nrs, "unit": "score", "system": UCUM, "code": "{score}"}
        resource = _observation(
            ids, patient, SPASTICITY_NRS, checkin.day, value,
            "Rated by the person in the day's check-in.",
        )  # fmt: skip
        resource["derivedFrom"] = [_ref(ids(f"checkin/{checkin.uuid}"))]
        resource["referenceRange"] = [
            {"low": {"value": 0, "unit": "score", "system": UCUM, "code": "{score}"},
             "high": {"value": 10, "unit": "score", "system": UCUM, "code": "{score}"},
             "text": "0 no spasticity, 10 worst possible"}
        ]  # fmt: skip
        out.append(resource)
    return out


def _number(value: float) -> str:
    """Return an amount as FHIR's texts write it: "10", "1.5" (a point in every language)."""
    plain = f"{value:g}"
    if "e" not in plain:
        return plain
    return f"{round(value, 6) + 0.0:.6f}"  # as the diary shows a tiny or huge amount


def _dose(version: MedicationVersion) -> str:
    """Return the amount of a dose ("10 mg", "1.5 tablets"), or the strength when none is given.

    :meth:`MedicationVersion.dose_text` writes the number the way of the language shown
    (German "1,5"); the file is the same in every language.
    """
    if version.amount is None:
        return version.unit or version.strength
    return f"{_number(version.amount)} {version.unit}".strip()


def dosage_text(version: MedicationVersion) -> str:
    """Return a version's dosage in words: "10 mg at 08:00, 14:00 and 20:00", "when needed".

    In English whatever the language shown, as every display text of the Bundle.
    """
    dose = _dose(version)
    if version.as_needed:
        return f"{dose} when needed".strip() if dose else "When needed"
    times = list(version.times)
    if not times:
        return dose or "No times given"
    when = times[0] if len(times) == 1 else ", ".join(times[:-1]) + f" and {times[-1]}"
    return f"{dose} at {when}".strip() if dose else f"At {when}"


def _dosage(version: MedicationVersion) -> dict[str, Any]:
    dosage: dict[str, Any] = {"text": dosage_text(version)}
    if version.as_needed:
        dosage["asNeededBoolean"] = True
    elif version.times:
        dosage["timing"] = {
            "repeat": {
                "frequency": len(version.times),
                "period": 1,
                "periodUnit": "d",
                "timeOfDay": [f"{t}:00" for t in version.times],
            }
        }
    if version.amount is not None:
        quantity: dict[str, Any] = {"value": version.amount}
        if version.unit:
            quantity["unit"] = version.unit
        dosage["doseAndRate"] = [{"doseQuantity": quantity}]
    return dosage


def medication_statements(
    medications: Iterable[Medication], rng: DateRange, today: date, ids: _Ids, patient: str
) -> list[dict[str, Any]]:
    """Return one MedicationStatement per version of a schedule in force during ``rng``.

    Each carries the whole period of its version (not cut to the range), so a clinician
    sees when a dose began and ended; a stop is the end of the version before it.
    """
    out = []
    for medication in medications:
        versions = medication.effective_versions()
        for index, version in enumerate(versions):
            if not version.active:
                continue
            following = versions[index + 1] if index + 1 < len(versions) else None
            end = following.effective_from - timedelta(days=1) if following else None
            if version.effective_from > rng.last or (end is not None and end < rng.first):
                continue
            if version.effective_from > today:
                status = "intended"
            elif following is None or following.effective_from > today:
                status = "active"
            else:
                status = "completed" if following.active else "stopped"
            period = {"start": version.effective_from.isoformat()}
            if end is not None:
                period["end"] = end.isoformat()
            resource: dict[str, Any] = {
                "resourceType": "MedicationStatement",
                "id": ids(f"medication/{medication.uuid}/{version.effective_from.isoformat()}"),
                "status": status,
                "medicationCodeableConcept": {"text": medication.name},
                "subject": _ref(patient),
                "effectivePeriod": period,
                "informationSource": _ref(patient),
                "dosage": [_dosage(version)],
            }
            notes = []
            if version.strength:
                notes.append(f"Strength: {version.strength}")
            if following is not None and not following.active:
                notes.append(f"Stopped from {following.effective_from.isoformat()}")
            if notes:
                resource["note"] = [{"text": text} for text in notes]
            out.append(resource)
    return out


def treatment_procedures(
    treatments: Iterable[Treatment], ids: _Ids, patient: str
) -> list[dict[str, Any]]:
    """Return one Procedure per treatment event: injection, pump refill or change, physio, other.

    The code is MSLog's own for the kind (none of these is given a SNOMED or other code the
    person did not choose); an "other" treatment is named in the code's text.
    """
    out = []
    for treatment in treatments:
        notes = []
        if treatment.rate:
            notes.append(f"New rate: {treatment.rate}")
        if treatment.next_refill is not None:
            notes.append(f"Next refill due {treatment.next_refill.isoformat()}")
        if treatment.note:
            notes.append(treatment.note)
        code = f"treatment-{treatment.kind.replace('_', '-')}"
        resource: dict[str, Any] = {
            "resourceType": "Procedure",
            "id": ids(f"treatment/{treatment.uuid}"),
            "status": "completed",
            "code": {
                "coding": [{"system": CODE_SYSTEM, "code": code, "display": KINDS[treatment.kind]}],
                "text": treatment.name if treatment.kind == OTHER else KINDS[treatment.kind],
            },
            "subject": _ref(patient),
            "performedDateTime": treatment.day.isoformat(),
            "asserter": _ref(patient),
        }
        if treatment.sites:
            resource["bodySite"] = [{"text": treatment.sites}]
        if notes:
            resource["note"] = [{"text": text} for text in notes]
        out.append(resource)
    return out


def questionnaire(factors: Iterable[DayFactor], ids: _Ids) -> dict[str, Any]:
    """Return the Questionnaire of the daily check-in, with every day factor ever offered."""

    def choice(link: str, text: str, options: list[tuple[str, str]]) -> dict[str, Any]:
        return {
            "linkId": link,
            "text": text,
            "type": "choice",
            "answerOption": [
                {"valueCoding": {"system": ANSWER_SYSTEM, "code": code, "display": display}}
                for code, display in options
            ],
        }

    items: list[dict[str, Any]] = [
        {"linkId": "day", "text": "The diary day described", "type": "date", "required": True},
        {
            "linkId": "nrs",
            "text": CODE_NAMES[SPASTICITY_NRS],
            "type": "integer",
            "code": [{"system": CODE_SYSTEM, "code": SPASTICITY_NRS}],
        },
        choice("nights_woken", "Nights woken by spasms", NIGHTS),
        {"linkId": "pain", "text": "Pain, 0 (no pain) to 10 (worst possible)", "type": "integer"},
        choice("sleep", "Sleep", SLEEP),
        choice("spasms", "Spasms of the day", SPASMS_SAID),
    ]
    factor_items = [
        {"linkId": f"factor-{factor.uuid}", "text": factor.name, "type": "boolean"}
        for factor in factors
    ]
    if factor_items:
        items.append(
            {"linkId": "factors", "text": "Was this true of the day?", "type": "group",
             "item": factor_items}
        )  # fmt: skip
    return {
        "resourceType": "Questionnaire",
        "id": ids("questionnaire"),
        "url": QUESTIONNAIRE_URL,
        "name": "MSLogDailyCheckIn",
        "title": "MSLog daily check-in",
        "status": "active",
        "subjectType": ["Patient"],
        "description": "The questions of MSLog's daily check-in, each optional but the day.",
        "item": items,
    }


def _coded(options: list[tuple[str, str]], code: str) -> dict[str, Any]:
    display = dict(options)[code]
    return {"valueCoding": {"system": ANSWER_SYSTEM, "code": code, "display": display}}


def _texts(items: Iterable[dict[str, Any]]) -> dict[str, str]:
    """Return every item's text by its linkId, nested items included."""
    found: dict[str, str] = {}
    for item in items:
        found[item["linkId"]] = item["text"]
        found.update(_texts(item.get("item", ())))
    return found


def _with_texts(items: list[dict[str, Any]], texts: dict[str, str]) -> list[dict[str, Any]]:
    # The question's words go with each answer, so the file reads without its Questionnaire.
    return [
        {
            "linkId": item["linkId"],
            "text": texts[item["linkId"]],
            **{k: (_with_texts(v, texts) if k == "item" else v) for k, v in item.items()
               if k != "linkId"},
        }
        for item in items
    ]  # fmt: skip


def questionnaire_response(
    checkin: CheckIn, form: dict[str, Any], factors: Iterable[DayFactor], ids: _Ids, patient: str
) -> dict[str, Any]:
    """Return one day's check-in answers to ``form``; questions left unanswered have no item."""
    items: list[dict[str, Any]] = [
        {"linkId": "day", "answer": [{"valueDate": checkin.day.isoformat()}]}
    ]
    if checkin.nrs is not None:
        items.append({"linkId": "nrs", "answer": [{"valueInteger": checkin.nrs}]})
    if checkin.nights_woken is not None:
        code = NIGHTS[checkin.nights_woken][0]
        items.append({"linkId": "nights_woken", "answer": [_coded(NIGHTS, code)]})
    if checkin.pain is not None:
        items.append({"linkId": "pain", "answer": [{"valueInteger": checkin.pain}]})
    if checkin.sleep is not None:
        items.append({"linkId": "sleep", "answer": [_coded(SLEEP, checkin.sleep)]})
    if checkin.spasms is not None:
        code = _SPASMS_CODE[checkin.spasms]
        items.append({"linkId": "spasms", "answer": [_coded(SPASMS_SAID, code)]})
    # A factor offered that day and not ticked was not true; one not offered was not asked.
    answered = [
        {"linkId": f"factor-{f.uuid}", "answer": [{"valueBoolean": f.uuid in checkin.factors}]}
        for f in factors
        if f.listed_on(checkin.day) or f.uuid in checkin.factors
    ]
    if answered:
        items.append({"linkId": "factors", "item": answered})
    return {
        "resourceType": "QuestionnaireResponse",
        "id": ids(f"checkin/{checkin.uuid}"),
        "questionnaire": QUESTIONNAIRE_URL,
        "status": "completed",
        "subject": _ref(patient),
        "author": _ref(patient),
        "source": _ref(patient),
        "item": _with_texts(items, _texts(form["item"])),
    }


def whole_diary(diary: Diary) -> DateRange:
    """Return the days from the diary's first entry of any kind to today."""
    today = diary.today()
    starts = [
        diary.trends.earliest_day(),
        diary.checkins.first_day(),
        *(m.started_on for m in diary.checklists.medications.all()),
        *(t.day for t in diary.checklists.treatments.all()[-1:]),  # newest first
    ]
    known = [day for day in starts if day is not None]
    return DateRange(min([*known, today]), today)


def build_bundle(
    diary: Diary, rng: DateRange | None = None, seed: uuidlib.UUID | None = None
) -> dict[str, Any]:
    """Return the FHIR R4 Bundle of ``rng`` (default: the whole diary) as a JSON-ready dict.

    Args:
        diary: The open diary.
        rng: The diary days to export.
        seed: Names the resources (the same seed and diary give the same names);
            a fresh one by default, so two exports never share names by accident.
    """
    rng = rng or whole_diary(diary)
    ids = _Ids(seed or uuidlib.uuid4())
    patient = ids("patient")
    today = diary.today()
    checkins = [c for c in diary.checkins.between(rng.first, rng.last).values() if not c.is_empty]
    factors = diary.checkins.factors()
    form = questionnaire(factors, ids)
    resources: list[dict[str, Any]] = [
        {"resourceType": "Patient", "id": patient},
        *spasm_count_observations(diary, rng, ids, patient),
        *nrs_observations(checkins, ids, patient),
        *medication_statements(diary.checklists.medications.all(), rng, today, ids, patient),
        *treatment_procedures(
            diary.checklists.treatments.between(rng.first, rng.last), ids, patient
        ),
        form,
        *(questionnaire_response(c, form, factors, ids, patient) for c in checkins),
    ]
    return {
        "resourceType": "Bundle",
        "id": ids("bundle"),
        "type": "collection",
        "timestamp": diary.clock.now().isoformat(timespec="seconds"),
        "entry": [_entry(resource) for resource in resources],
    }


def write_fhir(diary: Diary, path: Path, rng: DateRange | None = None) -> Path:
    """Write the FHIR Bundle of ``rng`` to ``path`` (private, whole or not at all)."""
    data = build_bundle(diary, rng)
    write_atomically(Path(path), json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
    return Path(path)
