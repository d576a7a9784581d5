"""Summary cards: one number for the range, compared in words with the range before."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from mslog.core.report import fmt_hour, fmt_number
from mslog.core.trend_lanes import ExtraLanes
from mslog.core.trends import PENN_LABELS, SNOW_LABELS, Summary


class Card(QFrame):
    """A titled number with a comparison line."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setMinimumWidth(150)
        self.title = QLabel(title)
        self.title.setObjectName("hint")
        self.title.setWordWrap(True)  # large text sizes wrap rather than clip
        self.value = QLabel("–")
        self.value.setObjectName("cardTitle")
        self.value.setWordWrap(True)
        self.compare = QLabel("")
        self.compare.setObjectName("hint")
        self.compare.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.compare)
        layout.addStretch(1)

    def set(self, value: str, compare: str, detail: str = "") -> None:
        """Show a value, its comparison and an optional explanation (as a tooltip too)."""
        self.value.setText(value)
        self.compare.setText(compare)
        self.setToolTip(detail)
        self.setAccessibleName(f"{self.title.text()}: {value}. {compare}")


def _change(now: float | None, before: float | None, unit: str = "") -> str:
    if now is None or before is None:
        return f"before: {fmt_number(before)}{unit}" if before is not None else "before: –"
    diff = now - before
    if abs(diff) < 0.05:
        return f"same as before ({before:.1f}{unit})"
    word = "more" if diff > 0 else "less"
    return f"{abs(diff):.1f}{unit} {word} than before ({before:.1f}{unit})"


class SummaryCards(QWidget):
    """The cards row, wrapping on narrow windows."""

    KEYS = (
        ("per_day", "Spasms per day"),
        ("severity", "Mean severity (0–10)"),
        ("hour", "Busiest hour"),
        ("trigger", "Most frequent trigger"),
        ("snow", "Snow frequency score"),
        ("penn", "Penn frequency level"),
        ("stretch", "Days with stretching"),
        ("adherence", "Doses taken"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(8)
        self.cards: dict[str, Card] = {}
        for key, title in self.KEYS:
            self.cards[key] = Card(title, self)
        self._hidden: set[str] = set()
        self._columns = 0
        self._place(4)

    def _place(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        shown = [card for key, card in self.cards.items() if key not in self._hidden]
        for key, card in self.cards.items():
            self._grid.removeWidget(card)
            card.setHidden(key in self._hidden)
        for i, card in enumerate(shown):
            self._grid.addWidget(card, i // columns, i % columns)
        for column in range(8):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Four cards a row on wide windows, fewer when narrow."""
        width = event.size().width()
        self._place(4 if width >= 900 else 3 if width >= 560 else 2)
        super().resizeEvent(event)

    def set_data(
        self,
        now: Summary,
        before: Summary,
        extras: ExtraLanes,
        previous_extras: ExtraLanes,
        has_previous: bool = True,
    ) -> None:
        """Fill every card (``has_previous``: whether the diary reaches back before the range)."""
        days = now.range.days
        self.cards["per_day"].set(
            f"{now.per_day:.1f}  ({now.spasms} in {days} day{'s' if days != 1 else ''})",
            _change(now.per_day, before.per_day),
        )
        self.cards["severity"].set(
            fmt_number(now.mean_severity), _change(now.mean_severity, before.mean_severity)
        )
        self.cards["hour"].set(fmt_hour(now.worst_hour), f"before: {fmt_hour(before.worst_hour)}")
        self.cards["trigger"].set(
            f"{now.top_trigger[0]} ({now.top_trigger[1]})" if now.top_trigger else "–",
            f"before: {before.top_trigger[0]}" if before.top_trigger else "before: –",
        )
        self.cards["snow"].set(
            f"{now.snow_typical} of 5",
            f"{SNOW_LABELS[now.snow_typical]}; before: {before.snow_typical}",
            "Snow spasm frequency score of a typical day in the range (1 none … 5 ten or "
            "more a day), worked out from your log.",
        )
        self.cards["penn"].set(
            f"{now.penn_typical} of 4",
            f"{PENN_LABELS[now.penn_typical]}; before: {before.penn_typical}",
            "Penn Spasm Frequency Scale level of a typical day, worked out from your log "
            "(level 1, spasms only when touched, cannot be told from a log).",
        )
        self._hidden = {
            key
            for key, lane in (("stretch", extras.stretch), ("adherence", extras.adherence))
            if lane is None
        }
        if extras.stretch is not None:
            before_stretch = previous_extras.stretch
            self.cards["stretch"].set(
                f"{len(extras.stretch.completed_days)} of {days}",
                "before: –"
                if before_stretch is None
                else f"before: {len(before_stretch.completed_days)} of {days}",
            )
        if extras.adherence is not None:
            overall = extras.adherence.overall()
            before_overall = (
                previous_extras.adherence.overall() if previous_extras.adherence else None
            )
            self.cards["adherence"].set(
                "–" if overall is None else f"{overall:.0f} % of scheduled",
                "before: –" if before_overall is None else f"before: {before_overall:.0f} %",
            )
        for card in self.cards.values():
            card.value.setAlignment(Qt.AlignmentFlag.AlignLeft)
            if not has_previous:  # "before" would only compare with days before the diary
                text = card.compare.text()
                if "; before:" in text:
                    card.set(card.value.text(), text.split("; before:")[0], card.toolTip())
                else:
                    card.set(card.value.text(), "nothing logged before this range", card.toolTip())
        columns, self._columns = self._columns, 0
        self._place(columns)  # hidden cards leave no gap
