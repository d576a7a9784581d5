"""The details panel: edits one spasm entry, saving each change as it is made."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mslog.core import vocab
from mslog.core.diary import Diary
from mslog.core.errors import MSLogError
from mslog.core.i18n import QT_TRANSLATE_NOOP, translate
from mslog.core.spasms.log import MAX_NOTE_LENGTH, Spasm
from mslog.ui.widgets.chips import ChipGroup
from mslog.ui.widgets.severity import SeverityPicker

# Quick duration choices: (key, English label, seconds stored, range of seconds it covers).
DURATIONS = [
    ("short", QT_TRANSLATE_NOOP("DetailsPanel", "Under 1 min"), 30, range(0, 60)),
    ("medium", QT_TRANSLATE_NOOP("DetailsPanel", "1–5 min"), 180, range(60, 301)),
    ("long", QT_TRANSLATE_NOOP("DetailsPanel", "Longer"), 600, range(301, 86401)),
]
NOTE_SAVE_DELAY_MS = 800


def _section(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionTitle")
    label.setWordWrap(True)
    return label


class DetailsPanel(QFrame):
    """Edits the details of one entry; every change is committed straight away.

    Signals:
        closed: The person pressed Done.
        changeTimeRequested: The person wants to move the entry to another time.
        message: A short status text to show (e.g. an error naming a field).
    """

    closed = Signal()
    changeTimeRequested = Signal(str)  # noqa: N815 - Qt naming
    message = Signal(str)

    def __init__(self, diary: Diary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self._diary = diary
        self._uuid: str | None = None
        self._saved_note = ""

        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_SAVE_DELAY_MS)
        self._note_timer.timeout.connect(self.save_note)

        self.title = QLabel()
        self.title.setObjectName("cardTitle")
        self.title.setWordWrap(True)
        saved_hint = QLabel(self.tr("Changes are saved as you go."))
        saved_hint.setObjectName("hint")
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(saved_hint)
        self.change_time_button = QPushButton(self.tr("Change time…"))
        self.change_time_button.clicked.connect(
            lambda: self._uuid and self.changeTimeRequested.emit(self._uuid)
        )
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setObjectName("primarySmall")
        self.done_button.clicked.connect(self.finish)
        header_buttons = QHBoxLayout()
        header_buttons.addStretch(1)
        header_buttons.addWidget(self.change_time_button)
        header_buttons.addWidget(self.done_button)
        header = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        header.addLayout(titles, 1)
        header.addLayout(header_buttons)
        self._header = header

        self.severity = SeverityPicker()
        self.severity.changed.connect(lambda value: self._save(severity=value))

        self.kind = ChipGroup(
            vocab.translated(vocab.SPASM_TYPES), exclusive=True, name=self.tr("Type of spasm")
        )
        self.kind.changed.connect(lambda keys: self._save(kind=keys[0] if keys else None))

        self.locations = ChipGroup(
            vocab.translated(vocab.LOCATIONS), name=self.tr("Where in the body")
        )
        self.locations.changed.connect(lambda keys: self._save(locations=keys))

        self.triggers = ChipGroup(
            vocab.translated(vocab.TRIGGERS), name=self.tr("Possible triggers")
        )
        self.triggers.changed.connect(lambda keys: self._save(triggers=keys))
        for custom in diary.spasms.custom_triggers():
            self.triggers.add_option(custom, custom)
        self.own_trigger = QLineEdit()
        self.own_trigger.setPlaceholderText(self.tr("Your own trigger"))
        self.own_trigger.setAccessibleName(self.tr("Your own trigger"))
        self.own_trigger.setMaxLength(vocab.MAX_CUSTOM_TRIGGER_LENGTH)
        self.own_trigger.returnPressed.connect(self.add_own_trigger)
        self.add_trigger_button = QPushButton(self.tr("Add"))
        self.add_trigger_button.setAccessibleName(self.tr("Add your own trigger"))
        self.add_trigger_button.clicked.connect(self.add_own_trigger)
        own_row = QHBoxLayout()
        own_row.addWidget(self.own_trigger, 1)
        own_row.addWidget(self.add_trigger_button)

        self.duration = ChipGroup(
            [(key, translate("DetailsPanel", label)) for key, label, _, _ in DURATIONS],
            exclusive=True,
            name=self.tr("How long"),
        )
        self.duration.changed.connect(self._on_duration_chip)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setSuffix(self.tr(" min", "after a number of minutes"))
        self.minutes.setAccessibleName(self.tr("Duration, minutes"))
        self.seconds = QSpinBox()
        self.seconds.setRange(0, 59)
        self.seconds.setSuffix(self.tr(" s", "after a number of seconds"))
        self.seconds.setAccessibleName(self.tr("Duration, seconds"))
        for spin in (self.minutes, self.seconds):
            # Tiny arrow buttons are hard to hit with a tremor; typing and arrow keys work.
            spin.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
            spin.setMinimumSize(120, 44)
            spin.setKeyboardTracking(False)
            spin.valueChanged.connect(self._on_exact_duration)
        exact_row = QHBoxLayout()
        exact_row.addWidget(QLabel(self.tr("Exactly:")))
        exact_row.addWidget(self.minutes)
        exact_row.addWidget(self.seconds)
        exact_row.addStretch(1)

        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("Anything you want to remember about it"))
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setFixedHeight(90)
        self.note.textChanged.connect(self._note_timer.start)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(_section(self.tr("How strong was it? (or press 0-9)")))
        layout.addWidget(self.severity)
        layout.addWidget(_section(self.tr("Type")))
        layout.addWidget(self.kind)
        layout.addWidget(_section(self.tr("Where")))
        layout.addWidget(self.locations)
        layout.addWidget(_section(self.tr("Possible triggers")))
        layout.addWidget(self.triggers)
        layout.addLayout(own_row)
        layout.addWidget(_section(self.tr("How long")))
        layout.addWidget(self.duration)
        layout.addLayout(exact_row)
        layout.addWidget(_section(self.tr("Note")))
        layout.addWidget(self.note)

    # --- public ---

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """A number key 0-9 sets the severity (from any button of the panel; text fields type)."""
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        digit = event.key() - Qt.Key.Key_0.value
        if modifiers == Qt.KeyboardModifier.NoModifier and 0 <= digit <= 9:
            if self.severity.value() != digit:
                self.severity.set_value(digit)
                self._save(severity=digit)
            event.accept()
            return
        super().keyPressEvent(event)

    def set_narrow(self, narrow: bool) -> None:
        """Put the header's buttons under the title when space is short."""
        self._header.setDirection(
            QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        )

    def uuid(self) -> str | None:
        """Return the id of the entry being edited, or None."""
        return self._uuid

    def edit(self, spasm: Spasm) -> None:
        """Show ``spasm`` for editing (saving any pending note of the previous one)."""
        self.save_note()
        self._uuid = spasm.uuid
        self._show(spasm)
        self.show()

    def refresh(self) -> None:
        """Re-read the entry from the diary, or close if it was removed."""
        if self._uuid is None:
            return
        try:
            spasm = self._diary.spasms.get(self._uuid)
        except MSLogError:
            self._note_timer.stop()
            self._uuid = None
            self.hide()
            return
        self._show(spasm, keep_note=self.note.hasFocus())

    def finish(self) -> None:
        """Save what is pending and close the panel."""
        self.save_note()
        self._uuid = None
        self.hide()
        self.closed.emit()

    def save_note(self) -> None:
        """Commit the note now if it changed."""
        self._note_timer.stop()
        if self._uuid is None:
            return
        text = self.note.toPlainText()
        if text == self._saved_note:
            return
        if len(text) > MAX_NOTE_LENGTH:
            length = len(text)
            self.message.emit(
                self.tr(
                    "The note is too long (%n characters; at most {limit} fit).", "", length
                ).format(limit=MAX_NOTE_LENGTH)
            )
            return
        self._save(note=text)

    def add_own_trigger(self) -> None:
        """Add the typed trigger as a chip, turned on for this entry."""
        text = " ".join(self.own_trigger.text().split())
        if not text or self._uuid is None:
            return
        key = vocab.lookup_key(text, vocab.TRIGGERS) or text
        self.triggers.add_option(key, vocab.trigger_label(key)).setChecked(True)
        self.own_trigger.clear()
        self._save(triggers=self.triggers.selected())

    # --- internals ---

    def _show(self, spasm: Spasm, *, keep_note: bool = False) -> None:
        self.title.setText(
            self.tr("Details for the spasm at {time}").format(time=f"{spasm.started:%H:%M}")
        )
        self.severity.set_value(spasm.severity)
        self.kind.set_selected([spasm.kind] if spasm.kind else [])
        self.locations.set_selected(spasm.locations)
        for trigger in spasm.triggers:
            self.triggers.add_option(trigger, vocab.trigger_label(trigger))
        self.triggers.set_selected(spasm.triggers)
        self._show_duration(spasm.duration_s)
        if not keep_note:
            self._saved_note = spasm.note
        if not keep_note and self.note.toPlainText() != spasm.note:
            self.note.blockSignals(True)
            self.note.setPlainText(spasm.note)
            self.note.blockSignals(False)

    def _show_duration(self, seconds: int | None) -> None:
        for spin in (self.minutes, self.seconds):
            spin.blockSignals(True)
        self.minutes.setValue((seconds or 0) // 60)
        self.seconds.setValue((seconds or 0) % 60)
        chosen = [key for key, _, _, span in DURATIONS if seconds is not None and seconds in span]
        if seconds is None or seconds in {stored for _, _, stored, _ in DURATIONS}:
            # A quick choice is a range, not a measurement: its stored stand-in value
            # is not shown as an exact time ("1–5 min" must not read "Exactly: 3 min").
            for spin in (self.minutes, self.seconds):
                spin.clear()
        for spin in (self.minutes, self.seconds):
            spin.blockSignals(False)
        self.duration.set_selected(chosen)

    def _on_duration_chip(self, keys: list[str]) -> None:
        seconds = next((value for key, _, value, _ in DURATIONS if key in keys), None)
        self._save(duration_s=seconds)

    def _on_exact_duration(self) -> None:
        total = self.minutes.value() * 60 + self.seconds.value()
        self._save(duration_s=min(total, 86400))

    def _save(self, **changes: object) -> None:
        if self._uuid is None:
            return
        try:
            spasm = self._diary.spasms.update(self._uuid, **changes)
        except MSLogError as exc:
            self.message.emit(self.tr("Not saved: {reason}").format(reason=exc))
            self.refresh()
            return
        if "duration_s" in changes:
            self._show_duration(spasm.duration_s)
        if "note" in changes:
            self._saved_note = spasm.note
        self.message.emit(
            self.tr("Saved {time} · details updated").format(time=f"{spasm.started:%H:%M}")
        )
