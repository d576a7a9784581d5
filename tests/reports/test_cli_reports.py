"""Helpers for the report and export command tests."""

from __future__ import annotations

import io
from pathlib import Path

from mslog.cli import main
from tests.helpers.stubs import FakeClock


def run(args: list[str], clock: FakeClock, data_dir: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(
        [*args, "--data-dir", str(data_dir)], clock=clock, stdout=out, stderr=err, environ={}
    )
    return code, out.getvalue(), err.getvalue()
