"""A cancelled export leaves no file; a cancelled import leaves the diary exactly as it was."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from mslog.core.diary import Diary
from mslog.core.progress import CancelledError
from mslog.core.safety import export


def _diary_with_entries(tmp_path, clock, count: int = 30) -> Diary:
    source = Diary(tmp_path / "source", clock=clock)
    for severity in range(count):
        source.spasms.log(severity=severity % 11, triggers=["heat"], locations=["back"])
    return source


def test_a_cancelled_json_export_leaves_no_file(tmp_path, clock):
    source = _diary_with_entries(tmp_path, clock)
    try:
        out = tmp_path / "copy.json"
        seen = []
        with pytest.raises(CancelledError):
            export.write_json(
                source.db, out, clock.now(), progress=lambda d, t: seen.append((d, t)),
                cancelled=lambda: True,
            )  # fmt: skip
        assert not out.exists()
        assert list(tmp_path.glob(".copy.json.*")) == []  # no partial temporary either
    finally:
        source.close()


def test_a_cancelled_csv_export_leaves_none_of_its_files(tmp_path, clock):
    source = _diary_with_entries(tmp_path, clock)
    try:
        with pytest.raises(CancelledError):
            export.write_csv(source.db, source.day_rule, tmp_path / "s.csv", cancelled=lambda: True)
        assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == []
    finally:
        source.close()


def test_json_export_reports_progress_to_the_end(tmp_path, clock):
    source = _diary_with_entries(tmp_path, clock)
    try:
        seen: list[tuple[int, int]] = []
        export.write_json(
            source.db, tmp_path / "c.json", clock.now(), progress=lambda d, t: seen.append((d, t))
        )
        assert seen[-1][0] == seen[-1][1] > 0
    finally:
        source.close()


@pytest.mark.parametrize("cancel_after", [1, 3])  # while checking the file, while writing
def test_a_cancelled_import_leaves_the_diary_as_it_was(tmp_path, clock, cancel_after):
    source = _diary_with_entries(tmp_path, clock)
    path = export.write_json(source.db, tmp_path / "e.json", datetime.now(timezone.utc))
    source.close()
    target = Diary(tmp_path / "target", clock=clock)
    try:
        target.spasms.log(severity=2)
        before = target.db.execute_sql("SELECT count(*) FROM spasm").fetchone()[0]
        asked = []

        def cancelled() -> bool:
            asked.append(1)
            return len(asked) >= cancel_after

        with pytest.raises(CancelledError):
            target.safety.import_file(path, cancelled=cancelled)
        assert target.db.execute_sql("SELECT count(*) FROM spasm").fetchone()[0] == before
        assert target.db.execute_sql("SELECT count(*) FROM spasm_trigger").fetchone()[0] == 0
        assert target.safety.import_file(path).entries_added == 30  # and it still works after
    finally:
        target.close()


def test_an_export_in_the_line_layout_imports_the_same_as_read_whole(tmp_path, clock):
    import json

    source = _diary_with_entries(tmp_path, clock, count=5)
    path = export.write_json(source.db, tmp_path / "e.json", clock.now())
    source.close()
    pretty = tmp_path / "pretty.json"
    pretty.write_text(json.dumps(json.loads(path.read_text("utf-8")), indent=4), "utf-8")
    for name, file in (("lines", path), ("whole", pretty)):
        target = Diary(tmp_path / name, clock=clock)
        try:
            report = target.safety.import_file(file)
            assert (report.entries_added, report.added.get("spasm_trigger")) == (5, 5)
        finally:
            target.close()
