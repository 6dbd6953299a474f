"""Slow work (key derivation, opening the vault) off the GUI thread.

The work runs in a plain Python thread and never touches Qt, not even an attribute
of a Qt object: the work function must capture plain values only, and its outcome
goes into a plain dict. The GUI thread looks for the outcome with a short timer and
then emits the signals, so whatever is connected runs in the GUI thread. (With
PySide6 6.12, touching Qt objects or emitting signals from a Python thread corrupts
memory; keeping Qt out of the worker entirely avoids the question.)
"""

from __future__ import annotations

import threading
from typing import Callable

from PySide6.QtCore import QObject, QTimer, Signal

POLL_MS = 15


class BackgroundCall(QObject):
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[], object], parent: QObject | None = None):
        super().__init__(parent)
        self._work = work
        self._thread: threading.Thread | None = None
        self._box: dict = {}
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self._poll)

    def start(self) -> None:
        self._thread = threading.Thread(target=_run, args=(self._work, self._box),
                                        name="accompdesk-background", daemon=True)
        self._thread.start()
        self._timer.start()

    def _poll(self) -> None:
        if self._thread is None or self._thread.is_alive():
            return
        self._timer.stop()
        ok, outcome = self._box.pop("outcome", (False, RuntimeError("the background work ended without an outcome")))
        (self.succeeded if ok else self.failed).emit(outcome)

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def wait(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)


def _run(work: Callable[[], object], box: dict) -> None:
    try:
        box["outcome"] = (True, work())
    except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread to report
        box["outcome"] = (False, exc)
