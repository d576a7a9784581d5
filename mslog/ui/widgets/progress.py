"""Long work the person starts, on a worker thread, with a calm progress dialog and Cancel."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mslog.core.errors import CancelledError
from mslog.core.progress import CancelFn, ProgressFn

if TYPE_CHECKING:
    from mslog.core.storage.database import Database

Work = Callable[[ProgressFn, CancelFn], Any]
STEPS = 1000  # the bar's resolution: a tenth of a percent


@dataclass(frozen=True)
class Outcome:
    """How a piece of work ended: with a value, an error, or cancelled.

    Attributes:
        value: What the work returned, if it finished.
        error: What it raised, if it failed.
        cancelled: It stopped because the person cancelled.
    """

    value: Any = None
    error: BaseException | None = None
    cancelled: bool = False


class Task(QObject):
    """Runs ``work(progress, cancelled)`` on a worker thread and reports back on the GUI thread.

    As the day's check does (:mod:`mslog.core.safety.daily`), the work runs on a plain
    thread and its signals are queued to this object's thread. A worker that reads or
    writes the diary gets its own SQLite connection (peewee keeps one per thread), which
    is closed when the work ends, so the window's connection is never shared.

    Args:
        work: The work; it calls ``progress(done, total)`` as it goes and stops with
            :class:`~mslog.core.errors.CancelledError` once ``cancelled()`` is True.
        db: The diary whose worker connection to close at the end, if the work uses it.

    Signals:
        progressed: (done, total) in :data:`STEPS`, only when the shown value changes.
        ended: The :class:`Outcome`, once, after the worker's connection is closed.
    """

    progressed = Signal(int, int)
    ended = Signal(object)
    _reported = Signal(int, int)  # emitted on the worker thread; Qt queues it to this one
    _arrived = Signal(object)

    def __init__(self, work: Work, db: Database | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._work = work
        self._db = db
        self._stop = threading.Event()
        self._shown = -1
        self.outcome: Outcome | None = None
        self.dialog: ProgressDialog | None = None
        self._thread = threading.Thread(target=self._run, name="mslog-long-work", daemon=True)
        self._reported.connect(self.progressed)
        self._arrived.connect(self._on_arrived)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.cancel_and_wait)

    def start(self) -> None:
        """Begin the work."""
        self._thread.start()

    def cancel(self) -> None:
        """Ask the work to stop at its next check."""
        self._stop.set()

    def is_cancelling(self) -> bool:
        """Return whether Cancel was asked for."""
        return self._stop.is_set()

    def is_running(self) -> bool:
        """Return whether the work has started and not yet ended."""
        return self._thread.ident is not None and self.outcome is None

    def cancel_and_wait(self) -> None:
        """Stop the work and wait for the worker (the window is closing)."""
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()

    def _report(self, done: int, total: int) -> None:
        step = STEPS * done // max(total, 1)
        if step != self._shown:  # a thousand queued signals at most, never one per row
            self._shown = step
            self._tell(self._reported, step, STEPS)

    def _run(self) -> None:
        try:
            outcome = Outcome(value=self._work(self._report, self._stop.is_set))
        except CancelledError:
            outcome = Outcome(cancelled=True)
        except BaseException as exc:  # handed to the GUI thread, which says or raises it
            outcome = Outcome(error=exc)
        if self._db is not None:
            try:
                self._db.close_thread_connection()
            except Exception as exc:  # the work's own error matters more, if it had one
                outcome = outcome if outcome.error is not None else Outcome(error=exc)
        self._tell(self._arrived, outcome)

    @staticmethod
    def _tell(signal: Any, *args: Any) -> None:
        with contextlib.suppress(RuntimeError):  # the window went while the work ran
            signal.emit(*args)

    def _on_arrived(self, outcome: Outcome) -> None:
        self._thread.join()
        self.outcome = outcome
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.disconnect(self.cancel_and_wait)
        self.ended.emit(outcome)


class ProgressDialog(QDialog):
    """A large, calm "Exporting your diary… 40 %" with a big Cancel (Esc cancels too).

    It is window-modal, so nothing else in the window can be pressed while the work runs,
    and closes itself when the task ends.

    Args:
        task: The running work it shows.
        doing: What is happening, as a phrase ("Exporting your diary").
        cancel_note: What cancelling leaves ("Nothing will be saved."); None when the work
            cannot be stopped safely, and then there is no Cancel button.
        parent: The window it belongs to.
        measured: The work reports how far it is; otherwise the bar only shows it is busy.
    """

    def __init__(
        self,
        task: Task,
        doing: str,
        cancel_note: str | None,
        parent: QWidget | None = None,
        measured: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(doing)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.task = task
        self._doing = doing
        self._percent = 0
        self._measured = measured
        self.label = QLabel()
        self.label.setObjectName("pageTitle")
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, STEPS if measured else 0)
        self.bar.setTextVisible(False)  # the label above says the percentage in large text
        self.bar.setAccessibleName(doing)
        self.note = QLabel(
            cancel_note or self.tr("This cannot be stopped part-way; it will not be long.")
        )
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("bigCancel")
        self.cancel_button.setAccessibleName(self.tr("Cancel: {doing}").format(doing=doing))
        self.cancel_button.clicked.connect(self.reject)
        self.cancel_button.setVisible(cancel_note is not None)
        self.cancel_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(18)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._show(0)
        self.setMinimumWidth(min(560, _room(parent)))
        task.progressed.connect(lambda done, total: self._show(100 * done // max(total, 1), done))
        task.ended.connect(lambda _outcome: self.accept())
        if cancel_note is not None:
            self.cancel_button.setFocus()

    @property
    def percent(self) -> int:
        """The whole percentage shown."""
        return self._percent

    def _show(self, percent: int, steps: int | None = None) -> None:
        self._percent = percent
        if self._measured:
            self.bar.setValue(steps if steps is not None else percent * STEPS // 100)
        if self.task.is_cancelling():
            return
        if self._measured:
            text = self.tr("{doing}… {percent} %").format(doing=self._doing, percent=percent)
        else:
            text = self.tr("{doing}…", "busy, without a measure of how far").format(
                doing=self._doing
            )
        self.label.setText(text)
        self._fit_height()

    def _fit_height(self) -> None:
        # A window does not grow by itself for wrapped words: longer languages and large
        # text would cut the note off at its foot.
        layout = self.layout()
        if not self.isVisible() or layout is None or not layout.hasHeightForWidth():
            return  # its width is not known before it shows
        needed = layout.totalHeightForWidth(self.width())
        self.setMinimumHeight(needed)
        if self.height() != needed:
            self.resize(self.width(), needed)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Be as tall as the words need at the width shown."""
        super().showEvent(event)
        self._fit_height()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Stay as tall as the words need at the new width."""
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._fit_height()

    def reject(self) -> None:
        """Cancel (the button, Esc, closing the dialog): the work stops at its next check.

        The dialog stays until the work has stopped; it closes when the task ends.
        """
        if not self.cancel_button.isVisible() or self.task.outcome is not None:
            return
        if not self.task.is_cancelling():
            self.task.cancel()
            self.label.setText(self.tr("Stopping…"))
            self.cancel_button.setEnabled(False)


def _room(parent: QWidget | None) -> int:
    """Width available for the dialog: the window's, less a margin."""
    if parent is None:
        return 560
    return max(320, parent.window().width() - 40)


def run_with_progress(
    work: Work,
    on_end: Callable[[Outcome], object],
    *,
    doing: str,
    cancel_note: str | None,
    parent: QWidget,
    db: Database | None = None,
    measured: bool = True,
) -> Task:
    """Run ``work`` on a worker thread behind a progress dialog; call ``on_end`` after.

    The one way the window runs long work the person started (export, import, restore,
    the report): the dialog shows at once and closes when the work ends, then ``on_end``
    gets the :class:`Outcome` on the GUI thread to say what happened, as it would have
    said it had the work run in place.

    Args:
        work: ``work(progress, cancelled)``, see :class:`Task`.
        on_end: Told how it ended.
        doing: What is happening, e.g. "Exporting your diary".
        cancel_note: What Cancel leaves behind, or None if it cannot stop safely.
        parent: The window (or dialog) the progress dialog belongs to.
        db: The diary, if the work uses its connection (closed on the worker at the end).
        measured: The work reports progress (a percentage); otherwise the bar shows it is busy.

    Returns:
        The running task; its ``dialog`` attribute is the progress dialog.
    """
    task = Task(work, db, parent)
    dialog = ProgressDialog(task, doing, cancel_note, parent, measured)
    task.dialog = dialog
    task.ended.connect(on_end)
    task.ended.connect(lambda _outcome: dialog.deleteLater())
    task.ended.connect(lambda _outcome: setattr(task, "dialog", None))
    dialog.open()
    task.start()
    return task
