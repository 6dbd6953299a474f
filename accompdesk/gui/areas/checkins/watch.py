"""Keeps an eye on the check-ins while the vault is open, so that a missed call is seen
even by someone working in another area: the window's message bar says so, with a
button to the check-ins, when the number of missed calls grows and again every few
minutes while any is unresolved."""

from __future__ import annotations

import datetime as dt
import time

from PySide6.QtCore import QObject, QTimer, Signal

# checkin_due, roster and .texts (which imports both) load when the watcher first looks,
# after the unlock: the unlock window does not wait for them.

OBJECT_NAME = "operationsCheckInWatcher"
CHECK_MS = 60_000
REMIND_SECONDS = 10 * 60


class CheckInWatcher(QObject):
    escalated = Signal(int)  # missed (or worrying) calls now

    def __init__(self, window, now=None, clock=time.monotonic):
        super().__init__(window)
        self.setObjectName(OBJECT_NAME)
        self.window_ = window
        self.session = window.session
        self._now = now
        self._clock = clock
        self.count = 0
        self._last_told = None
        self.timer = QTimer(self, interval=CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.session.unlocked.connect(self.start)
        self.session.locked.connect(self.stop)
        if self.session.is_unlocked:
            self.start()

    def now(self) -> dt.datetime:
        if self._now is not None:
            return self._now()
        from ....vault import roster

        return roster.office_now(roster.office_zone(self.session.vault))

    def start(self) -> None:
        self.timer.start()
        self.check()

    def stop(self) -> None:
        self.timer.stop()
        self.count, self._last_told = 0, None

    def check(self) -> int:
        if not self.session.is_unlocked:
            return 0
        from ....vault import checkin_due as due

        count = sum(1 for item in due.due_now(self.session.vault, self.now()) if item.escalation)
        grew = count > self.count
        self.count = count
        stale = self._last_told is None or self._clock() - self._last_told >= REMIND_SECONDS
        if count and (grew or stale):
            self._tell(count)
        self.escalated.emit(count)
        return count

    def _tell(self, count: int) -> None:
        from ...common.operations import texts
        from ...common.operations.texts import translate

        self._last_told = self._clock()
        text = texts.plurals().missed_follow_protocol(count)
        self.window_.notify(text, translate("Operations", "Show the check-ins"),
                            lambda: self.window_.show_area("checkins"))
