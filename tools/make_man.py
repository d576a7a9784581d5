"""Write the manual page packaging/linux/mslog.1 from the command-line parser (one source)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PAGE = ROOT / "packaging" / "linux" / "mslog.1"


def _escape(text: str) -> str:
    """Return ``text`` safe for roff: backslashes, hyphens and a leading dot or quote."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\\&" + text if text[:1] in {".", "'"} else text


def _commands(parser: argparse.ArgumentParser) -> list[tuple[str, str, argparse.ArgumentParser]]:
    """Return each subcommand's name, one-line help and parser, in the order of ``--help``."""
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return [(c.dest, c.help or "", sub.choices[c.dest]) for c in sub._choices_actions]


def _usage(parser: argparse.ArgumentParser) -> str:
    """Return the command's usage line without argparse's "usage: " prefix."""
    formatter = argparse.HelpFormatter(parser.prog, width=10_000)
    formatter.add_usage(parser.usage, parser._actions, parser._mutually_exclusive_groups, "")
    return " ".join(formatter.format_help().split())


def render() -> str:
    """Return the manual page's roff source."""
    from mslog import __version__
    from mslog.cli import build_parser, data_dir_help

    parser = build_parser()
    lines = [
        ".\\\" Made by tools/make_man.py from mslog's own parser; edit that, not this file.",
        f'.TH MSLOG 1 "" "MSLog {__version__}" "User Commands"',
        ".SH NAME",
        "mslog \\- a private desktop diary for multiple sclerosis spasms",
        ".SH SYNOPSIS",
        ".B mslog",
        "[\\fB\\-\\-data\\-dir\\fR \\fIPATH\\fR]",
        ".br",
        ".B mslog",
        "[\\fB\\-\\-data\\-dir\\fR \\fIPATH\\fR] \\fICOMMAND\\fR [\\fIOPTIONS\\fR]",
        ".SH DESCRIPTION",
        "MSLog records spasms with one press, plays guided stretch routines, keeps checklists",
        "of doses and habits, and shows trends with a report for an appointment.",
        "With no \\fICOMMAND\\fR, \\fBmslog\\fR opens its window.",
        "The commands below work in the terminal and never open the window;",
        "\\fBmslog\\fR \\fICOMMAND\\fR \\fB\\-\\-help\\fR tells more about each.",
        "Your diary stays on this computer: MSLog sends nothing anywhere.",
        "MSLog records and summarises; it gives no medical advice and never suggests doses.",
        ".SH OPTIONS",
        ".TP",
        '.BR \\-\\-data\\-dir " " \\fIPATH\\fR',
        _escape(data_dir_help()[0].upper() + data_dir_help()[1:]) + ".",
        ".TP",
        ".B \\-\\-version",
        "Print the version and exit.",
        ".TP",
        '.BR \\-h ", " \\-\\-help',
        "Print a summary of the commands and exit.",
        ".SH COMMANDS",
    ]
    for name, summary, command in _commands(parser):
        lines += [".TP", f".B {_escape(name)}", _escape(summary[0].upper() + summary[1:]) + "."]
        lines += [".br", f"Usage: {_escape(_usage(command))}"]
    lines += [
        ".SH ENVIRONMENT",
        ".TP",
        ".B MSLOG_DATA_DIR",
        "The folder holding the diary, when \\fB\\-\\-data\\-dir\\fR is not given.",
        ".SH FILES",
        ".TP",
        ".I ~/.local/share/MSLog/",
        "The diary (an SQLite file), its daily backups and settings, on Linux by default",
        "(\\fB$XDG_DATA_HOME\\fR is followed when set).",
        ".SH EXIT STATUS",
        "0 when the command did what was asked, 1 when it could not (the message says why),",
        "2 for a command line that was not understood.",
        ".SH SEE ALSO",
        "The README that comes with MSLog, and its Help menu (F1) for the window's shortcuts.",
    ]
    return "\n".join(lines) + "\n"


def main() -> int:
    """Write the page; ``--check`` only says whether the written one is up to date."""
    text = render()
    if "--check" in sys.argv[1:]:
        current = PAGE.read_text(encoding="utf-8") if PAGE.exists() else ""
        if current != text:
            print(f"{PAGE} is out of date: run python tools/make_man.py", file=sys.stderr)
            return 1
        return 0
    PAGE.write_text(text, encoding="utf-8")
    print(f"wrote {PAGE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
