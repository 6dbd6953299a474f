"""Records to SQL rows and back, by the field declarations of `domain`."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import operator
from typing import Any, Callable, TypeVar

from ..domain.codec import to_text
from ..domain.fields import FieldSpec, cache_per_type, specs
from ..domain.records import Record

R = TypeVar("R", bound=Record)

BOOKKEEPING = ("id", "created_at", "created_by", "updated_at", "updated_by", "deleted_at")


def link_table(owner_table: str, field_name: str) -> str:
    return f"{owner_table}__{field_name}"


@cache_per_type
def column_fields(record_type: type[Record]) -> dict[str, FieldSpec]:
    """Fields stored as columns of the record's own table."""
    return {n: s for n, s in specs(record_type).items() if s.kind not in ("links", "roles")}


@cache_per_type
def link_fields(record_type: type[Record]) -> dict[str, FieldSpec]:
    return {n: s for n, s in specs(record_type).items() if s.kind == "links"}


@cache_per_type
def columns(record_type: type[Record]) -> tuple[str, ...]:
    """Cached: asked for every row read. Callers must not change what they get."""
    return BOOKKEEPING + tuple(column_fields(record_type))


def to_sql(spec: FieldSpec, value):
    if value is None:
        return None
    if spec.kind == "bool":
        return 1 if value else 0
    if spec.kind == "int":
        return int(value)
    if spec.kind in ("date", "datetime"):
        return to_text(spec, value)
    return value


def from_sql(spec: FieldSpec, value):
    if value is None:
        return "" if spec.kind == "text" else None
    if spec.kind == "bool":
        return bool(value)
    if spec.kind == "date":
        return dt.date.fromisoformat(value)
    if spec.kind == "datetime":
        return dt.datetime.fromisoformat(value)
    return value


@cache_per_type
def _read_plan(record_type: type[Record]) -> tuple[tuple[str, ...], tuple[tuple[int, str, FieldSpec], ...]]:
    """The columns, and those whose SQL value is not already the field's value: codes and
    links come back as stored, so only text (None is "") and dates, numbers and flags
    are looked at."""
    fields = column_fields(record_type)
    names = columns(record_type)
    return names, tuple((i, name, fields[name]) for i, name in enumerate(names)
                        if name in fields and fields[name].kind not in ("vocab", "link"))


def record_from_row(record_type: type[R], row) -> R:
    # Asked for every row read (fifteen thousand people for one document): the plan is
    # made once per type, and the value of each column is as from_sql gives it.
    names, plan = _read_plan(record_type)
    values = dict(zip(names, row))
    for i, name, spec in plan:
        value = row[i]
        if spec.kind == "text":
            if value is None:
                values[name] = ""
        else:
            values[name] = from_sql(spec, value)
    return record_type(**values)


def canonical(record: Record) -> dict[str, str]:
    """The record as text, field by field: for digests and canonical CSV."""
    out = {}
    for name in BOOKKEEPING:
        value = getattr(record, name)
        out[name] = "" if value is None else str(value)
    for name, spec in specs(type(record)).items():
        value = getattr(record, name)
        out[name] = value if spec.kind == "text" else to_text(spec, value)
    return out


_STRING = json.encoder.encode_basestring  # the C escaper json.dumps(ensure_ascii=False) uses
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


# Fields added after records were first digested, and the value their migration gave
# every existing row: left out of the digest while they hold it, so that the records
# written before the migration still match their audit entries.
ADDED_LATER = {"text_language": "auto"}

_FIELD_DIGEST = 4  # bytes a field: enough to name a changed field, small beside the record


def copy(record: R) -> R:
    lists: dict[str, Any] = {n: list(getattr(record, n)) for n, s in specs(type(record)).items()
                             if s.kind in ("links", "roles")}
    return dataclasses.replace(record, **lists)


@dataclasses.dataclass(frozen=True)
class _Shape:
    """The fields one digest covers, in sorted name order (json.dumps with sort_keys, as the
    digest has always been written): their positions among the plan's values, JSON keys
    with the colon, and for the field digests (the id salts them instead of being one)
    the positions, the prefixes and the tag of their names."""

    kept: tuple[int, ...]
    keys: tuple[str, ...]
    field_positions: tuple[int, ...]
    field_names: tuple[str, ...]
    prefixes: tuple[bytes, ...]
    tag: str
    field_texts: Callable[[list], tuple]


class _Plan:
    """How every digest reads a record type: one getter for every field, which positions
    are str() or "" and which to_text(), and the ADDED_LATER positions with their first
    value. The shape of the fields kept is made once for each set left out: an import
    left text_language out of every row, and made that shape again for each."""

    def __init__(self, record_type: type[Record]):
        fields = specs(record_type)
        # as is (text); str() or "" (bookkeeping, codes, ids, numbers); to_text (the rest)
        simple = ("vocab", "link", "int")
        entries = sorted([(n, None, 1) for n in BOOKKEEPING] + [
            (n, s, 0 if s.kind == "text" else 1 if s.kind in simple else 2) for n, s in fields.items()],
            key=lambda e: e[0])
        self.names = tuple(n for n, _s, _h in entries)
        self.getter = operator.attrgetter(*self.names)
        self.as_str = tuple(i for i, (_n, _s, how) in enumerate(entries) if how == 1)
        self.as_text: tuple[tuple[int, FieldSpec], ...] = tuple(
            (i, spec) for i, (_n, spec, how) in enumerate(entries) if how == 2 and spec is not None)
        self.later = tuple((i, ADDED_LATER[n]) for i, n in enumerate(self.names) if n in ADDED_LATER)
        self._shapes: dict[tuple[int, ...], _Shape] = {}

    def shape(self, left_out: tuple[int, ...]) -> _Shape:
        found = self._shapes.get(left_out)
        if found is None:
            kept = tuple(i for i in range(len(self.names)) if i not in left_out)
            positions = tuple(j for j, i in enumerate(kept) if self.names[i] != "id")
            field_names = tuple(self.names[kept[j]] for j in positions)
            found = self._shapes[left_out] = _Shape(
                kept, tuple(_STRING(self.names[i]) + ":" for i in kept), positions, field_names,
                tuple(f"{name}\x00".encode("utf-8") for name in field_names), _names_tag(field_names),
                _items(positions))
        return found

    def read(self, record: Record) -> tuple[_Shape, list]:
        """The shape and the text of each of its fields, each made once for every digest."""
        texts = list(self.getter(record))
        for i in self.as_str:
            value = texts[i]
            if type(value) is not str:
                texts[i] = "" if value is None else str(value)
        for i, spec in self.as_text:
            texts[i] = to_text(spec, texts[i])
        left_out = tuple(i for i, value in self.later if texts[i] == value)
        shape = self.shape(left_out)
        if left_out:
            texts = [texts[i] for i in shape.kept]
        return shape, texts


@cache_per_type
def _plan(record_type: type[Record]) -> _Plan:
    return _Plan(record_type)


def _items(positions: tuple[int, ...]) -> Callable[[list], tuple]:
    if len(positions) == 1:  # itemgetter of one position gives the item, not a tuple
        return lambda texts: (texts[positions[0]],)
    return operator.itemgetter(*positions)


def _whole(shape: _Shape, texts: list) -> str:
    # The names are in sorted order already, so this is json.dumps's text with sort_keys,
    # written without the dict and the encoder's dispatch; mapped while every value is
    # text (the escaper refuses anything else), as nearly every record's are.
    try:
        body = ",".join(map(_ADD, shape.keys, map(_STRING, texts)))
    except TypeError:
        body = ",".join([key + (_STRING(text) if isinstance(text, str) else _ENCODE(text))
                         for key, text in zip(shape.keys, texts)])
    return hashlib.sha256(("{" + body + "}").encode("utf-8")).hexdigest()


def _packed(record: Record, shape: _Shape, texts: list) -> bytes:
    # One keyed hash state, copied per field: a third of the cost of a new one each time;
    # mapped, so that the fields of a 50,000-row import cost no Python loop.
    keyed = hashlib.blake2b(digest_size=_FIELD_DIGEST, key=record.id.encode("utf-8")[:64])
    values = shape.field_texts(texts)
    try:
        data = list(map(_ADD, shape.prefixes, map(_UTF8, values)))
    except TypeError:  # a value that is not text (None in a text field) is written as JSON
        data = [prefix + (text if isinstance(text, str) else
                          json.dumps(text, ensure_ascii=False, sort_keys=True)).encode("utf-8")
                for prefix, text in zip(shape.prefixes, values)]
    copy_ = keyed.copy
    states = [copy_() for _ in data]
    for _ in map(_BLAKE_UPDATE, states, data):
        pass
    return b"".join(map(_BLAKE_DIGEST, states))


_BLAKE_UPDATE = hashlib.blake2b.update
_BLAKE_DIGEST = hashlib.blake2b.digest
_ADD = operator.add
_UTF8 = str.encode  # UTF-8 unless told otherwise


def digest(record: Record | None) -> str:
    """SHA-256 of the canonical record: the text of json.dumps(canonical(record),
    sort_keys=True, ensure_ascii=False, separators=(",", ":")) less the ADDED_LATER
    fields at their first value."""
    if record is None:
        return ""
    shape, texts = _plan(type(record)).read(record)
    return _whole(shape, texts)


def field_digests(record: Record) -> str:
    """A short digest of each field (salted with the record's id), kept in the record's
    audit entry so that `verify` names the field of a row edited outside the program.

    Compact, as "f1:<tag of the field names>:<base64 of the digests in name order>":
    it names a field; the record's full digest is what detects the edit.
    """
    shape, texts = _plan(type(record)).read(record)
    return _field_text(shape, _packed(record, shape, texts))


def digests(record: Record) -> tuple[str, str]:
    """(digest, field digests) from one reading of the record's fields: the same two
    texts as `digest(record)` and `field_digests(record)` (an import digests every row)."""
    shape, texts = _plan(type(record)).read(record)
    return _whole(shape, texts), _field_text(shape, _packed(record, shape, texts))


def _field_text(shape: _Shape, packed: bytes) -> str:
    import base64

    return f"f1:{shape.tag}:{base64.b64encode(packed).decode('ascii')}"


def _names_tag(names) -> str:
    return hashlib.blake2b("\x00".join(names).encode("utf-8"), digest_size=4).hexdigest()


def changed_fields(stored: str, record: Record) -> list[str]:
    """The fields whose digest in an audit entry (`stored`) differs from the record's;
    [] when the entry has none or was written for another set of fields."""
    import base64
    import binascii

    parts = stored.split(":") if stored else []
    shape, texts = _plan(type(record)).read(record)
    if len(parts) != 3 or parts[0] != "f1" or parts[1] != shape.tag:
        return []
    try:
        before = base64.b64decode(parts[2].encode("ascii"), validate=True)
    except (binascii.Error, ValueError):
        return []
    packed = _packed(record, shape, texts)
    if len(before) != len(packed):
        return []
    size = _FIELD_DIGEST
    return [name for i, name in enumerate(shape.field_names)
            if before[i * size:(i + 1) * size] != packed[i * size:(i + 1) * size]]
