"""Chain-of-command tests: real vaults, offscreen Qt, and any Qt warning fails the test."""

from __future__ import annotations

import pytest

from tests.qt_messages import failing_on_qt_warnings


@pytest.fixture(autouse=True)
def qt_warnings_fail():
    with failing_on_qt_warnings() as caught:
        yield caught


@pytest.fixture
def gui(qapp, tmp_path, monkeypatch):
    """English labels, settings in a temporary file: what every widget test starts from."""
    from accompdesk.gui.common import i18n

    monkeypatch.setenv("ACCOMPDESK_SETTINGS", str(tmp_path / "settings.ini"))
    i18n.install("en")
    yield qapp
    i18n.install("en")


@pytest.fixture
def session(vault, gui):
    from accompdesk.gui.session import Session

    s = Session(vault.path)
    s.unlock_with(vault)
    yield s


@pytest.fixture
def office(vault):
    from .builders import build_office

    return build_office(vault)


@pytest.fixture
def settings(gui):
    from accompdesk.gui.common.settings import open_settings

    return open_settings()


@pytest.fixture
def window(session, settings, qtbot):
    """The real office window as the host of the chain areas."""
    from accompdesk.gui.main_window import MainWindow

    w = MainWindow(session, settings, backoff=lambda _n: 0)
    qtbot.addWidget(w)
    w.show()
    w._on_unlocked()  # the session was unlocked before the window existed
    yield w
    from accompdesk.gui.common.chain.form_opener import chain_forms

    if session.is_unlocked:
        for form in list(chain_forms(w).open_forms.values()):
            form.close_silently()
    for form in list(w.forms.open_forms.values()):
        form.close_silently()


@pytest.fixture
def areas(window):
    from accompdesk.gui.common.chain import areas as chain_areas

    return chain_areas(window)


@pytest.fixture
def forms(window):
    from accompdesk.gui.common.chain.form_opener import chain_forms

    return chain_forms(window)
