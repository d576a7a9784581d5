"""Exceptions the domain raises, each with a message fit to show a person."""

from mslog.core.i18n import Words


class Errors(Words):
    """The translation context of the diary's own error messages."""


class MSLogError(Exception):
    """Base class for every error MSLog reports to the person."""


class CancelledError(MSLogError):
    """Long work was stopped part-way, as asked; nothing was kept of it."""


class BadInputError(MSLogError):
    """What was given (a file to import, a path) cannot be used; nothing was changed.

    The command line reports it in one line with exit code 2, like a bad option.
    """


class ValidationError(MSLogError, ValueError):
    """A value given for a field is not acceptable; nothing was written.

    Attributes:
        field: The name of the offending field (e.g. ``"severity"``).
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class NotFoundError(MSLogError, LookupError):
    """The entry asked for does not exist (any more)."""


class DiaryOpenError(MSLogError):
    """The diary database cannot be opened; it was left untouched."""


class SchemaTooNewError(DiaryOpenError):
    """The diary was written by a newer MSLog; it was left untouched."""

    def __init__(self, found: int, supported: int) -> None:
        super().__init__(
            Errors.tr(
                "This diary was saved by a newer version of MSLog (data format {found}; "
                "this version understands up to {supported}). It has not been changed. "
                "Please update MSLog to open it."
            ).format(found=found, supported=supported)
        )
        self.found = found
        self.supported = supported


class DiaryDamagedError(DiaryOpenError):
    """The diary file is damaged or not a diary; it was moved aside, never written to.

    Attributes:
        path: Where the diary belongs.
        moved_to: Where the damaged file now is, or None if it could not be moved.
        problem: What is wrong with it, in a few words.
    """

    def __init__(self, path, moved_to, problem: str) -> None:
        if moved_to:
            text = Errors.tr(
                "Your diary file {file} {problem}, so MSLog did not open it. "
                "It has been kept, unchanged, as {copy}.",
                "{problem} says what is wrong with the file: “is empty (0 bytes)”"
            )  # fmt: skip
        else:
            text = Errors.tr(
                "Your diary file {file} {problem}, so MSLog did not open it. "
                "It could not be moved aside, so it has been left exactly as it was.",
                "{problem} says what is wrong with the file: “is empty (0 bytes)”"
            )  # fmt: skip
        super().__init__(text.format(file=path, problem=problem, copy=moved_to))
        self.path = path
        self.moved_to = moved_to
        self.problem = problem


class DamageFoundError(MSLogError):
    """The day's check found the open diary file damaged: nothing more is written to it.

    Attributes:
        path: The diary file.
        problem: What is wrong with it, in a few words.
    """

    def __init__(self, path, problem: str) -> None:
        super().__init__(
            Errors.tr(
                "MSLog found that your diary file {file} {problem}, so it stopped saving to it "
                "to keep it from getting worse. Restore your newest good backup to go on.",
                "{problem} says what is wrong with the file: “is empty (0 bytes)”"
            ).format(file=path, problem=problem)
        )  # fmt: skip
        self.path = path
        self.problem = problem


class DiaryReadOnlyError(DiaryOpenError):
    """The data folder or diary file cannot be written; nothing was changed."""
