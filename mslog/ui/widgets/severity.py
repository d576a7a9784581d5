"""The 0-10 severity picker: eleven big buttons with the scale's anchors spelled out."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from mslog.ui.widgets.roving import RovingFocus


class SeverityPicker(QWidget):
    """Pick a 0-10 Numeric Rating Scale value, or none.

    The eleven buttons are one Tab stop (on the chosen value, else on 0); the arrow keys
    move along the scale and Space or Enter picks the value that has the focus.

    Args:
        name: What is rated, for screen readers ("Severity"; each button says "Severity 3").
        low: The label under 0 ("0 none" when not given).
        high: The label under 10 ("10 worst imaginable" when not given).

    Signals:
        changed: Emitted with the new value (int, or None when cleared) after a click.
    """

    changed = Signal(object)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        name: str | None = None,
        low: str | None = None,
        high: str | None = None,
    ) -> None:
        super().__init__(parent)
        # Translated here, not as defaults: the translator is installed after import.
        name = self.tr("Severity") if name is None else name
        low = self.tr("0 none") if low is None else low
        high = self.tr("10 worst imaginable") if high is None else high
        self.setAccessibleName(self.tr("{name}, 0 to 10").format(name=name))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(4)
        self._buttons: list[QPushButton] = []
        self._value: int | None = None
        self._roving = RovingFocus(self, self._chosen_button)
        for value in range(11):
            button = QPushButton(str(value), self)
            button.setObjectName("severity")
            button.setCheckable(True)
            button.setMinimumSize(44, 48)
            button.setAccessibleName(
                self.tr(
                    "{name} {value}", "one button of the scale: what is rated, its number"
                ).format(name=name, value=value)
            )
            button.clicked.connect(lambda checked, v=value: self._on_clicked(v, checked))
            grid.addWidget(button, 0, value)
            self._buttons.append(button)
            self._roving.add(button)
        low_label = QLabel(low, self)
        high_label = QLabel(high, self)
        low_label.setObjectName("hint")
        high_label.setObjectName("hint")
        high_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        grid.addWidget(low_label, 1, 0, 1, 5)
        grid.addWidget(high_label, 1, 6, 1, 5)

    def value(self) -> int | None:
        """Return the chosen value, or None."""
        return self._value

    def set_value(self, value: int | None) -> None:
        """Show ``value`` as chosen (without emitting :attr:`changed`)."""
        self._value = value
        for i, button in enumerate(self._buttons):
            button.setChecked(i == value)

    def button(self, value: int) -> QPushButton:
        """Return the button for ``value``."""
        return self._buttons[value]

    def _chosen_button(self) -> QPushButton | None:
        return None if self._value is None else self._buttons[self._value]

    def _on_clicked(self, value: int, checked: bool) -> None:
        # Clicking the chosen value again clears it: "not sure" is a valid answer.
        self.set_value(value if checked else None)
        self.changed.emit(self._value)
