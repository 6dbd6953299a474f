"""Offscreen Qt with English strings and private settings for the window tests here;
any Qt warning fails the test."""

from __future__ import annotations

import pytest

from tests.qt_messages import failing_on_qt_warnings


@pytest.fixture(autouse=True)
def qt_warnings_fail(request):
    if "qapp" not in request.fixturenames and "qtbot" not in request.fixturenames:
        yield []
        return
    with failing_on_qt_warnings() as caught:
        yield caught


@pytest.fixture
def gui(qapp, tmp_path, monkeypatch):
    from accompdesk.gui import i18n
    from accompdesk.gui.safety import translations

    monkeypatch.setenv("ACCOMPDESK_SETTINGS", str(tmp_path / "settings.ini"))
    i18n.install("en")
    translations.install("en")
    yield
    i18n.install("en")
