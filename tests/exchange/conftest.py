"""Exchange tests: the command line with a fast key derivation and the test passphrase;
the GUI tests fail on any Qt warning."""

from __future__ import annotations

import pytest

from ..conftest import PASSPHRASE

# Messages the offscreen platform prints for reasons that have nothing to do with the code.
HARMLESS = (
    "This plugin does not support propagateSizeHints()",
    "This plugin does not support raise()",
    "This plugin does not support grabbing the keyboard",
)


@pytest.fixture(autouse=True)
def _cli_env(monkeypatch):
    monkeypatch.setenv("ACCOMPDESK_FAST_KDF", "1")
    monkeypatch.setenv("ACCOMPDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("ACCOMPDESK_RECOVERY_KEY", raising=False)


@pytest.fixture
def qt_warnings_fail(qapp):
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
