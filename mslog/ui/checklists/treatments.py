"""The Checklists tab's "Treatments" card: injections, pump refills and sessions, with history."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from mslog.core.checklists.refills import shown_on
from mslog.core.checklists.treatments import (
    BOTULINUM_TOXIN,
    KINDS,
    MAX_NAME_LENGTH,
    MAX_NOTE_LENGTH,
    MAX_RATE_LENGTH,
    MAX_SITES_LENGTH,
    OTHER,
    PUMP_KINDS,
    Treatment,
    Treatments,
    kind_label,
)
from mslog.core.diary import Diary
from mslog.core.formatting import fmt_date
from mslog.ui.checklists.card import Card, Opener, Say, clear, rows_box
from mslog.ui.checklists.dialogs import FormDialog, big, date_pattern
from mslog.ui.operations.treatments import TreatmentOperations
from mslog.ui.style import current_scale
from mslog.ui.widgets.flowlayout import FlowLayout
from mslog.ui.widgets.list_line import ListLine

# The newest entries listed at first; the rest wait behind "Show all".
SHOWN_FIRST = 6


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day_of(edit: QDateEdit) -> date:
    day = edit.date().toPython()
    assert isinstance(day, date)
    return day


def _day_field(day: date, latest: date | None, name: str) -> QDateEdit:
    edit = big(QDateEdit(_qdate(day)))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_pattern())
    edit.setAccessibleName(name)
    if latest is not None:
        edit.setMaximumDate(_qdate(latest))
    return edit


def _text_field(text: str, name: str, hint: str, limit: int) -> QLineEdit:
    field = QLineEdit(text)
    field.setAccessibleName(name)
    field.setPlaceholderText(hint)
    field.setMaxLength(limit)
    field.setMinimumHeight(40)
    return field


class TreatmentDialog(FormDialog):
    """Asks what treatment it was, on which day, and what is worth keeping with it.

    Only the fields of the chosen kind show: sites for an injection, the new rate and
    the next refill for a baclofen pump, what it was for another treatment.
    """

    def __init__(
        self, treatment: Treatment | None, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Change a treatment") if treatment else self.tr("Record a treatment"),
            self.tr("Which treatment was it, and when? The rest is optional."),
            parent,
        )
        self.setMinimumWidth(460)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Treatment"))
        self.kind.setMinimumHeight(40)
        for kind in KINDS:
            self.kind.addItem(kind_label(kind), kind)
        # The longest kind ("Changement de dose de la pompe à baclofène") shows whole where
        # the window has room, and makes a small one at large text scroll sideways nowhere:
        # there the field narrows to the room, and its list still shows each name whole.
        # The room: the window, less the dialog's margins, scroll bar and the field's arrow.
        room = (parent.window().width() if parent is not None else 800) - round(
            60 + 80 * current_scale()
        )
        letters = max(12, room // max(1, round(self.kind.fontMetrics().averageCharWidth() * 1.3)))
        longest = max(len(self.kind.itemText(i)) for i in range(self.kind.count()))
        self.kind.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.kind.setMinimumContentsLength(min(longest, letters))
        self.day = _day_field(treatment.day if treatment else today, today, self.tr("Day"))
        self.name = _text_field(
            treatment.name if treatment else "", self.tr("What it was"),
            self.tr("e.g. TENS, hydrotherapy"), MAX_NAME_LENGTH,
        )  # fmt: skip
        self.sites = _text_field(
            treatment.sites if treatment else "", self.tr("Muscles or sites"),
            self.tr("optional, e.g. left calf"), MAX_SITES_LENGTH,
        )  # fmt: skip
        self.rate = _text_field(
            treatment.rate if treatment else "", self.tr("New rate"),
            self.tr("optional, as your clinic set it"), MAX_RATE_LENGTH,
        )  # fmt: skip
        refill = treatment.next_refill if treatment else None
        self.remind = QCheckBox(self.tr("Remind me"))
        self.remind.setAccessibleName(self.tr("Remind me of the next refill"))
        self.remind.setChecked(refill is not None)
        self.next_refill = _day_field(refill or today, None, self.tr("Next refill due"))
        self.next_refill.setEnabled(refill is not None)
        self.remind.toggled.connect(self.next_refill.setEnabled)
        self._refill_row = refill_row = QHBoxLayout()
        refill_row.addWidget(self.remind)
        refill_row.addWidget(self.next_refill, 1)
        self.note = _text_field(
            treatment.note if treatment else "", self.tr("Note"), self.tr("optional"),
            MAX_NOTE_LENGTH,
        )  # fmt: skip
        self.form.addRow(self.tr("Treatment"), self.kind)
        self.form.addRow(self.tr("Day"), self.day)
        self.form.addRow(self.tr("What it was"), self.name)
        self.form.addRow(self.tr("Muscles or sites"), self.sites)
        self.form.addRow(self.tr("New rate"), self.rate)
        self.form.addRow(self.tr("Next refill due"), refill_row)
        self.form.addRow(self.tr("Note"), self.note)
        self.kind.currentIndexChanged.connect(self._show_fields)
        if treatment is not None:
            self.kind.setCurrentIndex(self.kind.findData(treatment.kind))
        self._show_fields()

    def chosen_kind(self) -> str:
        """Return the kind chosen."""
        return str(self.kind.currentData())

    def _show_fields(self) -> None:
        kind = self.chosen_kind()
        self.form.setRowVisible(self.name, kind == OTHER)
        self.form.setRowVisible(self.sites, kind == BOTULINUM_TOXIN)
        self.form.setRowVisible(self.rate, kind in PUMP_KINDS)
        self.form.setRowVisible(self._refill_row, kind in PUMP_KINDS)
        if self.isVisible():
            self.fit_height()

    def values(self) -> dict[str, Any]:
        """Return the day and the fields the chosen kind keeps (the others left out)."""
        kind = self.chosen_kind()
        values: dict[str, Any] = {"day": _day_of(self.day), "note": self.note.text()}
        if kind == OTHER:
            values["name"] = self.name.text()
        if kind == BOTULINUM_TOXIN:
            values["sites"] = self.sites.text()
        if kind in PUMP_KINDS:
            values["rate"] = self.rate.text()
            values["next_refill"] = _day_of(self.next_refill) if self.remind.isChecked() else None
        return values

    def all_values(self) -> dict[str, Any]:
        """Return every field for a change: those the kind does not keep are emptied."""
        return {"kind": self.chosen_kind(), "name": "", "sites": "", "rate": "",
                "next_refill": None, **self.values()}  # fmt: skip


def ask_treatment(
    treatment: Treatment | None,
    today: date,
    operations: TreatmentOperations,
    say: Say,
    open_dialog: Opener,
    parent: QWidget,
) -> TreatmentDialog:
    """Open the dialog to record a treatment (None) or change one; saving is one undo step.

    Args:
        treatment: The entry to change, or None to record a new one.
        today: The diary's today (no entry after it).
        operations: How treatments are recorded and changed.
        say: Shows a short message on the owner's status line.
        open_dialog: Opens the dialog with the function that saves it.
        parent: The widget the dialog belongs to.
    """
    dialog = TreatmentDialog(treatment, today, parent)

    def save() -> bool:
        if treatment is None:
            outcome = operations.add(dialog.chosen_kind(), **dialog.values())
        else:
            outcome = operations.update(treatment, **dialog.all_values())
            if outcome.ok and outcome.value == treatment:
                say(outcome.message)  # nothing changed: said, not pushed
        if not outcome.ok:
            dialog.show_error(outcome.message)
        return outcome.ok

    open_dialog(dialog, save)
    return dialog


class TreatmentLine(ListLine):
    """A treatment on the list: what and when, its details, Change and Remove."""

    def __init__(self, treatment: Treatment, parent: QWidget | None = None) -> None:
        super().__init__(22, parent)
        self.treatment = treatment
        when = fmt_date(treatment.day, weekday=True)
        self.title = QLabel(
            self.tr("{day} · {treatment}").format(day=when, treatment=treatment.title)
        )
        self.title.setWordWrap(True)
        self.detail = QLabel(treatment.detail())
        self.detail.setObjectName("hint")
        self.detail.setWordWrap(True)
        self.detail.setVisible(bool(treatment.detail()))
        self.change_button = QPushButton(self.tr("Change…"))
        self.change_button.setAccessibleName(
            self.tr("Change {treatment} on {day}").format(treatment=treatment.title, day=when)
        )
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(
            self.tr("Remove {treatment} on {day}").format(treatment=treatment.title, day=when)
        )
        self.lay_out([self.title, self.detail], [self.change_button, self.remove_button])


class TreatmentsCard(Card):
    """Every treatment event, newest first; record one, change one, remove one.

    Each change is one undo step (see :class:`TreatmentOperations`).

    Args:
        diary: The open diary.
        operations: How treatments are recorded, changed and removed (undoably).
        say: Shows a short message on the tab's status line.
        open_dialog: Opens one of the card's dialogs.
    """

    def __init__(
        self,
        diary: Diary,
        operations: TreatmentOperations,
        say: Say,
        open_dialog: Opener,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Treatments"), say, open_dialog, parent)
        self._treatments: Treatments = diary.checklists.treatments
        self._operations = operations
        self._show_all = False
        self.lines: list[TreatmentLine] = []
        self.refill = QLabel()
        self.refill.setObjectName("refillDue")
        self.refill.setWordWrap(True)
        self.refill.hide()
        self._box = rows_box()
        self._box.setSpacing(12)  # entries apart, their buttons under them at large text
        self.add_button = QPushButton(self.tr("Record a treatment…"))
        self.add_button.clicked.connect(lambda: self.ask_treatment(None))
        self.more_button = QPushButton()
        self.more_button.clicked.connect(self._toggle_all)
        # Side by side where they fit, else one under the other (long words, large text).
        buttons_box = QWidget()
        buttons = FlowLayout(buttons_box, spacing=6)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.more_button)
        hint = QLabel(
            self.tr(
                "Injections, pump refills and sessions show as markers on Trends and in the "
                "report. A rate is kept as your clinic set it: MSLog never suggests one."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.body.addWidget(self.refill)
        self.body.addLayout(self._box)
        self.body.addWidget(buttons_box)
        self.body.addWidget(hint)

    def refresh(self, today: date) -> None:
        """Redraw the list and the coming refill as they stand ``today``."""
        due = self._treatments.refill_due()
        self.refill.setVisible(due is not None and shown_on(due, today))
        if due is not None:
            self.refill.setText(due.text(today))
        # The rows are rebuilt: the keyboard goes back to the same button of the same entry.
        focused = QApplication.focusWidget()
        kept = next(
            (
                (index, line.treatment.uuid, focused is line.remove_button)
                for index, line in enumerate(self.lines)
                if focused in (line.change_button, line.remove_button)
            ),
            None,
        )
        clear(self._box)
        self.lines = []
        entries = self._treatments.all()
        shown = entries if self._show_all else entries[:SHOWN_FIRST]
        for treatment in shown:
            line = TreatmentLine(treatment)
            line.change_button.clicked.connect(lambda _=False, t=treatment: self.ask_treatment(t))
            line.remove_button.clicked.connect(lambda _=False, t=treatment: self.remove(t))
            self._box.addWidget(line)
            self.lines.append(line)
        if not entries:
            empty = QLabel(self.tr("No treatments recorded yet."))
            empty.setObjectName("hint")
            self._box.addWidget(empty)
        self.more_button.setVisible(len(entries) > SHOWN_FIRST)
        self.more_button.setText(
            self.tr("Show the latest only")
            if self._show_all
            else self.tr("Show all %n", "all the treatments", len(entries))
        )
        if kept is not None:
            index, uuid, remove = kept
            self._focus(uuid, remove, index)

    def _focus(self, uuid: str | None, remove: bool = False, index: int = 0) -> None:
        """Put the keyboard on an entry's button, else the one now in its place, else Record."""
        line = next((each for each in self.lines if each.treatment.uuid == uuid), None)
        if line is None and uuid is not None and self.lines:
            line = self.lines[min(index, len(self.lines) - 1)]
        if line is None:
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            button = line.remove_button if remove else line.change_button
            button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _toggle_all(self) -> None:
        self._show_all = not self._show_all
        self.refresh(self._treatments.today())

    def ask_treatment(self, treatment: Treatment | None) -> TreatmentDialog:
        """Open the dialog to record a treatment (None) or change one."""
        dialog = ask_treatment(
            treatment, self._treatments.today(), self._operations, self._say, self._open, self
        )
        # Closed, the dialog cannot give the keyboard back to a button rebuilt meanwhile.
        uuid = treatment.uuid if treatment is not None else None
        dialog.finished.connect(lambda _result: self._focus(uuid))
        return dialog

    def remove(self, treatment: Treatment) -> None:
        """Remove an entry at once; undo puts it back."""
        self._operations.delete(treatment)
