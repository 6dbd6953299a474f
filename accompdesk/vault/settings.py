"""Office settings stored in the vault, each change audited."""

from __future__ import annotations

import dataclasses
import json

from ..domain.office import OfficeSettings
from . import audit
from .clock import now_utc
from .errors import UsageError


def load(vault) -> OfficeSettings:
    stored = dict(vault.conn.execute("SELECT key, value FROM settings"))
    settings = OfficeSettings()
    for field in dataclasses.fields(OfficeSettings):
        if field.name in stored:
            try:
                value = json.loads(stored[field.name])
            except ValueError:
                continue
            if isinstance(value, type(getattr(settings, field.name))):
                setattr(settings, field.name, value)
    return settings


def save(vault, **changes) -> OfficeSettings:
    """Change some settings; unknown names and wrong types are refused."""
    from . import roles

    # Backups record themselves; every other office setting is a coordinator's.
    if set(changes) - {"last_backup_at", "last_backup_path"}:
        roles.require(vault, "office settings")
    current = load(vault)
    names = {f.name for f in dataclasses.fields(OfficeSettings)}
    for name, value in changes.items():
        if name not in names:
            raise UsageError("vault.settings.there_no_office_setting", name=name)
        if not isinstance(value, type(getattr(current, name))) or isinstance(value, bool) != isinstance(
                getattr(current, name), bool):
            raise UsageError("vault.settings.setting_takes", name=name, kind=type(getattr(current, name)).__name__)
    with vault.transaction():
        for name, value in changes.items():
            vault.conn.execute(
                "INSERT INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, "
                "updated_by = excluded.updated_by", (name, json.dumps(value), now_utc(), vault.user))
            setattr(current, name, value)
        audit.append(vault.conn, vault.user, "settings", "settings", "", "", "", ", ".join(sorted(changes)))
    return current
