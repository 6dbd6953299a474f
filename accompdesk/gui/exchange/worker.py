"""Slow exchange work off the GUI thread, on a connection of its own.

The worker opens a second connection to the same vault (WAL lets the window keep
reading meanwhile), runs the job, and closes it. Its transaction is its own: a cancel
raises inside it and the rollback leaves the vault exactly as it was. Results,
progress and errors come back to the GUI thread through queued signals; the work
never touches a widget.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from typing import Callable

from PySide6.QtCore import QObject, Signal

from ...vault.connection import connect
from ...vault.store import Vault


@contextmanager
def own_vault(vault):
    """The same vault, as the same user, on a new connection."""
    clone = Vault(vault.path, connect(vault.path, vault.raw_key), vault.raw_key, vault.user, vault.role)
    try:
        yield clone
    finally:
        clone.close()


class Worker(QObject):
    progressed = Signal(str, int, int)   # phase, done, total
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, vault, job: Callable, parent: QObject | None = None):
        """`job(vault, progress, cancelled)` runs on the worker's own vault."""
        super().__init__(parent)
        self._vault = vault
        self._job = job
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="accompdesk-exchange", daemon=True)
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def wait(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        try:
            with own_vault(self._vault) as vault:
                result = self._job(vault, self._progress, self._cancel.is_set)
        except BaseException as exc:  # noqa: BLE001 - reported on the GUI thread
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)

    def _progress(self, phase: str, done: int, total: int) -> None:
        self.progressed.emit(phase, done, total)
