"""Linux desktop integration: one app id everywhere, files the desktop's own validators accept."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import mslog

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "org.mslog.MSLog"
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
HICOLOR = ROOT / "resources" / "icons" / "hicolor"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (.ci/run installs it)")
    return path


def _desktop_entry(path: Path) -> dict[str, str]:
    parser = configparser.RawConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_desktop_file_passes_desktop_file_validate():
    done = subprocess.run(
        [_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "error" not in done.stdout.lower()


def test_metainfo_passes_appstreamcli_validate():
    done = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", "--no-color", str(METAINFO)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr


def test_one_app_id_names_the_desktop_file_icon_metainfo_and_running_app():
    entry = _desktop_entry(DESKTOP)
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == "mslog"  # the wheel's script; install.sh may repoint it
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert root.findtext("provides/binary") == "mslog"
    # Wayland and the taskbar match a window to its .desktop file by this name.
    assert f'setDesktopFileName("{APP_ID}")' in (ROOT / "mslog" / "ui" / "app.py").read_text()


def test_metainfo_has_release_notes_for_this_version():
    root = ET.parse(METAINFO).getroot()
    releases = root.findall("releases/release")
    assert releases[0].get("version") == mslog.__version__
    assert releases[0].findall("description/ul/li"), "the release needs notes"


# The project has no public web address yet, and a made-up one sends software centres (and
# people) to a site that does not exist. Once there is one, list it here and add the
# <url type="homepage"> and <screenshots> elements (packaging/README.md says how).
PUBLIC_ADDRESSES: tuple[str, ...] = ()


def test_metainfo_names_only_web_addresses_the_project_has():
    for url in re.findall(r"https?://[^<>\s\"]+", METAINFO.read_text(encoding="utf-8")):
        assert url.startswith(PUBLIC_ADDRESSES), f"{url} is not an address of the project's"


@pytest.mark.parametrize("size", SIZES)
def test_hicolor_png_icons_have_their_size(size: int):
    png = HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    assert _png_size(png.read_bytes()) == (size, size)


def test_windows_ico_and_macos_icns_hold_png_icons():
    ico = (ROOT / "packaging" / "windows" / "mslog.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for i in range(count):
        entry = struct.unpack("<BBBBHHII", ico[6 + 16 * i : 22 + 16 * i])
        width, length, offset = entry[0], entry[6], entry[7]
        size = _png_size(ico[offset : offset + length])[0]
        assert width == (0 if size >= 256 else size)  # 0 stands for 256
        sizes.add(size)
    assert {16, 32, 48, 256} <= sizes

    icns = (ROOT / "packaging" / "macos" / "mslog.icns").read_bytes()
    assert icns[:4] == b"icns"
    assert struct.unpack(">I", icns[4:8])[0] == len(icns)
    offset, kinds = 8, {}
    while offset < len(icns):
        kind = icns[offset : offset + 4]
        (length,) = struct.unpack(">I", icns[offset + 4 : offset + 8])
        kinds[kind] = _png_size(icns[offset + 8 : offset + length])[0]
        offset += length
    assert kinds[b"ic10"] == 1024
    assert kinds[b"ic07"] == 128
    assert kinds[b"icp4"] == 16


def test_install_script_puts_each_file_where_desktops_look(tmp_path: Path):
    env = {**os.environ, "PREFIX": "/usr", "DESTDIR": str(tmp_path), "EXEC": "/opt/MS Log/mslog"}
    subprocess.run(
        ["bash", str(LINUX / "install.sh")], env=env, check=True, capture_output=True, text=True
    )
    share = tmp_path / "usr" / "share"
    desktop = share / "applications" / f"{APP_ID}.desktop"
    assert _desktop_entry(desktop)["Exec"] == '"/opt/MS Log/mslog"'
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").read_bytes() == METAINFO.read_bytes()
    assert (share / "man" / "man1" / "mslog.1").read_bytes() == (LINUX / "mslog.1").read_bytes()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    for size in SIZES:
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    if shutil.which("desktop-file-validate"):
        done = subprocess.run(
            ["desktop-file-validate", str(desktop)], capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, done.stdout
