"""Where saved import profiles are kept: one row of the settings table each,
`import_profile:<name>` holding the profile's JSON, written with an audit entry in the
same transaction. What a profile means is exchange/profiles.py's business."""

from __future__ import annotations

from . import audit
from .clock import now_utc

PREFIX = "import_profile:"


def save(vault, name: str, table: str, text: str) -> None:
    """Create or replace the profile `name` (of `table`), audited."""
    vault.require("staff")
    with vault.transaction():
        vault.conn.execute(
            "INSERT INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, "
            "updated_by = excluded.updated_by", (PREFIX + name, text, now_utc(), vault.user))
        audit.append(vault.conn, vault.user, "save import profile", "settings", "", "", "",
                     f"{PREFIX}{name} ({table})")


def load(vault, name: str) -> str | None:
    """The profile's JSON, or None when there is none of that name."""
    row = vault.conn.execute("SELECT value FROM settings WHERE key = ?", (PREFIX + name,)).fetchone()
    return None if row is None else row[0]


def every(vault) -> list[tuple[str, str]]:
    """(name, JSON) of every saved profile, by name."""
    rows = vault.conn.execute("SELECT key, value FROM settings WHERE substr(key, 1, ?) = ? ORDER BY key",
                              (len(PREFIX), PREFIX)).fetchall()
    return [(key[len(PREFIX):], value) for key, value in rows]


def delete(vault, name: str) -> None:
    vault.require("staff")
    with vault.transaction():
        vault.conn.execute("DELETE FROM settings WHERE key = ?", (PREFIX + name,))
        audit.append(vault.conn, vault.user, "delete import profile", "settings", "", "", "",
                     f"{PREFIX}{name}")
