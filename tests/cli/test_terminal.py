"""What commands print never hands a note's control characters to the terminal."""

from __future__ import annotations

import io
import json

import pytest

from mslog.cli.terminal import Terminal, terminal_safe
from mslog.core.diary import Diary
from tests.cli.test_cli import run

# Sets the terminal's title, clears the screen, then hides the rest as invisible text.
HOSTILE = "calm\x1b]0;pwned\x07\x1b[2J\x1b[8msecret\x9b31m\u202egnp.exe"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("\x1b[2J", "\\x1b[2J"),
        ("bell\x07", "bell\\x07"),
        ("\x9b31m", "\\x9b31m"),  # a one-byte escape sequence start on some terminals
        ("\x7f", "\\x7f"),
        ("rev\u202eersed", "rev\\u202eersed"),
        ("over\rwrite", "over\\x0dwrite"),
        ("line\r\nnext\tcol", "line\r\nnext\tcol"),
        ("Café 👨\u200d👩\u200d👧 ß", "Café 👨\u200d👩\u200d👧 ß"),  # joined emoji stay whole
    ],
)
def test_control_characters_are_written_out(text, shown):
    assert terminal_safe(text) == shown


def test_list_shows_a_hostile_note_without_obeying_it(clock, data_dir):
    with Diary(data_dir, clock=clock) as diary:
        diary.spasms.log(severity=3, note=HOSTILE)
    code, out, err = run(["list"], clock, data_dir)
    assert (code, err) == (0, "")
    assert "\x1b" not in out
    assert "\x9b" not in out
    assert "\u202e" not in out
    assert "calm\\x1b]0;pwned\\x07\\x1b[2J" in out


def test_an_error_naming_a_hostile_value_is_escaped_too(clock, data_dir):
    code, _, err = run(["log", "--type", "\x1b[2Jflexor"], clock, data_dir)
    assert code == 2
    assert "\x1b" not in err


def test_an_export_into_a_pipe_is_exact(clock, data_dir):
    with Diary(data_dir, clock=clock) as diary:
        diary.spasms.log(severity=3, note=HOSTILE)
    code, out, _ = run(["export", "--format", "json"], clock, data_dir)
    assert code == 0
    [row] = json.loads(out)["tables"]["spasm"]["rows"]
    assert HOSTILE in row
    code, out, _ = run(["export", "--format", "csv"], clock, data_dir)
    assert code == 0
    assert HOSTILE in out


class _FakeTty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_an_export_shown_on_a_terminal_is_escaped():
    screen = _FakeTty()
    Terminal(screen).write_data(f'"{HOSTILE}"\r\n')
    assert "\x1b" not in screen.getvalue()
    assert screen.getvalue().endswith('gnp.exe"\r\n')
