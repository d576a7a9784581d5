"""The start page: choose a routine (with its length), read the safety line, press Start."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mslog.core.formatting import fmt_countdown, fmt_duration, fmt_moment
from mslog.core.i18n import Words
from mslog.core.routines.player import GET_READY_S
from mslog.core.routines.schema import Routine, RoutineFileError, total_seconds
from mslog.core.routines.sessions import StretchSession
from mslog.core.routines.wording import (
    bundled_text,
    outcome_label,
    routine_description,
    routine_name,
)
from mslog.ui.widgets.flowlayout import FlowLayout
from mslog.ui.widgets.scrolling import fill_with_scrolling

# Below this width the history goes under the routines instead of beside them.
NARROW_WIDTH = 1000


class RoutineList(Words):
    """How the routine list describes a routine (context of the catalogue)."""


def routine_summary(routine: Routine) -> str:
    """``8 steps · 5:05``."""
    length = fmt_countdown(total_seconds(routine, GET_READY_S))
    return RoutineList.tr("%n steps · {length}", "", len(routine.steps)).format(length=length)


class PickerPage(QWidget):
    """Routine list, Start, editing, the safety line, sound switches and recent sessions.

    Signals:
        startRequested(str): Play the routine with this key.
        editRequested(str): Edit (or duplicate, if bundled) this routine.
        newRequested: Make a new routine.
        deleteRequested(str): Delete this custom routine.
        soundToggled(bool), voiceToggled(bool).
    """

    startRequested = Signal(str)  # noqa: N815 - Qt naming
    editRequested = Signal(str)  # noqa: N815
    newRequested = Signal()  # noqa: N815
    deleteRequested = Signal(str)  # noqa: N815
    soundToggled = Signal(bool)  # noqa: N815
    voiceToggled = Signal(bool)  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._routines: dict[str, Routine] = {}

        title = QLabel(self.tr("Stretch"))
        title.setObjectName("pageTitle")
        intro = QLabel(self.tr("A guided session: each movement is shown, timed and announced."))
        intro.setObjectName("hint")
        intro.setWordWrap(True)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Routines"))
        self.list.setSpacing(4)
        # Its text size comes from the style sheet, so it follows a change in Settings.
        self.list.setObjectName("routineList")
        self.list.currentItemChanged.connect(self._selection_changed)
        self.list.itemActivated.connect(lambda _item: self._start())
        self.description = QLabel()
        self.description.setWordWrap(True)

        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setObjectName("bigLog")
        self.start_button.setMinimumHeight(96)
        self.start_button.setToolTip(self.tr("Start the chosen routine (Enter)"))
        self.start_button.clicked.connect(self._start)
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.clicked.connect(self._edit)
        self.new_button = QPushButton(self.tr("New routine"))
        self.new_button.clicked.connect(self.newRequested)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self._delete)
        edit_row = FlowLayout()  # wraps rather than clips with large text
        edit_row.addWidget(self.edit_button)
        edit_row.addWidget(self.new_button)
        edit_row.addWidget(self.delete_button)

        self.sound_box = QCheckBox(self.tr("Sound cues"))
        self.sound_box.setChecked(True)
        self.sound_box.toggled.connect(self.soundToggled)
        self.voice_box = QCheckBox(self.tr("Speak each step"))
        self.voice_box.setChecked(True)
        self.voice_box.toggled.connect(self.voiceToggled)
        audio_row = FlowLayout()
        audio_row.addWidget(self.sound_box)
        audio_row.addWidget(self.voice_box)

        safety = QFrame()
        safety.setObjectName("banner")
        safety_layout = QVBoxLayout(safety)
        self.safety = QLabel(
            self.tr(
                "Move slowly into each stretch and hold it still: no bouncing. A gentle pull "
                "is right; pain is not. Stop if it hurts or sets off a strong spasm. Check new "
                "stretches with your physiotherapist."
            )
        )
        self.safety.setWordWrap(True)
        self.safety.setAccessibleDescription(self.tr("Safety"))
        safety_layout.addWidget(self.safety)

        self.problems = QLabel()
        self.problems.setObjectName("hint")
        self.problems.setWordWrap(True)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems.hide()
        self.notice = QLabel()
        self.notice.setObjectName("hint")
        self.notice.setWordWrap(True)
        self.notice.hide()

        left = QVBoxLayout()
        left.setSpacing(10)
        left.addWidget(title)
        left.addWidget(intro)
        left.addWidget(self.list, 1)
        left.addWidget(self.description)
        left.addWidget(safety)
        left.addWidget(self.start_button)
        left.addLayout(audio_row)
        left.addLayout(edit_row)
        left.addWidget(self.notice)
        left.addWidget(self.problems)

        history_card = QFrame()
        history_card.setObjectName("card")
        history_layout = QVBoxLayout(history_card)
        history_title = QLabel(self.tr("Recent sessions"))
        history_title.setObjectName("cardTitle")
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Recent sessions"))
        self.history.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.history_empty = QLabel(self.tr("Your sessions will appear here."))
        self.history_empty.setObjectName("hint")
        history_layout.addWidget(history_title)
        history_layout.addWidget(self.history, 1)
        history_layout.addWidget(self.history_empty)

        for listed in (self.list, self.history):
            # Long names wrap onto a second line: the list never scrolls sideways.
            listed.setWordWrap(True)
            listed.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            listed.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setMinimumHeight(176)
        self.history.setMinimumHeight(160)
        history_layout.addStretch(0)
        content = QWidget()
        self._body = QBoxLayout(QBoxLayout.Direction.LeftToRight, content)
        self._body.setContentsMargins(20, 16, 20, 16)
        self._body.setSpacing(20)
        self._body.addLayout(left, 3)
        self._body.addWidget(history_card, 2)
        fill_with_scrolling(self, content)

    # --- filling ---

    def set_routines(self, routines: list[Routine], problems: list[RoutineFileError]) -> None:
        """List the routines (keeping the selection) and any files that could not be read."""
        current = self.current_key()
        self._routines = {r.key: r for r in routines}
        self.list.clear()
        for routine in routines:
            name = routine_name(routine)
            if not routine.read_only:
                name = self.tr("{name}  (yours)").format(name=name)
            item = QListWidgetItem(f"{name}\n{routine_summary(routine)}")
            item.setData(Qt.ItemDataRole.UserRole, routine.key)
            self.list.addItem(item)
        keys = [r.key for r in routines]
        self.select(current if current in keys else (keys[0] if keys else None))
        if problems:
            lines = "\n".join(f"• {p}" for p in problems)
            self.problems.setText(
                self.tr("Some routine files could not be read and were left out:\n{files}").format(
                    files=lines
                )
            )
        self.problems.setVisible(bool(problems))

    def set_history(self, sessions: list[StretchSession]) -> None:
        """Show recent sessions, newest first."""
        self.history.clear()
        for session in sessions:
            name = bundled_text(session.routine_key, session.routine_name)
            how = self.tr("{outcome}: {done} of %n steps", "", len(session.steps)).format(
                outcome=outcome_label(session.outcome), done=session.completed_steps
            )
            parts = [how, fmt_duration(session.active_s)]
            if session.partly_steps:
                parts.append(self.tr("%n partly done", "", session.partly_steps))
            if session.skipped_steps:
                parts.append(self.tr("%n skipped", "", session.skipped_steps))
            self.history.addItem(f"{fmt_moment(session.started)}  ·  {name}\n" + " · ".join(parts))
        self.history_empty.setVisible(not sessions)
        self.history.setVisible(bool(sessions))

    def show_notice(self, text: str) -> None:
        """Show a calm note under the sound switches (e.g. that the player is silent)."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def select(self, key: str | None) -> None:
        """Choose a routine in the list."""
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.list.setCurrentRow(row)
                return
        self._selection_changed()

    def current_key(self) -> str | None:
        """The chosen routine's key."""
        item = self.list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Stack the history under the routines when the window is narrow."""
        narrow = event.size().width() < NARROW_WIDTH
        self._body.setDirection(
            QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        )
        super().resizeEvent(event)

    # --- internals ---

    def _selection_changed(self, *_args: object) -> None:
        routine = self._routines.get(self.current_key() or "")
        self.start_button.setEnabled(routine is not None)
        self.edit_button.setEnabled(routine is not None)
        self.delete_button.setEnabled(routine is not None and not routine.read_only)
        if routine is None:
            self.description.setText("")
            return
        self.description.setText(routine_description(routine))
        length = fmt_countdown(total_seconds(routine, GET_READY_S))
        self.start_button.setText(self.tr("Start  ·  {length}").format(length=length))
        self.start_button.setAccessibleName(
            self.tr("Start {routine}, {length} minutes").format(
                routine=routine_name(routine), length=length
            )
        )
        self.edit_button.setText(self.tr("Copy and edit") if routine.read_only else self.tr("Edit"))
        self.edit_button.setToolTip(
            self.tr("Built-in routines stay as they are; this makes your own copy to change")
            if routine.read_only
            else self.tr("Change the steps, times and rests")
        )

    def _start(self) -> None:
        key = self.current_key()
        if key:
            self.startRequested.emit(key)

    def _edit(self) -> None:
        key = self.current_key()
        if key:
            self.editRequested.emit(key)

    def _delete(self) -> None:
        key = self.current_key()
        if key:
            self.deleteRequested.emit(key)
