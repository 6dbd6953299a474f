"""Links written as names: "Batallón Ayacucho" in a cell becomes that authority's id.

A name is compared folded (no case, accents or doubled spaces), against the records in
the vault and, for links inside one table (an authority's superior), against the rows
of the file itself. No match, or more than one, is a problem for that cell, with the
closest names or the candidates' ids so the user can fix the file. A cell may also hold
a record id, as canonical files do.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
import uuid

from ..domain.messages import Message
from ..vault.repository import NOUNS

# The fields a record is known by, strongest first (a person's name before their alias).
NAMED_BY = {
    "persons": ("full_name", "alias"), "organisations": ("name", "alias"),
    "authorities": ("name",), "officials": ("full_name",), "volunteers": ("full_name",),
    "incidents": ("summary",), "meetings": ("purpose",), "commitments": ("text",),
    "accompaniments": ("place",), "checkins": ("notes",), "alerts": ("alerted",),
}
_SPACES = re.compile(r"[\s\-\u2010-\u2015_.]+")
_SUGGEST_LIMIT = 20_000  # past this many names, looking for the closest ones is too slow


_MARKS = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def name_key(text: str) -> str:
    """A name as compared: no case, accents or separators. Asked for every row's key,
    so plain ASCII takes the short way and accents go by one regular expression."""
    if text.isascii():
        folded = text.lower()
    else:
        folded = _MARKS.sub("", unicodedata.normalize("NFKD", text.casefold()))
    return " ".join(_SPACES.split(folded)).strip()


def split_list(text: str) -> list[str]:
    """The items of a cell holding several: separated by ';', '|' or line breaks."""
    return [p.strip() for p in re.split(r"[;|\n\r]+", text) if p.strip()]


def _as_uuid(text: str) -> str | None:
    if len(text) < 32 or len(text) > 38:
        return None
    try:
        return str(uuid.UUID(text))
    except ValueError:
        return None


class Directory:
    """Who is who, table by table: built on first use, then asked many times."""

    def __init__(self, vault):
        self.vault = vault
        self._names: dict[str, dict[str, list[tuple[str, int]]]] = {}
        self._titles: dict[str, dict[str, str]] = {}
        self._file: dict[str, dict[str, list[tuple[str, int]]]] = {}
        self._file_ids: dict[str, dict[str, int]] = {}
        self._cache: dict[tuple[str, str], tuple[str | None, str]] = {}

    def _load(self, table: str) -> None:
        if table in self._names:
            return
        names: dict[str, list[tuple[str, int]]] = {}
        titles: dict[str, str] = {}
        fields = NAMED_BY.get(table, ())
        for record in self.vault.repo(table).list(with_links=False, order_by="created_at"):
            titles[record.id] = record.title
            for strength, attr in enumerate(fields):
                value = getattr(record, attr, "") or ""
                key = name_key(value) if isinstance(value, str) else ""
                if key:
                    names.setdefault(key, []).append((record.id, len(fields) - strength))
        self._names[table], self._titles[table] = names, titles

    def add_file_record(self, table: str, record_id: str, names: list[str], row: int) -> None:
        """A record the file is about to create, so that other rows can name it."""
        self._file_ids.setdefault(table, {})[record_id] = row
        index = self._file.setdefault(table, {})
        for strength, name in enumerate(names):
            key = name_key(name or "")
            if key:
                index.setdefault(key, []).append((record_id, len(names) - strength))
        self._cache = {k: v for k, v in self._cache.items() if k[0] != table}

    def forget_file_records(self, table: str) -> None:
        self._file.pop(table, None)
        self._file_ids.pop(table, None)
        self._cache = {k: v for k, v in self._cache.items() if k[0] != table}

    def file_row(self, table: str, record_id: str) -> int | None:
        return self._file_ids.get(table, {}).get(record_id)

    def resolve(self, table: str, text: str, *, owner_id: str | None = None) -> tuple[str | None, str]:
        """(record id, "") or (None, why not). `owner_id`: the record that links, which
        cannot be its own target."""
        text = text.strip()
        cache_key = (table, text)
        if owner_id is None and cache_key in self._cache:
            return self._cache[cache_key]
        result = self._resolve(table, text, owner_id)
        if owner_id is None:
            self._cache[cache_key] = result
        return result

    def _resolve(self, table: str, text: str, owner_id: str | None) -> tuple[str | None, str]:
        noun = NOUNS.get(table, table)
        self._load(table)
        as_id = _as_uuid(text)
        if as_id is not None:
            if as_id in self._titles[table] or as_id in self._file_ids.get(table, {}):
                return as_id, ""
            return None, Message("vault.repository.no_linked_record", noun=noun, record_id=as_id)
        key = name_key(text)
        found = [c for c in self._names[table].get(key, []) + self._file.get(table, {}).get(key, [])
                 if c[0] != owner_id]
        if not found:
            return None, self._not_found(table, text, key)
        ids = list(dict.fromkeys(i for i, _ in found))
        if len(ids) > 1:
            # A full name beats someone else's alias.
            best = max(s for _, s in found)
            strongest = list(dict.fromkeys(i for i, s in found if s == best))
            if len(strongest) == 1:
                return strongest[0], ""
            where = [Message("exchange.links.row_of_file", row=self.file_row(table, i)) if self.file_row(table, i)
                     else i for i in strongest[:4]]
            return None, Message("exchange.links.name_of_several", text=text, count=len(strongest),
                                 nouns=noun_plural(table), where=where)
        return ids[0], ""

    def _not_found(self, table: str, text: str, key: str) -> Message:
        noun = NOUNS.get(table, table)
        keys = list(self._names[table]) + list(self._file.get(table, {}))
        if 0 < len(keys) <= _SUGGEST_LIMIT:
            close = difflib.get_close_matches(key, keys, n=3, cutoff=0.75)
            if close:
                shown = []
                for k in close:
                    record_id = (self._names[table].get(k) or self._file[table][k])[0][0]
                    shown.append(f"'{self._titles[table].get(record_id, k)}'" if record_id in
                                 self._titles[table] else f"'{k}'")
                return Message("exchange.links.no_such_name_closest", noun=noun, text=text, closest=shown)
        return Message("exchange.links.no_such_name", noun=noun, text=text)

    def resolve_list(self, table: str, text: str, *, owner_id: str | None = None
                     ) -> tuple[list[str], list[str]]:
        """(ids, problems) for a cell naming several records."""
        ids, problems = [], []
        for part in split_list(text):
            found, why = self.resolve(table, part, owner_id=owner_id)
            if found is None and "," in part and not _as_uuid(part):
                # "Ana Pérez, Juan Gómez": commas separate names only if every piece is one.
                pieces = [p.strip() for p in re.split(r",|\s+y\s+|\s+and\s+", part) if p.strip()]
                resolved = [self.resolve(table, p, owner_id=owner_id) for p in pieces]
                if len(pieces) > 1 and all(r[0] for r in resolved):
                    ids.extend(r[0] for r in resolved)
                    continue
            if found is None:
                problems.append(why)
            else:
                ids.append(found)
        return ids, problems


def noun_plural(table: str) -> str:
    noun = NOUNS.get(table, table)
    if noun.endswith("y"):
        return noun[:-1] + "ies"
    return noun + "s"
