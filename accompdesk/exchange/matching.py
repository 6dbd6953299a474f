"""Imports that update: rows matched to records by chosen fields, and values mapped.

    --match "Cédula=id_number"                    the column holds that field; equal values are one record
    --match Nombre=full_name --match Región=region  the name with the region
    --map-value "Gravedad:3=high"                 this column's "3" means the code high

A row that matches a record updates it (only the fields the file maps); the rest
are created. A row whose values are what the record already holds changes nothing,
so importing the same file twice adds and changes nothing the second time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..domain.codec import to_text
from ..vault.errors import UsageError
from . import mapping as mappings
from .links import name_key

# A numeric scale read onto a vocabulary of four or five ordered terms, lowest first.
_SCALES = {
    5: (0, 0, 1, 2, 3),   # 1 and 2 are both the lowest: five steps onto four terms
    4: (0, 1, 2, 3),
    3: (0, 1, 2),
}


@dataclass
class RowMatch:
    row: int
    action: str                # "update", "create", "unchanged"
    record_id: str = ""
    title: str = ""
    changes: list = field(default_factory=list)   # (field, before, after) as text

    def describe(self, noun: str) -> str:
        if self.action == "create":
            return f"row {self.row}: would create a new {noun}"
        if self.action == "unchanged":
            return f"row {self.row}: matches {self.record_id} ({self.title}); nothing would change"
        changed = "; ".join(f"{name} '{before}' -> '{after}'" for name, before, after in self.changes)
        return f"row {self.row}: would update {self.record_id} ({self.title}): {changed}"


def parse_match_options(mapping: mappings.Mapping, items: list[str], headers: list[str]) -> tuple[list[str], dict]:
    """([fields to match on], {column index: field} the matching also maps)."""
    fields, choices = [], {}
    for item in items or []:
        if "=" not in item:
            raise UsageError("exchange.matching.match_takes_column_field", item=item)
        column, _, name = item.rpartition("=")
        index = mappings.column_named(headers, column)
        target = mappings.field_named(mapping.table, name)
        if target is None or target == mappings.ID:
            raise UsageError("exchange.matching.match_needs_field_compare", column=column)
        spec = mappings.targets(mapping.table)[target]
        if spec.kind in ("links", "roles"):
            raise UsageError("exchange.matching.records_cannot_matched_on", target=target)
        choices[index] = target
        if target not in fields:
            fields.append(target)
    return fields, choices


def parse_value_maps(mapping: mappings.Mapping, items: list[str], headers: list[str]) -> dict[str, dict[str, str]]:
    """{field: {folded value in the file: code}} from "COLUMN:VALUE=code" items."""
    out: dict[str, dict[str, str]] = {}
    targets = mappings.targets(mapping.table)
    for item in items or []:
        m = re.fullmatch(r"(.+?):(.*)=([^=]+)", item or "")
        if not m:
            raise UsageError("exchange.matching.map_value_takes_column", item=item)
        column, value, code = m.group(1), m.group(2).strip(), m.group(3).strip()
        index = mappings.column_named(headers, column)
        name = mapping.columns[index].field
        spec = targets.get(name) if name else None
        if spec is None or spec.vocab is None:
            raise UsageError("exchange.matching.column_not_mapped_field", header=mapping.columns[index].header)
        term = spec.vocab.match(code)
        if term is None:
            raise UsageError("exchange.matching.not_one_values", code=code, name=name,
                             items=', '.join(spec.vocab.codes))
        out.setdefault(name, {})[name_key(value)] = term.code
    return out


def value_maps_by_header(mapping: mappings.Mapping, maps: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    """The same maps keyed by column header, as profiles keep them."""
    out = {}
    for column in mapping.columns:
        if column.field in maps:
            out[column.header] = dict(maps[column.field])
    return out


def suggest_scale(spec, values: list[str]) -> dict[str, str]:
    """A numeric column (1–5, 1–4, 1–3) read onto an ordered vocabulary, lowest first."""
    if spec is None or spec.vocab is None:
        return {}
    found = {v.strip() for v in values if v and v.strip()}
    if not found or not all(re.fullmatch(r"\d", v) for v in found):
        return {}
    numbers = {int(v) for v in found}
    top = max(numbers)
    if min(numbers) < 1 or top not in _SCALES:
        return {}
    codes = spec.vocab.codes
    steps = _SCALES[top]
    if max(steps) >= len(codes):
        return {}
    return {str(n): codes[steps[n - 1]] for n in range(1, top + 1)}


def key_value(spec, value) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return name_key(value)
    return to_text(spec, value) if spec is not None else str(value)


class MatchIndex:
    """The vault's records by the values of the match fields."""

    def __init__(self, vault, table: str, fields: list[str]):
        self.fields = fields
        self.specs = mappings.targets(table)
        self.by_key: dict[tuple, list[str]] = {}
        for record in vault.repo(table).list(with_links=False, order_by="created_at"):
            key = self.key(record)
            if key is not None:
                self.by_key.setdefault(key, []).append(record.id)

    def key(self, record) -> tuple | None:
        parts = tuple(key_value(self.specs[f], getattr(record, f, None)) for f in self.fields)
        return None if not all(parts) else parts

    def find(self, record) -> list[str]:
        key = self.key(record)
        return [] if key is None else self.by_key.get(key, [])


def differences(before, after, fields: list[str]) -> list[tuple[str, str, str]]:
    specs = mappings.targets(before.TABLE)
    out = []
    for name in fields:
        old, new = getattr(before, name), getattr(after, name)
        if old != new and not (old in (None, "") and new in (None, "")):
            spec = specs.get(name)
            out.append((name, _text(spec, old), _text(spec, new)))
    return out


def _text(spec, value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(value)
    if isinstance(value, str):
        return value if len(value) <= 60 else value[:57] + "…"
    return to_text(spec, value) if spec is not None else str(value)
