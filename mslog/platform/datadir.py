"""Where the diary lives: ``--data-dir``, else ``$MSLOG_DATA_DIR``, else the platform's folder."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from mslog import APP_NAME

ENV_VAR = "MSLOG_DATA_DIR"


def resolve_data_dir(option: str | os.PathLike | None, environ: Mapping[str, str]) -> Path:
    """Return the data folder chosen by the command-line option, environment or platform."""
    if option:
        return Path(option).expanduser()
    if environ.get(ENV_VAR):
        return Path(environ[ENV_VAR]).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))
