"""Atomic file writes: a temporary file, fsync, rename, fsync of the folder."""

from __future__ import annotations

import os
import tempfile


def fsync_dir(folder: str) -> None:
    if os.name == "nt":  # Windows cannot open a folder for fsync; its rename is durable enough.
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: str, data: bytes, mode: int = 0o600) -> None:
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
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
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())
