"""A lighter PySide6 import hook: start-up without every module's source held in memory.

Once PySide6 is loaded, its ``__feature__`` support looks at every module imported
afterwards to see whether it mentions "PySide6", using ``inspect.getsource``. That
reads each file through :mod:`linecache`, which then keeps every line of every module
for the life of the process: about 5 MiB and 20 ms of MSLog's start-up. Reading the
file's bytes answers the same question and keeps nothing.
"""

from __future__ import annotations

import sys
from types import ModuleType

_MARK = "_mslog_light_scan"


def _mentions_pyside(module: ModuleType) -> bool:
    """The same test as PySide6's own (does the source say "PySide6"?), without linecache."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False  # built-in or compiled: PySide6's own check says False too
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def lighten_pyside_import_scan() -> bool:
    """Swap in the lighter check; return whether PySide6's hook was found (and replaced)."""
    feature = sys.modules.get("shibokensupport.feature")
    current = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or current is None:
        return False  # another PySide6 version without this hook: nothing to do
    if getattr(current, _MARK, False):
        return True
    setattr(_mentions_pyside, _MARK, True)
    feature._mod_uses_pyside = _mentions_pyside
    return True
