"""Failed unlock attempts, per key slot, kept beside the vault so a restart does not
reset them.

A try that names no staff member tries every slot, so its failure counts against
every slot and it waits as long as the slot that waits longest: a guess costs the
same with or without `--user`, and there is one queue per slot however it is reached.

The file (`<vault>.attempts`, JSON, written atomically) names only slot users and
holds counts and times; nothing about the record. Each further failure waits
longer, up to a ceiling: there is no lock-out, and nothing is ever deleted, because
a field office that locks itself out of its own record has lost it.

The delay slows guessing at the keyboard; Argon2id is what makes guessing a copied
file expensive. Deleting this file resets the waits, which is why it is no more
than that.
"""

from __future__ import annotations

import json
import math
import threading
from contextlib import contextmanager

from .errors import EXIT_KEY, NoKey, VaultError, WrongPassphrase
from .fsutil import atomic_write
from ..domain import clock

FORMAT = "accompdesk-attempts"
VERSION = 1
MAX_DELAY = 300  # seconds: long enough to stop guessing, short enough never to lock anyone out
ANY_SLOT = "*"  # an attempt that named no staff member tries every slot
RECOVERY = "recovery key"  # the name store.RECOVERY_USER gives recovery-key attempts
_CLOCK_SKEW = 24 * 3600  # a failure "in the future" beyond this is a clock set wrong, not a wait
_lock = threading.Lock()
_guarding = threading.local()


class TooSoon(VaultError):
    """An unlock tried before the wait after the last failure is over."""
    exit_code = EXIT_KEY

    def __init__(self, user: str | None, seconds: int):
        self.user = user
        self.seconds = seconds
        if user:
            super().__init__("vault.attempts.too_soon_for_user", user=user, seconds=seconds)
        else:
            super().__init__("vault.attempts.too_soon", seconds=seconds)


def attempts_path(vault_path: str) -> str:
    return vault_path + ".attempts"


def backoff(failures: int) -> int:
    """Seconds to wait after `failures` failures in a row: 1, 2, 4, 8 … up to MAX_DELAY."""
    return 0 if failures <= 0 else min(MAX_DELAY, 2 ** min(failures - 1, 16))


def _slot_users(path: str) -> list[str]:
    """The staff members a nameless try stands for: every slot in the vault's slot file."""
    from .keyslots import SlotFile

    try:
        users = SlotFile.load(path + ".keys").users
    except (VaultError, OSError):
        users = []
    return users or [ANY_SLOT]


def _queues(path: str, user: str | None) -> list[str]:
    # ANY_SLOT stays in every named queue so that counts kept by older versions still hold.
    if user:
        return [user] if user in (ANY_SLOT, RECOVERY) else [user, ANY_SLOT]
    return list(dict.fromkeys([*_slot_users(path), ANY_SLOT]))


def _load(path: str) -> dict[str, dict]:
    try:
        with open(attempts_path(path), "rb") as fh:
            data = json.loads(fh.read().decode("utf-8"))
        if data.get("format") != FORMAT:
            return {}
        slots = data.get("slots", {})
        return {str(k): {"failures": int(v["failures"]), "last": float(v["last"])}
                for k, v in slots.items()}
    except FileNotFoundError:
        return {}
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
        # A damaged count file must not keep anyone out; it starts again from nothing.
        return {}


def _save(path: str, slots: dict[str, dict]) -> None:
    payload = {"format": FORMAT, "version": VERSION, "slots": slots}
    atomic_write(attempts_path(path), json.dumps(payload, indent=1, ensure_ascii=False).encode("utf-8"))


def failures(path: str, user: str | None) -> int:
    slots = _load(path)
    return max(slots.get(k, {}).get("failures", 0) for k in _queues(path, user))


def _delay(entry: dict | None, now: float) -> int:
    if not entry:
        return 0
    elapsed = now - entry["last"]
    if elapsed < -_CLOCK_SKEW:
        return 0
    return max(0, math.ceil(backoff(entry["failures"]) - max(elapsed, 0.0)))


def delay_for(path: str, user: str | None, now: float | None = None) -> int:
    """Whole seconds still to wait before `user` (None: anyone) may try again (0: try now)."""
    now = clock.seconds() if now is None else now
    slots = _load(path)
    return max(_delay(slots.get(k), now) for k in _queues(path, user))


def record_failure(path: str, user: str | None, now: float | None = None) -> int:
    """Count one more failure; returns the seconds to wait before the next try.

    A nameless try failed against every slot, so every slot's queue grows.
    """
    stamp = clock.seconds() if now is None else now
    with _lock:
        slots = _load(path)
        counted = [user] if user else _slot_users(path)
        for k in counted:
            entry = slots.get(k, {"failures": 0, "last": 0.0})
            slots[k] = {"failures": entry["failures"] + 1, "last": stamp}
        _save(path, slots)
    return delay_for(path, user, now=stamp)


def record_success(path: str, user: str | None, *, nameless: bool = False) -> None:
    """The slot of `user` opened: its count starts again, and so does the count kept by
    older versions for nameless tries. After a nameless try every passphrase queue starts
    again, since its failures were counted against every slot."""
    with _lock:
        slots = _load(path)
        wanted = {user, ANY_SLOT} if user else set()
        if nameless:
            wanted |= {k for k in slots if k != RECOVERY}
        changed = {k for k in wanted if k in slots}
        if not changed:
            return
        for k in changed:
            del slots[k]
        _save(path, slots)


def opened_as(user: str) -> None:
    """Called by the unlock inside a guard: which slot a nameless try turned out to open."""
    _guarding.opened = user


@contextmanager
def guard(path: str, user: str | None):
    """Wrap one unlock: refuse it while a wait runs, count a wrong key, clear on success.

    Nested guards (a caller's and Vault.open's) count once: only the outermost acts.
    """
    if getattr(_guarding, "depth", 0):
        _guarding.depth += 1
        try:
            yield
        finally:
            _guarding.depth -= 1
        return
    wait = delay_for(path, user)
    if wait:
        raise TooSoon(user, wait)
    _guarding.depth = 1
    _guarding.opened = None
    try:
        yield
    except WrongPassphrase:
        record_failure(path, user)
        raise
    except NoKey:
        # A wrong recovery key is a guess; a missing slot file is not.
        if user == RECOVERY:
            record_failure(path, user)
        raise
    else:
        record_success(path, user or _guarding.opened, nameless=not user)
    finally:
        _guarding.depth = 0
        _guarding.opened = None
