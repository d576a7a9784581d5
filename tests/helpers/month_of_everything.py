"""A month of every kind of entry, for tests that walk every screen."""

from __future__ import annotations

from mslog.core.diary import Diary


def a_month_of_everything(diary: Diary, clock) -> None:
    """Spasms, check-ins, a medicine and its doses, self-rated answers, an appointment."""
    from datetime import datetime, timedelta

    from tests.helpers.stubs import LONDON

    today = clock.now().date()
    checklists = diary.checklists
    med = checklists.medications.add(
        "Baclofen", times=["08:00"], amount=10, unit="mg", starts=today - timedelta(days=30)
    )
    for ago in range(1, 31):
        day = today - timedelta(days=ago)
        for hour in (7, 13, 22)[: 1 + ago % 3]:
            diary.spasms.log(
                started=datetime(day.year, day.month, day.day, hour, 5, tzinfo=LONDON),
                severity=3 + ago % 5,
                triggers=["heat"] if ago % 4 == 0 else [],
            )
        diary.checkins.update(day, nrs=2 + ago % 6, spasms="all_logged")
        checklists.doses.mark_taken(med.uuid, checklists.doses.slot_local(day, "08:00"))
    diary.self_ratings.answer(today - timedelta(days=2), penn_frequency=2, penn_severity=2, snow=3)
    diary.appointments.add(today - timedelta(days=20), "Dr Okafor, neurology", "Baclofen review")
    diary.appointments.set_questions("Are the night spasms worth a separate medicine?")
