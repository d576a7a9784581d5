"""Finding files shipped in ``resources/``, from a checkout or an installed wheel."""

from __future__ import annotations

from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Return the path of a shipped resource file."""
    if _CHECKOUT.is_dir():
        return _CHECKOUT.joinpath(*parts)
    import importlib.resources

    return Path(str(importlib.resources.files("mslog.resources").joinpath(*parts)))
