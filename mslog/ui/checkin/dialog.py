"""The daily check-in dialog: a few big answers about one day, each saved as it is given."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mslog.core.checkin import SLEEP_CHOICES, CheckIn, DayFactor
from mslog.core.checkin.factors import MAX_NIGHTS, factor_label, sleep_label
from mslog.core.checkin.wording import day_in_words, question, which_day
from mslog.ui.checklists.dialogs import NameDialog
from mslog.ui.style import current_scale
from mslog.ui.widgets.arrows import back_arrow, forward_arrow
from mslog.ui.widgets.chips import ChipGroup
from mslog.ui.widgets.day_steps import day_after_text, day_before_text, day_step_buttons
from mslog.ui.widgets.scrolling import keep_focus_in_view, scroll_area
from mslog.ui.widgets.severity import SeverityPicker
from mslog.ui.widgets.undo_controls import status_label, undo_button
from mslog.ui.widgets.wrapping import WrapCheckBox

if TYPE_CHECKING:
    from mslog.core.diary import Diary
    from mslog.ui.notifier import DiaryNotifier
    from mslog.ui.operations.checkin import CheckinOperations

# Below this width (times the text size) the day buttons go under the day's name.
NARROW_WIDTH = 700
# Below this width (times the text size) a factor's Rename and Remove go under its name.
ROW_WIDTH = 560
MAX_FACTOR_NAME = 60


def _section(title: str, layout: QVBoxLayout) -> QLabel:
    label = QLabel(title)
    label.setObjectName("sectionTitle")
    label.setWordWrap(True)
    label.setIndent(0)  # flush with the answers under it
    layout.addWidget(label)
    return label


class FactorRow(QFrame):
    """A factor on the list being changed: its name, Rename and Remove.

    The buttons go under the name when the row is narrow for the text size (long words
    in a small window at large text would otherwise widen the whole dialog).
    """

    def __init__(self, factor: DayFactor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("row")
        name = QLabel(factor.label)
        name.setWordWrap(True)
        self.rename_button = QPushButton(self.tr("Rename"))
        self.rename_button.setAccessibleName(self.tr("Rename {name}").format(name=factor.label))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(
            self.tr("Remove {name} from the list").format(name=factor.label)
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.rename_button)
        buttons.addWidget(self.remove_button)
        self._line = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self._line.setContentsMargins(10, 4, 4, 4)
        self._line.addWidget(name, 1)
        self._line.addLayout(buttons)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Put the buttons beside the name when there is room for both."""
        narrow = event.size().width() < ROW_WIDTH * current_scale()
        self._line.setDirection(
            QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        )
        super().resizeEvent(event)


class CheckinDialog(QDialog):
    """How one day was: spasticity, nights, pain, sleep, what was true, and the spasm log.

    Every answer is optional and saved at once (one write each, through the check-in
    operations, undoable on the window's undo stack); the day can be changed to fill in
    earlier ones. While open, the dialog's status line says what the operations did.

    Args:
        diary: The open diary.
        notifier: Change signals; the dialog redraws when the day's check-in changes.
        operations: How answers and the factor list are changed.
        day: The diary day to start on.
        shared_actions: The window's actions that should also work here (undo, redo).
        parent: The main window.
    """

    def __init__(
        self,
        diary: Diary,
        notifier: DiaryNotifier,
        operations: CheckinOperations,
        day: date,
        shared_actions: Sequence[QAction] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._diary = diary
        self._checkins = diary.checkins
        self._operations = operations
        self.day = day
        self.setWindowTitle(self.tr("How was today?"))
        self.addActions(list(shared_actions))  # Ctrl+Z / Ctrl+Shift+Z work here too

        # --- the day ---
        self.day_title = QLabel()
        self.day_title.setObjectName("cardTitle")
        self.day_title.setWordWrap(True)
        self.day_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.previous_button, self.next_button = day_step_buttons(
            self, lambda days: self.show_day(self.day + timedelta(days=days))
        )
        self._header = QHBoxLayout()
        self._header.addWidget(self.previous_button)
        self._header.addWidget(self.day_title, 1)
        self._header.addWidget(self.next_button)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(4, 4, 8, 4)
        column.setSpacing(8)

        # --- the spasm log first: the one answer that makes the day count ---
        column.addWidget(self._spasm_log_box())
        hint = QLabel(self.tr("Every answer is optional and saved as you give it."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        column.addWidget(hint)

        # --- the answers, in the order they are asked ---
        _section(self.tr("Spasticity over the past 24 hours"), column)
        self.nrs = SeverityPicker(
            name=self.tr("Spasticity"),
            low=self.tr("0 no spasticity"),
            high=self.tr("10 worst possible"),
        )
        self.nrs.changed.connect(
            lambda value: self._save(
                self.tr("spasticity not said")
                if value is None
                else self.tr("spasticity {value}").format(value=value),
                nrs=value,
            )
        )
        column.addWidget(self.nrs)
        self._let_shrink(self.nrs)

        _section(self.tr("Nights woken by spasms"), column)
        nights = [(str(n), str(n)) for n in range(MAX_NIGHTS)]
        nights.append((str(MAX_NIGHTS), self.tr("3 or more")))
        self.nights = ChipGroup(nights, exclusive=True, name=self.tr("Nights woken by spasms"))
        nights_heard = [
            self.tr("Not woken by spasms"),
            self.tr("Woken once"),
            self.tr("Woken twice"),
            self.tr("Woken 3 or more times"),
        ]
        nights_said = [
            self.tr("not woken by spasms"),
            self.tr("woken once"),
            self.tr("woken twice"),
            self.tr("woken 3 or more times"),
        ]
        for key, _label in nights:
            self.nights.button(key).setAccessibleName(nights_heard[int(key)])
            self.nights.button(key).setMinimumWidth(72)  # a round chip, not a sliver
        self.nights.changed.connect(
            lambda keys: self._save(
                nights_said[int(keys[0])] if keys else self.tr("nights woken not said"),
                nights_woken=int(keys[0]) if keys else None,
            )
        )
        column.addWidget(self.nights)

        _section(self.tr("Pain"), column)
        self.pain = SeverityPicker(
            name=self.tr("Pain"), low=self.tr("0 no pain"), high=self.tr("10 worst possible")
        )
        self.pain.changed.connect(
            lambda value: self._save(
                self.tr("pain not said")
                if value is None
                else self.tr("pain {value}").format(value=value),
                pain=value,
            )
        )
        column.addWidget(self.pain)
        self._let_shrink(self.pain)

        _section(self.tr("Sleep"), column)
        sleep = [(key, sleep_label(key)) for key, _label in SLEEP_CHOICES]
        self.sleep = ChipGroup(sleep, exclusive=True, name=self.tr("Sleep"))
        sleep_heard = {
            "good": self.tr("Sleep good"),
            "fair": self.tr("Sleep fair"),
            "poor": self.tr("Sleep poor"),
        }
        sleep_said = {
            "good": self.tr("sleep good"),
            "fair": self.tr("sleep fair"),
            "poor": self.tr("sleep poor"),
        }
        for key, _label in SLEEP_CHOICES:
            self.sleep.button(key).setAccessibleName(sleep_heard[key])
        self.sleep.changed.connect(
            lambda keys: self._save(
                sleep_said[keys[0]] if keys else self.tr("sleep not said"),
                sleep=keys[0] if keys else None,
            )
        )
        column.addWidget(self.sleep)

        self.factors_title = _section(self.tr("What was true today"), column)
        self._factor_box = QVBoxLayout()
        self._factor_box.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self._factor_box)
        self.factor_chips = ChipGroup([], name=self.tr("What was true today"))
        self._factor_keys: list[tuple[str, str]] = []
        self.own_factor = QLineEdit()
        self.own_factor.setPlaceholderText(self.tr("Something else"))
        self.own_factor.setAccessibleName(self.tr("Your own thing to add to the list"))
        self.own_factor.setMaxLength(MAX_FACTOR_NAME)
        # Enter adds the typed factor and does nothing else (see eventFilter).
        self.own_factor.installEventFilter(self)
        self.add_factor_button = QPushButton(self.tr("Add to the list"))
        self.add_factor_button.setAccessibleName(self.tr("Add your own to the list"))
        self.add_factor_button.clicked.connect(self.add_own_factor)
        self.edit_factors_button = QPushButton(self.tr("Change the list"))
        self.edit_factors_button.setCheckable(True)
        self.edit_factors_button.setAccessibleName(self.tr("Change the list: rename or remove"))
        self.edit_factors_button.toggled.connect(self._set_editing)
        own_row = QHBoxLayout()
        own_row.addWidget(self.own_factor, 1)
        own_row.addWidget(self.add_factor_button)
        column.addLayout(own_row)
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.edit_factors_button)
        edit_row.addStretch(1)
        column.addLayout(edit_row)
        self._edit_box = QVBoxLayout()
        self._edit_box.setSpacing(6)
        self.edit_rows: dict[str, FactorRow] = {}
        column.addLayout(self._edit_box)

        column.addStretch(1)
        self.scroll_area = scroll_area(content)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        keep_focus_in_view(self.scroll_area)

        # --- what just happened, and the way out ---
        self.status = status_label("")
        # Redo is Ctrl+Shift+Z (and on the Log tab): one button fewer on a small screen.
        self.undo_button = undo_button(operations.undo_stack)
        self.undo_button.setToolTip(self.tr("Undo (Ctrl+Z); redo is Ctrl+Shift+Z"))
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setObjectName("primarySmall")
        self.done_button.setToolTip(self.tr("Close (Esc). Everything is already saved."))
        self.done_button.clicked.connect(self.accept)
        bottom_buttons = QHBoxLayout()
        bottom_buttons.addStretch(1)
        bottom_buttons.addWidget(self.undo_button)
        bottom_buttons.addWidget(self.done_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addLayout(bottom_buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(10)
        layout.addLayout(self._header)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(bottom)
        for button in self.findChildren(QPushButton):
            # Enter presses only the button that has the focus ring, never a default one.
            button.setDefault(False)

        notifier.checkinsChanged.connect(self._on_change)
        notifier.spasmsChanged.connect(self._on_change)
        notifier.reloaded.connect(self._on_change)
        operations.said.connect(self.say)
        self.finished.connect(lambda _result: self._disconnect(notifier))
        self.show_day(day)

    def _spasm_log_box(self) -> QFrame:
        box = QFrame()
        box.setObjectName("card")
        rows = QVBoxLayout(box)
        rows.setContentsMargins(12, 4, 12, 8)
        rows.setSpacing(2)
        _section(self.tr("Your spasm log"), rows)
        self.spasm_count = QLabel()
        self.spasm_count.setObjectName("hint")
        self.spasm_count.setWordWrap(True)
        rows.addWidget(self.spasm_count)
        self.all_logged = WrapCheckBox()
        self.all_logged.clicked.connect(
            lambda on: self._save(
                self.tr("all spasms logged") if on else self.tr("not sure all are logged"),
                spasms="all_logged" if on else None,
            )
        )
        self.no_spasms = WrapCheckBox()
        self.no_spasms.clicked.connect(
            lambda on: self._save(
                self.tr("no spasms") if on else self.tr("not sure there were none"),
                spasms="none" if on else None,
            )
        )
        rows.addWidget(self.all_logged)
        rows.addWidget(self.no_spasms)
        why_label = QLabel(self._why_complete())
        why_label.setObjectName("hint")
        why_label.setWordWrap(True)
        rows.addWidget(why_label)
        return box

    def _why_complete(self) -> str:
        return self.tr("A day counts in your trends once you say its log is complete.")

    @staticmethod
    def _let_shrink(picker: SeverityPicker) -> None:
        # Eleven buttons sized for their text would be wider than a small window at
        # 200 % text; the numbers fit in less, down to the 44 px target.
        for value in range(11):
            button = picker.button(value)
            button.setMinimumWidth(44)
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    # --- the day shown ---

    def show_day(self, day: date) -> None:
        """Show the check-in of ``day`` (today or earlier)."""
        self.day = min(day, self._checkins.today())
        self.refresh()
        self.say(self._opening_text())

    def checkin(self) -> CheckIn | None:
        """Return the stored check-in of the day shown."""
        return self._checkins.get(self.day)

    def spasms_logged(self) -> int:
        """Return how many spasms are logged on the day shown."""
        return len(self._diary.spasms.for_day(self.day, self._diary.day_rule))

    def refresh(self) -> None:
        """Show what is stored for the day (no writes)."""
        today = self._checkins.today()
        when = which_day(self.day, today)
        day = day_in_words(self.day)
        titles = {
            "today": self.tr("{day} (today)"),
            "yesterday": self.tr("{day} (yesterday)"),
            "other": "{day}",
        }
        self.day_title.setText(titles[when].format(day=day))
        self.setWindowTitle(question(self.day, today))
        self.next_button.setEnabled(self.day < today)
        checkin = self.checkin() or CheckIn(self.day)
        self.nrs.set_value(checkin.nrs)
        self.nights.set_selected(
            [] if checkin.nights_woken is None else [str(checkin.nights_woken)]
        )
        self.pain.set_value(checkin.pain)
        self.sleep.set_selected([] if checkin.sleep is None else [checkin.sleep])
        true_on = {
            "today": self.tr("What was true today"),
            "yesterday": self.tr("What was true yesterday"),
            "other": self.tr("What was true on {day}"),
        }
        self.factors_title.setText(true_on[when].format(day=day))
        self._refresh_factors(checkin)
        self._refresh_spasm_log(when)

    def _refresh_factors(self, checkin: CheckIn) -> None:
        factors = self._checkins.factors(self.day)
        keys = [(f.uuid, f.label) for f in factors]
        if keys != self._factor_keys:
            # Names and the list changed: a new group (a chip's label is fixed).
            focused = self.focusWidget()
            had_focus = focused is not None and self.factor_chips.isAncestorOf(focused)
            self._factor_box.removeWidget(self.factor_chips)
            self.factor_chips.hide()
            self.factor_chips.deleteLater()
            self.factor_chips = ChipGroup(keys, name=self.tr("What was true"))
            self.factor_chips.changed.connect(self._on_factors)
            self.factor_chips.setVisible(not self.edit_factors_button.isChecked())
            self._factor_box.addWidget(self.factor_chips)
            # Built late, the chips would come last on Tab; put them where they are read.
            previous = self.sleep.button(SLEEP_CHOICES[-1][0])
            for uuid, _name in keys:
                QWidget.setTabOrder(previous, self.factor_chips.button(uuid))
                previous = self.factor_chips.button(uuid)
            QWidget.setTabOrder(previous, self.own_factor)
            self._factor_keys = keys
            self._refresh_edit_rows(factors)
            if had_focus:
                self.own_factor.setFocus()
        self.factor_chips.set_selected(checkin.factors)

    def _refresh_edit_rows(self, factors: list[DayFactor]) -> None:
        for row in self.edit_rows.values():
            self._edit_box.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.edit_rows = {}
        for factor in factors:
            row = FactorRow(factor)
            row.rename_button.clicked.connect(lambda _=False, f=factor: self.ask_rename_factor(f))
            row.remove_button.clicked.connect(lambda _=False, f=factor: self.remove_factor(f))
            row.setVisible(self.edit_factors_button.isChecked())
            self._edit_box.addWidget(row)
            self.edit_rows[factor.uuid] = row
        previous = self.edit_factors_button  # the rows come where they are read, not last
        for row in self.edit_rows.values():
            for button in (row.rename_button, row.remove_button):
                QWidget.setTabOrder(previous, button)
                previous = button
        # Then the way out (the old rows, deleted later, must not come in between).
        QWidget.setTabOrder(previous, self.undo_button)
        QWidget.setTabOrder(self.undo_button, self.done_button)

    def _refresh_spasm_log(self, when: str) -> None:
        count = self.spasms_logged()
        day = day_in_words(self.day)
        if count:
            logged = {
                "today": self.tr("%n spasms are logged for today.", "", count),
                "yesterday": self.tr("%n spasms are logged for yesterday.", "", count),
                "other": self.tr("%n spasms are logged for {day}.", "", count),
            }
        else:
            logged = {
                "today": self.tr("No spasms are logged for today."),
                "yesterday": self.tr("No spasms are logged for yesterday."),
                "other": self.tr("No spasms are logged for {day}."),
            }
        self.spasm_count.setText(logged[when].format(day=day))
        # Only one of the two is offered, so the answers can never contradict each other.
        all_logged = {
            "today": self.tr("I logged all my spasms today"),
            "yesterday": self.tr("I logged all my spasms yesterday"),
            "other": self.tr("I logged all my spasms on {day}"),
        }
        self.all_logged.setText(all_logged[when].format(day=day))
        self.all_logged.setAccessibleName(self.all_logged.text())
        none = {
            "today": self.tr("No spasms today"),
            "yesterday": self.tr("No spasms yesterday"),
            "other": self.tr("No spasms on {day}"),
        }
        self.no_spasms.setText(none[when].format(day=day))
        self.no_spasms.setAccessibleName(self.no_spasms.text())
        for box in (self.all_logged, self.no_spasms):
            # Heard on reaching the box, which is where the keyboard starts.
            box.setAccessibleDescription(
                self.tr("{count} {why}").format(
                    count=self.spasm_count.text(), why=self._why_complete()
                )
            )
        self.all_logged.setVisible(count > 0)
        self.no_spasms.setVisible(count == 0)
        stored = self.checkin()
        default = "all_logged" if count else None
        answer = stored.spasms if stored is not None else default
        self.all_logged.setChecked(answer == "all_logged")
        self.no_spasms.setChecked(answer is not None)

    def _opening_text(self) -> str:
        # The day is named in the title; the status line stays short.
        stored = self.checkin()
        if stored is None:
            return self.tr("Nothing saved for this day yet.")
        if stored.complete:
            return self.tr("This day is done. Change anything you like.")
        return self.tr("Started: saved as far as you got.")

    # --- saving ---

    def _save(self, text: str, **changes: Any) -> CheckIn | None:
        """Save one answer as one write (one undo step)."""
        if self.checkin() is None and "spasms" not in changes and self.spasms_logged():
            # "I logged all my spasms" is ticked until the person says otherwise.
            changes["spasms"] = "all_logged"
        outcome = self._operations.answer(self.day, text, **changes)
        if not outcome.ok:
            self.say(outcome.message)
            self.refresh()  # the answers show what is stored, not what was refused
        return outcome.value

    def _on_factors(self, uuids: list[str]) -> None:
        before = self.checkin()
        previous = before.factors if before is not None else frozenset()
        changed = set(uuids) ^ set(previous)
        names = {f.uuid: factor_label(f.name, in_sentence=True) for f in self._checkins.factors()}
        said = [
            (self.tr("{factor}: yes") if u in uuids else self.tr("{factor}: no")).format(
                factor=names.get(u) or self.tr("a factor")
            )
            for u in changed
        ]
        self._save(
            self.tr(", ", "between the answers of a list").join(said) or self.tr("what was true"),
            factors=set(uuids),
        )

    def add_own_factor(self) -> None:
        """Add the typed factor to the list, ticked for the day shown."""
        outcome = self._operations.add_factor(self.own_factor.text())
        if not outcome.ok:
            self.say(outcome.message)
            return
        self.own_factor.clear()

    def ask_rename_factor(self, factor: DayFactor) -> NameDialog:
        """Ask for a new name of a factor; the days it was ticked stay with it."""
        dialog = NameDialog(
            self.tr("Rename"),
            self.tr("New name for {name}:").format(name=factor.label),
            factor.label,
            self,
        )

        def save() -> bool:
            outcome = self._operations.rename_factor(factor, dialog.name.text())
            if not outcome.ok:
                dialog.show_error(outcome.message)
            return outcome.ok

        dialog.on_save = save
        dialog.finished.connect(dialog.deleteLater)
        self.rename_dialog = dialog
        dialog.open()
        return dialog

    def remove_factor(self, factor: DayFactor) -> None:
        """Stop offering a factor from today; earlier days keep their answers."""
        outcome = self._operations.remove_factor(factor)
        if not outcome.ok:
            self.say(outcome.message)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Enter in "Something else" adds it to the list and is not passed on.

        A line edit lets Enter go on to the dialog, which would press a button that
        once had the focus (an answer of the spasticity scale, say) as well.
        """
        if (
            watched is self.own_factor
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.add_own_factor()
            return True
        return super().eventFilter(watched, event)

    def _set_editing(self, editing: bool) -> None:
        self.edit_factors_button.setText(
            self.tr("Done changing") if editing else self.tr("Change the list")
        )
        # One list at a time: the names with Rename and Remove, or the chips to tick.
        self.factor_chips.setVisible(not editing)
        for row in self.edit_rows.values():
            row.setVisible(editing)

    # --- the rest ---

    def say(self, text: str) -> None:
        """Show a short status message."""
        self.status.setText(text)

    def _on_change(self, _change: object = None) -> None:
        self.refresh()

    def _disconnect(self, notifier: DiaryNotifier) -> None:
        notifier.checkinsChanged.disconnect(self._on_change)
        notifier.spasmsChanged.disconnect(self._on_change)
        notifier.reloaded.disconnect(self._on_change)
        self._operations.said.disconnect(self.say)

    def spasm_answer(self) -> QCheckBox:
        """Return the spasm-log answer offered for the day shown (all logged, or none)."""
        return self.no_spasms if self.all_logged.isHidden() else self.all_logged

    def focus_first_field(self) -> None:
        """Put the keyboard on the first answer: is the day's spasm log complete?

        It is first on screen too, so on a small screen at large text the dialog opens
        scrolled to the top, where the answer that makes the day count is.
        """
        self.spasm_answer().setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Start on the first question, not on a button."""
        super().showEvent(event)
        self.focus_first_field()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Shorten the day buttons when narrow for the text size."""
        self.fit_width(event.size().width())
        super().resizeEvent(event)

    def fit_width(self, width: int) -> None:
        """Lay out for ``width``: arrows only on the day buttons when narrow."""
        narrow = width < NARROW_WIDTH * current_scale()
        self.previous_button.setText(back_arrow(self) if narrow else day_before_text())
        self.next_button.setText(forward_arrow(self) if narrow else day_after_text())
