"""A spasm of any day, edited in the Log tab's own details panel, in a dialog of its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from mslog.ui.log.details import DetailsPanel
from mslog.ui.widgets.scrolling import fit_in_window, scrolling_body

if TYPE_CHECKING:
    from mslog.core.diary import Diary
    from mslog.core.spasms.log import Spasm

# Its size at 100 % text, before it is fitted to the window.
WIDTH, HEIGHT = 760, 720


class SpasmDetailsDialog(QDialog):
    """Edits one spasm's details; each change is saved as it is made, as on the Log tab.

    Done or Esc closes it (a note typed but not yet saved is saved first).

    Args:
        diary: The open diary.
        spasm: The entry to edit.
    """

    def __init__(self, diary: Diary, spasm: Spasm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The spasm at {time}").format(time=f"{spasm.started:%H:%M}"))
        self.panel = DetailsPanel(diary)
        self.panel.set_narrow(True)  # the Change time and Done buttons under the title
        self.panel.closed.connect(self.accept)
        inner = QVBoxLayout()
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.panel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(scrolling_body(inner))
        self.finished.connect(lambda _result: self.panel.save_note())
        self.panel.edit(spasm)
        fit_in_window(self, WIDTH, HEIGHT)
        # The keyboard starts on the strength (0-9 set it), not on Change time or Done.
        self.panel.severity.button(spasm.severity or 0).setFocus()
