"""Starting MSLog at login (so reminders work) with an XDG autostart entry, off by default.

Linux and the BSDs: a ``.desktop`` file in ``$XDG_CONFIG_HOME/autostart`` (the freedesktop
"Desktop Application Autostart" specification, honoured by GNOME, KDE, Xfce, Cinnamon, MATE, LXQt).
Windows and macOS use other mechanisms (a Startup-folder shortcut or Run registry value; a
LaunchAgent property list); ``packaging/README.md`` says how, and ``supported()`` is False there.

The folder is passed in: ``config_home(os.environ)`` finds it at the program's edge.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from mslog.core.i18n import Words
from mslog.platform.files import write_text_atomically


class Autostart(Words):
    """The translation context of the autostart entry (its comment, shown by the desktop)."""


APP_ID = "org.mslog.MSLog"
FILE_NAME = f"{APP_ID}.desktop"

# Characters that make a desktop-entry Exec argument need quoting, and those escaped inside quotes.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
_ESCAPED_IN_QUOTES = '"`$\\'


def supported(platform: str = sys.platform) -> bool:
    """Return whether this module can switch autostart on this platform (XDG desktops)."""
    return platform.startswith(("linux", "freebsd", "openbsd", "netbsd", "dragonfly"))


def config_home(environ: Mapping[str, str]) -> Path:
    """Return ``$XDG_CONFIG_HOME``, or ``$HOME/.config`` when it is unset or not absolute."""
    value = environ.get("XDG_CONFIG_HOME", "")
    if value and Path(value).is_absolute():
        return Path(value)
    return Path(environ.get("HOME") or Path.home()) / ".config"


def default_command() -> list[str]:
    """Return the command that starts this MSLog (the bundle's program, or Python ``-m mslog``)."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "mslog"]


def entry_path(config_dir: Path) -> Path:
    """Return where the autostart entry lives under the XDG config folder ``config_dir``."""
    return Path(config_dir) / "autostart" / FILE_NAME


def exec_line(command: Sequence[str]) -> str:
    """Return ``command`` as a desktop-entry ``Exec`` value, quoted and escaped per the spec."""
    if not command or not command[0]:
        raise ValueError("the autostart command is empty")
    parts = []
    for arg in command:
        if any(ord(c) < 32 or ord(c) == 127 for c in arg):
            raise ValueError(f"the autostart command has a control character: {arg!r}")
        if arg and not (set(arg) & _RESERVED):
            quoted = arg
        else:
            quoted = '"' + "".join("\\" + c if c in _ESCAPED_IN_QUOTES else c for c in arg) + '"'
        parts.append(quoted.replace("%", "%%"))
    # The key file format then escapes each backslash once more.
    return " ".join(parts).replace("\\", "\\\\")


def entry_text(command: Sequence[str]) -> str:
    """Return the autostart ``.desktop`` file's text for ``command``."""
    # The comment in the language MSLog speaks now, on one line (the desktop shows it).
    comment = " ".join(Autostart.tr("Start MSLog at login so its reminders can appear").split())
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=MSLog\n"
        f"Comment={comment}\n"
        f"Exec={exec_line(command)}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def enable(config_dir: Path, command: Sequence[str]) -> Path:
    """Write the autostart entry that runs ``command`` at login; return its path."""
    path = entry_path(config_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    # A half-written entry never replaces a good one.
    return write_text_atomically(path, entry_text(command))


def disable(config_dir: Path) -> None:
    """Remove the autostart entry, if there is one."""
    entry_path(config_dir).unlink(missing_ok=True)


def is_enabled(config_dir: Path) -> bool:
    """Return whether an autostart entry exists and is not switched off inside the file."""
    try:
        text = entry_path(config_dir).read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError, UnicodeDecodeError):
        return False
    keys = {}
    for line in text.splitlines():
        key, sep, value = line.partition("=")
        if sep:
            keys[key.strip()] = value.strip().lower()
    # Desktops' own "startup applications" tools switch an entry off with either key.
    return keys.get("Hidden") != "true" and keys.get("X-GNOME-Autostart-enabled") != "false"
