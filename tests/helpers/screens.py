"""Walk every tab, page and dialog of a main window, for the audit and the screenshot script."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget

# A screen: its name and the top-level widget that shows it (the window or a dialog).
Screen = tuple[str, QWidget]


def settle(turns: int = 6) -> None:
    """Let the layouts settle: a resize, a new page or a wrapped label take a few events."""
    for _ in range(turns):
        QApplication.processEvents()


def tabs(window, advance: Callable[[float], None]) -> Iterator[Screen]:
    """Show each tab (and each page of Trends, the Stretch player running a step).

    Args:
        window: The main window, on a diary with some of everything in it.
        advance: Moves the diary's clock on by some seconds (the player's countdown).
    """
    window.tabs.setCurrentWidget(window.log_tab)
    if window.log_tab.details.uuid() is None:
        window.log_tab.quick_log()
    settle()
    yield "log", window
    window.tabs.setCurrentWidget(window.stretch_page)
    settle()
    yield "stretch", window
    stretch = window.stretch_page.content
    stretch.start(next(r.key for r in stretch.library.routines() if "Daily" in r.name))
    advance(17)
    stretch.refresh_player()
    settle()
    yield "stretch-player", window
    stretch.player.stop(_stopped())
    settle()
    yield "stretch-summary", window
    stretch.show_picker()
    settle()
    window.tabs.setCurrentWidget(window.checklists_page)
    settle()
    yield "checklists", window
    window.tabs.setCurrentWidget(window.trends_tab)
    view = window.trends_tab.content
    settle(10)
    pages = view.pages
    for index in range(pages.count()):
        pages.setCurrentIndex(index)
        settle(8)
        yield f"trends-{_slug(pages.tabText(index))}", window
    pages.setCurrentIndex(0)
    for index in range(window.tabs.count()):  # tabs added later (History, ...) too
        page = window.tabs.widget(index)
        if page in (window.log_tab, window.stretch_page, window.checklists_page, window.trends_tab):
            continue
        window.tabs.setCurrentIndex(index)
        settle(8)
        yield _slug(window.tabs.tabText(index)), window
        for inner in page.findChildren(QTabWidget):
            for number in range(1, inner.count()):
                inner.setCurrentIndex(number)
                settle(8)
                yield f"{_slug(window.tabs.tabText(index))}-{_slug(inner.tabText(number))}", window
    window.tabs.setCurrentWidget(window.log_tab)
    settle()


def dialogs(window, diary) -> Iterator[Screen]:
    """Open each dialog in turn, yield it, and close it again (Cancel: nothing is saved)."""
    log = window.log_tab
    window.tabs.setCurrentWidget(log)
    settle()
    yield from _shown("log-earlier", lambda: (log.ask_earlier(), log.when_dialog)[1])
    yield from _shown("settings", window.show_settings)
    welcome = window.show_welcome()
    settle()
    yield "welcome", welcome
    welcome.pages.setCurrentIndex(1)
    settle()
    yield "welcome-setup", welcome
    welcome.show_routines()
    settle()
    yield "welcome-routines", welcome
    _close(welcome)
    yield from _shown("checkin", window.checkin.open)
    yield from _shown("shortcuts", window.show_shortcuts)
    yield from _shown("about", window.show_about)
    yield from _shown("export", window.export.open)
    window.tabs.setCurrentWidget(window.trends_tab)
    settle()
    yield from _shown("report", window.trends_tab.content.open_report)
    window.tabs.setCurrentWidget(window.stretch_page)
    stretch = window.stretch_page.content
    settle()
    editable = next(r.key for r in stretch.library.routines() if "Daily" in r.name)
    yield from _shown("routine-editor", lambda: (stretch.edit_routine(editable), stretch.editor)[1])
    window.tabs.setCurrentWidget(window.checklists_page)
    tab = window.checklists_page.content
    settle()

    def opened(open_it: Callable[[], object]) -> Callable[[], QDialog]:
        return lambda: (open_it(), tab.dialog)[1]

    doses = tab.doses
    rows = list(doses.rows.values())
    taken = next((r.dose for r in rows if r.dose.state == "taken"), None)
    if taken is None:
        doses.set_taken(rows[0].dose, True) if hasattr(doses, "set_taken") else None
        settle()
        taken = next((r.dose for r in doses.rows.values() if r.dose.state == "taken"), None)
    if taken is not None:
        yield from _shown("change-time", opened(lambda: doses.ask_taken_time(taken)))
        yield from _shown("side-effects", opened(lambda: doses.ask_side_effects(taken)))
    yield from _shown("as-needed", opened(doses.ask_as_needed))
    yield from _shown("add-habit", opened(tab.habits.ask_new_habit))
    yield from _shown("try-habit", opened(tab.habits.trial.ask_plan))
    yield from _shown("add-medication", opened(lambda: tab.medications.ask_medication(None)))
    if tab.medications.lines:
        first = tab.medications.lines[0].medication
        yield from _shown(
            "change-medication", opened(lambda: tab.medications.ask_medication(first))
        )
        yield from _shown("stop-medication", opened(lambda: tab.medications.ask_stop(first)))
    yield from _shown("add-treatment", lambda: tab.treatments.ask_treatment(None))
    yield from _history_dialogs(window, diary)
    window.tabs.setCurrentWidget(window.log_tab)
    settle()


def _history_dialogs(window, diary) -> Iterator[Screen]:
    """The History tab's spasm details and change-time dialogs, on a spasm of today."""
    window.tabs.setCurrentWidget(window.history_page)
    history = window.history_page.content
    history.show_day(diary.today())
    settle()
    spasms = diary.spasms.for_day(diary.today(), diary.day_rule)
    if not spasms:
        return
    uuid = spasms[0].uuid
    yield from _shown("history-details", lambda: (history.edit_spasm(uuid), history.dialog)[1])
    yield from _shown(
        "history-change-time", lambda: (history.ask_spasm_time(uuid), history.when_dialog)[1]
    )


def every_screen(window, diary, advance: Callable[[float], None]) -> Iterator[Screen]:
    """Every tab and page, then every dialog."""
    yield from tabs(window, advance)
    yield from dialogs(window, diary)


def _shown(name: str, open_it: Callable[[], QDialog | None]) -> Iterator[Screen]:
    dialog = open_it()
    assert dialog is not None, name
    settle(8)
    yield name, dialog
    _close(dialog)


def _close(dialog: QDialog) -> None:
    dialog.reject()
    settle()


def _stopped():
    from mslog.core.routines.player import Outcome

    return Outcome.STOPPED


def _slug(text: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in text.lower()).split())
