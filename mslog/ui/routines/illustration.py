"""The player's exercise picture: the moving figure for a step, in the routine's position."""

from __future__ import annotations

from mslog.core.routines.figure import POSITIONS
from mslog.core.routines.poses import figure_for
from mslog.core.routines.schema import Step
from mslog.ui.routines.figure_view import FigureView


class IllustrationView(FigureView):
    """Shows a step's figure: its exercise in the routine's position, on the step's side."""

    def __init__(self, parent: FigureView | None = None) -> None:
        super().__init__(parent)
        self._position = POSITIONS[0]

    def set_position(self, position: str) -> None:
        """Where the routine is done (``chair``, ``bed`` or ``floor``); set before its steps."""
        self._position = position

    def position(self) -> str:
        """The routine's position."""
        return self._position

    def show_step(self, step: Step, description: str = "") -> None:
        """Show ``step``'s exercise on its side, moving at its pace."""
        figure = figure_for(step.exercise, self._position)
        self.set_figure(figure, step.side, step.pace_s if step.reps else None, description)
