"""The wheel: every package listed, and an installed (not editable) copy runs with its resources."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _setuptools_config() -> dict:
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+; 3.10 skips the pyproject checks
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return tomllib.load(handle)["tool"]["setuptools"]


def _source_packages() -> set[str]:
    """Return every folder under mslog/ holding Python code, as a dotted package name."""
    found = set()
    for folder in [ROOT / "mslog", *(ROOT / "mslog").rglob("*")]:
        if folder.is_dir() and folder.name != "__pycache__" and any(folder.glob("*.py")):
            found.add(".".join(folder.relative_to(ROOT).parts))
    return found


def test_every_package_under_mslog_is_listed_in_pyproject():
    listed = set(_setuptools_config()["packages"])
    missing = sorted(_source_packages() - listed)
    assert not missing, f"add {missing} to [tool.setuptools] packages in pyproject.toml"


def _folder(package: str, package_dir: dict[str, str]) -> Path:
    """Return the folder a listed package is read from (following ``package-dir``)."""
    parts = package.split(".")
    for cut in range(len(parts), 0, -1):
        mapped = package_dir.get(".".join(parts[:cut]))
        if mapped is not None:
            return ROOT / mapped / Path(*parts[cut:])
    return ROOT / Path(*parts)


def test_every_listed_package_exists_with_an_init_file():
    config = _setuptools_config()
    mapping = config.get("package-dir", {})
    for package in config["packages"]:
        folder = _folder(package, mapping)
        if package.startswith("mslog.resources."):  # a data folder, shipped by package-data
            assert folder.is_dir(), f"{package}: no folder {folder}"
            assert package in config["package-data"], f"{package}: no package-data entry"
        else:
            assert (folder / "__init__.py").is_file(), f"{package}: no {folder}/__init__.py"


def test_every_resource_folder_is_listed():
    """A new folder in resources/ must be listed, or setuptools warns and may leave it out."""
    config = _setuptools_config()
    data = config["package-data"]
    for folder in sorted(p for p in (ROOT / "resources").rglob("*") if p.is_dir()):
        if folder.name == "__pycache__" or not any(f.is_file() for f in folder.iterdir()):
            continue
        parts = folder.relative_to(ROOT / "resources").parts
        covered = any(
            ".".join(("mslog.resources", *parts[:cut])) in data
            and (cut == len(parts) or "**/*" in data[".".join(("mslog.resources", *parts[:cut]))])
            for cut in range(len(parts), 0, -1)
        )
        assert covered, f"list mslog.resources.{'.'.join(parts)} in pyproject.toml"


def _copy_sources(target: Path) -> None:
    """Copy the checkout's files (tracked and new, not ignored) so nothing stale gets built."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT, capture_output=True, check=False,
    )  # fmt: skip
    if listed.returncode != 0:  # not a git checkout (an unpacked sdist)
        shutil.copytree(ROOT, target, ignore=shutil.ignore_patterns(".venv", "build", "dist"))
        return
    for name in listed.stdout.decode().split("\0"):
        if name and (ROOT / name).is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, target / name)


def test_the_wheel_installed_in_a_clean_venv_runs_with_all_resources(tmp_path: Path):
    source, wheels, env_dir = tmp_path / "src", tmp_path / "wheels", tmp_path / "venv"
    _copy_sources(source)
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check"]
    built = subprocess.run(
        [*pip, "wheel", "--no-deps", "--quiet", "-w", str(wheels), str(source)],
        capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip
    assert built.returncode == 0, built.stdout + built.stderr
    # setuptools accepts the configuration without a word (a newcomer reads warnings as broken).
    assert "Warning" not in built.stdout + built.stderr
    (wheel,) = wheels.glob("mslog-*.whl")

    # A fresh venv; its dependencies (PySide6 etc.) come from this test run's environment
    # through a path entry placed after its own site-packages, so mslog itself can only come
    # from the wheel: the editable install's hooks are not loaded from a plain path entry.
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    deps = {sysconfig.get_path("purelib"), sysconfig.get_path("platlib")}
    Path(purelib, "zz_test_deps.pth").write_text("\n".join(sorted(deps)) + "\n")
    installed = subprocess.run(
        [*pip, "--python", str(python), "install", "--no-index", "--no-deps", "-q", str(wheel)],
        capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip
    assert installed.returncode == 0, installed.stdout + installed.stderr

    work = tmp_path / "elsewhere"  # not the checkout, so `import mslog` cannot find it
    work.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MSLOG_DATA_DIR": str(tmp_path / "d")}
    env.pop("PYTHONPATH", None)

    def run(*args: str) -> str:
        done = subprocess.run(
            args, cwd=work, env=env, capture_output=True, text=True, check=False, timeout=120
        )
        assert done.returncode == 0, f"{args}: {done.stdout}{done.stderr}"
        return done.stdout

    script = env_dir / "bin" / "mslog"
    from mslog import __version__

    assert run(str(script), "--version").strip() == f"MSLog {__version__}"
    assert run(str(script), "log", "--severity", "3").startswith("Saved spasm")
    assert "Daily 5-minute routine" in run(str(script), "routines")  # routine JSON from the wheel
    checked = run(
        str(python),
        "-c",
        "import mslog, sys\n"
        "from pathlib import Path\n"
        "from mslog.platform.assets import resource_path\n"
        "print(Path(mslog.__file__).resolve())\n"
        "print(resource_path('icons', 'mslog.svg').resolve())\n"
        "print(sorted(str(p.relative_to(resource_path())) for p in resource_path().rglob('*')\n"
        "      if p.is_file() and '__pycache__' not in p.parts))",
    ).splitlines()
    site = Path(purelib).resolve()
    assert Path(checked[0]).is_relative_to(site), "mslog was imported from outside the venv"
    assert Path(checked[1]).is_relative_to(site)
    assert Path(checked[1]).is_file()
    shipped = sorted(
        str(p.relative_to(ROOT / "resources"))
        for p in (ROOT / "resources").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    )
    assert checked[2] == repr(shipped), "the wheel's resources differ from resources/"
    # The window starts from the installed copy too (icon, style and first tab).
    shown = subprocess.run(
        [str(script)], cwd=work, env={**env, "MSLOG_EXIT_WHEN_SHOWN": "1"},
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.split() == ["MSLOG_SHOWN", "MSLOG_READY"]  # painted, then the diary open
