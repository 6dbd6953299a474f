"""What a whole-vault operation leaves beside the vault while it runs, and how the next
open finishes or undoes it. Nothing here needs a key, so a vault opened with the
recovery key is put right as one opened with a passphrase is.

A rekey writes, in order:
1. `<vault>.rekey`: the database under the new key, checked, with its own audit entry;
2. `<vault>.keys.rekey`: every remaining slot re-wrapped for the new key;
   (the new recovery key is handed to the person here, before anything is swapped)
3. `<vault>.rekey-commit`: the decision. Before it exists the rekey is undone
   (the pending files are removed; the old key and recovery key still open the
   vault); once it exists it is finished (the renames below are repeated as needed);
4. the old database's -wal/-shm are removed (emptied into it before step 3),
   `<vault>.rekey` is renamed over the vault and `<vault>.keys.rekey` over its slots;
5. the decision file is removed.

A restore in place writes `<vault>.switch` (the plan: which files move where) and
then moves the current vault's files aside and the restored files in; the next open
finishes the plan.
"""

from __future__ import annotations

import glob
import json
import os

from .fsutil import atomic_rename, atomic_write, fsync_dir, remove

SQLITE_SIDECARS = ("-wal", "-shm", "-journal")


def keys_path(path: str) -> str:
    return path + ".keys"


def pending_db(path: str) -> str:
    return path + ".rekey"


def pending_keys(path: str) -> str:
    return path + ".keys.rekey"


def rekey_decision(path: str) -> str:
    return path + ".rekey-commit"


def switch_plan(path: str) -> str:
    return path + ".switch"


def temp_leftovers(path: str) -> list[str]:
    """Atomic writes of the vault's own files (slots, attempts, journal) that a crash cut
    short, or that another program is making right now: remove them only holding the
    vault alone."""
    folder, name = os.path.split(os.path.abspath(path))
    return glob.glob(os.path.join(glob.escape(folder), "." + glob.escape(name) + "*.tmp-*"))


def pending(path: str) -> bool:
    """Whether a whole-vault operation was left half-done beside `path`."""
    return any(os.path.exists(p) for p in (pending_db(path), pending_keys(path),
                                           rekey_decision(path), switch_plan(path)))


def recover(path: str) -> None:
    """Finish or undo what a crash left half-done. Call with the vault's exclusive lock."""
    for leftover in temp_leftovers(path):
        remove(leftover)
    if os.path.exists(switch_plan(path)):
        finish_switch(path)
    if os.path.exists(rekey_decision(path)):
        finish_rekey(path)
    else:
        discard_rekey(path)


def discard_rekey(path: str) -> None:
    """Undo a rekey that had not decided: the vault and its slots were never touched."""
    removed = [remove(p) for p in (pending_keys(path), pending_db(path),
                                   *(pending_db(path) + s for s in SQLITE_SIDECARS))]
    if any(removed):
        fsync_dir(os.path.dirname(os.path.abspath(path)))


def decide_rekey(path: str) -> None:
    atomic_write(rekey_decision(path), b"accompdesk rekey: finish on next open\n")


def finish_rekey(path: str) -> None:
    """Put the decided rekey's files in place; each step is skipped once it is done."""
    if os.path.exists(pending_db(path)):
        # The old database's log was emptied into it before the decision; the new
        # file must not meet it, since SQLite would replay it onto the new pages.
        for suffix in ("-wal", "-shm"):
            remove(path + suffix)
        atomic_rename(pending_db(path), path)
    if os.path.exists(pending_keys(path)):
        atomic_rename(pending_keys(path), keys_path(path))
    if remove(rekey_decision(path)):
        fsync_dir(os.path.dirname(os.path.abspath(path)))


# -- restore in place -----------------------------------------------------------------------

SWITCHED = ("", "-wal", "-shm", ".keys")


def plan_switch(path: str, source: str, safety: str) -> dict:
    plan = {"source": source, "safety": safety,
            "current": [s for s in SWITCHED if os.path.exists(path + s)],
            "incoming": [s for s in SWITCHED if os.path.exists(source + s)]}
    atomic_write(switch_plan(path), json.dumps(plan).encode("utf-8"))
    return plan


def finish_switch(path: str) -> dict | None:
    """Move the current files aside and the restored ones in, as far as not yet done."""
    try:
        with open(switch_plan(path), "rb") as fh:
            plan = json.loads(fh.read().decode("utf-8"))
        source, safety = str(plan["source"]), str(plan["safety"])
        current, incoming = list(plan["current"]), list(plan["incoming"])
    except (OSError, ValueError, KeyError, TypeError):
        # A plan cut short was never acted on: its write is the first step.
        remove(switch_plan(path))
        return None
    for suffix in current:
        if os.path.exists(path + suffix) and not os.path.exists(safety + suffix):
            atomic_rename(path + suffix, safety + suffix)
    for suffix in incoming:
        if os.path.exists(source + suffix):
            atomic_rename(source + suffix, path + suffix)
    remove(switch_plan(path))
    fsync_dir(os.path.dirname(os.path.abspath(path)))
    return plan
