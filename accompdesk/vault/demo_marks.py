"""Which audit entries the demo wrote, so that the demo never mixes fictional people into
a real record: the storage side of services/demo.py."""

from __future__ import annotations

import json

from ..domain.records import ALL_TYPES

_DEMO_META = "demo_audit_entries"  # the audit entries demo runs wrote: [[first, last], ...]


def ranges(vault) -> list[list[int]]:
    raw = vault.meta(_DEMO_META)
    try:
        return [[int(a), int(b)] for a, b in json.loads(raw)] if raw else []
    except (ValueError, TypeError):
        return []


def remember(vault, first: int, last: int) -> None:
    """Call inside the demo's transaction: the entries first..last are the demo's."""
    found = ranges(vault) + [[first, last]]
    vault.conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE "
                       "SET value = excluded.value", (_DEMO_META, json.dumps(found)))


def holds_records_outside_demo(vault) -> bool:
    """Whether a record was created outside every demo run (or before the demo kept count)."""
    tables = [t for t in ALL_TYPES if t != "users"]
    demo = ranges(vault)
    outside = " AND ".join(["NOT (seq BETWEEN ? AND ?)"] * len(demo)) or "1"
    args = [n for pair in demo for n in pair]
    made = vault.conn.execute(
        f"SELECT count(*) FROM audit_log WHERE action = 'create' AND record_table IN "
        f"({','.join('?' * len(tables))}) AND {outside}", tables + args).fetchone()[0]
    rows = sum(vault.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables)
    return bool(made or (rows and not demo))
