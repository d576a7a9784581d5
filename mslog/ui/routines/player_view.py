"""The player page: a large moving picture, the exercise, a countdown readable across a room."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mslog.core.formatting import fmt_countdown
from mslog.core.routines import wording
from mslog.core.routines.library import RoutineLibrary
from mslog.core.routines.player import (
    RESUME_COUNTDOWN_S,
    SKIP_REASON_LABELS,
    SKIP_REASONS,
    PhaseKind,
    Snapshot,
    State,
)
from mslog.ui.routines.cue_bar import CueBar
from mslog.ui.routines.illustration import IllustrationView
from mslog.ui.style import current_colours, current_scale
from mslog.ui.widgets.flowlayout import FlowLayout
from mslog.ui.widgets.scrolling import scroll_area, scroll_when_short
from mslog.ui.widgets.wrapping import WrapButton

# Room beside the words of the buttons under the player (Previous, Pause, Skip).
CONTROL_PADDING = 32
# The step header flashes this long at a step's start, on and off this often.
FLASH_S = 1.2
FLASH_PERIOD_S = 0.4
# In each of the last seconds the countdown lights up for this part of the second.
PULSE_ON_S = 0.45


def _label(name: str = "", wrap: bool = True) -> QLabel:
    label = QLabel()
    if name:
        label.setObjectName(name)
    label.setWordWrap(wrap)
    return label


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
        self._texts: dict[str, str] = {}

        self._restyling = False
        self.visual_cues = True
        self.reduce_motion = False
        self._cues: dict[str, str] = {}
        self._countdown_px = 48
        self.routine_name = _label("cardTitle")
        self.progress = _label("status")
        self.progress.setAccessibleDescription("Progress")
        self.full_screen_button = WrapButton("Full screen")
        self.full_screen_button.setToolTip("Fill the screen (F11); Esc to leave")
        self.full_screen_button.clicked.connect(self.fullScreenClicked)
        self.stop_button = WrapButton("Stop session")
        self.stop_button.setToolTip("End the session now; what you did is saved")
        self.stop_button.clicked.connect(self.stopClicked)
        # The name, the step and time left, then the buttons, each a line of its own:
        # side by side they were cut off at large text on a small window.
        top = QVBoxLayout()
        top.setSpacing(4)
        top.addWidget(self.routine_name)
        top.addWidget(self.progress)
        top_buttons = QHBoxLayout()
        top.addLayout(top_buttons)
        top_buttons.addStretch(1)
        top_buttons.addWidget(self.full_screen_button)
        top_buttons.addWidget(self.stop_button)

        self.picture = IllustrationView()

        self.heading = _label("sectionTitle", wrap=False)
        self.exercise = _label()
        self.exercise.setAccessibleDescription("Exercise")
        self.countdown = _label(wrap=False)
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown.setAccessibleDescription("Time left in this step")
        self.countdown.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.bar = CueBar()
        self.detail = _label()  # reps, or "Paused", or "Starting in 3"
        self.instructions = _label()
        self.caution = _label("hint")
        self.variant = _label("hint")
        self.variant.setAccessibleDescription("Another way to do it")
        self.next_up = _label()
        self.next_up.setAccessibleDescription("Next step")
        side_widget = QWidget()
        side = QVBoxLayout(side_widget)
        side.setContentsMargins(0, 0, 8, 0)
        side.setSpacing(8)
        side.addWidget(self.heading)
        side.addWidget(self.exercise)
        side.addWidget(self.countdown)
        side.addWidget(self.bar)
        side.addWidget(self.detail)
        side.addWidget(self.instructions)
        side.addWidget(self.caution)
        side.addWidget(self.variant)
        side.addWidget(self.next_up)
        side.addStretch(1)
        body = QHBoxLayout()
        body.setSpacing(24)
        body.addWidget(self.picture, 5)
        # The words scroll beside the picture rather than being cut off.
        self._side_scroll = scroll_area(side_widget)
        self._side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._side_scroll.setMinimumHeight(150)  # as low as the picture goes
        body.addWidget(self._side_scroll, 4)

        self.previous_button = WrapButton("◀  Previous")
        self.previous_button.setToolTip("Back to the step before, or restart this one (Left arrow)")
        self.previous_button.clicked.connect(self.previousClicked)
        self.pause_button = WrapButton("Pause")
        self.pause_button.setObjectName("primary")
        self.pause_button.setToolTip("Pause or resume (Space)")
        self.pause_button.clicked.connect(self.pauseClicked)
        self.skip_button = WrapButton("Skip  ▶")
        self.skip_button.setToolTip("Skip to the next step (Right arrow)")
        self.skip_button.clicked.connect(self.skipClicked)
        # Their names stay when a small window leaves room only for the arrows.
        self.previous_button.setAccessibleName("Previous step")
        self.skip_button.setAccessibleName("Skip step")
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
        why.setText("Step skipped. Why? (optional)")
        reasons.addWidget(why)
        self.reason_buttons: dict[str, QPushButton] = {}
        for reason in SKIP_REASONS:
            chip = QPushButton(SKIP_REASON_LABELS[reason])
            chip.setObjectName("chip")
            chip.clicked.connect(lambda _checked=False, r=reason: self._choose_reason(r))
            reasons.addWidget(chip)
            self.reason_buttons[reason] = chip
        # Its place is kept while hidden, so offering reasons does not move the player.
        policy = self.reason_bar.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.reason_bar.setSizePolicy(policy)
        self.reason_bar.hide()

        self.notice = _label("hint")
        self.notice.hide()

        # Too short a window for the name, the picture and the buttons under them (large
        # text on a small screen), the page scrolls up and down: squeezed instead, they
        # were drawn over one another.
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        column.addLayout(top)
        column.addLayout(body, 1)
        self.page_scroll = scroll_when_short(column)

        outer = self._outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 12, 20, 12)
        outer.setSpacing(10)
        outer.addWidget(self.page_scroll, 1)
        outer.addWidget(self.reason_bar)
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
            title = f"Next: {title}"
        resuming = snap.state is State.RESUMING
        if snap.state is State.PAUSED:
            detail = "Paused. Press Resume (Space) when you are ready."
        elif resuming:
            detail = "Starting again…"
        elif snap.rep is not None:
            detail = f"Repetition {snap.rep} of {step.reps}"
        elif kind is PhaseKind.STEP:
            detail = f"{step.duration_s} seconds · breathe normally"
        else:
            detail = f"Get into position · {wording.amount(step)}"
        lines = wording.instruction_lines(step, exercise)
        instructions = "\n".join(f"{i}. {line}" for i, line in enumerate(lines, 1))
        caution = " ".join(exercise.cautions)
        following = ""
        if snap.next_step is not None and kind is PhaseKind.STEP:
            nxt = snap.next_step
            following = f"Next: {wording.step_title(nxt, self._library.exercises[nxt.exercise])}"
        self._set("routine", self.routine_name, "")
        heading = "Starting again in" if resuming else wording.phase_heading(snap)
        self._set("heading", self.heading, heading)
        self._set("exercise", self.exercise, title)
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
        variant = f"Another way: {exercise.variant}" if exercise.variant else ""
        self._set("variant", self.variant, variant)
        self._set("next", self.next_up, following)
        self._set("progress", self.progress, wording.progress_line(snap))
        paused = snap.state in (State.PAUSED, State.RESUMING)
        self._set("pause", self.pause_button, "Resume" if snap.state is State.PAUSED else "Pause")
        self.pause_button.setAccessibleName("Resume" if paused else "Pause")

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
        self.reason_bar.hide()

    def show_reasons(self, visible: bool) -> None:
        """Offer (or stop offering) reasons for the step just skipped."""
        self.reason_bar.setVisible(visible)

    def show_notice(self, text: str) -> None:
        """Show a calm one-line notice under the controls."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _set(self, key: str, widget: QLabel | QPushButton, text: str) -> None:
        # setText on every tick would relayout 30 times a second; only set what changed.
        if key == "routine":
            return
        if self._texts.get(key) != text:
            self._texts[key] = text
            widget.setText(text)
            widget.setVisible(bool(text) or key in ("countdown", "exercise"))

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
        # The reason chips keep the height they will need at this width, shown or not.
        outer = self.layout()
        inner = width - 40  # the page's side margins
        if outer is not None:
            margins = outer.contentsMargins()
            inner = width - margins.left() - margins.right()
        chips = self.reason_bar.layout()
        # At large text the chips take several lines; keeping them would push the page
        # into scrolling, so there they take their room only while shown.
        reserve = current_scale() < 1.5
        policy = self.reason_bar.sizePolicy()
        policy.setRetainSizeWhenHidden(reserve)
        self.reason_bar.setSizePolicy(policy)
        if chips is not None and chips.hasHeightForWidth():
            high = chips.heightForWidth(max(1, inner)) if reserve else 0
            self.reason_bar.setMinimumHeight(high)
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
        # Room for two lines, so "Paused" and the repetition count do not move what follows
        # (one at large text on a short window, where the page would otherwise scroll).
        lines = 2 if current_scale() < 1.5 else 1
        self.detail.setMinimumHeight(lines * self.detail.fontMetrics().lineSpacing())
        _font(self.instructions, 15)
        _font(self.next_up, 15)
        for button in (self.previous_button, self.pause_button, self.skip_button):
            _font(button, 18, bold=True)
        # As wide for "Pause" as for "Resume", so pausing moves nothing on the screen.
        metrics = self.pause_button.fontMetrics()
        self.pause_button.setMinimumWidth(metrics.horizontalAdvance("Resume") + 72)
        # A little taller than one line needs: the row's height never follows the label.
        tall = max(b.sizeHint().height() for b in (self.pause_button, self.skip_button)) + 4
        for button in (self.previous_button, self.pause_button, self.skip_button):
            button.setMinimumHeight(tall)
        self._fit_controls(width)

    def _fit_controls(self, width: int) -> None:
        """Show "◀ Previous" and "Skip ▶" in words when the three fit a line, else arrows."""
        texts = {self.previous_button: ("◀  Previous", "◀"), self.skip_button: ("Skip  ▶", "▶")}
        metrics = QFontMetrics(self.pause_button.font())
        needed = sum(
            metrics.horizontalAdvance(text) + 2 * CONTROL_PADDING + 8  # and the border
            for text in (texts[self.previous_button][0], "Resume", texts[self.skip_button][0])
        )
        margins = self._outer.contentsMargins()
        room = width - margins.left() - margins.right() - 2 * self._controls.spacing()
        for button, (words, arrow) in texts.items():
            wanted = words if needed <= room else arrow
            if button.text() != wanted:
                button.setText(wanted)
