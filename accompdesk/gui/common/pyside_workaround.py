"""A guard against a PySide6 bug that would abort the program after a few minutes.

PySide6 6.12.0 (the abi3 wheels) drops a reference to None each time Python calls
a Qt method that returns nothing (setText, setEnabled, update …). From Python 3.12
None is immortal and nothing happens; on 3.10 and 3.11 None's count falls by one
per call until Python aborts with "Fatal Python error: deallocating None", after
a few thousand calls. When the drop is measured here, None is given the
effectively endless reference count that Python 3.12 gives it, so no number of
calls can exhaust it. Nothing changes where the bug is absent.
"""

from __future__ import annotations

import ctypes
import sys

# Python 3.12's immortal count is 2**32 - 1; far more than any session can drop.
_ENDLESS = 1 << 60


def drops_none() -> bool:
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(64):
        probe.setObjectName("probe")
    return sys.getrefcount(None) <= before - 32


def guard_none() -> bool:
    """Make None immortal when this PySide6 drops references to it; True if it did."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if not drops_none():
        return False
    # ob_refcnt is the first field of every CPython object (Py_ssize_t).
    ctypes.c_ssize_t.from_address(id(None)).value += _ENDLESS
    return True
