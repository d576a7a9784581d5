"""The source archive: a distribution packager can build, test and package MSLog from it."""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
from pathlib import Path

from tests.packaging.test_wheel import _copy_sources

BUILD_SDIST = (
    "import sys; from setuptools import build_meta; print(build_meta.build_sdist(sys.argv[1]))"
)


def test_the_sdist_carries_the_tests_packaging_and_docs(tmp_path: Path):
    source, tools, out = tmp_path / "src", tmp_path / "setuptools", tmp_path / "dist"
    _copy_sources(source)
    # The build backend pyproject.toml asks for (the test venv's own setuptools may be older).
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
         "--target", str(tools), "setuptools>=77"],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    built = subprocess.run(
        [sys.executable, "-c", BUILD_SDIST, str(out)],
        cwd=source, env={**os.environ, "PYTHONPATH": str(tools)},
        capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip
    assert built.returncode == 0, built.stdout + built.stderr
    assert "Warning" not in built.stderr, built.stderr
    name = built.stdout.strip().splitlines()[-1]
    with tarfile.open(out / name) as archive:
        inside = {Path(*Path(member).parts[1:]).as_posix() for member in archive.getnames()}
    for needed in (
        "Makefile",
        ".ci/run",
        "pyproject.toml",
        "tests/conftest.py",
        "tests/ui/conftest.py",
        "tests/helpers/__init__.py",
        "packaging/mslog.spec",
        "packaging/linux/org.mslog.MSLog.desktop",
        "docs/architecture.md",
        "tools/screenshots.py",
        "resources/routines/daily_5_minutes.json",
    ):
        assert needed in inside, f"the sdist lacks {needed}"
    assert not any("__pycache__" in member for member in inside)
