"""One way to run slow work off the GUI thread: key derivation, opening a vault,
exchange and report jobs on their own vault connection, rekey, backup and restore.

The work runs on a QThreadPool thread (Qt's own thread, not a Python one). It
reports through private signals of this object, which lives in the GUI thread;
those are connected queued, so the public signals are always emitted, and whatever
is connected to them runs, in the GUI thread, in the order the work reported.
Nothing polls: the pool thread says when there is progress and when it has ended.
"""

from __future__ import annotations

import os
import threading
import time
from contextlib import contextmanager
from typing import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

# How often the size of a file being written is read (safety work's progress).
SIZE_EVERY_S = 0.1

_pool: QThreadPool | None = None
_alive: set["Worker"] = set()  # a running worker is kept until its outcome is delivered


def pool() -> QThreadPool:
    """Our own pool: a job waiting on a person (a Handover) must not hold up the rest."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(max(8, QThreadPool.globalInstance().maxThreadCount()))
    return _pool


@contextmanager
def own_vault(path: str, raw_key: bytes, user: str, role: str):
    """The same vault, as the same user, on a new connection."""
    from ...vault.store import Vault
    clone = Vault.second_connection(path, raw_key, user, role)
    try:
        yield clone
    finally:
        clone.close()


class Handover:
    """Something the work must put in a person's hands before it goes on (a new recovery
    key before the vault changes over to it). The work's thread calls `give`, which
    sends the value to the GUI thread (Worker.handed) and waits until `taken`."""

    def __init__(self):
        self._taken = threading.Event()
        self._send: Callable[[object], None] | None = None

    def give(self, value) -> None:
        """In the work's thread: wait until a person has taken `value`."""
        if self._send is not None:
            self._send(value)
        self._taken.wait()

    def taken(self) -> None:
        self._taken.set()


class _Run(QRunnable):
    def __init__(self, body: Callable[[], None]):
        super().__init__()
        self.setAutoDelete(False)
        self._body = body

    def run(self) -> None:
        self._body()


class Worker(QObject):
    progressed = Signal(str, int, int)  # phase, done, total (total 0: cannot be told)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception the work raised
    handed = Signal(object)  # a Handover's value to show; call handover.taken() once it is kept

    # Emitted from the pool thread, delivered queued to this object's slots.
    _progress_in = Signal(str, int, int)
    _handed_in = Signal(object)
    _ended_in = Signal(bool, object)

    def __init__(self, job: Callable, parent: QObject | None = None, *, own_vault=None,
                 watch_file: Callable[[], str | None] | None = None, expected_bytes: int = 0,
                 handover: Handover | None = None, kind: str = ""):
        """With `own_vault` (a Vault), `job(vault, progress, cancelled)` runs on a new
        connection to it; else `job()`. Either way the job must capture plain values
        only, never a widget or other Qt object. `watch_file` names a file the job
        writes, whose size against `expected_bytes` is reported as phase "size". `kind`
        names the job to the idle lock's notice (one of LOCK_KINDS), which says what
        locking does to it."""
        super().__init__(parent)
        self.kind = kind
        self._job = job
        self._vault_args = (None if own_vault is None else
                            (own_vault.path, own_vault.raw_key, own_vault.user, own_vault.role))
        self._watch = watch_file
        self._expected = expected_bytes
        self._handover = handover
        self.cancel_event = threading.Event()
        self._ended = threading.Event()
        self._delivered = False
        self._stopped = False
        self._started = False
        # Called in the work's thread with (phase, done, total) (tests act at an exact moment).
        self.watchers: list[Callable[[str, int, int], None]] = []
        self.started_at = 0.0
        self.seconds = 0.0
        # Qt's namespace is imported here, not above: the locked window is shown without it.
        from PySide6.QtCore import Qt
        queued = Qt.ConnectionType.QueuedConnection
        self._progress_in.connect(self._on_progress, queued)
        self._handed_in.connect(self._on_handed, queued)
        self._ended_in.connect(self._on_ended, queued)
        self._runnables: list[_Run] = []

    # --- GUI thread -----------------------------------------------------------
    def start(self) -> None:
        self._started = True
        self.started_at = time.monotonic()
        _alive.add(self)
        if self._handover is not None:
            self._handover._send = self._handed_in.emit
        self._runnables.append(_Run(self._work))
        if self._watch is not None:
            self._runnables.append(_Run(self._measure))
        for runnable in self._runnables:
            pool().start(runnable)

    def watch(self, watcher: Callable[[str, int, int], None]) -> None:
        """Add a watcher before `start`."""
        self.watchers.append(watcher)

    def cancel(self) -> None:
        self.cancel_event.set()

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def running(self) -> bool:
        return self._started and not self._delivered and not self._stopped

    @property
    def done(self) -> bool:
        return self._delivered

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the work has ended (its outcome may still wait in the event queue)."""
        return self._ended.wait(timeout)

    def stop(self) -> None:
        """Cancel, wait for the rollback, and emit nothing more."""
        self._stopped = True
        self.cancel()
        self.wait()

    @Slot(str, int, int)
    def _on_progress(self, phase: str, done: int, total: int) -> None:
        if not self._stopped and not self._delivered:
            self.progressed.emit(phase, done, total)

    @Slot(object)
    def _on_handed(self, value) -> None:
        if not self._stopped:
            self.handed.emit(value)

    @Slot(bool, object)
    def _on_ended(self, ok: bool, outcome) -> None:
        _alive.discard(self)
        if self._stopped or self._delivered:
            return
        self._delivered = True
        self.seconds = time.monotonic() - self.started_at
        (self.succeeded if ok else self.failed).emit(outcome)

    # --- pool thread: no Qt but emitting the private signals -----------------
    def _progress(self, phase: str, done: int, total: int) -> None:
        for watcher in self.watchers:
            watcher(phase, done, total)
        self._progress_in.emit(phase, done, total)

    def _work(self) -> None:
        ok, outcome = False, RuntimeError("the work ended without an outcome")
        try:
            if self._vault_args is None:
                outcome, ok = self._job(), True
            else:
                with own_vault(*self._vault_args) as vault:
                    outcome = self._job(vault, self._progress, self.cancel_event.is_set)
                ok = True
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread to report
            ok, outcome = False, exc
        try:
            self._ended_in.emit(ok, outcome)
        except RuntimeError:  # the window that owned this worker has gone meanwhile
            _alive.discard(self)
        self._ended.set()

    def _measure(self) -> None:
        while not self._ended.wait(SIZE_EVERY_S):
            path = self._watch() if self._watch else None
            if not path or self._expected <= 0:
                self._progress_in.emit("size", 0, 0)
            else:
                self._progress_in.emit("size", min(file_size(path), self._expected), self._expected)


# The jobs the idle lock's notice names, each with what a lock does to it.
LOCK_KINDS = ("backup", "restore", "import", "export", "report", "bundle", "rekey")
# Jobs the window does not lock under: a rekey works on the window's own connection and
# ends by handing a person the new recovery key, which a lock would take from the screen
# while the work waits for it to be kept.
HOLD_OFF_LOCK = frozenset({"rekey"})


def running_kinds() -> list[str]:
    """The kinds of the named jobs whose work has not ended, in LOCK_KINDS' order."""
    kinds = {worker.kind for worker in list(_alive) if worker.kind and not worker._ended.is_set()}
    return [kind for kind in LOCK_KINDS if kind in kinds]


def percent(done: int, total: int) -> int:
    """0-99 while running; -1 when the total cannot be told."""
    return -1 if total <= 0 else min(99, int(100 * done / total))


def file_size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0
