"""Peak memory of the JSON and CSV exports and the time of a JSON import, by diary size.

Usage: ``python bench/export_import.py DIARIES_DIR [--years 1 10 30] [--against CHECKOUT]``

``DIARIES_DIR`` holds diaries made by ``bench/gen_diary.py`` as ``<N>y`` (made once and
reused: thirty years take a minute to generate). Each measure runs in a fresh child process
(peak RSS from ``resource.getrusage``; wall and CPU time, CPU being steadier on a shared
machine), the empty diary's alongside in the same run. ``--against`` also imports each file
with another checkout's code (main's, say), alternated twice with this one's.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import json, resource, sys, time
from datetime import datetime, timezone
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from mslog.core.diary import Diary
from mslog.core.safety import export
what, data_dir, out = sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4])
with Diary(data_dir) as diary:
    start = time.perf_counter()
    cpu = time.process_time()
    if what == "json":
        export.write_json(diary.db, out, datetime.now(timezone.utc))
    elif what == "csv":
        export.write_csv(diary.db, diary.day_rule, out)
    else:
        diary.safety.import_file(out)
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "cpu": cpu, "peak_mib": rss}))
"""


def _run(what: str, data_dir: Path, out: Path, root: Path = ROOT) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(root), what, str(data_dir), str(out)],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    """Print one line per measure: the diary's figure, the empty diary's and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("diaries", type=Path)
    parser.add_argument("--years", type=int, nargs="+", default=[1, 10, 30])
    parser.add_argument("--against", type=Path, help="another checkout whose import to alternate")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        empty = work / "empty"
        base = {
            "json": _run("json", empty, work / "empty.json"),
            "csv": _run("csv", empty, work / "empty.csv"),
        }
        base["import"] = _run("import", work / "empty-target", work / "empty.json")
        for years in args.years:
            source = args.diaries / f"{years}y"
            copy = work / f"{years}y.json"
            figures = {
                "json": _run("json", source, copy),
                "csv": _run("csv", source, work / f"{years}y.csv"),
                "import": _run("import", work / f"{years}y-target", copy),
            }
            size = copy.stat().st_size / 2**20
            for what, found in figures.items():
                key = "seconds" if what == "import" else "peak_mib"
                print(
                    f"{years:>2} years  {what:<6}  {key} {found[key]:8.2f}"
                    f"  (empty {base[what][key]:6.2f}; ratio {found[key] / base[what][key]:5.2f}x;"
                    f" peak {found['peak_mib']:.0f} MiB; {found['seconds']:.1f} s"
                    f" ({found['cpu']:.1f} s CPU, empty {base[what]['cpu']:.2f});"
                    f" file {size:.0f} MiB)"
                )
            if args.against is not None:
                _alternate(args.against, work, copy, years)
            for path in work.glob(f"{years}y*"):
                if path.is_file():
                    path.unlink()
    return 0


def _alternate(against: Path, work: Path, copy: Path, years: int) -> None:
    """Import ``copy`` with ``against``'s code and this checkout's, alternated twice."""
    for turn in range(2):
        for name, root in (("against", against), ("this", ROOT)):
            found = _run("import", work / f"{years}y-{name}-{turn}", copy, root)
            print(
                f"{years:>2} years  import  {name:<7} #{turn}  {found['seconds']:.2f} s"
                f" ({found['cpu']:.2f} s CPU); peak {found['peak_mib']:.0f} MiB"
            )


if __name__ == "__main__":
    sys.exit(main())
