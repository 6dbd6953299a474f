"""`accompdesk --demo`: a new vault of fictional data in a temporary folder, removed at exit."""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

DEMO_USER = "Demo coordinator"
DEMO_PASSPHRASE = "demo passphrase, fictional data"


@dataclass
class DemoVault:
    vault: object
    folder: str

    def message(self) -> str:
        return QCoreApplication.translate("Demo", "This is a demo vault of fictional people and events, removed when you "
                                          "quit. Its passphrase is “%1”.").replace("%1", DEMO_PASSPHRASE)

    def remove(self) -> None:
        try:
            if self.vault is not None and getattr(self.vault, "conn", None) is not None:
                self.vault.close()
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


def open_demo_vault(scale: int = 300, folder: str | None = None) -> DemoVault:
    from ..vault.keyslots import FAST_KDF
    from ..vault.store import Vault

    folder = folder or tempfile.mkdtemp(prefix="accompdesk-demo-")
    # The demo's passphrase is printed on screen; a slow key derivation would protect nothing.
    vault, _recovery = Vault.create(os.path.join(folder, "demo.vault"), DEMO_USER, DEMO_PASSPHRASE,
                                    kdf=FAST_KDF)
    from ..vault.demo import fill_demo

    fill_demo(vault, scale)
    return DemoVault(vault, folder)
