"""Large toggle "chips" for choosing one or several words from a list."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from mslog.ui.widgets.flowlayout import FlowLayout
from mslog.ui.widgets.roving import RovingFocus


class ChipGroup(QWidget):
    """A wrapping row of toggle buttons, each standing for one key.

    The chips are one Tab stop (on the first chip that is on, else the first chip); the
    arrow keys move between them and Space or Enter turns the focused one on or off.

    Args:
        options: ``(key, label)`` pairs in display order.
        exclusive: When true at most one chip is on; clicking it again turns it off.
        name: Accessible name of the group, e.g. "Body locations".

    Signals:
        changed: Emitted with the list of selected keys after a click.
    """

    changed = Signal(list)

    def __init__(
        self,
        options: Iterable[tuple[str, str]],
        *,
        exclusive: bool = False,
        name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._exclusive = exclusive
        self._buttons: dict[str, QPushButton] = {}
        self.setAccessibleName(name)
        self._roving = RovingFocus(self, self._first_on)
        self._layout = FlowLayout(self)
        for key, label in options:
            self.add_option(key, label)

    def add_option(self, key: str, label: str) -> QPushButton:
        """Add a chip (or return the existing one for ``key``)."""
        if key in self._buttons:
            return self._buttons[key]
        button = QPushButton(label, self)
        button.setObjectName("chip")
        button.setCheckable(True)
        button.setAccessibleName(label)
        button.clicked.connect(lambda checked, k=key: self._on_clicked(k, checked))
        # A tick as well as the fill, so the state never rests on colour alone.
        button.toggled.connect(
            lambda checked, b=button, text=label: b.setText(f"✓ {text}" if checked else text)
        )
        self._layout.addWidget(button)
        if self._buttons:
            # Added later, it would come last on Tab; keep it with the chips before it.
            QWidget.setTabOrder(list(self._buttons.values())[-1], button)
        self._buttons[key] = button
        self._roving.add(button)
        return button

    def keys(self) -> list[str]:
        """Return every key offered, in order."""
        return list(self._buttons)

    def button(self, key: str) -> QPushButton:
        """Return the chip standing for ``key``."""
        return self._buttons[key]

    def selected(self) -> list[str]:
        """Return the keys that are on, in display order."""
        return [key for key, button in self._buttons.items() if button.isChecked()]

    def set_selected(self, keys: Iterable[str]) -> None:
        """Turn on exactly ``keys`` (without emitting :attr:`changed`)."""
        wanted = set(keys)
        for key, button in self._buttons.items():
            button.setChecked(key in wanted)

    def _first_on(self) -> QPushButton | None:
        return next((b for b in self._buttons.values() if b.isChecked()), None)

    def _on_clicked(self, key: str, checked: bool) -> None:
        if self._exclusive and checked:
            for other, button in self._buttons.items():
                if other != key:
                    button.setChecked(False)
        self.changed.emit(self.selected())
