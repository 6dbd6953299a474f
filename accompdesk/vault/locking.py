"""The vault's OS lock on `<vault>.lock`: shared for ordinary writers, exclusive for
whole-vault operations (rekey, slot changes, restore in place, migrations).

SQLite's own locks serialise writers inside one database file, but a rekey or a
restore replaces the file itself: a connection still holding the old file would
commit into a file that has been thrown away. So every open vault holds the shared
side, and whatever swaps the whole vault or its key slots holds the exclusive side.
A backup holds the shared side and copies inside one SQLite write transaction.

The lock belongs to an open file description (flock), so two vaults opened in one
process exclude each other as two processes do.
"""

from __future__ import annotations

import os
import sys
import time
from contextlib import contextmanager

from .errors import VaultBusy

SHARED = "shared"
EXCLUSIVE = "exclusive"
ENV_TIMEOUT = "ACCOMPDESK_LOCK_TIMEOUT"
DEFAULT_TIMEOUT = 120.0  # seconds: longer than a rekey of a large vault takes
_POLL = 0.05

# Called once per wait with a sentence; the command line prints it, the window may show it.
waiting_notice = None


def lock_path(vault_path: str) -> str:
    return os.path.abspath(vault_path) + ".lock"


def _timeout() -> float:
    try:
        return max(0.0, float(os.environ.get(ENV_TIMEOUT, DEFAULT_TIMEOUT)))
    except ValueError:
        return DEFAULT_TIMEOUT


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try(fd: int, mode: str) -> bool:
        # msvcrt has no shared mode: on Windows every holder is exclusive, which is
        # stricter than needed and never unsafe.
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _release(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try(fd: int, mode: str) -> bool:
        flag = fcntl.LOCK_SH if mode == SHARED else fcntl.LOCK_EX
        try:
            fcntl.flock(fd, flag | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False

    def _release(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def _open_lock_file(path: str) -> int:
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        return os.open(path, flags, 0o600)
    except FileNotFoundError:
        from .errors import VaultNotFound
        raise VaultNotFound("vault.locking.folder_vault_does_not", folder=os.path.dirname(path)) from None


class VaultLock:
    """One holder's lock on one vault: an open file description of `<vault>.lock`.

    An open vault holds the shared side for as long as it is open, so that no file
    it holds open can be swapped away under it; whole-vault operations hold the
    exclusive side. Changing sides lets go first (flock cannot trade atomically), so
    whoever changes sides checks afterwards that the vault file is still the one it
    opened.
    """

    def __init__(self, vault_path: str):
        self.path = lock_path(vault_path)
        self.mode: str | None = None
        self._fd: int | None = None

    def acquire(self, mode: str, timeout: float | None = None) -> None:
        if self.mode == mode:
            return
        if self._fd is None:
            self._fd = _open_lock_file(self.path)
        if self.mode is not None:
            if os.name == "nt":  # every hold is exclusive there already
                self.mode = mode
                return
            # flock changes sides in one step when nobody is in the way (always so when
            # going from exclusive to shared); otherwise it has let go, and we wait.
            if _try(self._fd, mode):
                self.mode = mode
                return
            _release(self._fd)
            self.mode = None
        try:
            _acquire(self._fd, mode, _timeout() if timeout is None else timeout)
        except BaseException:
            self.close()
            raise
        self.mode = mode

    def release(self) -> None:
        if self._fd is not None and self.mode is not None:
            _release(self._fd)
        self.mode = None

    def close(self) -> None:
        self.release()
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


@contextmanager
def vault_lock(vault_path: str, mode: str = EXCLUSIVE, *, timeout: float | None = None):
    """Hold the vault's lock in `mode` for the block (for work done without an open vault)."""
    lock = VaultLock(vault_path)
    lock.acquire(mode, timeout)
    try:
        yield lock
    finally:
        lock.close()


def _acquire(fd: int, mode: str, timeout: float) -> None:
    if _try(fd, mode):
        return
    notice = waiting_notice
    if notice is not None and timeout > 0:
        notice("Waiting for another AccompDesk to finish with the vault…")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        time.sleep(_POLL)
        if _try(fd, mode):
            return
    raise VaultBusy("vault.locking.vault_busy_another_accompdesk")


@contextmanager
def slot_file_lock(keys_path: str, *, timeout: float | None = None):
    """Hold the slot file's own lock (`<vault>.keys.lock`) for one read-modify-write of it.

    Slot changes (add, remove, passwd, rekey) run with the vault held exclusively, which
    already keeps out every open vault; but each open vault writes the audit head into the
    slot file after its commits while holding only the shared side, so two of those must
    take turns. It is a separate file so that it never meets the vault lock: it is taken
    after the vault lock and held only for the write, never while waiting for anything
    else, so no holder of it can deadlock a writer.
    """
    fd = _open_lock_file(os.path.abspath(keys_path) + ".lock")
    try:
        _acquire(fd, EXCLUSIVE, _timeout() if timeout is None else timeout)
        try:
            yield
        finally:
            _release(fd)
    finally:
        os.close(fd)

