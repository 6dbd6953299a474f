"""Safety tests: offscreen Qt, a fresh real vault each, settings in a temporary file,
and any Qt warning fails the test."""

from __future__ import annotations

import pytest

HARMLESS = (
    "This plugin does not support propagateSizeHints()",
    "This plugin does not support raise()",
    "This plugin does not support grabbing the keyboard",
)


@pytest.fixture(autouse=True)
def qt_warnings_fail(request):
    if "qapp" not in request.fixturenames and "qtbot" not in request.fixturenames:
        yield []
        return
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    caught: list[str] = []

    def handler(kind, _context, message):
        if kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg) \
                and not any(h in message for h in HARMLESS):
            caught.append(message)

    previous = qInstallMessageHandler(handler)
    yield caught
    qInstallMessageHandler(previous)
    assert not caught, "Qt warned: " + "; ".join(caught)


@pytest.fixture
def gui(qapp, tmp_path, monkeypatch):
    """English window strings and private settings for one test."""
    from accompdesk.gui import i18n
    from accompdesk.gui.safety import translations

    monkeypatch.setenv("ACCOMPDESK_SETTINGS", str(tmp_path / "settings.ini"))
    i18n.install("en")
    translations.install("en")
    yield
    i18n.install("en")
    translations.install("en")


@pytest.fixture
def settings(gui):
    from accompdesk.gui.settings import open_settings

    return open_settings()
