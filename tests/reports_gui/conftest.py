"""Reports area tests: offscreen Qt, a fresh real vault each, settings in a temporary file,
and any Qt warning fails the test (the approach of tests/gui/conftest.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QtMsgType, qInstallMessageHandler

from accompdesk.gui import i18n
from accompdesk.gui.session import Session
from accompdesk.gui.settings import open_settings

# Messages the offscreen platform prints for reasons that have nothing to do with the code.
HARMLESS = (
    "This plugin does not support propagateSizeHints()",
    "This plugin does not support raise()",
    "This plugin does not support grabbing the keyboard",
)


@pytest.fixture(autouse=True)
def qt_warnings_fail(qapp):
    caught: list[str] = []

    def handler(kind, _context, message):
        if kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg) \
                and not any(h in message for h in HARMLESS):
            caught.append(message)

    previous = qInstallMessageHandler(handler)
    yield caught
    qInstallMessageHandler(previous)
    assert not caught, "Qt warned: " + "; ".join(caught)


@pytest.fixture(autouse=True)
def private_settings(tmp_path, monkeypatch, qapp):
    monkeypatch.setenv("ACCOMPDESK_SETTINGS", str(tmp_path / "settings.ini"))
    i18n.install("en")
    yield
    i18n.install("en")


@pytest.fixture
def settings():
    return open_settings()


@pytest.fixture
def session(vault, qapp):
    s = Session(vault.path)
    s.unlock_with(vault)
    yield s


@pytest.fixture
def window(session, settings, qtbot):
    from accompdesk.gui.main_window import MainWindow

    w = MainWindow(session, settings, backoff=lambda _n: 0)
    qtbot.addWidget(w)
    w.show()
    # The session was unlocked before the window existed; build its workspace now.
    w._on_unlocked()
    yield w
    for form in list(w.forms.open_forms.values()):
        form.close_silently()
