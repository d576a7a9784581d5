"""Small dialogs of the Checklists tab: a time, a skip reason, an as-needed dose, a name."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TypeVar

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayoutItem,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mslog.core.checklists.cautions import caution_for
from mslog.core.checklists.model import SKIP_REASONS, Medication, skip_reason_key, skip_reason_label
from mslog.core.checklists.side_effects import (
    MAX_NOTE_LENGTH,
    SIDE_EFFECT_KINDS,
    SideEffect,
    side_effect_label,
)
from mslog.core.clock import Clock
from mslog.core.errors import MSLogError, ValidationError
from mslog.core.i18n import QT_TRANSLATE_NOOP, Words, translate
from mslog.ui.style import current_scale
from mslog.ui.widgets.chips import ChipGroup
from mslog.ui.widgets.scrolling import keep_focus_in_view, scroll_area
from mslog.ui.widgets.time_field import TimeField


class ChecklistForms(Words):
    """The words of the Checklists tab's dialogs that several of them share."""


# Shown in a problem's first words ("Not saved. Amount: ..."), translated there.
FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("ChecklistForms", "Name"),
    "amount": QT_TRANSLATE_NOOP("ChecklistForms", "Amount"),
    "unit": QT_TRANSLATE_NOOP("ChecklistForms", "Unit"),
    "strength": QT_TRANSLATE_NOOP("ChecklistForms", "Strength and form"),
    "times": QT_TRANSLATE_NOOP("ChecklistForms", "Times"),
    "starts": QT_TRANSLATE_NOOP("ChecklistForms", "Start day"),
    "effective_from": QT_TRANSLATE_NOOP("ChecklistForms", "Change day"),
    "from_day": QT_TRANSLATE_NOOP("ChecklistForms", "Day"),
    "taken": QT_TRANSLATE_NOOP("ChecklistForms", "Time taken"),
    "reason": QT_TRANSLATE_NOOP("ChecklistForms", "Reason"),
    "day": QT_TRANSLATE_NOOP("ChecklistForms", "Day"),
    "slot": QT_TRANSLATE_NOOP("ChecklistForms", "Dose"),
    "kinds": QT_TRANSLATE_NOOP("ChecklistForms", "Side effects"),
    "note": QT_TRANSLATE_NOOP("ChecklistForms", "Note"),
}


def explain(exc: MSLogError) -> str:
    """Return "Not saved. Amount: must be more than zero" for a problem."""
    if isinstance(exc, ValidationError):
        label = FIELD_LABELS.get(exc.field)
        field = translate("ChecklistForms", label) if label else exc.field
        return ChecklistForms.tr("Not saved. {field}: {problem}").format(
            field=field, problem=exc.message
        )
    return ChecklistForms.tr("Not saved. {problem}").format(problem=exc)


def date_pattern() -> str:
    """Return the pattern of a date field: short weekday, day, short month, year."""
    return ChecklistForms.tr(
        "ddd d MMM yyyy", "date pattern: short weekday, day, short month, year"
    )


SpinBox = TypeVar("SpinBox", bound=QAbstractSpinBox)


def big(widget: SpinBox) -> SpinBox:
    """Give a date field a large target (times are :class:`TimeField` s, large already)."""
    widget.setMinimumHeight(44)
    widget.setMinimumWidth(130)
    return widget


class FormDialog(QDialog):
    """A dialog with a question, a form, an error line and Save / Cancel.

    The owner connects :attr:`submitted` to code that saves; that code calls
    :meth:`show_error` to keep the dialog open, or :meth:`accept` is called.

    Its minimum width (420 px unless a subclass sets another) is the reading width at
    100 % text: shown, the dialog is that wide times the text size, and as tall as its
    text needs, but never larger than the window it belongs to. What does not fit then
    scrolls, and each label goes over its field when the two do not fit side by side.
    """

    def __init__(self, title: str, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setText(ChecklistForms.tr("Save"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        content = QWidget()
        self._layout = layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(question)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.scroll_area = scroll_area(content)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        keep_focus_in_view(self.scroll_area)
        # Rows added while shown (a medication's times) make the dialog grow.
        content.installEventFilter(self)
        self._fitting = False
        outer = QVBoxLayout(self)
        outer.addWidget(self.scroll_area, 1)
        outer.addWidget(self.buttons)
        self.on_save: Callable[[], bool] | None = None

    def fit_height(self) -> None:
        """Take the reading width and the height the text needs, within the window.

        Grows only: a shown dialog never jumps narrower or shorter under the pointer.
        """
        if self._fitting:
            return
        self._fitting = True
        try:
            self._fit()
        finally:
            self._fitting = False

    def _fit(self) -> None:
        owner = self.parentWidget()
        # Opened over another dialog (the welcome), it may still take the main window's room.
        while owner is not None and owner.window().parentWidget() is not None:
            owner = owner.window().parentWidget()
        room = owner.window().size() if owner is not None else self.screen().availableSize()
        outer = self.layout()
        assert outer is not None  # set in __init__
        margins = outer.contentsMargins()
        sides = margins.left() + margins.right()
        scrollbar = self.scroll_area.verticalScrollBar().sizeHint().width()
        content = self._layout
        content.activate()
        wanted = max(
            round(self.minimumWidth() * current_scale()),
            content.totalMinimumSize().width() + sides + scrollbar,
        )
        width = max(self.width(), min(wanted, room.width() - 24))
        # Short of its reading width (large text, small window) every label goes over its
        # field, so each field has the whole width.
        narrow = width < round(self.minimumWidth() * current_scale())
        self.form.setRowWrapPolicy(
            QFormLayout.RowWrapPolicy.WrapAllRows
            if narrow
            else QFormLayout.RowWrapPolicy.WrapLongRows
        )
        content.activate()
        inner = width - sides - scrollbar
        text = content.totalHeightForWidth(inner) if content.hasHeightForWidth() else 0
        need = (
            max(text, content.totalSizeHint().height())
            + outer.spacing()
            + self.buttons.sizeHint().height()
            + margins.top()
            + margins.bottom()
        )
        height = max(self.height(), min(need, room.height() - 24))
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Grow when the form's content asks for more room while shown."""
        if event.type() == QEvent.Type.LayoutRequest and self.isVisible():
            self.fit_height()
        return super().eventFilter(watched, event)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Make room for wrapped text once the width is known; start on the first field."""
        super().showEvent(event)
        self.fit_height()
        # The buttons are made before a subclass adds its fields, so Qt would start on Save:
        # typing a name, or a space, would then press it.
        focused = self.focusWidget()
        if focused is None or focused in self.buttons.buttons():
            first = self.first_field()
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)

    def first_field(self) -> QWidget | None:
        """Return the first field of the form that takes the keyboard, if any."""
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole) or self.form.itemAt(
                row, QFormLayout.ItemRole.SpanningRole
            )
            for widget in _widgets_in(item):
                if widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                    return widget
        return None

    def show_error(self, text: str) -> None:
        """Show why the values cannot be saved; the dialog stays open."""
        self.error.setText(text)
        self.error.show()
        self.fit_height()

    def accept(self) -> None:
        """Save through :attr:`on_save` (which returns False to stay open), then close."""
        if self.on_save is not None and self.on_save() is False:
            return
        super().accept()


class MomentDialog(FormDialog):
    """Asks for a local time and date (when a dose was taken).

    The time comes first, where the keyboard starts: it is what is usually changed, and
    can be typed at once ("1405").
    """

    def __init__(
        self,
        clock: Clock,
        start: datetime,
        title: str,
        question: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, question, parent)
        self._clock = clock
        self.date_edit = big(QDateEdit(QDate(start.year, start.month, start.day)))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_pattern())
        self.date_edit.setAccessibleName(ChecklistForms.tr("Date"))
        time_name = ChecklistForms.tr("Time")
        self.time_edit = TimeField(QTime(start.hour, start.minute), time_name, field="taken")
        self.form.addRow(time_name, self.time_edit)
        self.form.addRow(ChecklistForms.tr("Date"), self.date_edit)

    def set_moment(self, moment: datetime) -> None:
        """Set the date and time fields."""
        self.date_edit.setDate(QDate(moment.year, moment.month, moment.day))
        self.time_edit.setTime(QTime(moment.hour, moment.minute))

    def moment(self) -> datetime:
        """Return the chosen moment, aware, in local time; refuse a time that is not one."""
        hour, _, minute = self.time_edit.value().partition(":")
        day = self.date_edit.date()
        naive = datetime(day.year(), day.month(), day.day(), int(hour), int(minute))
        return self._clock.localize(naive)

    def accept(self) -> None:
        """Say what is wrong with the time typed, if anything, before saving."""
        try:
            self.time_edit.value()
        except ValidationError as exc:
            self.show_error(explain(exc))
            self.time_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.time_edit.selectAll()
            return
        super().accept()


class ReasonDialog(FormDialog):
    """Asks why a dose was skipped (optional; suggestions or the person's own words)."""

    def __init__(self, label: str, reason: str = "", parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Why was it skipped?"),
            self.tr("{dose}: why was it skipped? (optional)").format(dose=label),
            parent,
        )
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems(["", *(skip_reason_label(r) for r in SKIP_REASONS)])
        self.reason.setCurrentText(skip_reason_label(reason))
        self.reason.setAccessibleName(self.tr("Reason"))
        line = self.reason.lineEdit()
        if line is not None:  # an editable combo box always has one
            line.setAccessibleName(self.tr("Reason"))
        self.form.addRow(self.tr("Reason"), self.reason)

    def text(self) -> str:
        """Return the reason typed or chosen (an offered one as kept: in English)."""
        return skip_reason_key(self.reason.currentText())


class AsNeededDialog(MomentDialog):
    """Asks which medication was taken when needed, when, and optionally how much."""

    def __init__(
        self,
        clock: Clock,
        medications: list[Medication],
        start: datetime,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            clock,
            start,
            self.tr("Took an as-needed dose"),
            self.tr("Which medication did you take, and when?"),
            parent,
        )
        self.medication = QComboBox()
        self.medication.setAccessibleName(self.tr("Medication"))
        for medication in medications:
            self.medication.addItem(medication.name, medication.uuid)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("optional, as prescribed"))
        self.amount.setAccessibleName(self.tr("Amount"))
        self.form.insertRow(0, self.tr("Medication"), self.medication)
        self.form.addRow(self.tr("Amount"), self.amount)
        # Made after the time and date, the medication would come after them on Tab.
        QWidget.setTabOrder(self.medication, self.time_edit)
        QWidget.setTabOrder(self.time_edit, self.date_edit)
        QWidget.setTabOrder(self.date_edit, self.amount)

    def medication_uuid(self) -> str:
        """Return the chosen medication."""
        return self.medication.currentData()


class NameDialog(FormDialog):
    """Asks for a habit name."""

    def __init__(
        self, title: str, question: str, name: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(title, question, parent)
        self.name = QLineEdit(name)
        self.name.setAccessibleName(ChecklistForms.tr("Name"))
        self.name.setMaxLength(60)
        self.form.addRow(ChecklistForms.tr("Name"), self.name)


class StopDialog(FormDialog):
    """Asks from which day a medication is no longer taken."""

    def __init__(
        self, medication: Medication, first_day: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Stop {medication}").format(medication=medication.name),
            self.tr(
                "From which day do you no longer take {medication}? "
                "Its history stays in your diary."
            ).format(medication=medication.name),
            parent,
        )
        self.day = big(QDateEdit(QDate(first_day.year, first_day.month, first_day.day)))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(date_pattern())
        self.day.setAccessibleName(self.tr("First day without it"))
        self.form.addRow(self.tr("First day without it"), self.day)
        # Some medicines for spasms (baclofen among them) must not be stopped at once; the
        # diary records a stop, it never says how to make one.
        self.caution = QLabel(
            self.tr(
                "Please agree any stop with the person who prescribes it first: some "
                "medicines for spasms must not be stopped suddenly."
            )
        )
        self.caution.setWordWrap(True)
        self.caution.setAccessibleDescription(self.tr("Before you stop"))
        self._layout.insertWidget(1, self.caution)
        self.save_button.setText(self.tr("Stop it"))

    def first_day(self) -> date:
        """Return the chosen day."""
        day = self.day.date().toPython()
        assert isinstance(day, date)
        return day


def _widgets_in(item: QLayoutItem | None) -> list[QWidget]:
    """Return the widgets of a layout item in order, looking into nested layouts."""
    if item is None:
        return []
    widget = item.widget()
    if widget is not None:
        return [widget]
    layout = item.layout()
    if layout is None:
        return []
    found: list[QWidget] = []
    for index in range(layout.count()):
        found += _widgets_in(layout.itemAt(index))
    return found


class HabitNameDialog(NameDialog):
    """Asks for a habit name, with the caution a heat or cold habit carries as it is typed."""

    def __init__(
        self,
        title: str,
        question: str,
        name: str = "",
        key: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, question, name, parent)
        self._key = key
        self.caution = QLabel()
        self.caution.setObjectName("hint")
        self.caution.setWordWrap(True)
        self.caution.setAccessibleDescription(self.tr("Caution"))
        self._layout.insertWidget(self._layout.indexOf(self.error), self.caution)
        self.name.textChanged.connect(self._show_caution)
        self._show_caution(name)

    def _show_caution(self, name: str) -> None:
        caution = caution_for(name, self._key)
        self.caution.setText(caution or "")
        self.caution.setVisible(caution is not None)
        self.name.setAccessibleDescription(caution or "")


def open_form(dialog: QDialog, save: Callable[[], bool]) -> None:
    """Open ``dialog`` window-modal, saved by ``save`` (False keeps it open); freed on close."""
    if isinstance(dialog, FormDialog):
        dialog.on_save = save
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()


def side_effect_chips(name: str) -> ChipGroup:
    """Return the chips of side effects people watch for, as one Tab stop."""
    return ChipGroup([(k, side_effect_label(k)) for k in SIDE_EFFECT_KINDS], name=name)


class SideEffectDialog(FormDialog):
    """Asks which side effects followed a dose (chips and a short note; both optional)."""

    def __init__(self, label: str, noted: SideEffect | None, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Side effects"),
            self.tr(
                "{dose}: anything you noticed after it? Your clinician can read it in the "
                "report. Leave everything empty to remove a note."
            ).format(dose=label),
            parent,
        )
        self.kinds = side_effect_chips(self.tr("Side effects after {dose}").format(dose=label))
        self.kinds.set_selected(noted.kinds if noted else ())
        # Enter saves; a chip focused before would otherwise take Enter as its own press.
        for key in SIDE_EFFECT_KINDS:
            self.kinds.button(key).setAutoDefault(False)
        self.save_button.setDefault(True)
        self.note = QLineEdit(noted.note if noted else "")
        self.note.setMaxLength(MAX_NOTE_LENGTH)
        self.note.setPlaceholderText(self.tr("optional, in your own words"))
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setMinimumHeight(44)
        self.form.addRow(self.tr("Noticed"), self.kinds)
        self.form.addRow(self.tr("Note"), self.note)

    def first_field(self) -> QWidget | None:
        """Start on the chips (a chip that is on, else the first)."""
        chosen = self.kinds.selected()
        return self.kinds.button(chosen[0] if chosen else self.kinds.keys()[0])
