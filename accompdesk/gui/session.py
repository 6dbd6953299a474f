"""The open vault and its lock state, shared by every window.

Locking closes the vault connection: while locked, nothing in memory can read a
record, and every widget that showed one has been destroyed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Session(QObject):
    unlocked = Signal()
    locking = Signal()  # the vault is still open: forms keep what was typed as drafts
    locked = Signal()
    changed = Signal(str)  # a table whose records changed

    def __init__(self, path: str, parent: QObject | None = None):
        super().__init__(parent)
        self.path = path
        self._vault = None

    @property
    def vault(self):
        if self._vault is None:
            raise RuntimeError("the vault is locked")
        return self._vault

    @property
    def is_unlocked(self) -> bool:
        return self._vault is not None

    def unlock_with(self, vault) -> None:
        from ..vault import settings
        from .common import dates

        self._vault = vault
        self.path = vault.path
        dates.set_office(settings.load(vault))  # how the office writes dates, for every date field
        self.unlocked.emit()

    def lock(self) -> None:
        if self._vault is None:
            return
        self.locking.emit()
        vault, self._vault = self._vault, None
        try:
            vault.close()
        finally:
            self.locked.emit()

    def notify(self, table: str) -> None:
        self.changed.emit(table)
