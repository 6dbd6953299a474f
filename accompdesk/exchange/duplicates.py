"""Likely duplicates: a row that describes a record the vault (or the file) already has.

"Likely" because nothing proves two rows are one event: an incident with the same
date, place and summary almost always is, a person with the same name often is. They
are reported and skipped unless the user asks to import them anyway.
"""

from __future__ import annotations

from ..domain.dedupe import words
from ..domain.records import Record
from .links import name_key

# Names compared as the finder of possible duplicates reads them: "Pacheco Gómez, Ana"
# is "Ana Pacheco Gómez", and "José de Jesús" is "Jose Jesus".
_NAMES = ("full_name", "name")

# The fields that make two records of a table probably the same, and how to say it.
KEYS: dict[str, tuple[tuple[str, ...], str]] = {
    "incidents": (("occurred_on", "place", "summary"), "same date, place and summary"),
    "persons": (("full_name",), "same name"),
    "organisations": (("name",), "same name"),
    "authorities": (("name",), "same name"),
    "officials": (("full_name", "authority_id"), "same name and authority"),
    "volunteers": (("full_name",), "same name"),
    "meetings": (("held_on", "authority_id", "purpose"), "same date, authority and purpose"),
    "commitments": (("meeting_id", "text"), "same meeting and text"),
    "accompaniments": (("starts_at", "place", "person_id", "organisation_id"),
                       "same start, place and person or organisation"),
    "checkins": (("scheduled_at", "person_id", "organisation_id"), "same time and person or organisation"),
    "alerts": (("incident_id", "activated_at"), "same incident and time"),
}


def key_of(record: Record) -> tuple | None:
    fields, _ = KEYS.get(record.TABLE, ((), ""))
    return _key(fields, [getattr(record, name) for name in fields])


def _key(fields: tuple[str, ...], values: list) -> tuple | None:
    if not fields:
        return None
    out = []
    for name, value in zip(fields, values):
        if name in _NAMES and isinstance(value, str):
            out.append(" ".join(sorted(words(value))) or name_key(value))
        else:
            out.append(name_key(value) if isinstance(value, str) else value)
    if not any(v not in (None, "") for v in out):
        return None
    return tuple(out)


def reason(table: str) -> str:
    return KEYS.get(table, ((), "the same fields"))[1]


def existing_keys(vault, table: str, records: list[Record]) -> dict[tuple, str]:
    """Keys of the records in the vault that the given records could duplicate: key -> id."""
    fields, _ = KEYS.get(table, ((), ""))
    if not fields or not records:
        return {}
    repo = vault.repo(table)
    ranges = None
    first = fields[0]
    values = [getattr(r, first) for r in records if getattr(r, first, None) is not None]
    if values and not isinstance(values[0], str) and len(values) == len(records):
        # Dates lead the key: read only the vault's records within the file's span.
        ranges = {first: (min(values), max(values))}
    out: dict[tuple, str] = {}
    # Only the key's fields: a file of 50,000 rows spans years of a big vault, and building
    # every stored record of those years whole took most of the check.
    for stored in repo.read_fields(fields, ranges=ranges, order_by="created_at"):
        key = _key(fields, [stored[name] for name in fields])
        if key is not None:
            out.setdefault(key, stored["id"])
    return out
