"""An import may not give a person or organisation an alias that another already has
(issue 15: an alias names one of them to the volunteers on duty).

A new row whose alias reads the same as that of another person or organisation in the
vault, or of an earlier row of the file, is refused like any other bad row, with the
next free alias offered. A row that updates a record (by id or --match) and keeps that
record's own alias is not this import's doing, and passes: the roster keeps such older
clashes apart on its own.
"""

from __future__ import annotations

from ..domain.messages import Message
from ..domain.name_forms import alias_key, distinct_alias
from ..vault import aliases

FIELD = "alias"


def refuse_taken(vault, checked) -> None:
    """Refuse, in `checked` (the importer's Checked), the rows whose alias is taken."""
    from . import importer

    plan = checked.plan
    columns = plan.mapping.fields().get(FIELD)
    if plan.table not in aliases.TABLES or not columns or not checked.records:
        return
    column = plan.sheet.column_name(columns[0])
    held: dict[str, set[str]] = {}  # alias key -> ids of the live records that have it
    stored: dict[str, str] = {}    # id -> its alias key as stored
    for holder in aliases.holders(vault.conn):
        key = alias_key(holder.alias)
        stored[holder.id] = key
        if not holder.deleted:
            held.setdefault(key, set()).add(holder.id)
    typed = [alias_key(r.alias) if r.alias else "" for r in checked.records]
    keys = set(held).union(typed)
    claimed: dict[str, int] = {}  # alias key -> the row of the file that has it
    keeping = {i for i in checked.updating if typed[i] and typed[i] == stored.get(checked.records[i].id)}
    for i in sorted(keeping):
        claimed.setdefault(typed[i], checked.rows[i])
    bad: set[int] = set()
    for i, (record, row, key) in enumerate(zip(checked.records, checked.rows, typed)):
        if not key or i in keeping:
            continue
        if key in held and held[key] - {record.id}:
            said = Message("exchange.aliases.alias_taken", alias=" ".join(record.alias.split()),
                           offer=_offer(record.alias, keys))
        elif key in claimed:
            said = Message("exchange.aliases.alias_in_row", alias=" ".join(record.alias.split()),
                           row=claimed[key], offer=_offer(record.alias, keys))
        else:
            claimed[key] = row
            continue
        checked.issues.append(importer.Issue(row, column, said, importer.ERROR, FIELD))
        bad.add(i)
    if bad:
        checked.invalid_rows |= {checked.rows[i] for i in bad}
        importer._remove(checked, bad)
        # Stable: the alias's sentence follows what the importer said of the same row.
        checked.issues.sort(key=lambda issue: (issue.row, issue.severity != importer.ERROR))


def _offer(alias: str, keys: set[str]) -> str:
    """The next free alias; taken from then on, so that two refused rows are not offered one."""
    offer = distinct_alias(alias, keys=keys)
    keys.add(alias_key(offer))
    return offer
