"""Saved column mappings ("profiles"), kept in the vault's settings table.

An office that receives the same spreadsheet every month maps it once and saves the
mapping under a name. Profiles live in the vault, not in QSettings, because a header
can name a person ("Llamadas a Ana") and nothing that may name someone stays outside
the encrypted file. The vault keeps each as JSON (vault/import_profiles.py); this
module says what the JSON means.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from ..vault import import_profiles as stored
from ..vault.errors import UsageError
from . import mapping as mappings

PREFIX = stored.PREFIX
_NAME = re.compile(r"[^\x00-\x1f\x7f]{1,60}")


@dataclass
class Profile:
    name: str
    table: str
    columns: dict[str, str | None] = field(default_factory=dict)  # header -> field or None
    encoding: str | None = None
    delimiter: str | None = None
    month_first: bool = False
    values: dict[str, dict[str, str]] = field(default_factory=dict)  # header -> value in the file -> code
    match: list[str] = field(default_factory=list)                   # fields that find the record to update

    def choices(self, headers: list[str]) -> dict[int, str | None]:
        """The profile's fields for the columns of a file, matched by header."""
        by_key = {mappings.header_key(h): f for h, f in self.columns.items()}
        fields = mappings.targets(self.table)
        out = {}
        for index, header in enumerate(headers):
            key = mappings.header_key(header)
            if key and key in by_key and (by_key[key] is None or by_key[key] in fields):
                out[index] = by_key[key]
        return out

    def to_json(self) -> str:
        return json.dumps({"version": 1, "table": self.table, "columns": self.columns,
                           "encoding": self.encoding, "delimiter": self.delimiter,
                           "month_first": self.month_first, "values": self.values, "match": self.match},
                          ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, name: str, text: str) -> "Profile":
        data = json.loads(text)
        columns = {str(k): (str(v) if v else None) for k, v in dict(data.get("columns") or {}).items()}
        values = {str(h): {str(k): str(v) for k, v in dict(m).items()}
                  for h, m in dict(data.get("values") or {}).items()}
        return cls(name, str(data["table"]), columns, data.get("encoding") or None,
                   data.get("delimiter") or None, bool(data.get("month_first")), values,
                   [str(f) for f in data.get("match") or []])


def from_mapping(name: str, mapping: mappings.Mapping, *, encoding: str | None = None,
                 delimiter: str | None = None, month_first: bool = False,
                 value_maps: dict[str, dict[str, str]] | None = None,
                 match: list[str] | None = None) -> Profile:
    columns = {c.header: c.field for c in mapping.columns if not c.header.startswith("#")}
    values = {}
    for c in mapping.columns:
        if c.field and c.field in (value_maps or {}) and not c.header.startswith("#"):
            values[c.header] = dict(value_maps[c.field])
    return Profile(_checked_name(name), mapping.table, columns, encoding, delimiter, month_first,
                   values, list(match or []))


def _checked_name(name: str) -> str:
    name = " ".join(str(name or "").split())
    if not _NAME.fullmatch(name):
        raise UsageError("exchange.profiles.profile_name_1_60")
    return name


def save(vault, profile: Profile) -> None:
    """Create or replace the profile, with an audit entry, in one transaction."""
    vault.require("staff")
    name = _checked_name(profile.name)
    mappings.record_type(profile.table)
    stored.save(vault, name, profile.table, profile.to_json())


def load(vault, name: str) -> Profile:
    text = stored.load(vault, name.strip())
    if text is None:
        known = names(vault)
        hint = f"; the saved ones are: {', '.join(known)}" if known else "; none is saved yet"
        raise UsageError("exchange.profiles.there_no_import_profile", name=name, hint=hint)
    try:
        return Profile.from_json(name.strip(), text)
    except (ValueError, KeyError, TypeError, AttributeError):
        raise UsageError("exchange.profiles.import_profile_cannot_read", name=name) from None


def names(vault, table: str | None = None) -> list[str]:
    out = []
    for name, value in stored.every(vault):
        if table is not None:
            try:
                if json.loads(value).get("table") != table:
                    continue
            except (ValueError, AttributeError):
                continue
        out.append(name)
    return out


def delete(vault, name: str) -> None:
    vault.require("staff")
    load(vault, name)
    stored.delete(vault, name.strip())
