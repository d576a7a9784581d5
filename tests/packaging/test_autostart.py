"""Autostart at login: an XDG autostart entry that is written, read back and removed."""

from __future__ import annotations

import configparser
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mslog.platform import autostart


def _exec_value(path: Path) -> str:
    parser = configparser.RawConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]["Exec"]


def _split_exec(value: str) -> list[str]:
    """Undo desktop-entry escaping the way a desktop does (key file, then Exec quoting)."""
    unescaped, i = "", 0
    while i < len(value):  # the key-file layer: \\ \s \n \t \r
        if value[i] == "\\" and i + 1 < len(value):
            unescaped += {"s": " ", "n": "\n", "t": "\t", "r": "\r"}.get(value[i + 1], value[i + 1])
            i += 2
        else:
            unescaped += value[i]
            i += 1
    args, current, quoted, i, started = [], "", False, 0, False
    while i < len(unescaped):
        c = unescaped[i]
        if quoted and c == "\\":
            current += unescaped[i + 1]
            i += 1
        elif c == '"':
            quoted, started = not quoted, True
        elif c == " " and not quoted:
            if started:
                args.append(current)
            current, started = "", False
        elif c == "%":
            assert unescaped[i + 1] == "%", "a lone % is a field code"
            current += "%"
            i += 1
            started = True
        else:
            current += c
            started = True
        i += 1
    if started:
        args.append(current)
    return args


def test_off_until_enabled_then_on_then_off_again(tmp_path: Path):
    config = tmp_path / "config"
    assert not autostart.is_enabled(config)
    path = autostart.enable(config, ["/usr/bin/mslog"])
    assert path == config / "autostart" / "org.mslog.MSLog.desktop"
    assert autostart.is_enabled(config)
    assert _exec_value(path) == "/usr/bin/mslog"
    autostart.disable(config)
    assert not path.exists()
    assert not autostart.is_enabled(config)
    autostart.disable(config)  # disabling twice is harmless


def test_enabling_again_replaces_the_command_and_leaves_no_temporary_file(tmp_path: Path):
    autostart.enable(tmp_path, ["/old/mslog"])
    autostart.enable(tmp_path, ["/new/python", "-m", "mslog"])
    assert _exec_value(autostart.entry_path(tmp_path)) == "/new/python -m mslog"
    assert [p.name for p in (tmp_path / "autostart").iterdir()] == ["org.mslog.MSLog.desktop"]


@pytest.mark.parametrize("key", ["Hidden=true", "X-GNOME-Autostart-enabled=false"])
def test_an_entry_switched_off_by_the_desktops_own_tool_counts_as_off(tmp_path: Path, key: str):
    path = autostart.enable(tmp_path, ["mslog"])
    path.write_text(path.read_text().replace("X-GNOME-Autostart-enabled=true", key))
    assert not autostart.is_enabled(tmp_path)


def test_paths_with_spaces_quotes_and_percent_survive_the_desktop_entry_escaping(tmp_path: Path):
    command = ['/home/ann smith/MS "Log"/mslog', "--data-dir", "/data/100% $HOME\\x"]
    path = autostart.enable(tmp_path, command)
    assert _exec_value(path) == (
        '"/home/ann smith/MS \\\\"Log\\\\"/mslog" --data-dir "/data/100%% \\\\$HOME\\\\\\\\x"'
    )
    assert _split_exec(_exec_value(path)) == command


@given(st.lists(st.text(st.characters(exclude_categories=["Cc", "Cs"]), min_size=1), min_size=1))
def test_any_command_reads_back_as_written(command: list[str]):
    assert _split_exec(autostart.exec_line(command)) == command


def test_an_empty_command_or_a_line_break_is_refused(tmp_path: Path):
    with pytest.raises(ValueError, match="empty"):
        autostart.enable(tmp_path, [])
    with pytest.raises(ValueError, match="control character"):
        autostart.enable(tmp_path, ["mslog", "--data-dir", "a\nb"])
    assert not autostart.is_enabled(tmp_path)


def test_the_entry_passes_desktop_file_validate(tmp_path: Path):
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate is not installed (.ci/run installs it)")
    path = autostart.enable(tmp_path, ["/opt/MS Log/mslog", "--data-dir", "/data/a b"])
    done = subprocess.run([tool, str(path)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout


def test_config_home_follows_xdg_then_home(tmp_path: Path):
    assert autostart.config_home({"XDG_CONFIG_HOME": "/x/cfg", "HOME": "/h"}) == Path("/x/cfg")
    # The spec says a relative value is invalid and must be ignored.
    assert autostart.config_home({"XDG_CONFIG_HOME": "cfg", "HOME": "/h"}) == Path("/h/.config")
    assert autostart.config_home({"HOME": "/h"}) == Path("/h/.config")


def test_supported_only_where_xdg_autostart_exists():
    assert autostart.supported("linux")
    assert autostart.supported("freebsd14")
    assert not autostart.supported("win32")
    assert not autostart.supported("darwin")


def test_default_command_starts_this_mslog():
    command = autostart.default_command()
    done = subprocess.run([*command, "--version"], capture_output=True, text=True, check=False)
    assert done.returncode == 0
    assert done.stdout.startswith("MSLog ")
