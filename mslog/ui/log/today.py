"""Today's entries, newest first, each with Edit and Delete."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mslog.core import vocab
from mslog.core.formatting import short_type_label
from mslog.core.i18n import Words
from mslog.ui.widgets.roving import takes_keyboard

if TYPE_CHECKING:
    from mslog.core.spasms.log import Spasm


class EntrySummary(Words):
    """The translation context of :func:`summary`."""


def summary(spasm: Spasm) -> str:
    """Return a one-line description: severity, type and body locations."""
    if spasm.severity is None:
        parts = [EntrySummary.tr("Not rated")]
    else:
        parts = [EntrySummary.tr("Severity {value}").format(value=spasm.severity)]
    if spasm.kind:
        parts.append(short_type_label(spasm.kind))
    if spasm.locations:
        parts.append(", ".join(vocab.location_label(x) for x in spasm.locations))
    return EntrySummary.tr(" · ", "between the parts of a summary").join(parts)


class EntryRow(QFrame):
    """One entry: its time, a summary and two buttons."""

    def __init__(self, spasm: Spasm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entryRow")
        self.spasm = spasm
        time_label = QLabel(f"{spasm.started:%H:%M}")
        time_label.setObjectName("entryTime")
        text = QLabel(summary(spasm))
        text.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("Edit"))
        self.delete_button = QPushButton(self.tr("Delete"))
        at = f"{spasm.started:%H:%M}"
        self.edit_button.setAccessibleName(self.tr("Edit the spasm at {time}").format(time=at))
        self.delete_button.setAccessibleName(self.tr("Delete the spasm at {time}").format(time=at))
        words = QHBoxLayout()
        words.addWidget(time_label)
        words.addWidget(text, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.addLayout(words, 1)
        self._layout.addLayout(buttons)

    def set_narrow(self, narrow: bool) -> None:
        """Put the buttons under the summary when space is short (long words, large text)."""
        self._layout.setDirection(
            QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        )


class TodayList(QWidget):
    """Lists a day's entries; asks its owner to edit or delete one.

    Signals:
        editRequested: With the entry's uuid.
        deleteRequested: With the entry's uuid.
    """

    editRequested = Signal(str)  # noqa: N815 - Qt naming
    deleteRequested = Signal(str)  # noqa: N815 - Qt naming

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self.tr("Today"))  # the count follows once the diary is read
        self.heading.setObjectName("sectionTitle")
        self.empty = QLabel(self.tr("Nothing logged yet today. That is fine too."))
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        self.empty.hide()  # until the entries are known
        self._narrow = False
        self._rows_box = QVBoxLayout()
        self._rows_box.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addLayout(self._rows_box)
        layout.addStretch(1)
        self.rows: list[EntryRow] = []

    def set_narrow(self, narrow: bool) -> None:
        """Stack each entry's buttons under its summary when space is short."""
        self._narrow = narrow
        for row in self.rows:
            row.set_narrow(narrow)

    def set_entries(self, entries: list[Spasm]) -> None:
        """Show exactly ``entries`` (already newest first)."""
        for row in self.rows:
            self._drop(row)
        self.rows = []
        for spasm in entries:
            self._insert(len(self.rows), spasm)
        self._update_heading()

    def upsert(self, spasm: Spasm) -> None:
        """Add or redraw one entry in its place, without rebuilding the others."""
        self.remove(spasm.uuid, update_heading=False)
        position = 0
        while position < len(self.rows) and self.rows[position].spasm.started >= spasm.started:
            position += 1
        self._insert(position, spasm)
        self._update_heading()

    def remove(self, uuid: str, *, update_heading: bool = True) -> None:
        """Take one entry off the list, if it is there."""
        for row in self.rows:
            if row.spasm.uuid == uuid:
                self.rows.remove(row)
                self._drop(row)
                break
        if update_heading:
            self._update_heading()

    def _insert(self, position: int, spasm: Spasm) -> None:
        row = EntryRow(spasm, self)
        row.set_narrow(self._narrow)
        row.edit_button.clicked.connect(lambda _=False, u=spasm.uuid: self.editRequested.emit(u))
        row.delete_button.clicked.connect(
            lambda _=False, u=spasm.uuid: self.deleteRequested.emit(u)
        )
        self._rows_box.insertWidget(position, row)
        # Tab follows the list from top to bottom, whatever order rows were added in.
        if position > 0:
            QWidget.setTabOrder(self.rows[position - 1].delete_button, row.edit_button)
        elif self.rows:
            # Qt only chains after a widget that takes focus: find the one before the list.
            anchor = self.rows[0].edit_button.previousInFocusChain()
            while anchor is not None and not takes_keyboard(anchor):
                anchor = anchor.previousInFocusChain()
            if anchor is not None:
                QWidget.setTabOrder(anchor, row.edit_button)
        QWidget.setTabOrder(row.edit_button, row.delete_button)
        self.rows.insert(position, row)

    def _drop(self, row: EntryRow) -> None:
        # Keep the parent until Qt deletes it later: the row's own Delete button may
        # still be inside its click handler (reparenting to None would free it now).
        self._rows_box.removeWidget(row)
        row.hide()
        row.deleteLater()

    def _update_heading(self) -> None:
        count = len(self.rows)
        self.heading.setText(self.tr("Today · %n spasms", "", count))
        self.empty.setVisible(count == 0)
