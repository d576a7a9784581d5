"""A German run of the diary's safety: backups, restore, import and the diary file speak German.

Each message is checked for English left in it: no sentence of the source texts of these
contexts, no English month or weekday name. The places in a file (``tables.spasm.rows[0]``)
and its field names stay as the file writes them.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from mslog.core import i18n
from mslog.core.diary import Diary
from mslog.core.errors import DiaryDamagedError, SchemaTooNewError
from mslog.core.safety import backup
from mslog.core.safety.importer import ImportFileError, ImportReport
from mslog.core.safety.restore import check_restorable
from mslog.core.storage import failures
from mslog.core.validation import Checker, FieldError
from mslog.platform.translators import use_language_without_app
from tests.core.safety.test_import import BAD_FILES, diary, source  # noqa: F401 - fixtures
from tests.helpers.language import english_left, english_pieces

CONTEXTS = {"Backups", "DiaryFile", "Errors", "FileChecks", "Importing", "Restoring"}
# Problems found by the rules of other packages (mslog/core/spasms, mslog/core/checkin,
# mslog/core/checklists), which translate them; until then they read in English here.
OTHER_PACKAGES = {
    "must be from 0 to 10, not 11",
    "must be from 0 to 10, not 12",
    "unknown type 'sneeze' (choose from flexor, extensor, clonus, cramp, other)",
    "must be from 0 to 86400 seconds (24 hours)",
    "unknown body location 'elbow'",
    "is 10001 characters long; at most 10000 fit",
    "must be one of good, fair, poor, not 'ok'",
    "needs weeks both with (A) and without (B) the habit",
}


def english_in(text: str) -> list[str]:
    """The English pieces of these contexts and month or weekday names left in ``text``."""
    return english_left(text, CONTEXTS)


@pytest.fixture
def german() -> Iterator[None]:
    """Speak German, as the command line does for MSLOG_LANGUAGE=de; English after it."""
    restore = use_language_without_app("de")
    yield
    restore()


def test_the_catalogue_gives_english_pieces_to_look_for():
    assert "Nothing was imported" in english_pieces(CONTEXTS)
    assert "is a folder, not a diary file" in english_pieces(CONTEXTS)


def test_a_damaged_diary_is_explained_in_german(german, data_dir: Path, clock):
    data_dir.mkdir(parents=True)
    (data_dir / "diary.sqlite3").write_bytes(b"")
    with pytest.raises(DiaryDamagedError) as caught:
        Diary(data_dir, clock=clock)
    text = str(caught.value)
    assert "ist leer (0 Byte)" in text
    assert "Ihre Tagebuchdatei" in text
    assert english_in(text) == []


def test_a_newer_diary_is_refused_in_german(german):
    text = str(SchemaTooNewError(99, 13))
    assert "neueren MSLog-Version" in text
    assert english_in(text) == []


def test_backups_are_listed_in_german(german, diary: Diary):  # noqa: F811 - the fixture
    diary.spasms.log()
    diary.safety.backup_now()
    [info] = diary.safety.list_backups()
    assert "von Ihnen angelegt" in info.label
    assert "1 Eintrag" in info.label
    assert "März" in info.label  # QLocale's German month: 11 Mar 2026
    assert english_in(info.label) == []


def test_a_file_that_is_no_backup_is_refused_in_german(german, tmp_path: Path):
    other = tmp_path / "not-a-diary.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    for path in (other, tmp_path / "missing.sqlite3", tmp_path):
        with pytest.raises(backup.BackupError) as caught:
            check_restorable(path)
        text = str(caught.value)
        assert "Ihr Tagebuch wurde nicht geändert" in text
        assert english_in(text) == []


@pytest.mark.parametrize(("damage", "named"), BAD_FILES)
def test_a_bad_import_file_is_explained_in_german(
    german,
    diary: Diary,  # noqa: F811 - the fixture
    source,  # noqa: F811 - the fixture
    tmp_path: Path,
    damage,
    named,
):
    bad = damage(source)
    path = tmp_path / "bad.json"
    path.write_text(bad if isinstance(bad, str) else json.dumps(bad), encoding="utf-8")
    in_german = i18n.installed()
    i18n.install(None)
    with pytest.raises(ImportFileError) as caught:
        diary.safety.import_file(path)
    english = caught.value.message
    i18n.install(in_german)
    with pytest.raises(ImportFileError) as caught:
        diary.safety.import_file(path)
    text = str(caught.value)
    assert "Nichts wurde importiert" in text
    if caught.value.message == english and english not in OTHER_PACKAGES:
        pytest.fail(f"untranslated: {english}")
    # The rules of the spasm log and the check-in say their own words (their packages').
    assert english_in(text.replace(english, "") if english in OTHER_PACKAGES else text) == []
    place = named.split(":")[0].split(" ")[0]
    if place.startswith(("tables", "format", "schema_version")):
        assert place in text  # the place in the file, as the file writes it


def test_an_unreadable_import_file_is_explained_in_german(german, diary: Diary, tmp_path):  # noqa: F811
    for path, said in ((tmp_path, "ist ein Ordner"), (tmp_path / "gone.json", "nicht lesen")):
        with pytest.raises(ImportFileError) as caught:
            diary.safety.import_file(path)
        assert said in str(caught.value)
        assert english_in(str(caught.value)) == []
    text = tmp_path / "text.json"
    text.write_bytes(b'{"a": "\xff"}')
    with pytest.raises(ImportFileError) as caught:
        diary.safety.import_file(text)
    assert "Byte 7: die Datei ist kein UTF-8-Text" in str(caught.value)


@pytest.mark.parametrize(
    ("added", "already", "said"),
    [
        ({"spasm": 1}, {}, "1 neuer Spasmus-Eintrag importiert."),
        ({"spasm": 0}, {"spasm": 2}, "0 neue Spasmus-Einträge importiert; 2 waren schon"),
        ({"spasm": 2, "checkin": 1}, {"spasm": 1}, "1 war schon in Ihrem Tagebuch (und 1 weiterer"),
    ],
)
def test_the_import_summary_is_german(german, added, already, said):
    text = ImportReport(added, already).summary()
    assert said in text
    assert english_in(text) == []


def test_the_checks_of_a_file_speak_german(german):
    check = Checker()
    problems = []
    for run in (
        lambda: check.at("steps").array([], 1, 3, noun="steps"),
        lambda: check.at("rest_s").whole(-1, 0, 60, "seconds"),
        lambda: check.at("side").choice("up", ("left", "right", "both")),
        lambda: check.at("name").line("", 1, 40),
        lambda: check.object([], ("a",)),
        lambda: check.object({"b": 1}, ("a",)),
    ):
        with pytest.raises(FieldError) as caught:
            run()
        problems.append(str(caught.value))
    assert problems[0] == "steps: muss 1 bis 3 Schritte haben, nicht 0"
    assert problems[1] == "rest_s: muss zwischen 0 und 60 Sekunden liegen, nicht -1"
    assert problems[2] == "side: muss left, right oder both sein, nicht 'up'"
    assert [p for p in problems if english_in(p)] == []


def test_failed_saves_are_explained_in_german(german):
    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorcode = 13  # type: ignore[attr-defined]
    texts = [
        failures.message(full),
        failures.message(OSError(5, "Input/output error")),
        failures.replaced_text_notice(1),
        failures.replaced_text_notice(3),
    ]
    assert "Der Datenträger ist voll" in texts[0]
    assert texts[2].startswith("1 Wert in Ihrem Tagebuch ist")
    assert texts[3].startswith("3 Werte in Ihrem Tagebuch sind")
    assert [t for t in texts if english_in(t)] == []


def test_english_is_still_the_default():
    assert str(SchemaTooNewError(99, 13)).startswith("This diary was saved by a newer version")
    assert failures.replaced_text_notice(1).startswith("1 value in your diary is not")
    report = ImportReport({"spasm": 0, "checkin": 2}, {"spasm": 1})
    assert report.summary() == (
        "Imported 0 new spasm entries; 1 was already in your diary (and 2 other records)."
    )
