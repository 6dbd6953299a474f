"""GUI tests: offscreen Qt, a fresh real vault each, settings in a temporary file,
and any Qt warning fails the test (as in qutebrowser)."""

from __future__ import annotations

import pytest

from tests.qt_messages import failing_on_qt_warnings

from accompdesk.gui.common import i18n
from accompdesk.gui.session import Session
from accompdesk.gui.common.settings import open_settings


@pytest.fixture(autouse=True)
def qt_warnings_fail(qapp):
    with failing_on_qt_warnings() as caught:
        yield caught


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
