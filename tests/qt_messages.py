"""Qt warnings fail a test (as in qutebrowser): one watcher for every test folder."""

from __future__ import annotations

from contextlib import contextmanager

# Messages the offscreen platform prints for reasons that have nothing to do with the code.
HARMLESS = (
    "This plugin does not support propagateSizeHints()",
    "This plugin does not support raise()",
    "This plugin does not support grabbing the keyboard",
)


@contextmanager
def failing_on_qt_warnings():
    """Collect Qt's warnings while the block runs; fail when it ends if there were any."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    caught: list[str] = []

    def handler(kind, _context, message):
        if kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg) \
                and not any(h in message for h in HARMLESS):
            caught.append(message)

    previous = qInstallMessageHandler(handler)
    try:
        yield caught
    finally:
        qInstallMessageHandler(previous)
    assert not caught, "Qt warned: " + "; ".join(caught)
