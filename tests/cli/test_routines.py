"""The ``mslog routines`` command lists routines and checks routine files."""

from __future__ import annotations

import io
import json
from pathlib import Path

from mslog.cli import main


def run(*argv: str, data_dir: Path, clock) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(
        ["--data-dir", str(data_dir), *argv], clock=clock, stdout=out, stderr=err, environ={}
    )
    return code, out.getvalue(), err.getvalue()


def test_lists_bundled_and_own_routines_with_steps_and_length(data_dir: Path, clock):
    (data_dir / "routines").mkdir(parents=True)
    mine = {
        "name": "Quick calves",
        "steps": [{"exercise": "calf_stretch", "side": "left", "duration_s": 40}],
    }
    (data_dir / "routines" / "quick.json").write_text(json.dumps(mine))
    (data_dir / "routines" / "zz-broken.json").write_text("{")
    code, out, _ = run("routines", data_dir=data_dir, clock=clock)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["Routine", "Steps", "Length"]
    assert any(line.startswith("Daily 5-minute routine") and "8    5:05" in line for line in lines)
    assert any(line.startswith("Quick calves") and "0:45  (yours)" in line for line in lines)
    assert lines[-1].startswith("Not loaded: zz-broken.json: file: is not valid JSON")


def test_check_reports_every_problem_and_exits_2(tmp_path: Path, data_dir: Path, clock):
    path = tmp_path / "mine.json"
    steps = [
        {"exercise": "calf_stretch", "side": "left", "duration_s": 30},
        {"exercise": "calf_stretch", "side": "sideways", "duration_s": 30},
        {"exercise": "handstand", "duration_s": 30},
    ]
    path.write_text(json.dumps({"name": "Mine", "steps": steps}))
    code, out, _ = run("routines", "--check", str(path), data_dir=data_dir, clock=clock)
    assert code == 2
    assert out.splitlines() == [
        "mine.json: steps[2].side: must be left, right or both, not 'sideways'",
        "mine.json: steps[3].exercise: unknown exercise 'handstand'",
        "2 problems in mine.json",
    ]


def test_check_of_a_good_file_and_of_a_missing_file(tmp_path: Path, data_dir: Path, clock):
    good = Path(__file__).resolve().parents[2] / "resources" / "routines" / "gentle_bedtime.json"
    code, out, _ = run("routines", "--check", str(good), data_dir=data_dir, clock=clock)
    assert (code, out) == (0, "gentle_bedtime.json: OK, 'Gentle bedtime routine': 8 steps, 5:20\n")
    code, out, _ = run(
        "routines", "--check", str(tmp_path / "nope.json"), data_dir=data_dir, clock=clock
    )
    assert code == 2
    assert out.startswith("nope.json: file: cannot be read")
