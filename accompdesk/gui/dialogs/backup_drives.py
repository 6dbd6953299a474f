"""Removable drives to offer as backup places (USB sticks, memory cards)."""

from __future__ import annotations

import os

from PySide6.QtCore import QStorageInfo

_REMOVABLE_ROOTS = ("/media/", "/run/media/", "/mnt/", "/Volumes/")


def removable_drives() -> list[tuple[str, str]]:
    """(label, root folder) of writable drives that look removable."""
    out = []
    for volume in QStorageInfo.mountedVolumes():
        if not (volume.isValid() and volume.isReady()) or volume.isReadOnly():
            continue
        root = volume.rootPath()
        windows_drive = os.name == "nt" and not root.upper().startswith(
            os.environ.get("SystemDrive", "C:").upper())
        if windows_drive or root.startswith(_REMOVABLE_ROOTS):
            name = volume.displayName() or os.path.basename(root.rstrip("/\\")) or root
            out.append((name, root))
    return out
