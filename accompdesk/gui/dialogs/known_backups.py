"""Where backups were written, remembered on this computer (QSettings).

A vault found damaged cannot say where its last backup went (that is recorded
inside it), so the folder and file of each verified backup are also kept here.
They are file locations on this machine, never anything from the record.
"""

from __future__ import annotations

import os

LAST_BACKUP = "safety/last_backup"
FOLDERS = "safety/backup_folders"
MAX_FOLDERS = 5


def _list(value) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else [str(v) for v in value]


def remember(settings, backup_path: str) -> None:
    folder = os.path.dirname(os.path.abspath(backup_path))
    folders = [folder] + [f for f in _list(settings.q.value(FOLDERS)) if f != folder]
    settings.q.setValue(FOLDERS, folders[:MAX_FOLDERS])
    settings.q.setValue(LAST_BACKUP, os.path.abspath(backup_path))
    settings.sync()


def last_backup(settings) -> str:
    return str(settings.q.value(LAST_BACKUP, "") or "")


def folders(settings) -> list[str]:
    return _list(settings.q.value(FOLDERS))


def candidates(settings, vault_path: str) -> list[str]:
    """Places to look for backups: the last one, the folders used, the vault's own folder."""
    return [last_backup(settings), *folders(settings), os.path.dirname(os.path.abspath(vault_path))]


def backups(settings, vault_path: str) -> list[str]:
    """Backups found in those places, newest first, never the vault itself."""
    from ...vault.restore import find_backups, is_backup

    found: dict[str, float] = {}
    for place in candidates(settings, vault_path):
        items = find_backups(place) if os.path.isdir(place) else ([place] if place and is_backup(place) else [])
        for item in items:
            found[os.path.abspath(item)] = os.path.getmtime(item)
    found.pop(os.path.abspath(vault_path), None)
    return sorted(found, key=found.get, reverse=True)
