"""Each time's amount and the side effects go out in the JSON export and come back in."""

from __future__ import annotations

from datetime import date, datetime, timezone

from mslog.core.diary import Diary
from mslog.core.safety import export

TODAY = date(2026, 3, 11)


def test_time_amounts_and_side_effects_round_trip(tmp_path, clock):
    source = Diary(tmp_path / "source", clock=clock)
    med = source.checklists.medications.add(
        "Baclofen", times="08:00, 13:00, 20:00", amount=10, unit="mg",
        time_amounts={"20:00": 20}, starts=date(2026, 3, 1),
    )  # fmt: skip
    slot = source.checklists.doses.slot_local(TODAY, "08:00")
    source.checklists.effects.note(TODAY, ["drowsiness"], "after lunch",
                                   medication_uuid=med.uuid, slot_local=slot)  # fmt: skip
    source.checklists.effects.note(TODAY, ["nausea"])
    medications = source.checklists.medications.all()
    effects = source.checklists.side_effects(TODAY, TODAY)
    path = export.write_json(source.db, tmp_path / "e.json", datetime.now(timezone.utc))
    files = export.csv_files(source.db, source.day_rule)
    source.close()
    header, first = files["medications.csv"].splitlines()[:2]
    assert header.endswith(",times,amount_at_each_time")
    assert first.endswith(",08:00 13:00 20:00,10 10 20")

    target = Diary(tmp_path / "target", clock=clock)
    try:
        report = target.safety.import_file(path)
        assert report.added["side_effect"] == 2
        [imported] = target.checklists.medications.all()
        assert imported.history_text() == "Baclofen 10/10/20 mg"
        assert [v.time_amounts for v in imported.versions] == [
            v.time_amounts for v in medications[0].versions
        ]
        again = target.checklists.side_effects(TODAY, TODAY)
        assert [(e.uuid, e.describe()) for e in again] == [(e.uuid, e.describe()) for e in effects]
        assert target.safety.import_file(path).added.get("side_effect", 0) == 0
    finally:
        target.close()
