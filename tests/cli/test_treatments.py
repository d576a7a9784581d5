"""The mslog treatment command: one write per add, plain lines back, bad input writes nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from mslog.core.storage.database import DB_FILENAME
from tests.cli.test_cli import run
from tests.helpers.stubs import FakeClock


def stored(data_dir: Path) -> list[tuple]:
    path = data_dir / DB_FILENAME
    if not path.exists():
        return []
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT day, kind, name, sites, rate, next_refill, note FROM treatment ORDER BY id"
        ).fetchall()
    finally:
        conn.close()


def test_add_then_list_newest_first_with_the_refill_due(clock: FakeClock, data_dir: Path):
    code, out, err = run(
        ["treatment", "add", "injection", "--day", "2026-03-02", "--sites", "both calves"],
        clock,
        data_dir,
    )
    assert (code, err) == (0, "")
    assert out == "Recorded: 2026-03-02  Botulinum toxin injection  Sites: both calves\n"
    code, out, err = run(
        ["treatment", "add", "pump-refill", "--rate", "120 micrograms a day",
         "--next-refill", "2026-03-14"],
        clock,
        data_dir,
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert stored(data_dir) == [
        ("2026-03-02", "botulinum_toxin", "", "both calves", "", None, ""),
        ("2026-03-11", "pump_refill", "", "", "120 micrograms a day", "2026-03-14", ""),
    ]
    code, out, err = run(["treatment", "add", "other", "--name", "TENS trial"], clock, data_dir)
    assert code == 0
    code, out, err = run(["treatment", "list"], clock, data_dir)
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "2026-03-11  TENS trial",
        "2026-03-11  Baclofen pump refill  New rate: 120 micrograms a day · "
        "Next refill Sat 14 Mar 2026",
        "2026-03-02  Botulinum toxin injection  Sites: both calves",
        "Baclofen pump refill due on Saturday 14 March, in 3 days.",
    ]
    code, out, _ = run(["treatment", "list", "--to", "2026-03-05"], clock, data_dir)
    assert out.splitlines()[0] == "2026-03-02  Botulinum toxin injection  Sites: both calves"


def test_list_of_an_empty_record_says_so(clock: FakeClock, data_dir: Path):
    code, out, err = run(["treatment", "list"], clock, data_dir)
    assert (code, out, err) == (0, "No treatments recorded.\n", "")


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["yoga"], "kind: must be one of injection, botox, pump-refill"),
        (["injection", "--day", "tomorrow"], "--day: cannot read 'tomorrow' as a date"),
        (["injection", "--day", "2026-03-12"], "day: is after today"),
        (["physio", "--sites", "calf"], "sites: is not kept for a physiotherapy session"),
        (["other"], "name: say what the treatment was"),
        (["pump-change", "--next-refill", "2026-03-01"], "next_refill: must be after the day"),
        ([], "the following arguments are required: kind"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_writes_nothing(
    clock: FakeClock, data_dir: Path, args, words
):
    code, out, err = run(["treatment", "add", *args], clock, data_dir)
    assert code == 2
    assert out == ""
    assert words in err
    assert err.count("\n") == 1
    assert stored(data_dir) == []


def test_treatment_without_an_action_is_a_usage_error(clock: FakeClock, data_dir: Path):
    code, _out, err = run(["treatment"], clock, data_dir)
    assert code == 2
    assert "required: ACTION" in err or "action" in err.lower()
