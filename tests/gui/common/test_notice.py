"""Banners stay until dismissed, and showing one moves nothing under the mouse."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QTimer
from tests.gui.fixtures.window import qt_warnings_fail, private_settings, settings, session, window  # noqa: F401 - fixtures used by name


def test_a_notice_stays_until_dismissed_and_moves_nothing(window, qtbot):
    window.resize(1100, 700)
    window.show_area("persons")
    pages = window.workspace.pages
    before = pages.mapTo(window, QPoint(0, 0))
    window.notify("This vault has never been backed up.", "Back up now", lambda: None)
    notice = window.workspace.notice
    qtbot.waitUntil(notice.isVisible, timeout=1000)
    assert pages.mapTo(window, QPoint(0, 0)) == before
    assert not [t for t in notice.findChildren(QTimer) if t.isActive()]  # nothing will hide it unread
    notice.close_button.click()
    assert not notice.isVisible()
