"""Slow safety work (rekey, backup, restore) off the GUI thread, with real progress.

These services take no progress callback, but each writes one new file whose final
size is about the vault's: watching that file grow gives an honest percentage
without touching the work. The work never touches Qt (see gui/background.py).
"""

from __future__ import annotations

import os
import time
from typing import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from ..background import BackgroundCall

POLL_MS = 150


class Job(QObject):
    progressed = Signal(int)  # 0-99 while running, -1 when the size cannot be told
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[], object], parent: QObject | None = None, *,
                 watch: Callable[[], str | None] | None = None, expected_bytes: int = 0):
        super().__init__(parent)
        self._work = work
        self._watch = watch
        self._expected = expected_bytes
        self._call: BackgroundCall | None = None
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self._poll)
        self.started_at = 0.0
        self.seconds = 0.0
        self.done = False

    def start(self) -> None:
        self.started_at = time.monotonic()
        self._call = BackgroundCall(self._work, self)
        self._call.succeeded.connect(lambda result: self._end(self.finished, result))
        self._call.failed.connect(lambda exc: self._end(self.failed, exc))
        self._call.start()
        self._timer.start()

    @property
    def running(self) -> bool:
        return self._call is not None and not self.done

    def _poll(self) -> None:
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
