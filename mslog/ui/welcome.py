"""The first-run welcome: what MSLog is, that data stays here, and a short optional set-up."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mslog.core.checklists.model import Medication
from mslog.core.routines.schema import Routine
from mslog.core.routines.wording import routine_description, routine_name
from mslog.ui.routines.picker import routine_summary
from mslog.ui.settings.store import UiSettings
from mslog.ui.widgets.scrolling import fit_in_window, scrolling_body
from mslog.ui.widgets.wrapping import WrapButton, WrapCheckBox

# Opens the medication form over the given widget; calls back with each medication saved.
AddMedicine = Callable[[QWidget, Callable[[Medication], None]], None]


class WelcomeDialog(QDialog):
    """Two calm pages; Skip at any time. Never shown again once finished or skipped.

    Everything of the set-up happens in the welcome itself, never behind it: the
    medication form opens over it and each medicine added is listed there ("Added:
    Baclofen 10 mg at 08:00, 20:00"); the stretch routine is chosen on a page of its own,
    from where Back (or Esc) returns to the set-up.

    Args:
        settings: Where "first run done", the reminder choice and the daily routine are kept.
        setup_actions: ``(label, callback)`` buttons for the optional set-up page,
            e.g. ("Choose text size and colours…", open_settings).
        add_medicine: Opens the medication form over the welcome, or None to offer none.
        routines: The routines to choose the daily one from (none: not offered).
        today: The diary day, for what a medicine added is taken from then on.
    """

    def __init__(
        self,
        settings: UiSettings,
        setup_actions: Sequence[tuple[str, Callable[[], None]]] = (),
        parent: QWidget | None = None,
        *,
        add_medicine: AddMedicine | None = None,
        routines: Sequence[Routine] = (),
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to MSLog"))
        self._settings = settings
        self._add_medicine = add_medicine
        self._today = today or date.today()
        self._routines = {routine.key: routine for routine in routines}
        self._reached_setup = False
        self.pages = QStackedWidget()

        intro = QWidget()
        intro_layout = QVBoxLayout(intro)
        title = QLabel(self.tr("Welcome to MSLog"))
        title.setObjectName("pageTitle")
        title.setWordWrap(True)
        text = QLabel(
            self.tr(
                "<p>MSLog is a diary for multiple sclerosis spasms. Press one big button when "
                "a spasm starts; add details later, or never.</p>"
                "<p>It can also guide a short daily stretch, keep a checklist of your medicines "
                "and self-care, and print a one-page summary for your appointments.</p>"
                "<p><b>Your diary stays on this computer.</b> Nothing is sent anywhere unless "
                "you export it yourself.</p>"
                "<p>MSLog records and summarises. It is not medical advice: please talk to your "
                "clinician before changing any treatment.</p>"
            )
        )
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        intro_layout.addWidget(title)
        intro_layout.addWidget(text)
        intro_layout.addStretch(1)

        setup = QWidget()
        setup_layout = QVBoxLayout(setup)
        setup_title = QLabel(self.tr("A quick set-up (all optional)"))
        setup_title.setObjectName("pageTitle")
        setup_title.setWordWrap(True)
        setup_layout.addWidget(setup_title)
        explain = QLabel(self.tr("You can do any of this later, or not at all."))
        explain.setObjectName("hint")
        explain.setWordWrap(True)
        setup_layout.addWidget(explain)
        self.setup_buttons: list[QPushButton] = []
        self.medicine_button: QPushButton | None = None
        self.added = QLabel()
        self.added.setWordWrap(True)
        self.added.hide()
        self.added_names: list[str] = []
        if add_medicine is not None:
            self.medicine_button = WrapButton(self.tr("Add my medicines…"))
            self.medicine_button.clicked.connect(self._open_medicine_form)
            setup_layout.addWidget(self.medicine_button)
            setup_layout.addWidget(self.added)
            self.setup_buttons.append(self.medicine_button)
        self.routine_button: QPushButton | None = None
        self.routine_chosen = QLabel()
        self.routine_chosen.setWordWrap(True)
        self.routine_chosen.hide()
        if self._routines:
            self.routine_button = WrapButton(self.tr("Choose my daily stretch routine"))
            self.routine_button.clicked.connect(self.show_routines)
            setup_layout.addWidget(self.routine_button)
            setup_layout.addWidget(self.routine_chosen)
            self.setup_buttons.append(self.routine_button)
        for label, callback in setup_actions:
            button = WrapButton(label)
            button.clicked.connect(callback)
            setup_layout.addWidget(button)
            self.setup_buttons.append(button)
        self.reminders = WrapCheckBox(self.tr("Remind me when a dose is due"))
        self.reminders.setChecked(bool(settings.get("reminders")))
        setup_layout.addWidget(self.reminders)
        setup_layout.addStretch(1)

        self.routine_page = self._routine_page()
        self.pages.addWidget(intro)
        self.pages.addWidget(setup)
        self.pages.addWidget(self.routine_page)
        self._setup = setup

        self.skip_button = QPushButton(self.tr("Skip"))
        self.skip_button.clicked.connect(self._skip_or_back)
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setObjectName("primary")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next_page)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        body = QVBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.pages)
        layout.addWidget(scrolling_body(body), 1)
        layout.addLayout(buttons)
        fit_in_window(self, 640, 520)
        chosen = str(settings.get("routine") or "")
        if chosen in self._routines:
            self._say_routine(self._routines[chosen])
        # Where the keyboard starts: Enter (or Space) goes on.
        self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _routine_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        title = QLabel(self.tr("Your daily stretch routine"))
        title.setObjectName("pageTitle")
        title.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "Choose the one that suits you today; each takes about five minutes. "
                "You can change it any time on the Stretch tab."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.routine_list = QListWidget()
        self.routine_list.setObjectName("routineList")  # grows with the text size
        self.routine_list.setAccessibleName(self.tr("Stretch routines"))
        self.routine_list.setSpacing(4)
        self.routine_list.setWordWrap(True)
        self.routine_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.routine_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        for routine in self._routines.values():
            item = QListWidgetItem(f"{routine_name(routine)}\n{routine_summary(routine)}")
            item.setData(Qt.ItemDataRole.UserRole, routine.key)
            self.routine_list.addItem(item)
        self.routine_list.setMinimumHeight(176)
        self.routine_list.currentItemChanged.connect(self._describe_routine)
        # A double click chooses; Enter is the dialog's own "Use this routine" (a list
        # would pass Enter on after acting on it, and the page after would act again).
        self.routine_list.itemDoubleClicked.connect(lambda _item: self.use_routine())
        self.routine_description = QLabel()
        self.routine_description.setWordWrap(True)
        column.addWidget(title)
        column.addWidget(hint)
        column.addWidget(self.routine_list, 1)
        column.addWidget(self.routine_description)
        return page

    # --- moving through the pages ---

    def next_page(self) -> None:
        """Go to the set-up page, use the routine chosen, or finish on the set-up page."""
        current = self.pages.currentWidget()
        if current is self.routine_page:
            self.use_routine()
        elif current is self._setup:
            self.finish()
        else:
            self._show_setup()

    def _show_setup(self, focus: QWidget | None = None) -> None:
        self._reached_setup = True
        self.pages.setCurrentWidget(self._setup)
        self.next_button.setText(self.tr("Finish"))
        self.skip_button.setText(self.tr("Skip set-up"))
        target = focus or (self.setup_buttons[0] if self.setup_buttons else self.next_button)
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _skip_or_back(self) -> None:
        if self.pages.currentWidget() is self.routine_page:
            self._show_setup(self.routine_button)
        else:
            self.finish()

    def reject(self) -> None:
        """Esc on the routine page goes back to the set-up; elsewhere it closes, as Skip.

        Closed with Esc or the window's Close, the welcome does not come back either.
        """
        if self.pages.currentWidget() is self.routine_page:
            self._show_setup(self.routine_button)
            return
        self._settings.set("first_run_done", True)
        super().reject()

    def finish(self) -> None:
        """Remember that the welcome was seen and close."""
        if self._reached_setup:
            self._settings.set("reminders", self.reminders.isChecked())
        self._settings.set("first_run_done", True)
        self.accept()

    # --- medicines ---

    def _open_medicine_form(self) -> None:
        assert self._add_medicine is not None  # the button is there only with it
        self._add_medicine(self, self.medicine_added)

    def medicine_added(self, medication: Medication) -> None:
        """List a medicine just added ("Added: Baclofen 10 mg at 08:00, 20:00")."""
        self.added_names.append(medication.schedule_text(self._today))
        self.added.setText(
            "\n".join(self.tr("Added: {medicine}").format(medicine=t) for t in self.added_names)
        )
        self.added.show()
        if self.medicine_button is not None:
            self.medicine_button.setText(self.tr("Add another medicine…"))
            self.medicine_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the daily routine ---

    def show_routines(self) -> None:
        """Show the routine page, on the routine chosen so far (else the first)."""
        chosen = str(self._settings.get("routine") or "")
        keys = list(self._routines)
        row = keys.index(chosen) if chosen in keys else 0
        self.routine_list.setCurrentRow(row)
        self._describe_routine()
        self.pages.setCurrentWidget(self.routine_page)
        self.next_button.setText(self.tr("Use this routine"))
        self.skip_button.setText(self.tr("Back"))
        self._show_every_routine()
        self.routine_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_every_routine(self) -> None:
        # Tall enough for every routine, so only the page scrolls, never a list inside it.
        listed = self.routine_list
        listed.doItemsLayout()
        rows = sum(
            listed.sizeHintForRow(row) + 2 * listed.spacing() for row in range(listed.count())
        )
        listed.setMinimumHeight(max(176, rows + 2 * listed.frameWidth() + 4))

    def _describe_routine(self, *_args: object) -> None:
        item = self.routine_list.currentItem()
        routine = None if item is None else self._routines.get(item.data(Qt.ItemDataRole.UserRole))
        self.routine_description.setText(routine_description(routine) if routine else "")

    def use_routine(self) -> None:
        """Keep the routine chosen in the list as the daily one and go back to the set-up."""
        item = self.routine_list.currentItem()
        if item is None:
            return
        routine = self._routines[item.data(Qt.ItemDataRole.UserRole)]
        self._settings.set("routine", routine.key)
        self._say_routine(routine)
        self._show_setup(self.routine_button)

    def _say_routine(self, routine: Routine) -> None:
        self.routine_chosen.setText(
            self.tr(
                "Your daily routine: {name} ({summary}). It is ready on the Stretch tab."
            ).format(name=routine_name(routine), summary=routine_summary(routine))
        )
        self.routine_chosen.show()
