"""Operations tests: real vaults (tests/conftest.py), offscreen Qt, settings in a
temporary file, and any Qt warning fails the test."""

from __future__ import annotations

import pytest

from tests.qt_messages import failing_on_qt_warnings


@pytest.fixture(autouse=True)
def qt_warnings_fail(qapp):
    with failing_on_qt_warnings() as caught:
        yield caught


@pytest.fixture(autouse=True)
def private_settings(tmp_path, monkeypatch, qapp):
    from accompdesk.gui.common import i18n
    from accompdesk.gui.common.catalogues import operations as operations_i18n

    monkeypatch.setenv("ACCOMPDESK_SETTINGS", str(tmp_path / "settings.ini"))
    i18n.install("en")
    operations_i18n.install("en")
    yield
    i18n.install("en")
    operations_i18n.install("en")


@pytest.fixture
def settings():
    from accompdesk.gui.common.settings import open_settings

    return open_settings()


@pytest.fixture
def session(vault, qapp):
    from accompdesk.gui.session import Session

    s = Session(vault.path)
    s.unlock_with(vault)
    yield s


@pytest.fixture
def office_week(vault):
    from .week_data import fill_week

    return fill_week(vault)


@pytest.fixture
def made_on(monkeypatch):
    """Records created inside `with made_on(day):` carry that day as their creation time.

    The vault stamps records with the real clock; check-in schedules count from when they
    were made, and tests of calls missed in the past need schedules made before them.
    """
    import contextlib

    from accompdesk.vault import repository

    @contextlib.contextmanager
    def made(day):
        with monkeypatch.context() as patch:
            patch.setattr(repository, "now_utc", lambda: f"{day.isoformat()}T00:00:00.000000Z")
            yield

    return made
