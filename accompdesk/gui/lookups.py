"""Questions the defender's page asks that repositories do not answer directly:
which records link to a given one. Uses only the public repository API, reading
linking records a page at a time; a reverse-link query in the vault would make
this one indexed query."""

from __future__ import annotations

from ..domain.records import Record

PAGE = 2000


def records_linking(vault, table: str, field: str, target_id: str, *, order_by: str | None = None,
                    descending: bool = False) -> list[Record]:
    repo = vault.repo(table)
    found, offset = [], 0
    while True:
        page = repo.list(order_by=order_by, descending=descending, limit=PAGE, offset=offset)
        found.extend(r for r in page if target_id in getattr(r, field))
        if len(page) < PAGE:
            return found
        offset += PAGE
