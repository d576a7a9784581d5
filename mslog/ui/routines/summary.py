"""The calm summary shown when a session ends."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from mslog.core.formatting import fmt_duration
from mslog.core.routines.library import RoutineLibrary
from mslog.core.routines.player import Outcome, SessionResult, skip_reason_label
from mslog.core.routines.wording import step_title
from mslog.ui.style import current_colours, current_scale
from mslog.ui.widgets.scrolling import scroll_when_short


class SummaryPage(QWidget):
    """Time stretched, steps done and skipped, and the way back.

    Signals:
        backRequested: Return to the routine list.
    """

    backRequested = Signal()  # noqa: N815 - Qt naming

    def __init__(self, library: RoutineLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self.visual_cues = True
        # A banner unlike any player screen, so the end is plain from across the room.
        self.banner = QLabel()
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(self.tr("Session ended"))
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        self.figures = QLabel()
        self.figures.setObjectName("status")
        self.figures.setWordWrap(True)
        self.steps = QLabel()
        self.steps.setWordWrap(True)
        self.steps.setTextFormat(Qt.TextFormat.PlainText)
        card = QFrame()
        card.setObjectName("card")
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(24, 20, 24, 20)
        card_layout.setSpacing(12)
        card_layout.addWidget(self.title)
        card_layout.addWidget(self.figures)
        card_layout.addWidget(self.steps)
        self.back_button = QPushButton(self.tr("Back to routines"))
        self.back_button.setObjectName("primary")
        self.back_button.setMinimumHeight(64)
        self.back_button.clicked.connect(self.backRequested)
        hint = QLabel(
            self.tr("This session is in your history. A drink of water and a rest are a good idea.")
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        column = QVBoxLayout()
        column.setContentsMargins(40, 30, 40, 0)
        column.setSpacing(16)
        column.addWidget(self.banner)
        column.addWidget(card)
        column.addWidget(hint)
        column.addStretch(1)
        # A long routine at large text on a small window is taller than the page: it
        # scrolls up and down (never sideways) rather than squeezing the words together;
        # the way back stays in sight under it.
        self.page_scroll = scroll_when_short(column)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 20)
        outer.setSpacing(16)
        outer.addWidget(self.page_scroll, 1)
        back = QHBoxLayout()
        back.setContentsMargins(40, 0, 40, 0)
        back.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        outer.addLayout(back)

    def show_result(self, result: SessionResult) -> None:
        """Describe how the session went."""
        titles = {
            Outcome.COMPLETED: self.tr("Session complete. Well done."),
            Outcome.STOPPED: self.tr("Session stopped. What you did is saved."),
            Outcome.PARTIAL: self.tr("Session saved as unfinished."),
        }
        self.title.setText(titles[result.outcome])
        done = result.outcome is Outcome.COMPLETED
        self.banner.setText(self.tr("✓  All done") if done else self.tr("■  Session ended"))
        c = current_colours()
        size = round(22 * current_scale())
        self.banner.setStyleSheet(
            f"QLabel {{ background: {c.primary if done else c.row}; "
            f"color: {c.on_primary if done else c.text}; font-size: {size}pt; "
            "font-weight: bold; border-radius: 16px; padding: 8px; }"
        )
        self.banner.setVisible(self.visual_cues)
        total = len(result.records)
        parts = [
            self.tr("{time} of stretching").format(time=fmt_duration(result.active_s)),
            self.tr("{done} of %n steps done", "", total).format(done=result.completed_steps),
        ]
        if result.partly_steps:
            parts.append(self.tr("%n partly done", "", result.partly_steps))
        if result.skipped_steps:
            parts.append(self.tr("%n skipped", "", result.skipped_steps))
        self.figures.setText("  ·  ".join(parts))
        lines = []
        marks = {
            "completed": self.tr("✓ done"),
            "partly": self.tr("◐ partly done"),
            "skipped": self.tr("– skipped"),
            "pending": self.tr("· not reached"),
        }
        for record in result.records:
            step = result.routine.steps[record.index]
            exercise = self._library.exercises.get(step.exercise)
            name = step_title(step, exercise) if exercise else step.exercise
            line = f"{marks[record.status]}   {name}"
            if record.reason:
                line = self.tr("{step} ({reason})").format(
                    step=line, reason=skip_reason_label(record.reason)
                )
            lines.append(line)
        self.steps.setText("\n".join(lines))
        self.page_scroll.verticalScrollBar().setValue(0)
        self.back_button.setFocus()
