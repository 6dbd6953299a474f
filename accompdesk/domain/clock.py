"""The one clock: every reading of the time or the date in AccompDesk goes through here.

Tests set the day they assume with `time-machine`, which moves what these functions
return; nothing else in the program asks the operating system for the date, so a test
that forgets to set the day still sees one consistent "today", and CI runs the whole
suite a second time on a far-off leap day to catch a test tied to the calendar.
"""

from __future__ import annotations

import datetime as dt
import time


def now() -> dt.datetime:
    """The current moment, timezone-aware, in UTC."""
    return dt.datetime.now(dt.timezone.utc)


def local_now() -> dt.datetime:
    """The current moment in the machine's time zone, naive (as the forms show it)."""
    return dt.datetime.now()


def today() -> dt.date:
    """The office's calendar day (the machine's local date)."""
    return local_now().date()


def now_utc() -> str:
    """A timestamp for records and audit entries: UTC, ISO 8601, to the microsecond so
    that entries sort in order."""
    return now().strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def seconds() -> float:
    """Seconds since the epoch, for waits and rate limits."""
    return time.time()
