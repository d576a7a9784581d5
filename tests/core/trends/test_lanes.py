"""Lanes beyond spasms: stretching, adherence with medication changes, habits; in the report."""

from datetime import date, datetime, timedelta

from mslog.core.diary import Diary
from mslog.core.report import build_report
from mslog.core.trends import DateRange, day_number
from mslog.core.trends.page import TrendPage
from tests.helpers.stubs import LONDON

MARCH = DateRange(date(2026, 3, 1), date(2026, 3, 10))


def test_no_lanes_until_there_is_data(diary: Diary):
    extras = TrendPage.of(diary, MARCH).lanes
    assert extras.stretch is None
    assert extras.adherence is None
    assert extras.habits is None


def test_adherence_per_day_with_medication_change_markers(diary: Diary):
    c = diary.checklists
    med = c.medications.add("Baclofen", times=["08:00", "20:00"], amount=10, unit="mg",
                           starts=date(2026, 3, 1))  # fmt: skip
    c.medications.change(med.uuid, effective_from=date(2026, 3, 6), times=["08:00", "14:00",
                        "20:00"], amount=15, unit="mg")  # fmt: skip
    c.doses.mark_taken(med.uuid, c.doses.slot_local(date(2026, 3, 2), "08:00"))
    c.doses.mark_taken(med.uuid, c.doses.slot_local(date(2026, 3, 2), "20:00"))
    c.doses.mark_skipped(med.uuid, c.doses.slot_local(date(2026, 3, 3), "08:00"), "Felt too drowsy")
    c.doses.mark_taken(med.uuid, c.doses.slot_local(date(2026, 3, 6), "14:00"))
    lane = TrendPage.of(diary, MARCH).lanes.adherence
    assert lane is not None
    by_day = dict(zip(lane.day, zip(lane.taken, lane.scheduled, strict=True), strict=True))
    assert by_day[day_number(date(2026, 3, 2))] == (2, 2)
    assert by_day[day_number(date(2026, 3, 3))] == (0, 2)
    assert by_day[day_number(date(2026, 3, 6))] == (1, 3)
    # Counted from 2 March, the first recorded dose: 1 March is not a missed day.
    assert day_number(date(2026, 3, 1)) not in lane.day
    assert len(lane.day) == 9
    # Due: 2-5 March twice a day, 6-10 March three times; 3 taken, 1 skipped, 19 not recorded.
    assert lane.by_medication == [("Baclofen", 3, 4 * 2 + 5 * 3, 1, 4 * 2 + 5 * 3 - 4)]
    assert (lane.skipped, lane.not_recorded) == (1, 19)
    extras = TrendPage.of(diary, MARCH).lanes
    assert extras.markers == [
        (date(2026, 3, 1), "Baclofen started, 10 mg ×2"),
        (date(2026, 3, 6), "Baclofen 15 mg ×3"),
    ]
    assert extras.medications == ["Baclofen 15 mg ×3"]


def test_stretch_and_habit_lanes_and_factors(diary: Diary):
    for day, outcome in ((2, "completed"), (2, "stopped"), (4, "completed")):
        epoch = int(datetime(2026, 3, day, 9, 0, tzinfo=LONDON).timestamp())
        diary.db.execute_sql(
            "INSERT INTO stretch_session (uuid, routine_key, routine_name, started_at, utc_offset,"
            " ended_at, active_s, outcome) VALUES (?, 'bundled/x', 'Daily', ?, 0, ?, 300, ?)",
            (f"s{day}{outcome}", epoch, epoch + 300, outcome),
        )
    bath = next(h for h in diary.checklists.habits.listed() if h.name == "Warm shower or bath")
    diary.checklists.habits.tick(bath.uuid, date(2026, 3, 3))
    diary.checklists.habits.tick(bath.uuid, date(2026, 3, 5))
    extras = TrendPage.of(diary, MARCH).lanes
    assert extras.stretch.day == [day_number(date(2026, 3, 2)), day_number(date(2026, 3, 4))]
    assert extras.stretch.completed == [1, 1]
    assert extras.stretch.partial == [1, 0]
    assert extras.habits.done == [1, 1]
    assert extras.habits.by_habit == {
        "Warm shower or bath": {day_number(date(2026, 3, 3)), day_number(date(2026, 3, 5))}
    }


def test_report_names_medications_adherence_and_self_care(diary: Diary):
    c = diary.checklists
    med = c.medications.add("Tizanidine", times=["22:00"], amount=2, unit="mg",
                           starts=date(2026, 3, 1))  # fmt: skip
    c.doses.mark_taken(med.uuid, c.doses.slot_local(date(2026, 3, 1), "22:00"))
    content = build_report(diary, MARCH)
    (line,) = content.medicines.lines
    assert line.name == "Tizanidine"
    assert line.now == "2 mg ×1"
    assert line.changes == ["1 Mar 2026: started, 2 mg ×1"]
    assert line.taken == "10 % (1 of 10)"
    assert line.skipped == "9 not recorded"
    rows = {row.measure: row.now for row in content.key_rows}
    assert rows["Scheduled doses taken"] == "10 % (1 of 10)"
    assert [(m.day, m.label, m.kind) for m in content.markers] == [
        (date(2026, 3, 1), "Tizanidine started 2 mg ×1", "medicine")
    ]


def test_fast_adherence_matches_the_checklists_query(diary: Diary, clock):
    import random

    from mslog.core.checklists.queries import adherence
    from mslog.core.trends.lanes import adherence_lane

    c = diary.checklists
    rnd = random.Random(3)
    a = c.medications.add("Baclofen", times=["08:00", "14:00", "22:00"], amount=5, unit="mg",
                         starts=date(2026, 2, 1))  # fmt: skip
    b = c.medications.add("Diazepam", times=["01:30"], amount=2, unit="mg",
                         starts=date(2026, 2, 10))  # fmt: skip
    c.medications.change(a.uuid, effective_from=date(2026, 2, 20), times=["09:00", "21:00"],
                        amount=10, unit="mg")  # fmt: skip
    c.medications.stop(b.uuid, date(2026, 3, 5))
    c.doses.log_as_needed(a.uuid, datetime(2026, 2, 25, 11, 0, tzinfo=LONDON))
    day = date(2026, 2, 1)
    while day <= date(2026, 3, 11):
        for med in (a, b):
            version = c.medications.get(med.uuid).version_on(day)
            for time_of_day in version.times if version else ():
                slot = c.doses.slot_local(day, time_of_day)
                if c.doses.slot_moment(slot) > clock.now():
                    continue
                roll = rnd.random()
                if roll < 0.7:
                    c.doses.mark_taken(med.uuid, slot)
                elif roll < 0.8:
                    c.doses.mark_skipped(med.uuid, slot)
        day += timedelta(days=1)
    for first, last in (
        (date(2026, 2, 1), date(2026, 3, 11)),
        (date(2026, 3, 10), date(2026, 3, 11)),
    ):
        rng = DateRange(first, last)
        expected: dict[int, list[int]] = {}
        for row in adherence(diary.db, diary.day_rule, first, last, clock.now()):
            due = row.scheduled - row.pending
            if due > 0:
                totals = expected.setdefault(day_number(row.day), [0, 0])
                totals[0] += due
                totals[1] += row.taken
        lane = adherence_lane(diary.trends, rng, diary.clock.now())
        got = {d: [s, t] for d, s, t in zip(lane.day, lane.scheduled, lane.taken, strict=True)}
        assert got == expected


def test_adherence_counts_from_the_first_recorded_dose_and_keeps_skipped_apart(diary: Diary):
    c = diary.checklists
    # Taken for years, but recorded in MSLog only from 5 March: 1-4 March are not missed.
    med = c.medications.add("Baclofen", times=["08:00", "20:00"], amount=10, unit="mg",
                           starts=date(2024, 1, 1))  # fmt: skip
    c.doses.mark_taken(med.uuid, c.doses.slot_local(date(2026, 3, 5), "08:00"))
    c.doses.mark_skipped(med.uuid, c.doses.slot_local(date(2026, 3, 5), "20:00"), "Felt sick")
    c.doses.mark_taken(med.uuid, c.doses.slot_local(date(2026, 3, 6), "08:00"))
    c.medications.add("Tizanidine", times=["22:00"], starts=date(2026, 1, 1))  # never recorded
    lane = TrendPage.of(diary, MARCH).lanes.adherence
    # 5-10 March, twice a day: 12 due; 2 taken, 1 skipped, 9 with nothing recorded.
    assert lane.day == [day_number(date(2026, 3, d)) for d in range(5, 11)]
    assert lane.by_medication == [("Baclofen", 2, 12, 1, 9)]
    assert (lane.skipped, lane.not_recorded) == (1, 9)
    assert lane.overall() == 100 * 2 / 12
    assert lane.untracked == ["Tizanidine"]  # no dose recorded: not counted at all
    before = TrendPage.of(diary, DateRange(date(2026, 2, 1), date(2026, 2, 28))).lanes.adherence
    assert before.overall() is None  # wholly before the first record: nothing due, not 0 %


def test_a_change_to_unequal_doses_is_a_marker_and_leaves_the_dose_slots_whole(diary: Diary):
    c = diary.checklists
    med = c.medications.add("Baclofen", times=["08:00", "13:00", "20:00"], amount=10,
                           unit="mg", starts=date(2026, 3, 1))  # fmt: skip
    c.medications.change(med.uuid, effective_from=date(2026, 3, 6), times=["08:00", "13:00",
                        "20:00"], amount=10, unit="mg", time_amounts={"20:00": 20})  # fmt: skip
    for day in (date(2026, 3, 5), date(2026, 3, 6)):
        for time_of_day in ("08:00", "13:00", "20:00"):
            c.doses.mark_taken(med.uuid, c.doses.slot_local(day, time_of_day))
    page = TrendPage.of(diary, MARCH)
    assert page.lanes.markers == [
        (date(2026, 3, 1), "Baclofen started, 10 mg ×3"),
        (date(2026, 3, 6), "Baclofen 10/10/20 mg"),
    ]
    assert page.lanes.medications == ["Baclofen 10/10/20 mg"]
    lane = page.lanes.adherence
    assert lane is not None
    by_day = dict(zip(lane.day, zip(lane.taken, lane.scheduled, strict=True), strict=True))
    # A change of amount only keeps three slots a day, counted the same across it.
    assert by_day[day_number(date(2026, 3, 5))] == (3, 3)
    assert by_day[day_number(date(2026, 3, 6))] == (3, 3)
    assert by_day[day_number(date(2026, 3, 7))] == (0, 3)
    from mslog.core.trends.lanes import medication_schedules, schedule_spans

    spans = schedule_spans(medication_schedules(diary.trends)[0], day_number(MARCH.first),
                           day_number(MARCH.last))  # fmt: skip
    assert len(spans) == 1
