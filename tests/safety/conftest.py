"""Safety tests: offscreen Qt, a fresh real vault each, settings in a temporary file,
and any Qt warning fails the test."""

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
    """English window strings and private settings for one test."""
    from accompdesk.gui.common import i18n
    from accompdesk.gui.common.catalogues import safety as translations

    monkeypatch.setenv("ACCOMPDESK_SETTINGS", str(tmp_path / "settings.ini"))
    i18n.install("en")
    translations.install("en")
    yield
    i18n.install("en")
    translations.install("en")


@pytest.fixture
def settings(gui):
    from accompdesk.gui.common.settings import open_settings

    return open_settings()
