"""Generate a large, realistic diary for benchmarks: years of spasms, doses, habits, sessions.

Usage: ``python bench/gen_diary.py OUT_DIR [--years 10] [--spasms 200000] [--seed 1]``

The schema comes from MSLog itself (opening a :class:`Diary` runs every migration);
rows are then bulk-inserted with plain SQL, so ten years take seconds. Tables from
features that do not exist in this checkout are skipped.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import time
import uuid as uuidlib
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mslog.core import vocab  # noqa: E402
from mslog.core.storage.database import DB_FILENAME  # noqa: E402

HOURS = [7, 8, 8, 9, 13, 17, 21, 22, 22, 23, 2, 3]  # mornings and nights are busiest
TRAVEL_OFFSETS = [-300, 60, 120, 330]


class _FixedClock:
    def __init__(self, now: datetime) -> None:
        self._now = now

    def now(self) -> datetime:
        return self._now

    def localize(self, naive: datetime) -> datetime:
        return naive.replace(tzinfo=timezone.utc)

    def monotonic(self) -> float:
        return 0.0


def _offset(day: date, travel: dict[date, int]) -> int:
    # London-like summer time, with a few trips abroad.
    if day in travel:
        return travel[day]
    return 60 if 4 <= day.month <= 10 else 0


def _has(conn: sqlite3.Connection, table: str) -> bool:
    found = conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (table,))
    return found.fetchone() is not None


def generate(out: Path, years: int = 10, spasms: int = 200_000, seed: int = 1) -> dict[str, int]:
    """Create a diary in ``out`` and fill it; return the number of rows per table."""
    from mslog.core.diary import Diary

    rnd = random.Random(seed)
    today = date(2026, 3, 11)
    first = today - timedelta(days=365 * years - 1)
    days = [first + timedelta(days=i) for i in range(365 * years)]
    now = datetime(2026, 3, 11, 20, 0, tzinfo=timezone.utc)
    Diary(out, clock=_FixedClock(now)).close()  # creates the schema
    conn = sqlite3.connect(out / DB_FILENAME)
    conn.execute("PRAGMA foreign_keys = ON")
    travel: dict[date, int] = {}
    for _ in range(years * 2):
        start = rnd.choice(days)
        offset = rnd.choice(TRAVEL_OFFSETS)
        for k in range(rnd.randint(4, 14)):
            travel[start + timedelta(days=k)] = offset
    stamp = int(now.timestamp())
    per_day = spasms / len(days)
    counts: dict[str, int] = {}
    kinds = [k for k, _ in vocab.SPASM_TYPES]
    locations = [k for k, _ in vocab.LOCATIONS]
    triggers = [k for k, _ in vocab.TRIGGERS] + ["long car journey", "new shoes"]
    with conn:
        spasm_rows, location_rows, trigger_rows = [], [], []
        next_id = 1
        for day in days:
            wave = 1 + 0.5 * ((day.toordinal() // 60) % 3 - 1)  # busier and calmer spells
            n = max(0, round(rnd.gauss(per_day * wave, per_day * 0.3)))
            offset = _offset(day, travel)
            for _ in range(n):
                hour = rnd.choice(HOURS)
                local = datetime(day.year, day.month, day.day, hour, rnd.randint(0, 59))
                if hour < 4:
                    local += timedelta(days=1)  # the small hours belong to the evening before
                epoch = int((local - datetime(1970, 1, 1)).total_seconds()) - offset * 60
                severity = rnd.randint(1, 10) if rnd.random() < 0.8 else None
                note = rnd.choice(["", "", "", "", "", "", "woke me up", "=after the bath"])
                spasm_rows.append(
                    (next_id, str(uuidlib.UUID(int=rnd.getrandbits(128))), epoch, offset,
                     severity, rnd.choice(kinds) if rnd.random() < 0.7 else None,
                     rnd.choice([None, 5, 20, 60]), note, stamp, stamp)
                )  # fmt: skip
                for loc in rnd.sample(locations, rnd.choice([0, 1, 1, 2])):
                    location_rows.append((next_id, loc))
                for trig in rnd.sample(triggers, rnd.choice([0, 0, 1, 1, 2])):
                    trigger_rows.append((next_id, trig))
                next_id += 1
        conn.executemany("INSERT INTO spasm VALUES (?,?,?,?,?,?,?,?,?,?)", spasm_rows)
        conn.executemany("INSERT INTO spasm_location VALUES (?,?)", location_rows)
        conn.executemany("INSERT INTO spasm_trigger VALUES (?,?)", trigger_rows)
        counts.update(spasm=len(spasm_rows), spasm_location=len(location_rows),
                      spasm_trigger=len(trigger_rows))  # fmt: skip

        if _has(conn, "stretch_session"):
            sessions = []
            for day in days:
                if rnd.random() < 0.6:
                    offset = _offset(day, travel)
                    local = datetime(day.year, day.month, day.day, rnd.choice([8, 18, 20]))
                    epoch = int((local - datetime(1970, 1, 1)).total_seconds()) - offset * 60
                    outcome = "completed" if rnd.random() < 0.8 else "stopped"
                    sessions.append(
                        (str(uuidlib.UUID(int=rnd.getrandbits(128))), "bundled/daily",
                         "Daily 5-minute routine", epoch, offset, epoch + 330, 300, outcome)
                    )  # fmt: skip
            conn.executemany(
                "INSERT INTO stretch_session (uuid, routine_key, routine_name, started_at,"
                " utc_offset, ended_at, active_s, outcome) VALUES (?,?,?,?,?,?,?,?)",
                sessions,
            )
            counts["stretch_session"] = len(sessions)

        if _has(conn, "medication") and _has(conn, "dose"):
            counts.update(_medications(conn, rnd, days, travel, stamp))
        if _has(conn, "habit_tick"):
            habit_ids = [row[0] for row in conn.execute("SELECT id FROM habit")]
            ticks = []
            for day in days:
                offset = _offset(day, travel)
                for habit in rnd.sample(habit_ids, rnd.randint(0, min(3, len(habit_ids)))):
                    local = datetime(day.year, day.month, day.day, rnd.randint(7, 22))
                    epoch = int((local - datetime(1970, 1, 1)).total_seconds()) - offset * 60
                    ticks.append((habit, epoch, offset, stamp))
            conn.executemany(
                "INSERT INTO habit_tick (habit_id, done_at, utc_offset, recorded_at)"
                " VALUES (?,?,?,?)",
                ticks,
            )
            counts["habit_tick"] = len(ticks)
    conn.execute("ANALYZE")
    conn.close()
    return counts


def _medications(conn, rnd, days, travel, stamp) -> dict[str, int]:
    """Baclofen throughout with a change each year, tizanidine for the second half; doses."""
    meds = [("Baclofen", ["08:00", "14:00", "21:00"], days[0]),
            ("Tizanidine", ["22:00"], days[len(days) // 2])]  # fmt: skip
    doses = []
    versions = 0
    for position, (name, times, start) in enumerate(meds):
        cursor = conn.execute(
            "INSERT INTO medication (uuid, name, reminders, position, created_at)"
            " VALUES (?,?,?,?,?)",
            (str(uuidlib.UUID(int=rnd.getrandbits(128))), name, 1, position, stamp),
        )
        med_id = cursor.lastrowid
        amount = 5.0
        change = start
        while change <= days[-1]:
            version = conn.execute(
                "INSERT INTO medication_version (medication_id, effective_from, active,"
                " strength, amount, unit, as_needed, created_at) VALUES (?,?,?,?,?,?,?,?)",
                (med_id, change.isoformat(), 1, "", amount, "mg", 0, stamp),
            ).lastrowid
            conn.executemany(
                "INSERT INTO medication_time (version_id, time_of_day) VALUES (?,?)",
                [(version, t) for t in times],
            )
            versions += 1
            amount += 5.0
            change += timedelta(days=365)
        for day in days:
            if day < start:
                continue
            offset = _offset(day, travel)
            for t in times:
                slot = f"{day.isoformat()} {t}"
                roll = rnd.random()
                if roll < 0.9:
                    local = datetime.fromisoformat(slot) + timedelta(minutes=rnd.randint(-20, 90))
                    epoch = int((local - datetime(1970, 1, 1)).total_seconds()) - offset * 60
                    doses.append((str(uuidlib.UUID(int=rnd.getrandbits(128))), med_id, slot,
                                  "taken", epoch, offset, stamp))  # fmt: skip
                elif roll < 0.93:
                    doses.append((str(uuidlib.UUID(int=rnd.getrandbits(128))), med_id, slot,
                                  "skipped", None, None, stamp))  # fmt: skip
    conn.executemany(
        "INSERT INTO dose (uuid, medication_id, slot_local, status, taken_at, utc_offset,"
        " recorded_at) VALUES (?,?,?,?,?,?,?)",
        doses,
    )
    return {"medication_version": versions, "dose": len(doses)}


def main(argv: list[str] | None = None) -> int:
    """Generate a diary from the command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="data folder to create (must not hold a diary)")
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--spasms", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if (args.out / DB_FILENAME).exists():
        parser.error(f"{args.out} already holds a diary")
    started = time.perf_counter()
    counts = generate(args.out, args.years, args.spasms, args.seed)
    took = time.perf_counter() - started
    print(", ".join(f"{k} {v}" for k, v in counts.items()) + f" in {took:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
