from datetime import date
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from PySide6.QtGui import QGuiApplication
import pytest

@pytest.fixture
def bac(diary):
    return diary.checklists.medications.add("Baclofen", times=["18:00"], starts=date(2026, 3, 1))

def test_probe(bac, window, diary, qtbot):
    window.tabs.setCurrentWidget(window.checklists_page)
    QApplication.processEvents()
    tab = window.checklists_page.content
    QGuiApplication.instance().focusWindowChanged.connect(lambda w: print("PROBE focus window", w))
    QApplication.instance().focusChanged.connect(lambda a, b: print("PROBE focus", a, b))
    print("PROBE A", QApplication.activeWindow())
    qtbot.mouseClick(tab.medications.lines[0].stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitExposed(tab.dialog)
    print("PROBE B", QApplication.activeWindow())
    qtbot.mouseClick(tab.dialog.save_button, Qt.MouseButton.LeftButton)
    print("PROBE C", QApplication.activeWindow())
    QApplication.processEvents()
    print("PROBE D", QApplication.activeWindow())
