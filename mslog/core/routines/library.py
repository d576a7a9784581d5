"""The routine library: bundled routines (read-only) and the person's own, saved as files."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

from mslog.core.errors import MSLogError
from mslog.core.events import Event
from mslog.core.i18n import Words
from mslog.core.routines.schema import (
    MAX_NAME,
    Exercise,
    Routine,
    RoutineFileError,
    Step,
    load_exercise,
    load_routine,
    parse_routine,
)
from mslog.core.routines.wording import routine_description, routine_name
from mslog.platform.files import write_text_atomically

CUSTOM_FOLDER = "routines"


class Routines(Words):
    """What the routine library says (context of the catalogue)."""


def load_exercises(folder: Path) -> tuple[dict[str, Exercise], list[RoutineFileError]]:
    """Load every ``*.json`` exercise in ``folder``; broken ones are reported, not raised."""
    exercises: dict[str, Exercise] = {}
    problems: list[RoutineFileError] = []
    for path in sorted(Path(folder).glob("*.json")):
        try:
            exercises[path.stem] = load_exercise(path)
        except RoutineFileError as exc:
            problems.append(exc)
    return exercises, problems


def _slug(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")
    return slug[:40] or "routine"


class RoutineLibrary:
    """Loads routines and saves the person's own.

    Args:
        resources: The folder holding ``exercises/``, ``routines/`` and ``illustrations/``.
        data_dir: The diary's data folder; custom routines live in its ``routines/``.

    Attributes:
        exercises: Exercise key to exercise.
        problems: Files that could not be loaded, each naming the file, field and problem.
        changed: Fired after a custom routine is saved or deleted.
    """

    def __init__(self, resources: Path, data_dir: Path | None) -> None:
        self.resources = Path(resources)
        self.custom_dir = Path(data_dir) / CUSTOM_FOLDER if data_dir is not None else None
        self.exercises: dict[str, Exercise] = {}
        self.problems: list[RoutineFileError] = []
        self._routines: list[Routine] = []
        self.changed: Event[str] = Event()
        self.reload()

    @property
    def illustrations(self) -> Path:
        """The folder holding the SVG key poses."""
        return self.resources / "illustrations"

    def reload(self) -> None:
        """Read every exercise and routine again from disk."""
        self.exercises, self.problems = load_exercises(self.resources / "exercises")
        self._routines = []
        self._load_folder(self.resources / "routines", "bundled", read_only=True)
        if self.custom_dir is not None:
            self._load_folder(self.custom_dir, "custom", read_only=False)

    def _load_folder(self, folder: Path, prefix: str, read_only: bool) -> None:
        for path in sorted(folder.glob("*.json")):
            try:
                routine = load_routine(
                    path, self.exercises, key=f"{prefix}/{path.stem}", read_only=read_only
                )
            except RoutineFileError as exc:
                self.problems.append(exc)
            else:
                self._routines.append(routine)

    def routines(self) -> list[Routine]:
        """Return the bundled routines, then the person's own, in file-name order."""
        return list(self._routines)

    def get(self, key: str) -> Routine:
        """Return the routine with ``key``."""
        for routine in self._routines:
            if routine.key == key:
                return routine
        raise MSLogError(Routines.tr("There is no routine {key} any more.").format(key=repr(key)))

    def check_file(self, path: Path) -> Routine:
        """Validate a routine file against this library's exercises (for ``--check``)."""
        return load_routine(Path(path), self.exercises)

    # --- the person's own routines ---

    def duplicate(self, routine: Routine) -> Routine:
        """Return an unsaved, editable copy of ``routine`` with a new name.

        The copy is the person's own: it keeps the words they saw (a bundled routine's name
        and description in their language), and is shown as written from then on.
        """
        name = Routines.tr("{name} (my copy)").format(name=routine_name(routine))
        return replace(
            routine,
            key="",
            name=name[:MAX_NAME],
            description=routine_description(routine),
            read_only=False,
            path=None,
        )

    def new(self) -> Routine:
        """Return an unsaved routine with one step, to edit."""
        first = next(iter(sorted(self.exercises)), "")
        step = Step(first, "left" if self.exercises[first].sided else "both", duration_s=30)
        name = Routines.tr("My routine")
        return Routine(key="", name=name, description="", steps=(step,))

    def save(self, routine: Routine) -> Routine:
        """Validate and save a custom routine to its file (a new one gets a new file).

        Raises:
            RoutineFileError: The routine is not valid or is bundled; nothing was written.
        """
        if routine.read_only or routine.key.startswith("bundled/"):
            raise RoutineFileError(
                routine.name, "routine", Routines.tr("bundled routines cannot be changed")
            )
        if self.custom_dir is None:
            raise RoutineFileError(
                routine.name, "routine", Routines.tr("there is no data folder to save in")
            )
        data = routine.to_json()
        parse_routine("check", data, self.exercises, routine.name)  # raises before writing
        self.custom_dir.mkdir(parents=True, exist_ok=True)
        if routine.key.startswith("custom/"):
            stem = routine.key.split("/", 1)[1]
        else:
            stem = self._free_stem(_slug(routine.name))
        path = self.custom_dir / f"{stem}.json"
        write_text_atomically(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
        self.reload()
        self.changed.emit(f"custom/{stem}")
        return self.get(f"custom/{stem}")

    def delete(self, routine: Routine) -> None:
        """Delete a custom routine's file."""
        if routine.read_only or not routine.key.startswith("custom/") or self.custom_dir is None:
            raise RoutineFileError(
                routine.name, "routine", Routines.tr("bundled routines cannot be deleted")
            )
        (self.custom_dir / f"{routine.key.split('/', 1)[1]}.json").unlink(missing_ok=True)
        self.reload()
        self.changed.emit(routine.key)

    def _free_stem(self, base: str) -> str:
        assert self.custom_dir is not None
        stem, n = base, 2
        while (self.custom_dir / f"{stem}.json").exists():
            stem, n = f"{base}-{n}", n + 1
        return stem
