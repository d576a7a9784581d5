"""The player page: a large moving picture, the exercise, a countdown readable across a room."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import delete

from mslog.core.formatting import fmt_countdown
from mslog.core.routines import wording
from mslog.core.routines.library import RoutineLibrary
from mslog.core.routines.player import (
    RESUME_COUNTDOWN_S,
    SKIP_REASONS,
    PhaseKind,
    Snapshot,
    State,
    skip_reason_label,
)
from mslog.ui.routines.cue_bar import CueBar
from mslog.ui.routines.illustration import IllustrationView
from mslog.ui.style import current_colours, current_scale
from mslog.ui.widgets.arrows import back_arrow, forward_arrow
from mslog.ui.widgets.flowlayout import FlowLayout
from mslog.ui.widgets.scrolling import scroll_when_short
from mslog.ui.widgets.wrapping import WrapButton

# Room beside the words of the buttons under the player (Previous, Pause, Skip).
CONTROL_PADDING = 32
# The step header flashes this long at a step's start, on and off this often.
FLASH_S = 1.2
FLASH_PERIOD_S = 0.4
# In each of the last seconds the countdown lights up for this part of the second.
PULSE_ON_S = 0.45
# The picture's height on a small window, as parts of the page's height and width.
SMALL_PICTURE = (0.6, 0.5)
ANYWHERE = Qt.AlignmentFlag(0)
# Between the lines of the step (heading, name, countdown...) and of the instructions.
BLOCK_SPACING = 8


def _label(name: str = "", wrap: bool = True) -> QLabel:
    label = QLabel()
    if name:
        label.setObjectName(name)
    label.setWordWrap(wrap)
    return label


def _column(widgets: tuple[QWidget, ...]) -> QWidget:
    block = QWidget()
    layout = QVBoxLayout(block)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(BLOCK_SPACING)
    for widget in widgets:
        layout.addWidget(widget)
    return block


def _empty(layout: QLayout) -> None:
    # The widgets stay; their places in the layout go, deleted at once: a widget's old
    # place left alive would keep the height it had, and the page would squeeze it.
    while layout.count():
        item = layout.itemAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            layout.removeWidget(widget)
        elif (taken := layout.takeAt(0)) is not None:
            delete(taken)


def _place(
    layout: QBoxLayout,
    widget: QWidget,
    stretch: int = 0,
    alignment: Qt.AlignmentFlag = ANYWHERE,
) -> None:
    # Moved to another part of the page, a widget keeps whether it was hidden on purpose.
    on_purpose = widget.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide)
    hidden = widget.isHidden() and on_purpose
    owner = layout.parentWidget()
    if widget.parentWidget() is not owner:
        widget.setParent(owner)
    layout.addWidget(widget, stretch, alignment)
    widget.setVisible(not hidden)


class ReservedLabel(QLabel):
    """A wrapping label as tall as the tallest of some texts it will show, at any width.

    Args:
        reserve: The texts to keep room for, whichever is shown.
    """

    def __init__(self, reserve: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self._reserve = reserve

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        """The height of the shown text or of the tallest reserved one, whichever is more."""
        margins = self.contentsMargins()
        frame = 2 * self.margin()
        room = max(1, width - margins.left() - margins.right() - frame)
        metrics = self.fontMetrics()
        flags = Qt.TextFlag.TextWordWrap.value | self.alignment().value
        tallest = max(
            metrics.boundingRect(QRect(0, 0, room, 1 << 20), flags, text).height()
            for text in self._reserve
        )
        reserved = tallest + margins.top() + margins.bottom() + frame
        return max(super().heightForWidth(width), reserved)


def _font(widget: QWidget, points: float, bold: bool = False) -> None:
    # Sizes are for 100 % text; they grow with the text size chosen in Settings.
    font = QFont(widget.font())
    font.setPointSizeF(points * current_scale())
    font.setBold(bold)
    widget.setFont(font)


class PlayerView(QWidget):
    """Shows a :class:`Snapshot`; its buttons only emit signals (the tab drives the player).

    Signals:
        pauseClicked, previousClicked, skipClicked, stopClicked, fullScreenClicked.
        reasonChosen(str): Why the last skipped step was skipped.
    """

    pauseClicked = Signal()  # noqa: N815 - Qt naming
    previousClicked = Signal()  # noqa: N815
    skipClicked = Signal()  # noqa: N815
    stopClicked = Signal()  # noqa: N815
    fullScreenClicked = Signal()  # noqa: N815
    reasonChosen = Signal(str)  # noqa: N815

    def __init__(self, library: RoutineLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._exercise_key: tuple[str, str] | None = None
        self._phase: tuple[int, PhaseKind] | None = None
        self._texts: dict[str, str] = {}

        self._restyling = False
        self.visual_cues = True
        self.reduce_motion = False
        self._cues: dict[str, str] = {}
        self._countdown_px = 48
        self.routine_name = _label("cardTitle")
        self.progress = _label("status")
        self.progress.setAccessibleDescription(self.tr("Progress"))
        self.full_screen_button = WrapButton(self.tr("Full screen"))
        self.full_screen_button.setToolTip(self.tr("Fill the screen (F11); Esc to leave"))
        self.full_screen_button.clicked.connect(self.fullScreenClicked)
        self.stop_button = WrapButton(self.tr("Stop session"))
        self.stop_button.setToolTip(self.tr("End the session now; what you did is saved"))
        self.stop_button.clicked.connect(self.stopClicked)
        # The name, the step and time left, and the buttons: beside them on a roomy window,
        # under them on a small one (side by side they were cut off at large text there).
        self.top_block = QWidget()
        top = self._top_layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, self.top_block)
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(4)
        names = self._top_names = QVBoxLayout()
        names.setSpacing(4)
        names.addWidget(self.routine_name)
        names.addWidget(self.progress)
        top.addLayout(names, 1)
        top_buttons = self._top_buttons = QHBoxLayout()
        top_buttons.addStretch(1)
        top_buttons.addWidget(self.full_screen_button, 0, Qt.AlignmentFlag.AlignTop)
        top_buttons.addWidget(self.stop_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(top_buttons)

        self.picture = IllustrationView()

        self.heading = _label("sectionTitle", wrap=False)
        self.exercise = _label()
        self.exercise.setAccessibleDescription(self.tr("Exercise"))
        self.countdown = _label(wrap=False)
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown.setAccessibleDescription(self.tr("Time left in this step"))
        self.countdown.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.bar = CueBar()
        # Reps, or "Paused", or "Starting again": as tall as the longest of them, so
        # pausing moves nothing after it.
        self.detail = ReservedLabel((self._paused_text(),))
        self.detail.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.instructions = _label()
        self.caution = _label("hint")
        self.variant = _label("hint")
        self.variant.setAccessibleDescription(self.tr("Another way to do it"))
        self.next_up = _label()
        self.next_up.setAccessibleDescription(self.tr("Next step"))
        self.previous_button = WrapButton(self.tr("◀  Previous"))
        self.previous_button.setToolTip(
            self.tr("Back to the step before, or restart this one (Left arrow)")
        )
        self.previous_button.clicked.connect(self.previousClicked)
        self.pause_button = WrapButton(self.tr("Pause"))
        self.pause_button.setObjectName("primary")
        self.pause_button.setToolTip(self.tr("Pause or resume (Space)"))
        self.pause_button.clicked.connect(self.pauseClicked)
        self.skip_button = WrapButton(self.tr("Skip  ▶"))
        self.skip_button.setToolTip(self.tr("Skip to the next step (Right arrow)"))
        self.skip_button.clicked.connect(self.skipClicked)
        # Their names stay when a small window leaves room only for the arrows.
        self.previous_button.setAccessibleName(self.tr("Previous step"))
        self.skip_button.setAccessibleName(self.tr("Skip step"))
        for button in (self.previous_button, self.pause_button, self.skip_button):
            button.setStyleSheet(
                f"QPushButton {{ min-height: 64px; padding: 0 {CONTROL_PADDING}px; }}"
            )
        controls = self._controls = QHBoxLayout()
        controls.addStretch(1)
        controls.addWidget(self.previous_button)
        controls.addWidget(self.pause_button)
        controls.addWidget(self.skip_button)
        controls.addStretch(1)

        self.reason_bar = QFrame()
        self.reason_bar.setObjectName("row")
        # A flow of chips: on a narrow window at large text they go onto more lines.
        reasons = FlowLayout(self.reason_bar)
        why = _label(wrap=False)
        why.setText(self.tr("Step skipped. Why? (optional)"))
        reasons.addWidget(why)
        self.reason_buttons: dict[str, QPushButton] = {}
        for reason in SKIP_REASONS:
            chip = QPushButton(skip_reason_label(reason))
            chip.setObjectName("chip")
            chip.clicked.connect(lambda _checked=False, r=reason: self._choose_reason(r))
            reasons.addWidget(chip)
            self.reason_buttons[reason] = chip
        self.reason_bar.hide()

        self.notice = _label("hint")
        self.notice.hide()

        # What a person needs at a glance: the step and its countdown (and, once a step is
        # skipped, the question why, under them, so it moves neither).
        self.step_block = _column(
            (self.heading, self.exercise, self.countdown, self.bar, self.reason_bar, self.detail)
        )
        self.words_block = _column((self.instructions, self.caution, self.variant, self.next_up))
        # Beside the picture on a roomy window; one column on a small one (see _arrange).
        self._side = QWidget()
        side = self._side_layout = QVBoxLayout(self._side)
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(8)
        self._body = QWidget()
        body = self._body_layout = QHBoxLayout(self._body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(24)
        # One scroll area for the whole page, up and down only: a second one for the words
        # beside the picture hid the countdown at large text on a small window.
        self._page = QVBoxLayout()
        self._page.setContentsMargins(0, 0, 0, 0)
        self._page.setSpacing(10)
        self.page_scroll = scroll_when_short(self._page)
        self.page_scroll.verticalScrollBar().rangeChanged.connect(self._keep_width)
        self._compact: bool | None = None
        self._sizing: tuple[int, int, float, bool] | None = None

        outer = self._outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 12, 20, 12)
        outer.setSpacing(10)
        outer.addWidget(self.page_scroll, 1)
        outer.addLayout(controls)
        outer.addWidget(self.notice)
        self._apply_fonts(1280, 800)

    # --- drawing ---

    def show_snapshot(self, snap: Snapshot) -> None:
        """Redraw from the player's state; only what changed is touched."""
        step = snap.step
        if step is None or snap.phase is None:
            return
        exercise = self._library.exercises[step.exercise]
        shown = (step.exercise, step.side)
        if self._exercise_key != shown:
            self._exercise_key = shown
            self.picture.show_step(step, wording.step_title(step, exercise))
        kind = snap.phase.kind
        # Paused, the clock stands still, so the figure holds where it is.
        self.picture.set_time(snap.elapsed_s, kind is PhaseKind.STEP)

        title = wording.step_title(step, exercise)
        if kind in (PhaseKind.REST, PhaseKind.SWITCH, PhaseKind.GET_READY):
            title = self.tr("Next: {step}").format(step=title)
        resuming = snap.state is State.RESUMING
        if snap.state is State.PAUSED:
            detail = self._paused_text()
        elif resuming:
            detail = self.tr("Starting again…")
        elif snap.rep is not None:
            detail = self.tr("Repetition {rep} of {reps}").format(rep=snap.rep, reps=step.reps)
        elif kind is PhaseKind.STEP:
            detail = self.tr("%n seconds · breathe normally", "", step.duration_s or 0)
        else:
            detail = self.tr("Get into position · {amount}").format(amount=wording.amount(step))
        lines = wording.instruction_lines(step, exercise)
        instructions = "\n".join(f"{i}. {line}" for i, line in enumerate(lines, 1))
        caution = " ".join(wording.cautions(exercise))
        following = ""
        if snap.next_step is not None and kind is PhaseKind.STEP:
            nxt = snap.next_step
            nxt_title = wording.step_title(nxt, self._library.exercises[nxt.exercise])
            following = self.tr("Next: {step}").format(step=nxt_title)
        self._set("routine", self.routine_name, "")
        heading = self._resume_heading() if resuming else wording.phase_heading(snap)
        self._set("heading", self.heading, heading)
        if self._set("exercise", self.exercise, title):
            self._apply_fonts(self.width(), self.height())  # a longer name may need a column
        # During the count after Resume, the count takes the countdown's place.
        count = str(math.ceil(snap.resume_in_s)) if resuming else fmt_countdown(snap.remaining_s)
        self._set("countdown", self.countdown, count)
        if resuming:
            self.bar.set_fraction(1 - snap.resume_in_s / max(snap.resume_in_s, RESUME_COUNTDOWN_S))
        elif snap.phase_length_s > 0:
            self.bar.set_fraction(snap.elapsed_s / snap.phase_length_s)
        self._show_cues(snap)
        self._set("detail", self.detail, detail)
        self._set("instructions", self.instructions, instructions)
        self._set("caution", self.caution, caution)
        other_way = wording.variant(exercise)
        variant = self.tr("Another way: {variant}").format(variant=other_way) if other_way else ""
        self._set("variant", self.variant, variant)
        self._set("next", self.next_up, following)
        self._set("progress", self.progress, wording.progress_line(snap))
        phase = (snap.step_index, kind)
        if phase != self._phase:
            self._phase = phase
            self._bring_countdown_into_view()
        paused = snap.state in (State.PAUSED, State.RESUMING)
        resume, pause = self.tr("Resume"), self.tr("Pause")
        self._set("pause", self.pause_button, resume if snap.state is State.PAUSED else pause)
        self.pause_button.setAccessibleName(resume if paused else pause)

    def _paused_text(self) -> str:
        return self.tr("Paused. Press Resume (Space) when you are ready.")

    def _resume_heading(self) -> str:
        return self.tr("Starting again in")

    def cue(self, part: str) -> str:
        """The visual cue shown on ``part`` (``"heading"`` or ``"countdown"``), "" for none.

        The heading is ``"flash"`` (lit, at a step's start), ``"step"`` (the steady colour
        of a step) or ""; the countdown ``"pulse"`` (lit, in the last seconds), ``"last"``
        (the steady colour of the last seconds) or "".
        """
        return self._cues.get(part, "")

    def _show_cues(self, snap: Snapshot) -> None:
        # Worked out from the snapshot's time, so they need no timer of their own.
        heading = countdown = ""
        running = snap.state is State.RUNNING
        if self.visual_cues and snap.phase is not None and running:
            moving = not self.reduce_motion
            if snap.phase.kind is PhaseKind.STEP:
                heading = "step"
                flash_on = int(snap.elapsed_s / FLASH_PERIOD_S) % 2 == 0
                if moving and snap.elapsed_s < FLASH_S and flash_on:
                    heading = "flash"
            if 0 < snap.remaining_s <= 3 and snap.phase_length_s > 3:
                countdown = "last"
                into_second = math.ceil(snap.remaining_s) - snap.remaining_s
                if moving and into_second < PULSE_ON_S:
                    countdown = "pulse"
        self._style_cue("heading", self.heading, heading)
        self._style_cue("countdown", self.countdown, countdown)

    def _style_cue(self, part: str, widget: QLabel, cue: str) -> None:
        if self._cues.get(part, "") == cue:
            return
        self._cues[part] = cue
        c = current_colours()
        radius = "border-radius: 8px; padding: 2px 12px;"
        sheets = {
            "flash": f"background: {c.primary}; color: {c.on_primary}; "
            f"border: 4px solid {c.focus}; {radius}",
            "step": f"background: {c.primary}; color: {c.on_primary}; "
            f"border: 4px solid {c.primary}; {radius}",
            "pulse": f"background: {c.primary}; color: {c.on_primary}; border-radius: 12px;",
            "last": f"color: {c.primary}; background: transparent; border-radius: 12px;",
        }
        # A border of the same width either way, so lighting it up moves nothing.
        idle = f"border: 4px solid transparent; {radius}" if part == "heading" else ""
        sheet = sheets.get(cue, idle)
        if part == "countdown":
            # A widget's own style sheet would otherwise put the app's text size back.
            sheet += f" font-size: {self._countdown_px}px; font-weight: bold;"
        widget.setStyleSheet(f"QLabel {{ {sheet} }}")

    def set_routine_name(self, name: str) -> None:
        """Show which routine is playing."""
        self.routine_name.setText(name)
        self._texts.clear()
        self._exercise_key = None
        self._phase = None
        self.reason_bar.hide()
        self.page_scroll.verticalScrollBar().setValue(0)

    def show_reasons(self, visible: bool) -> None:
        """Offer (or stop offering) reasons for the step just skipped."""
        self.reason_bar.setVisible(visible)

    def show_notice(self, text: str) -> None:
        """Show a calm one-line notice under the controls."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _set(self, key: str, widget: QLabel | QPushButton, text: str) -> bool:
        # setText on every tick would relayout 30 times a second; only set what changed.
        if key == "routine" or self._texts.get(key) == text:
            return False
        self._texts[key] = text
        widget.setText(text)
        widget.setVisible(bool(text) or key in ("countdown", "exercise"))
        return True

    def _choose_reason(self, reason: str) -> None:
        self.reason_bar.hide()
        self.reasonChosen.emit(reason)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Keep the countdown as big as the space allows."""
        self._apply_fonts(event.size().width(), event.size().height())
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Follow a new text size from Settings."""
        if event.type() == QEvent.Type.StyleChange and not self._restyling:
            self._restyling = True
            self._apply_fonts(self.width(), self.height())
            self._restyling = False
        super().changeEvent(event)

    def _apply_fonts(self, width: int, height: int) -> None:
        self._set_fonts(width, height)
        if self._choose_layout(width, height):
            # Moved, the blocks were styled again with the fonts they had at first.
            self._set_fonts(width, height)

    def _set_fonts(self, width: int, height: int) -> None:
        size = max(48, min(int(height * 0.16), int(width * 0.09)))
        if size != self._countdown_px:
            self._countdown_px = size
            if "countdown" in self._cues:  # its style sheet carries the size: redo it
                cue = self._cues.pop("countdown")
                self._style_cue("countdown", self.countdown, cue)
        font = QFont(self.countdown.font())
        font.setPixelSize(size)
        font.setBold(True)
        self.countdown.setFont(font)
        _font(self.exercise, 26 if width >= 1000 else 20, bold=True)
        _font(self.detail, 18, bold=True)
        _font(self.instructions, 15)
        _font(self.next_up, 15)
        for button in (self.previous_button, self.pause_button, self.skip_button):
            _font(button, 18, bold=True)
        # As wide for "Pause" as for "Resume", so pausing moves nothing on the screen.
        metrics = self.pause_button.fontMetrics()
        widest = max(metrics.horizontalAdvance(t) for t in (self.tr("Resume"), self.tr("Pause")))
        self.pause_button.setMinimumWidth(widest + 72)
        # A little taller than one line needs: the row's height never follows the label.
        tall = max(b.sizeHint().height() for b in (self.pause_button, self.skip_button)) + 4
        for button in (self.previous_button, self.pause_button, self.skip_button):
            button.setMinimumHeight(tall)
        self._fit_controls(width)

    def _fit_controls(self, width: int) -> None:
        """Show "◀ Previous" and "Skip ▶" in words when the three fit a line, else arrows."""
        texts = {
            self.previous_button: (self.tr("◀  Previous"), back_arrow(self)),
            self.skip_button: (self.tr("Skip  ▶"), forward_arrow(self)),
        }
        metrics = QFontMetrics(self.pause_button.font())
        needed = sum(
            metrics.horizontalAdvance(text) + 2 * CONTROL_PADDING + 8  # and the border
            for text in (
                texts[self.previous_button][0],
                self.tr("Resume"),
                texts[self.skip_button][0],
            )
        )
        margins = self._outer.contentsMargins()
        room = width - margins.left() - margins.right() - 2 * self._controls.spacing()
        for button, (words, arrow) in texts.items():
            wanted = words if needed <= room else arrow
            if button.text() != wanted:
                button.setText(wanted)

    # --- arranging the page ---

    def _bar_width(self) -> int:
        bar = self.page_scroll.verticalScrollBar()
        bar.ensurePolished()
        return bar.sizeHint().width()

    def _keep_width(self, _minimum: int = 0, maximum: int = 0) -> None:
        # The page keeps its scroll bar's room while there is none, so a bar coming or
        # going (the reasons offered, a longer step) neither re-wraps nor moves anything.
        right = 0 if maximum > 0 else self._bar_width()
        if self._page.contentsMargins().right() != right:
            self._page.setContentsMargins(0, 0, right, 0)

    def _choose_layout(self, width: int, height: int) -> bool:
        """Beside the picture when the step and its countdown fit there, else one column.

        Either way the countdown shows without scrolling: on a small window at large text
        the column starts with the step, its name and countdown, and the rest follows.

        Returns:
            Whether the page was arranged anew.
        """
        margins = self._outer.contentsMargins()
        column = width - margins.left() - margins.right() - self._bar_width()
        side_width = (column - self._body_layout.spacing()) * 4 // 9
        controls = max(b.minimumHeight() for b in (self.pause_button, self.skip_button))
        room = height - margins.top() - margins.bottom() - self._outer.spacing() - controls
        if not self.notice.isHidden():
            room -= self.notice.heightForWidth(column) + self._outer.spacing()
        self.heading.ensurePolished()
        pill = 2 * (4 + 12)  # the heading's border and padding (see _style_cue)
        words = self.heading.fontMetrics()
        # The headings above the exercise; the side column beside the picture fits the longest.
        headings = (*wording.phase_headings().values(), self._resume_heading())
        widest = max(
            max(words.horizontalAdvance(text) for text in headings) + pill,
            self.reason_bar.minimumSizeHint().width(),
        )
        lines = 2 * self.exercise.fontMetrics().lineSpacing()  # a long name's two lines
        # The top line as the roomy arrangement has it, the buttons beside the names.
        buttons = self._top_buttons.sizeHint()
        names = self._top_names.totalHeightForWidth(column - buttons.width())
        top = max(names, buttons.height())
        step = (
            top
            + self._page.spacing()
            + self.heading.sizeHint().height()
            + max(lines, self.exercise.heightForWidth(side_width))
            + self.countdown.sizeHint().height()
            + 2 * BLOCK_SPACING
        )
        compact = step > room or side_width < widest
        # Sized again only for a new window size or arrangement: a step's words (a longer
        # line of progress) must not make the picture jump.
        sizing = (width, height, current_scale(), compact)
        if sizing != self._sizing:
            self._sizing = sizing
            if compact:
                tall, wide = SMALL_PICTURE
                self.picture.setFixedHeight(max(150, min(int(room * tall), int(column * wide))))
            else:
                self.picture.setFixedHeight(max(150, room - top - self._page.spacing()))
        return self._arrange(compact)

    def _arrange(self, compact: bool) -> bool:
        if compact == self._compact:
            return False
        self._compact = compact
        body, side = self._body_layout, self._side_layout
        for layout in (self._page, body, side):
            _empty(layout)
        self._top_layout.setDirection(
            QBoxLayout.Direction.TopToBottom if compact else QBoxLayout.Direction.LeftToRight
        )
        if compact:
            for part in (self.step_block, self.top_block, self.picture, self.words_block):
                _place(self._page, part)
            self._body.hide()
        else:
            _place(side, self.step_block)
            _place(side, self.words_block)
            side.addStretch(1)
            _place(body, self.picture, 5, Qt.AlignmentFlag.AlignTop)
            _place(body, self._side, 4)
            _place(self._page, self.top_block)
            _place(self._page, self._body)
            self._body.show()  # hidden while the page was one column
        self._page.addStretch(1)
        self._keep_width(0, self.page_scroll.verticalScrollBar().maximum())
        return True

    def _bring_countdown_into_view(self) -> None:
        """Scroll back to the countdown at a new step, if it was scrolled out of sight."""
        page = self.page_scroll.widget()
        if page is None:
            return
        self._page.activate()
        top = self.countdown.mapTo(page, QPoint(0, 0)).y()
        bottom = top + self.countdown.height()
        bar = self.page_scroll.verticalScrollBar()
        seen = self.page_scroll.viewport().height()
        if bar.value() <= top and bottom <= bar.value() + seen:
            return
        start = self.step_block.mapTo(page, QPoint(0, 0)).y()
        # The page's top if the countdown shows from there, else the step's, else the count.
        fits = [value for value in (0, start) if bottom - value <= seen]
        bar.setValue(fits[0] if fits else bottom - seen)
