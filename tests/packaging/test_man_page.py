"""The manual page: made from the parser, so it names every command `mslog --help` does."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from mslog.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "packaging" / "linux" / "mslog.1"


def test_the_page_is_what_the_parser_makes_now():
    checked = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "make_man.py"), "--check"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert checked.returncode == 0, checked.stderr


def test_every_command_and_the_data_folder_are_in_the_page():
    page = PAGE.read_text(encoding="utf-8")
    for name in build_parser()._subparsers._group_actions[0].choices:  # type: ignore[union-attr]
        assert f".B {name.replace('-', chr(92) + '-')}\n" in page, name
    assert "MSLOG_DATA_DIR" in page
    assert "\\-\\-data\\-dir" in page


def test_man_reads_the_page_without_a_warning():
    if shutil.which("man") is None:
        pytest.skip("man is not installed")
    shown = subprocess.run(
        ["man", "--warnings", "-l", str(PAGE)],
        capture_output=True, text=True, check=False,
        env={"MANWIDTH": "80", "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    assert shown.returncode == 0, shown.stderr
    assert shown.stderr == ""
    assert "opens its window" in " ".join(shown.stdout.split())
