"""The trends' SQL text lives in queries.py and the rollups' schema modules, nowhere else."""

import re
from pathlib import Path

import mslog.core.trends

FOLDER = Path(mslog.core.trends.__file__).parent
# queries.py: the reads kept as SQL, saying why; cache.py, rollup.py and activity.py: the
# rollups' schema steps, triggers and rebuild, frozen once shipped.
KEPT = {"queries.py", "cache.py", "rollup.py", "activity.py"}
SQL = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE|PRAGMA|CREATE|GROUP BY)\b|execute_sql\(")


def test_no_other_trends_module_holds_sql():
    found = {
        path.name: match.group(0)
        for path in sorted(FOLDER.glob("*.py"))
        if path.name not in KEPT and (match := SQL.search(path.read_text(encoding="utf-8")))
    }
    assert found == {}


def test_the_check_sees_the_sql_kept():
    assert all(SQL.search((FOLDER / name).read_text(encoding="utf-8")) for name in KEPT)
