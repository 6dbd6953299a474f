"""Atomic file writes: a temporary file, fsync, rename, fsync of the folder.

Every file operation of the vault's own (not SQLite's) goes through the os calls
used here (os.write, os.fsync, os.replace, os.unlink), so a test can stop the
program at any one of them and check what a crash there would leave.
"""

from __future__ import annotations

import os

CHUNK = 1024 * 1024


def fsync_dir(folder: str) -> None:
    if os.name == "nt":  # Windows cannot open a folder for fsync; its rename is durable enough.
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temp_prefix(path: str) -> str:
    """Temporary files are named after their target, so leftovers of a crash can be found."""
    return "." + os.path.basename(path) + ".tmp-"


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view[:CHUNK])
        view = view[written:]


def atomic_write(path: str, data: bytes, mode: int = 0o600) -> None:
    folder = os.path.dirname(os.path.abspath(path))
    import tempfile  # not at import: the unlock window loads this module and writes nothing

    fd, tmp = tempfile.mkstemp(prefix=temp_prefix(path), dir=folder)
    try:
        try:
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.chmod(tmp, mode)
        os.replace(tmp, path)
        fsync_dir(folder)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def atomic_rename(src: str, dst: str) -> None:
    os.replace(src, dst)
    fsync_dir(os.path.dirname(os.path.abspath(dst)))


def fsync_file(path: str) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove(path: str) -> bool:
    """Unlink `path` if it is there; True if it was."""
    try:
        os.unlink(path)
        return True
    except FileNotFoundError:
        return False


def copy_file(src: str, dst: str, mode: int = 0o600) -> None:
    """Copy `src` to a new file `dst` (which must not exist), fsynced, with `mode`."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    out = os.open(dst, flags, mode)
    try:
        with open(src, "rb") as fh:
            while chunk := fh.read(CHUNK):
                _write_all(out, chunk)
        os.fsync(out)
    finally:
        os.close(out)
    os.chmod(dst, mode)


def private_umask() -> None:
    """Files this process creates from now on are readable by their owner only."""
    os.umask(0o077)
