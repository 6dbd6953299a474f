"""Locks the window after some minutes with no keyboard or mouse input, with a countdown
before it that any key or mouse movement cancels."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

WARN_SECONDS = 30


@lru_cache(maxsize=1)
def _input() -> frozenset:
    # Built on first use: PySide6 makes QEvent.Type (some 180 members) when it is first
    # touched, and the locked window has no need of it.
    from PySide6.QtCore import QEvent

    T = QEvent.Type
    return frozenset({T.KeyPress, T.MouseButtonPress, T.MouseMove, T.Wheel, T.TouchBegin, T.TabletPress})


class IdleWatcher(QObject):
    idle = Signal()
    counting = Signal(int)  # seconds left before the lock; sent once a second
    resumed = Signal()  # input came during the countdown: the lock is off again

    def __init__(self, parent: QObject | None = None, warn_seconds: int = WARN_SECONDS):
        super().__init__(parent)
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._start_countdown)
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._count)
        self._milliseconds = 0
        self._warn_seconds = warn_seconds
        self._left = 0
        self._installed = False

    def set_minutes(self, minutes: float) -> None:
        """0 turns the idle lock off."""
        self._milliseconds = int(minutes * 60_000)
        self.restart()

    def _warning(self) -> int:
        # A short idle time keeps most of itself before the countdown starts.
        return min(self._warn_seconds, self._milliseconds // 4000)

    def restart(self) -> None:
        self._tick.stop()
        if self._milliseconds > 0:
            self._install()
            self._timer.start(self._milliseconds - self._warning() * 1000)
        else:
            self.stop()

    def stop(self) -> None:
        self._timer.stop()
        self._tick.stop()
        self.uninstall()

    def _install(self) -> None:
        # Watching every event of the application only while a lock is pending: a Python
        # filter on all events costs on each of them, and made the locked window (where
        # nothing is pending) slow to come up.
        if not self._installed:
            QApplication.instance().installEventFilter(self)
            self._installed = True

    @property
    def active(self) -> bool:
        return self._timer.isActive() or self._tick.isActive()

    @property
    def counting_down(self) -> bool:
        return self._tick.isActive()

    def _start_countdown(self) -> None:
        self._left = self._warning()
        if self._left <= 0:
            self.idle.emit()
            return
        self.counting.emit(self._left)
        self._tick.start()

    def _count(self) -> None:
        self._left -= 1
        if self._left > 0:
            self.counting.emit(self._left)
            return
        self._tick.stop()
        self.idle.emit()

    def eventFilter(self, watched: QObject, event) -> bool:
        if event.type() in _input() and self.active:
            was_counting = self._tick.isActive()
            self.restart()
            if was_counting:
                self.resumed.emit()
        return False

    def uninstall(self) -> None:
        app = QApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
        self._installed = False
