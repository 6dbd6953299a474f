"""Which records link to a given one (a defender's incidents, meetings that raised them)."""

from __future__ import annotations

from ...domain.records import Record


def records_linking(vault, table: str, field: str, target_id: str, *, order_by: str | None = None,
                    descending: bool = False) -> list[Record]:
    return vault.repo(table).linking(field, target_id, order_by=order_by, descending=descending)
