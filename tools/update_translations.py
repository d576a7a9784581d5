"""Refresh the catalogues: pyside6-lupdate over mslog/ into every .ts, pyside6-lrelease to .qm.

Run after adding or changing a translatable text (``make translations``), and commit the
.ts and .qm files with the change: the tests fail while the .qm files lag behind the .ts.
``--check`` changes nothing and fails if the catalogues miss a text of the code.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("en", "de", "fr", "es", "it", "nl")
# No line numbers (every edit of a file would touch all six catalogues, and branches would
# clash over them); vanished texts dropped (a reworded text is a new one).
LUPDATE_OPTIONS = ["-locations", "none", "-no-obsolete", "-sort-messages", "-silent"]


def tool(name: str) -> str:
    """Return the path of a PySide6 tool beside this Python, or on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e .)")
    return found


def sources() -> list[str]:
    """Return every Python file of the application, sorted."""
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "mslog").rglob("*.py"))


def update(folder: Path) -> None:
    """Write every language's .ts (English: its plural forms only) and .qm into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    lupdate, lrelease = tool("pyside6-lupdate"), tool("pyside6-lrelease")
    for language in LANGUAGES:
        ts = folder / f"mslog_{language}.ts"
        only = ["-pluralonly"] if language == "en" else []
        command = [lupdate, *LUPDATE_OPTIONS, *only, "-source-language", "en"]
        command += ["-target-language", language, *sources(), "-ts", str(ts)]
        subprocess.run(command, cwd=ROOT, check=True)
        qm = folder / f"mslog_{language}.qm"
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], cwd=ROOT, check=True)


def main(argv: list[str] | None = None) -> int:
    """Update the catalogues in place, or with ``--check`` say whether they are current."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; fail if stale")
    args = parser.parse_args(argv)
    if not args.check:
        update(FOLDER)
        return 0
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch)
        for path in FOLDER.glob("mslog_*.ts"):
            shutil.copy(path, copy / path.name)
        update(copy)
        stale = [
            p.name
            for p in sorted(copy.iterdir())
            if not (FOLDER / p.name).is_file() or (FOLDER / p.name).read_bytes() != p.read_bytes()
        ]
    if stale:
        print("out of date (run make translations):", ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
