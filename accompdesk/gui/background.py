"""Slow work (key derivation, opening the vault) off the GUI thread.

The work function never touches a widget; its result or its exception comes back
to the GUI thread through a queued signal.
"""

from __future__ import annotations

import threading
from typing import Callable

from PySide6.QtCore import QObject, Signal


class BackgroundCall(QObject):
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[], object], parent: QObject | None = None):
        super().__init__(parent)
        self._work = work
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="accompdesk-background", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            result = self._work()
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread to report
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)

    def wait(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)
