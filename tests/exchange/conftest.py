"""Exchange tests: the command line with a fast key derivation and the test passphrase;
the GUI tests fail on any Qt warning."""

from __future__ import annotations

import pytest

from tests.qt_messages import failing_on_qt_warnings

from ..conftest import PASSPHRASE


@pytest.fixture(autouse=True)
def _cli_env(monkeypatch):
    monkeypatch.setenv("ACCOMPDESK_FAST_KDF", "1")
    monkeypatch.setenv("ACCOMPDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("ACCOMPDESK_RECOVERY_KEY", raising=False)


@pytest.fixture
def qt_warnings_fail(qapp):
    with failing_on_qt_warnings() as caught:
        yield caught
