"""Every test gets a fresh, real, encrypted vault in its own temporary folder."""

from __future__ import annotations

import datetime as dt
import os

import pytest
import time_machine

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from accompdesk.vault.keyslots import FAST_KDF  # noqa: E402
from accompdesk.vault.store import Vault  # noqa: E402

PASSPHRASE = "correct horse battery staple"

# CI runs the suite twice: on the real day, and on the day this names (a far-off leap
# day), so that a test which silently depends on the calendar fails there, not in an office.
TEST_DATE = os.environ.get("ACCOMPDESK_TEST_DATE", "")


def pytest_configure(config):
    # Started before any test module is imported, so module-level "today"s agree too.
    if TEST_DATE:
        time_machine.travel(dt.datetime.fromisoformat(TEST_DATE + "T10:00:00+00:00"), tick=True).start()


def child_clock() -> str:
    """Python source that sets a child process's clock to this process's moment."""
    from accompdesk.domain import clock

    return ("import datetime, time_machine; time_machine.travel(datetime.datetime.fromisoformat("
            f"{clock.now().isoformat()!r}), tick=True).start()\n")


@pytest.fixture
def on_day():
    """`on_day(moment)` sets the time a test assumes, for the rest of that test."""
    travels = []

    def travel(moment: dt.datetime | dt.date):
        if not isinstance(moment, dt.datetime):
            moment = dt.datetime.combine(moment, dt.time(10))
        t = time_machine.travel(moment, tick=True)
        t.start()
        travels.append(t)

    yield travel
    for t in reversed(travels):
        t.stop()


@pytest.fixture
def vault_path(tmp_path):
    return str(tmp_path / "office.vault")


@pytest.fixture
def vault(vault_path):
    # FAST_KDF is OWASP's floor for Argon2id: as strong as allowed, quick enough for tests.
    v, _recovery = Vault.create(vault_path, "coordinadora", PASSPHRASE, kdf=FAST_KDF)
    yield v
    v.close()


@pytest.fixture
def new_vault(vault_path):
    """(vault, recovery key) for tests that need the recovery key."""
    v, recovery = Vault.create(vault_path, "coordinadora", PASSPHRASE, kdf=FAST_KDF)
    yield v, recovery
    v.close()
