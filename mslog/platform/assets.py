"""Finding files shipped in ``resources/``: from a checkout, an installed wheel or a bundle."""

from __future__ import annotations

import sys
from pathlib import Path

# mslog/platform/assets.py: the checkout (or site-packages) is three folders up.
_ROOT = Path(__file__).resolve().parents[2]
_CHECKOUT = _ROOT / "resources"


def resource_path(*parts: str) -> Path:
    """Return the path of a shipped resource file (``resource_path()`` is the folder itself)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        # A PyInstaller bundle: packaging/mslog.spec puts resources where the wheel does.
        return Path(bundle, "mslog", "resources", *parts)
    # A checkout has pyproject.toml beside resources/; an installed wheel's parent folder is
    # site-packages, whose own "resources" folder (if any) belongs to somebody else.
    if _CHECKOUT.is_dir() and (_ROOT / "pyproject.toml").is_file():
        return _CHECKOUT.joinpath(*parts)
    import importlib.resources

    return Path(str(importlib.resources.files("mslog.resources").joinpath(*parts)))
