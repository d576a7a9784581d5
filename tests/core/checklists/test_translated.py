"""The checklists' and check-in's own words in German, and a diary that keeps its keys.

A German run of what core says (summaries, progress, reminders, refills, treatments, side
effects, trials, self-rated scores, the check-in's questions, messages of refusal) holds no
English sentence of the source catalogue and no English month or weekday; the built-in
habits and day factors are shown in German yet stored in English, so the same diary opens
in English with the same entries.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from mslog.core.checkin.factors import factor_label, sleep_label
from mslog.core.checkin.self_ratings import SelfRating
from mslog.core.checkin.wording import question
from mslog.core.checklists.cautions import caution_for
from mslog.core.checklists.model import DayProgress, skip_reason_key, skip_reason_label
from mslog.core.checklists.reminders import Reminder, ReminderBatch
from mslog.core.checklists.side_effects import SideEffect
from mslog.core.checklists.treatments import BOTULINUM_TOXIN, PUMP_REFILL, RefillDue, Treatment
from mslog.core.diary import Diary
from mslog.core.errors import ValidationError
from tests.core.checklists.test_experiments import TODAY, make_trial_diary
from tests.helpers.language import english_left, english_pieces, speak

# The contexts of this package's texts (the check-in window's are scanned in tests/ui).
CONTEXTS = {
    "Checklist", "Trial", "DailyCheckin", "SelfRated", "checkin", "self_rating", "habits",
    "medicines", "side_effects", "treatments", "cautions",
}  # fmt: skip


def assert_german(texts: list[str]) -> None:
    # Pieces of three words or more: a shorter one ("Massage", "Stress") is as often German.
    assert len(english_pieces(CONTEXTS, min_words=3)) > 100  # the catalogue was read
    for text in texts:
        assert text, texts
        assert english_left(text, CONTEXTS, min_words=3) == [], text


def test_the_checklists_summaries_and_messages_are_german(german, diary: Diary, clock):
    checklists = diary.checklists
    baclofen = checklists.medications.add(
        "Baclofen", times=["08:00", "20:00"], amount=1.5, unit="Tabletten"
    )
    checklists.medications.change(
        baclofen.uuid,
        effective_from=TODAY + timedelta(days=3),
        times=["08:00"],
        amount=2,
        unit="Tabletten",
    )
    diazepam = checklists.medications.add("Diazepam", as_needed=True, amount=2, unit="mg")
    baclofen = checklists.medications.get(baclofen.uuid)
    day = TODAY
    version = baclofen.version_on(day)
    texts = [
        version.summary(),
        baclofen.schedule_text(day),
        baclofen.history_text(),
        checklists.medications.get(diazepam.uuid).schedule_text(day),
        checklists.medications.get(diazepam.uuid).version_on(day).summary(),
        DayProgress(1, 1, 2, 1, 3).text(),
        DayProgress(0, 0, 0, 0, 0).text(),
    ]
    assert texts[0] == "1,5 Tabletten ×2"  # the German decimal comma
    assert "ab" in texts[2]
    reminder = Reminder(
        baclofen.uuid, "Baclofen 1,5 Tabletten", "08:00", "2026-03-11 08:00", clock.now()
    )
    for batch in (
        ReminderBatch((reminder,)),
        ReminderBatch((reminder, reminder)),
        ReminderBatch((reminder,), catch_up=True),
    ):
        texts += [batch.title(), batch.text()]
    noted = Treatment(
        "t", day, PUMP_REFILL, rate="120 µg/Tag", next_refill=day + timedelta(days=5), note="gut"
    )
    texts += [noted.title, noted.marker, noted.detail()]
    texts += [RefillDue(day + timedelta(days=left), noted).text(day) for left in (5, 1, 0, -2)]
    injection = Treatment("i", day, BOTULINUM_TOXIN, sites="Wade links")
    texts += [injection.title, injection.detail()]
    effect = SideEffect("s", day, kinds=("drowsiness", "nausea"), note="nach dem Mittag")
    texts += [
        effect.describe(),
        SideEffect("s", day, "m", "Baclofen", kinds=("weakness",)).describe(),
    ]
    texts += [
        caution_for("Warmes Bad"),
        caution_for("Kühlpack"),
        caution_for("Heating pad", "heating_pad"),
    ]
    for refused in (
        lambda: checklists.medications.add("Baclofen", times=["08:00"]),
        lambda: checklists.medications.add("Tizanidin", times=["8 Uhr"]),
        lambda: checklists.medications.add("Tizanidin", times=["08:00", "08:00"]),
        lambda: checklists.medications.add("Tizanidin", times=[]),
        lambda: checklists.medications.add("Tizanidin", times=["08:00"], amount=0),
        lambda: checklists.habits.add(""),
        lambda: checklists.habits.add("Dehnen"),  # the built-in "Stretching", as shown
        lambda: checklists.treatments.add("other", day),
        lambda: checklists.treatments.add("physiotherapy", day, sites="Wade"),
        lambda: checklists.treatments.add(PUMP_REFILL, day + timedelta(days=1)),
    ):
        with pytest.raises(ValidationError) as refusal:
            refused()
        texts.append(refusal.value.message)
    assert_german(texts)
    assert "Dehnen steht schon auf der Checkliste" in texts


def test_a_trial_reads_in_german(german, diary: Diary, clock):
    stretch = diary.checklists.habits.add("Abenddehnen").uuid
    planned = make_trial_diary(diary, clock, stretch)
    result = diary.experiments.result(planned.uuid)
    days = [TODAY - timedelta(days=1), TODAY, TODAY + timedelta(days=8), TODAY + timedelta(40)]
    texts = [*result.lines(), *(planned.plan_line(day, day) for day in days)]
    assert_german(texts)
    assert texts[0].startswith("Versuch mit Abenddehnen, 4 Wochen ab Mittwoch, 11. März.")


def test_the_check_in_and_self_ratings_read_in_german(german, diary: Diary):
    today = diary.today()
    rating = SelfRating(today, penn_frequency=2, penn_severity=3, snow=4)
    texts = [
        question(today, today),
        question(today - timedelta(days=1), today),
        question(today - timedelta(days=5), today),
        rating.penn_text(),
        SelfRating(today, penn_frequency=1).penn_text(),
        rating.snow_text(),
        sleep_label("fair"),
        *(f.label for f in diary.checkins.factors()),
        factor_label("Hot weather or overheating", in_sentence=True),
    ]
    for refused in (
        lambda: diary.checkins.update(today, nrs=11),
        lambda: diary.checkins.update(today + timedelta(days=1), nrs=1),
        lambda: diary.checkins.add_factor("Stress"),
        lambda: diary.self_ratings.answer(today),
        lambda: diary.self_ratings.answer(today, penn_frequency=0, penn_severity=2),
    ):
        with pytest.raises(ValidationError) as refusal:
            refused()
        texts.append(refusal.value.message)
    assert_german(texts)
    assert texts[2] == "Wie war Freitag, 6. März?"
    assert "Hitze oder Überwärmung" in texts


def test_a_diary_made_in_german_opens_in_english_with_the_same_entries(qapp, diary: Diary):
    speak(qapp, "de")
    habits = diary.checklists.habits
    shown_in_german = [h.label for h in habits.listed()]
    assert "Dehnen" in shown_in_german
    own = habits.add("Wärmflasche")
    stretching = next(h for h in habits.listed() if h.key == "stretching")
    habits.tick(stretching.uuid)
    heat = diary.checkins.find_factor("Hitze oder Überwärmung")  # found by its German name
    assert heat is not None
    assert heat.key == "heat"
    diary.checkins.update(diary.today(), sleep="poor", factors={heat.uuid})
    reason = skip_reason_key("Vergessen")  # chosen from the German list, kept in English
    assert (reason, skip_reason_label(reason)) == ("Forgot", "Vergessen")
    stored = diary.db.execute_sql("SELECT key, name FROM habit ORDER BY position").fetchall()
    speak(qapp, "en")
    assert ("stretching", "Stretching") in stored  # the diary keeps the English name
    names = [h.label for h in habits.listed()]
    assert {"Stretching", "Wärmflasche"} <= set(names)
    assert "Dehnen" not in names
    assert habits.get(own.uuid).label == "Wärmflasche"  # the person's own words, as written
    assert stretching.uuid in habits.ticks_on(diary.today())
    checkin = diary.checkins.get(diary.today())
    assert (checkin.sleep, sleep_label(checkin.sleep)) == ("poor", "Poor")
    assert [diary.checkins.get_factor(u).label for u in checkin.factors] == [
        "Hot weather or overheating"
    ]
    assert skip_reason_label(reason) == "Forgot"
