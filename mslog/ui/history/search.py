"""Searching the notes of every day: a field, the hits with their day, and a way to each day."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mslog.core.formatting import fmt_day
from mslog.core.history import NoteHit, SearchResult
from mslog.core.i18n import Words
from mslog.ui.style import current_scale
from mslog.ui.widgets.scrolling import scroll_into_view

# Rows of hits shown before the list scrolls (each row at least 44 px).
ROWS_SHOWN = 5
DAY_ROLE = Qt.ItemDataRole.UserRole
UUID_ROLE = Qt.ItemDataRole.UserRole + 1


class NoteHits(Words):
    """The translation context of how a note found is listed."""


def hit_text(hit: NoteHit, today: date) -> str:
    """Return a hit as listed: its day (and time), then the words around what matched."""
    day = fmt_day(hit.day, year=hit.day.year != today.year)
    if hit.at is None:
        when = day
    elif hit.at.date() > hit.day:  # the night after the diary day: not that date's 02:46
        when = NoteHits.tr("{day}, {time} after midnight", "the night after the diary day")
    else:
        when = NoteHits.tr("{day}, {time}", "a diary day and a clock time")
    when = when.format(day=day, time=f"{hit.at:%H:%M}" if hit.at else "")
    return f"{when}\n{hit.excerpt}"


class NoteSearch(QFrame):
    """A search field over every day's notes and its hits, newest first.

    Enter in the field searches and puts the keyboard on the first hit, in sight; Enter
    on a hit, a click or a double click opens its day.

    Args:
        search: Returns the hits for the words typed.
        today: Returns the diary's today (a hit of another year names its year).

    Signals:
        dayChosen: The day of the hit the person opened, and the uuid of its entry.
    """

    dayChosen = Signal(object, str)  # noqa: N815 - Qt naming

    def __init__(
        self,
        search: Callable[[str], SearchResult],
        today: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self._search = search
        self._today = today
        title = QLabel(self.tr("Search your notes"))
        title.setObjectName("cardTitle")
        title.setWordWrap(True)
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Words from a note"))
        self.field.setAccessibleName(self.tr("Words to look for in your notes"))
        self.field.returnPressed.connect(self.run)
        self.button = QPushButton(self.tr("Search"))
        self.button.setAccessibleName(self.tr("Search your notes"))
        self.button.setAutoDefault(True)
        self.button.clicked.connect(self.run)
        field_row = QHBoxLayout()
        field_row.addWidget(self.field, 1)
        field_row.addWidget(self.button)
        self.found = QLabel(self.tr("Spasm notes, treatments and side effects of every day."))
        self.found.setObjectName("hint")
        self.found.setWordWrap(True)
        self.hits = QListWidget()
        self.hits.setAccessibleName(self.tr("Notes found: Enter opens the day"))
        self.hits.setWordWrap(True)
        self.hits.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.hits.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.hits.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.hits.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.hits.itemActivated.connect(self._open)
        self.hits.itemClicked.connect(self._open)
        self.hits.hide()  # until there is something to list
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(field_row)
        layout.addWidget(self.found)
        layout.addWidget(self.hits)
        self._words = ""

    def run(self) -> None:
        """Search for the words in the field and list the hits."""
        self._words = " ".join(self.field.text().split())
        self._show(move_focus=True)

    def refresh(self) -> None:
        """Search again for the words last searched (the diary changed)."""
        if self._words:
            self._show(move_focus=False)

    def _show(self, *, move_focus: bool) -> None:
        self.hits.clear()
        if not self._words:
            self.found.setText(self.tr("Type a word or two from a note, then press Enter."))
            self.hits.hide()
            return
        result = self._search(self._words)
        today = self._today()
        for hit in result.hits:
            item = QListWidgetItem(hit_text(hit, today))
            item.setData(DAY_ROLE, hit.day)
            item.setData(UUID_ROLE, hit.uuid)
            self.hits.addItem(item)
        count = len(result.hits)
        if not count:
            self.found.setText(self.tr("No note holds “{words}”.").format(words=self._words))
        elif result.more:
            self.found.setText(
                self.tr(
                    "%n entries hold “{words}”, the newest %n are listed. "
                    "Enter or a click opens the day.",
                    "more matched than are listed",
                    count,
                ).format(words=self._words)
            )
        else:
            self.found.setText(
                self.tr(
                    "%n entries hold “{words}”. Enter or a click opens the day.", "", count
                ).format(words=self._words)
            )
        self.hits.setVisible(bool(count))
        self._fit_height()
        if count and move_focus:
            self.hits.setCurrentRow(0)
            self.hits.setFocus(Qt.FocusReason.OtherFocusReason)
            scroll_into_view(self.hits)  # under the calendar on a small window

    def _fit_height(self) -> None:
        rows = min(self.hits.count(), ROWS_SHOWN)
        # Two lines a hit (its day, then the words), each row a big target.
        row = max(round(44 * current_scale()), round(2.4 * self.hits.fontMetrics().height()))
        self.hits.setFixedHeight(rows * row + 2 * self.hits.frameWidth() + 8)

    def _open(self, item: QListWidgetItem) -> None:
        day = item.data(DAY_ROLE)
        if isinstance(day, date):
            self.dayChosen.emit(day, str(item.data(UUID_ROLE)))
