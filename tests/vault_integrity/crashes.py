"""Crashing a whole-vault operation at its Nth file operation, for real.

The operation runs in a forked child. Every file operation of the vault's own
(os.write, os.fsync, os.replace, os.rename, os.unlink, os.remove) is counted, and at
the Nth one the child dies with os._exit: no cleanup, no finally, as in a power cut
or a kill. A second kind counts SQLite's virtual-machine steps instead (through its
progress handler), so a crash can also land inside a copy or an import.

The child tells the parent, through a pipe, what a person would have seen: the new
recovery key once it was printed, and the number of operations it made.
"""

from __future__ import annotations

import os
import sys
import traceback

CRASHED = 77
FILE_OPS = ("write", "fsync", "replace", "rename", "unlink", "remove")
SQLITE_STEP = 200  # VM instructions between two progress-handler calls (within one statement)


class Outcome:
    def __init__(self, status: int, lines: list[str]):
        self.status = status
        self.lines = lines

    @property
    def crashed(self) -> bool:
        return self.status == CRASHED

    @property
    def printed_keys(self) -> list[str]:
        return [line.split(" ", 1)[1] for line in self.lines if line.startswith("recovery ")]

    @property
    def ops(self) -> int:
        counts = [int(line.split()[1]) for line in self.lines if line.startswith("ops ")]
        return counts[-1] if counts else 0

    @property
    def error(self) -> str:
        return "\n".join(line for line in self.lines if line.startswith("error"))


def run(operation, *, kind: str = "file", crash_at: int = 0) -> Outcome:
    """Run `operation(tell)` in a child that dies at its `crash_at`th operation (0: never).
    `tell(line)` sends a line to the parent (the way a printed key reaches a person)."""
    read_end, write_end = os.pipe()
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:  # the child: it never returns into pytest
        status = 1
        try:
            os.close(read_end)
            real_write = os.write

            def tell(line: str) -> None:
                real_write(write_end, (line + "\n").encode("utf-8"))

            counter = _install(kind, crash_at, tell)
            operation(tell)
            tell(f"ops {counter[0]}")
            status = 0
        except BaseException as exc:  # noqa: BLE001 - reported to the parent
            try:
                tell(f"error {type(exc).__name__}: {exc} " + traceback.format_exc().replace("\n", " | "))
            except BaseException:  # noqa: BLE001
                pass
        finally:
            os._exit(status)
    os.close(write_end)
    chunks = []
    with os.fdopen(read_end, "rb") as fh:
        while chunk := fh.read(65536):
            chunks.append(chunk)
    _, wait_status = os.waitpid(pid, 0)
    status = os.waitstatus_to_exitcode(wait_status)
    return Outcome(status, b"".join(chunks).decode("utf-8").splitlines())


def _install(kind: str, crash_at: int, tell) -> list[int]:
    counter = [0]

    def step(name: str) -> None:
        counter[0] += 1
        if counter[0] == crash_at:
            tell(f"crash at {name} #{crash_at}")
            os._exit(CRASHED)

    if kind == "file":
        for name in FILE_OPS:
            real = getattr(os, name)

            def wrapped(*args, _real=real, _name=name, **kwargs):
                step(_name)
                return _real(*args, **kwargs)

            setattr(os, name, wrapped)
    elif kind == "sqlite":
        import sqlcipher3

        real_connect = sqlcipher3.connect

        def connect(*args, **kwargs):
            conn = real_connect(*args, **kwargs)

            def progress():
                step("sqlite step")
                return 0

            conn.set_progress_handler(progress, SQLITE_STEP)
            return conn

        sqlcipher3.connect = connect
    else:
        raise ValueError(kind)
    return counter
