"""Where resources are found: the checkout, an installed wheel, a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from mslog.platform import assets

ROOT = Path(__file__).resolve().parents[2]


def test_a_checkout_uses_its_resources_folder():
    assert assets.resource_path("icons", "mslog.svg") == ROOT / "resources" / "icons" / "mslog.svg"
    assert assets.resource_path("icons", "mslog.svg").is_file()


def test_a_bundle_looks_where_the_spec_puts_resources(monkeypatch: pytest.MonkeyPatch, tmp_path):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    found = assets.resource_path("sounds", "tick.wav")
    assert found == tmp_path / "mslog" / "resources" / "sounds" / "tick.wav"
    spec = (ROOT / "packaging" / "mslog.spec").read_text()
    assert '(str(ROOT / "resources"), "mslog/resources")' in spec


def test_an_installed_copy_ignores_a_stranger_resources_folder_beside_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
):
    site = tmp_path / "site-packages"
    (site / "resources").mkdir(parents=True)  # another distribution's top-level folder
    monkeypatch.setattr(assets, "_ROOT", site)
    monkeypatch.setattr(assets, "_CHECKOUT", site / "resources")
    found = assets.resource_path("icons", "mslog.svg")
    assert not found.is_relative_to(site / "resources")
    assert found.is_file()  # from the mslog.resources package
