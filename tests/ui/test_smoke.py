from mslog.core.diary import Diary


def test_big_button_logs_one_committed_entry(window, diary: Diary, qtbot):
    window.log_tab.log_button.click()
    assert diary.spasms.count() == 1
