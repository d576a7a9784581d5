"""Render every tab of MSLog on a made-up diary into ``docs/screenshots/`` (``make screenshots``).

Runs offscreen by default; under Xvfb (``xvfb-run python tools/screenshots.py``) the same
code renders a real window. The diary is invented, reproducible (fixed seed and clock) and
lives in a temporary folder: no real data is ever shown.

Usage: ``python tools/screenshots.py [--out docs/screenshots] [--theme light] [--scale 1.0]
[--size 1280x800] [--dialogs] [--language de] [--rtl]``

``python tools/screenshots.py --review [--out review]`` renders every tab, page and dialog
at 800x600, 1280x800 and 1366x768, 100 % and 200 % text, light and dark, one folder each,
and lists what the layout audit finds (text cut off, sideways scrolling, targets under 44 px).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
from datetime import datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TZ = ZoneInfo("Europe/London")
NOW = datetime(2026, 3, 11, 10, 40, tzinfo=TZ)
DAYS = 60


class DemoClock:
    """A clock the script moves by hand, in London time."""

    def __init__(self, now: datetime) -> None:
        self._now = now
        self._monotonic = 1000.0

    def now(self) -> datetime:
        """Return the demo "now"."""
        return self._now

    def localize(self, naive: datetime) -> datetime:
        """Read a naive time in London."""
        return naive.replace(tzinfo=TZ)

    def monotonic(self) -> float:
        """Return demo monotonic seconds."""
        return self._monotonic

    def set(self, moment: datetime) -> None:
        """Jump to ``moment`` (forwards only moves the monotonic clock)."""
        self._monotonic += max(0.0, (moment - self._now).total_seconds())
        self._now = moment

    def advance(self, seconds: float) -> None:
        """Move forward."""
        self.set(self._now + timedelta(seconds=seconds))


def fill_diary(diary, clock: DemoClock) -> None:
    """Invent two months of spasms, check-ins, doses, habits, stretches and an appointment."""
    from mslog.core import vocab
    from mslog.core.routines.library import RoutineLibrary
    from mslog.core.routines.player import Outcome, SessionResult, StepRecord
    from mslog.core.routines.schema import total_seconds
    from mslog.platform.assets import resource_path

    rng = random.Random(7)
    start = NOW.date() - timedelta(days=DAYS)
    clock.set(datetime.combine(start, time(7, 0), TZ))
    checklists = diary.checklists
    baclofen = checklists.medications.add(
        "Baclofen", times=["08:00", "14:00", "20:00"], amount=10, unit="mg", starts=start
    )
    checklists.medications.add("Tizanidine", times=["22:00"], amount=2, unit="mg", starts=start)
    change_day = NOW.date() - timedelta(days=24)
    library = RoutineLibrary(resource_path(), diary.data_dir)
    routine = next(r for r in library.routines() if "Daily" in r.name)
    habits = checklists.habits.listed()
    triggers = [k for k, _ in vocab.TRIGGERS]
    for offset in range(DAYS + 1):
        day = start + timedelta(days=offset)
        if day == change_day:
            clock.set(datetime.combine(day, time(7, 30), TZ))
            checklists.medications.change(
                baclofen.uuid,
                effective_from=day,
                times=["08:00", "14:00", "20:00"],
                amount=15,
                unit="mg",
            )
        improving = offset > DAYS - 24
        stretched = rng.random() < (0.75 if improving else 0.35)
        count = rng.choice([1, 2, 2, 3, 4] if improving else [2, 3, 4, 5, 6])
        moments = sorted(
            datetime.combine(
                day, time(rng.choice([2, 3, 7, 8, 9, 13, 17, 21, 22, 23]), rng.randrange(60)), TZ
            )
            + (timedelta(days=1) if rng.random() < 0.2 else timedelta(0))
            for _ in range(count)
        )
        for moment in moments:
            if moment > NOW:
                continue
            clock.set(max(clock.now(), moment + timedelta(minutes=2)))
            diary.spasms.log(
                started=moment,
                severity=max(0, min(10, round(rng.gauss(4.2 if improving else 5.8, 1.6)))),
                kind=rng.choice(["flexor", "extensor", "clonus", "clonus", "cramp"]),
                locations=rng.sample(["left_calf", "right_calf", "left_foot", "left_thigh"], 2),
                triggers=rng.sample(triggers, rng.choice([0, 1, 1, 2])),
                duration_s=rng.choice([20, 45, 90, 150, 300]),
                note="Woke me up" if moment.hour < 5 and rng.random() < 0.4 else "",
            )
        if day >= NOW.date():
            continue
        clock.set(datetime.combine(day, time(23, 30), TZ))
        for dose in checklists.doses.scheduled_on(day):
            if rng.random() < 0.9:  # ticked when taken, a little after the dose's time
                at = checklists.doses.slot_moment(dose.slot_local)
                at += timedelta(minutes=rng.randint(0, 25))
                checklists.doses.mark_taken(dose.medication.uuid, dose.slot_local, at)
            elif rng.random() < 0.5:
                checklists.doses.mark_skipped(
                    dose.medication.uuid, dose.slot_local, "Felt too drowsy"
                )
        for habit in habits:
            if rng.random() < 0.5 and habit.key != "stretching":
                checklists.habits.tick(habit.uuid, day)
        if rng.random() < 0.85:  # most evenings checked in, most of them said complete
            diary.checkins.update(
                day,
                nrs=max(0, min(10, round(rng.gauss(3.8 if improving else 5.9, 1.0)))),
                nights_woken=rng.choice([0, 0, 1, 2]),
                sleep=rng.choice(["good", "fair", "poor"]),
                spasms="all_logged" if rng.random() < 0.85 else None,
            )
        if stretched:
            clock.set(datetime.combine(day, time(18, 0), TZ))
            uuid = diary.stretches.begin(routine)
            length = total_seconds(routine)
            clock.advance(length)
            records = tuple(StepRecord(i, "completed") for i in range(len(routine.steps)))
            diary.stretches.finish(uuid, SessionResult(routine, Outcome.COMPLETED, length, records))
    clock.set(NOW - timedelta(hours=3))
    diary.self_ratings.answer(
        NOW.date() - timedelta(days=2), penn_frequency=2, penn_severity=2, snow=3
    )
    diary.appointments.add(
        NOW.date() - timedelta(days=35), "Dr Okafor, neurology", "Baclofen review"
    )
    diary.appointments.set_questions(
        "Are the night spasms worth a separate medicine?\nCan I stretch twice a day?"
    )
    clock.set(NOW)
    treatments = checklists.treatments
    treatments.add("botulinum_toxin", NOW.date() - timedelta(days=48),
                   sites="left calf, both hamstrings", note="Clinic B")  # fmt: skip
    for weeks in (6, 4, 2):
        treatments.add("physiotherapy", NOW.date() - timedelta(weeks=weeks, days=1))
    treatments.add("pump_refill", NOW.date() - timedelta(days=25), rate="120 micrograms a day",
                   next_refill=NOW.date() + timedelta(days=12))  # fmt: skip
    for dose in checklists.doses.scheduled_on(NOW.date()):
        if dose.slot_local.endswith("08:00"):
            checklists.doses.mark_taken(dose.medication.uuid, dose.slot_local)


def demo_diary(folder: Path, template: Path | None = None):
    """Open the made-up diary in ``folder``: a copy of ``template``, else filled in anew.

    Args:
        folder: A folder that does not exist yet; the diary's data goes in it.
        template: A diary folder made by :func:`make_template` (filling one in takes
            longer than copying it, and the copy is the same diary).

    Returns:
        The open diary and its clock, at the demo "now".
    """
    from mslog.core.diary import Diary

    clock = DemoClock(NOW)
    if template is not None:
        shutil.copytree(template, folder)
        return Diary(folder, clock=clock), clock
    diary = Diary(folder, clock=clock)
    fill_diary(diary, clock)
    return diary, clock


def make_template(folder: Path) -> Path:
    """Fill in the made-up diary in ``folder`` once, to be copied by :func:`demo_diary`."""
    diary, _clock = demo_diary(folder)
    diary.close()
    return folder


def render(
    out: Path,
    theme: str,
    scale: float,
    size: tuple[int, int] = (1280, 800),
    dialogs: bool = False,
    template: Path | None = None,
) -> list[Path]:
    """Build the demo diary, open the window and save one PNG per tab.

    Args:
        out: The folder the PNGs go in.
        theme: The theme to draw in (``light``, ``dark``, ``high_contrast``).
        scale: The text size, 1.0 (100 %) to 2.0 (200 %).
        size: The window's width and height.
        dialogs: Also save each dialog and card of the Checklists tab, the check-in's
            card and banner, and the appointments page with its status line (for
            reviewing layouts; ``make screenshots`` leaves them out).
        template: A filled-in diary to copy (:func:`make_template`), else one is made.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from mslog.ui.main_window import MainWindow
    from mslog.ui.style import apply_style

    app = QApplication.instance() or QApplication([])
    apply_style(app, theme, scale)
    out.mkdir(parents=True, exist_ok=True)
    saved = []
    with tempfile.TemporaryDirectory() as tmp:
        diary, clock = demo_diary(Path(tmp) / "diary", template)
        window = MainWindow(diary)
        # Silent: no audio device is needed, and none is touched.
        window.settings.set("sounds", False)
        window.settings.set("voice", False)
        window.resize(*size)
        window.show()
        app.processEvents()
        # The Log tab right after a press of the big button, details half filled in.
        window.log_tab.quick_log()
        details = window.log_tab.details
        details.severity.button(6).click()
        details.kind.button("clonus").click()
        details.locations.button("left_calf").click()
        for name, page in (
            ("log", window.log_tab),
            ("stretch", window.stretch_page),
            ("checklists", window.checklists_page),
            ("trends", window.trends_tab),
            ("history", window.history_page),
        ):
            window.tabs.setCurrentWidget(page)
            settle(app)
            if name == "stretch":
                stretch = window.stretch_page.content
                stretch.start(stretch_key(stretch))
                clock.advance(17)
                stretch.refresh_player()
                settle(app)
            if name == "trends":
                _ = window.trends_tab.content  # built now, not on a later show
                settle(app, 10)
            if name == "history":  # a whole day behind, and a search of the night notes
                history = window.history_page.content
                history.show_day(NOW.date() - timedelta(days=1))
                history.search.field.setText("woke")
                history.search.run()
                settle(app)
            path = out / f"{name}.png"
            window.grab().save(str(path))
            saved.append(path)
        # The daily check-in, as asked in the morning about the day before, half answered.
        window.tabs.setCurrentWidget(window.log_tab)
        checkin = window.checkin.open()
        checkin.nrs.button(4).click()
        checkin.nights.button("1").click()
        checkin.sleep.button("fair").click()
        checkin.factor_chips.button(diary.checkins.find_factor("heat").uuid).click()
        settle(app)
        path = out / "checkin.png"
        checkin.grab().save(str(path))
        saved.append(path)
        checkin.close()
        if dialogs:
            saved += render_dialogs(out, app, window, diary)
        window.stretch_page.content.shutdown()
        window.close()
        window.deleteLater()  # a closed window stays, restyled with every later theme
        diary.close()
    return saved


def settle(app, turns: int = 5) -> None:
    """Let the layouts settle over a few turns of the event loop."""
    for _ in range(turns):
        app.processEvents()


def render_dialogs(out: Path, app, window, diary) -> list[Path]:
    """Save the Checklists tab's whole page and dialogs, the check-in's card and banner."""
    from PySide6.QtWidgets import QScrollArea

    saved = []

    def save(name: str, widget) -> None:
        settle(app)
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        saved.append(path)

    def dialog(name: str, open_it) -> None:
        open_it()
        shown = tab.dialog
        assert shown is not None, name
        save(name, shown)
        shown.reject()
        settle(app)

    window.tabs.setCurrentWidget(window.log_tab)
    window.log_tab.ask_earlier()
    when = window.log_tab.when_dialog
    assert when is not None
    save("dialog-log-earlier", when)
    when.reject()
    settle(app)
    window.checkin.refresh()
    save("checkin-card", window.checkin.card)
    window.checkin.remind(diary.checkins.today())
    save("checkin-banner", window)
    window.checkin.bar.hide()

    window.tabs.setCurrentWidget(window.checklists_page)
    tab = window.checklists_page.content
    settle(app)
    save("checklists-page", tab.findChild(QScrollArea).widget())
    taken = next(r.dose for r in tab.doses.rows.values() if r.dose.state == "taken")
    dialog("dialog-change-time", lambda: tab.doses.ask_taken_time(taken))
    dialog("dialog-as-needed", tab.doses.ask_as_needed)
    dialog("dialog-add-habit", tab.habits.ask_new_habit)
    dialog("dialog-try-habit", tab.habits.trial.ask_plan)
    dialog("dialog-add-medication", lambda: tab.medications.ask_medication(None))
    first = tab.medications.lines[0].medication
    dialog("dialog-edit-medication", lambda: tab.medications.ask_medication(first))
    dialog("dialog-stop-medication", lambda: tab.medications.ask_stop(first))
    open_dose = next(r.dose for r in tab.doses.rows.values() if r.dose.state == "open")
    tab.doses.set_skipped(open_dose, True, "Felt too drowsy")
    settle(app)
    skipped = next(r.dose for r in tab.doses.rows.values() if r.dose.state == "skipped")
    dialog("dialog-skip-reason", lambda: tab.doses.ask_reason(skipped))
    dialog("dialog-side-effects", lambda: tab.doses.ask_side_effects(taken))
    tab.doses.set_day_side_effects(["drowsiness"])
    save("checklists-treatments", tab.treatments)
    dialog("dialog-add-treatment", lambda: tab.treatments.ask_treatment(None))
    pump = next(line.treatment for line in tab.treatments.lines if line.treatment.rate)
    dialog("dialog-edit-treatment", lambda: tab.treatments.ask_treatment(pump))
    refill = diary.checklists.treatments.refill_due()
    window.refills.banner.show_due(refill, diary.checklists.treatments.today())
    save("refill-banner", window)
    window.refills.banner.hide()
    tab.habits.edit_button.setChecked(True)
    save("checklists-page-editing", tab.findChild(QScrollArea).widget())
    tab.habits.edit_button.setChecked(False)

    window.tabs.setCurrentWidget(window.trends_tab)
    view = window.trends_tab.content
    view.pages.setCurrentWidget(view.appointments)
    settle(app)
    view.appointments.clinician.setText("Dr Okafor, neurology")
    view.appointments.note.setText("Baclofen up to 15 mg, stretch twice a day")
    view.appointments.add()
    save("appointments", window)
    save("appointments-page", view.appointments.findChild(QScrollArea).widget())
    return saved


def stretch_key(stretch) -> str:
    """Return the key of the daily routine shown in the Stretch tab."""
    routines = stretch.library.routines()
    return next(r.key for r in routines if "Daily" in r.name)


def window_size(text: str) -> tuple[int, int]:
    """Read "800x600" as (800, 600)."""
    width, _, height = text.lower().partition("x")
    try:
        return int(width), int(height)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not WIDTHxHEIGHT") from None


# The audit's sizes (800x600, 1366x768) and the screenshots' (1280x800), at 100 % and 200 %.
REVIEW = [(size, scale) for size in ((800, 600), (1280, 800), (1366, 768)) for scale in (1.0, 2.0)]


def review(
    out: Path, themes: tuple[str, ...] = ("light", "dark"), sizes=REVIEW
) -> tuple[list[Path], list[str]]:
    """Render every screen at the review sizes and text sizes; return the PNGs and findings.

    Args:
        out: The folder; each theme, size and text size gets a folder in it
            (``light-800x600-200``).
        themes: The themes to draw in.
        sizes: ``((width, height), text scale)`` pairs.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from mslog.ui.main_window import MainWindow
    from mslog.ui.style import apply_style
    from tests.helpers.audit import fits
    from tests.helpers.screens import every_screen, settle

    app = QApplication.instance() or QApplication([])
    saved: list[Path] = []
    found: list[str] = []
    keep = tempfile.TemporaryDirectory()
    template = make_template(Path(keep.name) / "diary")
    for theme in themes:
        for size, scale in sizes:
            folder = out / f"{theme}-{size[0]}x{size[1]}-{round(scale * 100)}"
            folder.mkdir(parents=True, exist_ok=True)
            apply_style(app, theme, scale)
            with tempfile.TemporaryDirectory() as tmp:
                diary, clock = demo_diary(Path(tmp) / "diary", template)
                window = MainWindow(diary)
                window.settings.set("sounds", False)
                window.settings.set("voice", False)
                window.show()
                window.resize(*size)
                settle()
                if window.size().toTuple() != size:
                    found.append(f"[{folder.name}] the window is {window.size().toTuple()}")
                for name, shown in every_screen(window, diary, clock.advance):
                    path = folder / f"{name}.png"
                    shown.grab().save(str(path))
                    saved.append(path)
                    found += [f"[{folder.name}/{name}] {p}" for p in fits(shown)]
                window.stretch_page.content.shutdown()
                window.close()
                window.deleteLater()
                diary.close()
    keep.cleanup()
    apply_style(app, "light")
    return saved, found


def main() -> int:
    """Parse arguments and render."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--theme", default="light")
    parser.add_argument("--scale", type=float, default=1.0, help="text size, 1.0 to 2.0")
    parser.add_argument("--size", type=window_size, default=(1280, 800), help="e.g. 800x600")
    parser.add_argument(
        "--dialogs", action="store_true", help="also the Checklists dialogs and check-in card"
    )
    parser.add_argument(
        "--review",
        action="store_true",
        help="every screen at 800x600, 1280x800 and 1366x768, 100 %% and 200 %%, light and dark",
    )
    parser.add_argument(
        "--language", default="en", help="the language to show (a code, e.g. de or fr)"
    )
    parser.add_argument(
        "--rtl", action="store_true", help="lay out right to left (a check for such languages)"
    )
    args = parser.parse_args()
    if args.rtl:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication([])
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    # English too: its catalogue holds the plural forms ("1 spasm is logged"), as the app's.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from mslog.platform.translators import use_language

    use_language(QApplication.instance() or QApplication([]), args.language)
    if args.review:
        saved, found = review(args.out)
        print(f"{len(saved)} screens in {args.out}")
        print("\n".join(found) or "The layout audit found nothing.")
        return 1 if found else 0
    for path in render(args.out, args.theme, args.scale, args.size, args.dialogs):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
