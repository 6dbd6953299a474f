"""Slow safety work (rekey, backup, restore) off the GUI thread, with real progress.

These services take no progress callback, but each writes one new file whose final
size is about the vault's: watching that file grow gives an honest percentage
without touching the work.

The work runs in a plain Python thread and never touches Qt, not even to say it
has ended: the GUI thread's timer sees the thread finish and emits the signals
(PySide6 6.12 corrupts memory when a Python thread emits a Qt signal).
"""

from __future__ import annotations

import os
import threading
import time
from typing import Callable

from PySide6.QtCore import QObject, QTimer, Signal

POLL_MS = 100


class Handover:
    """Something the work must put in a person's hands before it goes on (a new recovery
    key before the vault changes over to it). Plain Python: the work's thread waits in
    `give`, the GUI thread's timer finds it and shows it, and `taken` lets the work go on."""

    def __init__(self):
        self._value = None
        self._shown = False
        self._taken = threading.Event()

    def give(self, value) -> None:
        """In the work's thread: wait until a person has taken `value`."""
        self._value = value
        self._taken.wait()

    def pending(self) -> bool:
        return self._value is not None and not self._shown

    def show(self):
        self._shown = True
        return self._value

    def taken(self) -> None:
        self._value = None
        self._taken.set()


class Job(QObject):
    progressed = Signal(int)  # 0-99 while running, -1 when the size cannot be told
    finished = Signal(object)
    failed = Signal(object)
    handed = Signal(object)  # a Handover's value, to show; call handover.taken() once it is kept

    def __init__(self, work: Callable[[], object], parent: QObject | None = None, *,
                 watch: Callable[[], str | None] | None = None, expected_bytes: int = 0,
                 handover: Handover | None = None):
        super().__init__(parent)
        self._work = work
        self._handover = handover
        self._watch = watch
        self._expected = expected_bytes
        self._thread: threading.Thread | None = None
        self._outcome: tuple[bool, object] | None = None
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self._poll)
        self.started_at = 0.0
        self.seconds = 0.0
        self.done = False

    def start(self) -> None:
        self.started_at = time.monotonic()
        self._thread = threading.Thread(target=self._run, name="accompdesk-safety", daemon=True)
        self._thread.start()
        self._timer.start()

    def _run(self) -> None:
        try:
            self._outcome = (True, self._work())
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread to report
            self._outcome = (False, exc)

    @property
    def running(self) -> bool:
        return self._thread is not None and not self.done

    def wait(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def _poll(self) -> None:
        if self._handover is not None and self._handover.pending():
            self.handed.emit(self._handover.show())
        if self._thread is not None and not self._thread.is_alive():
            ok, value = self._outcome or (False, RuntimeError("the work ended without an outcome"))
            self._outcome = None
            self._end(self.finished if ok else self.failed, value)
            return
        path = self._watch() if self._watch else None
        if not path or self._expected <= 0:
            self.progressed.emit(-1)
            return
        try:
            size = os.path.getsize(path)
        except OSError:
            size = 0
        self.progressed.emit(min(99, int(100 * size / self._expected)))

    def _end(self, signal, value) -> None:
        self._timer.stop()
        self.seconds = time.monotonic() - self.started_at
        self.done = True
        signal.emit(value)


def file_size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0
