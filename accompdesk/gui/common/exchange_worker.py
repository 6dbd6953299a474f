"""Slow exchange work off the GUI thread, on a connection of its own.

The worker thread opens a second connection to the same vault (WAL lets the window
keep reading meanwhile), runs the job, and closes it. Its transaction is its own: a
cancel raises inside it and the rollback leaves the vault exactly as it was.

The thread never touches Qt, not even an attribute of a Qt object (PySide6 6.12
corrupts memory when a Python thread emits a signal; see common/background.py): it gets
plain values, reports progress and its outcome into a plain dict, and a timer on the
GUI thread turns those into signals.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from typing import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from ...vault.store import Vault

POLL_MS = 30


@contextmanager
def own_vault(path: str, raw_key: bytes, user: str, role: str):
    """The same vault, as the same user, on a new connection."""
    clone = Vault.second_connection(path, raw_key, user, role)
    try:
        yield clone
    finally:
        clone.close()


class Worker(QObject):
    progressed = Signal(str, int, int)   # phase, done, total
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, vault, job: Callable, parent: QObject | None = None):
        """`job(vault, progress, cancelled)` runs on the worker's own vault; it must
        capture plain values only, never a widget or other Qt object."""
        super().__init__(parent)
        self._vault_args = (vault.path, vault.raw_key, vault.user, vault.role)
        self._job = job
        self.cancel_event = threading.Event()
        # Called in the worker thread with (phase, done, total); plain Python only.
        self.watchers: list[Callable[[str, int, int], None]] = []
        self._box: dict = {}
        self._shown = None
        self._thread: threading.Thread | None = None
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self._poll)

    def start(self) -> None:
        self._thread = threading.Thread(
            target=_run, args=(self._vault_args, self._job, self._box, self.cancel_event, list(self.watchers)),
            name="accompdesk-exchange", daemon=True)
        self._thread.start()
        self._timer.start()

    def watch(self, watcher: Callable[[str, int, int], None]) -> None:
        """Add a watcher before `start` (tests use one to act at an exact moment)."""
        self.watchers.append(watcher)

    def cancel(self) -> None:
        self.cancel_event.set()

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def wait(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def stop(self) -> None:
        """Cancel, wait for the rollback, and emit nothing more."""
        self.cancel()
        self.wait()
        self._timer.stop()

    def _poll(self) -> None:
        progress = self._box.get("progress")
        if progress is not None and progress != self._shown:
            self._shown = progress
            self.progressed.emit(*progress)
        if self._thread is None or self._thread.is_alive():
            return
        self._timer.stop()
        ok, outcome = self._box.pop("outcome", (False, RuntimeError("the work ended without an outcome")))
        (self.succeeded if ok else self.failed).emit(outcome)


def _run(vault_args, job, box: dict, cancel: threading.Event, watchers) -> None:
    def progress(phase: str, done: int, total: int) -> None:
        box["progress"] = (phase, done, total)
        for watcher in watchers:
            watcher(phase, done, total)

    try:
        with own_vault(*vault_args) as vault:
            box["outcome"] = (True, job(vault, progress, cancel.is_set))
    except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread to report
        box["outcome"] = (False, exc)
