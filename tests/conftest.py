"""Every test gets a fresh, real, encrypted vault in its own temporary folder."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from accompdesk.vault.keyslots import FAST_KDF  # noqa: E402
from accompdesk.vault.store import Vault  # noqa: E402

PASSPHRASE = "correct horse battery staple"


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
