"""Records to SQL rows and back, by the field declarations of `domain`."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from typing import Any, TypeVar

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


@cache_per_type
def _digest_plan(record_type: type[Record]) -> tuple:
    """(JSON key with its colon, name, spec, how) in sorted name order, as the digest has
    always serialised them (json.dumps with sort_keys)."""
    fields = specs(record_type)
    # 0: as it is (text); 1: str() or "" (bookkeeping, codes, ids, numbers); 2: to_text.
    simple = ("vocab", "link", "int")
    entries = [(n, None, 1) for n in BOOKKEEPING] + [
        (n, s, 0 if s.kind == "text" else 1 if s.kind in simple else 2) for n, s in fields.items()]
    return tuple((_STRING(n) + ":", n, s, how) for n, s, how in sorted(entries, key=lambda e: e[0]))


_STRING = json.encoder.encode_basestring  # the C escaper json.dumps(ensure_ascii=False) uses
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


# Fields added after records were first digested, and the value their migration gave
# every existing row: left out of the digest while they hold it, so that the records
# written before the migration still match their audit entries.
ADDED_LATER = {"text_language": "auto"}


def digest(record: Record | None) -> str:
    """SHA-256 of the canonical record; the same text as json.dumps(canonical(record),
    sort_keys=True, ensure_ascii=False, separators=(",", ":")) less the ADDED_LATER
    fields at their first value, written field by field without the dict, the sort and
    the encoder's dispatch (an import digests every row)."""
    if record is None:
        return ""
    parts = []
    for key, name, spec, how in _digest_plan(type(record)):
        value = getattr(record, name)
        if name in ADDED_LATER and value == ADDED_LATER[name]:
            continue
        if how == 0:
            text = value
        elif how == 1:
            text = "" if value is None else str(value)
        else:
            text = to_text(spec, value)
        parts.append(key + (_STRING(text) if type(text) is str else _ENCODE(text)))
    return hashlib.sha256(("{" + ",".join(parts) + "}").encode("utf-8")).hexdigest()


def copy(record: R) -> R:
    lists: dict[str, Any] = {n: list(getattr(record, n)) for n, s in specs(type(record)).items()
                             if s.kind in ("links", "roles")}
    return dataclasses.replace(record, **lists)


def digests(record: Record) -> tuple[str, str]:
    """(digest, field digests) from one reading of the record's fields: the same two
    texts as `digest(record)` and `field_digests(record)`, each field's text made once
    for both (an import digests every row, and this was a third of its time)."""
    import base64

    getter, as_str, as_text, names, prefixes, tag, later = _digests_plan(type(record))
    texts = list(getter(record))
    for i in as_str:
        value = texts[i]
        texts[i] = "" if value is None else str(value)
    for i, spec in as_text:
        texts[i] = to_text(spec, texts[i])
    left_out = [i for i, value in later if texts[i] == value]
    if left_out:  # an ADDED_LATER field at its first value: as `digest` and `field_digests` leave it
        kept = [i for i in range(len(names)) if i not in left_out]
        names = tuple(names[i] for i in kept)
        texts = [texts[i] for i in kept]
        prefixes = tuple(prefixes[i] for i in kept)
        tag = _names_tag([name for name in names if name != "id"])
    # The names are in sorted order already, so the encoder's text is json.dumps's with sort_keys.
    whole = hashlib.sha256(_ENCODE(dict(zip(names, texts))).encode("utf-8")).hexdigest()
    keyed = hashlib.blake2b(digest_size=_FIELD_DIGEST, key=record.id.encode("utf-8")[:64])
    packed = []
    for prefix, text in zip(prefixes, texts):
        if prefix is None:
            continue
        h = keyed.copy()
        h.update(prefix + (text if type(text) is str else
                           json.dumps(text, ensure_ascii=False, sort_keys=True)).encode("utf-8"))
        packed.append(h.digest())
    return whole, f"f1:{tag}:{base64.b64encode(b''.join(packed)).decode('ascii')}"


@cache_per_type
def _digests_plan(record_type: type[Record]) -> tuple:
    """What `digests` reads, in sorted name order: one getter for every field, which
    positions are str() and which to_text(), each field's prefix in the field digests
    (None for the id, which salts them instead), the tag of the field names, and the
    positions of ADDED_LATER fields with their first value."""
    import operator

    plan = _digest_plan(record_type)
    names = [name for _k, name, _s, _h in plan]
    as_str = tuple(i for i, (_k, _n, _s, how) in enumerate(plan) if how == 1)
    as_text = tuple((i, spec) for i, (_k, _n, spec, how) in enumerate(plan) if how == 2)
    prefixes = tuple(None if name == "id" else f"{name}\x00".encode("utf-8") for name in names)
    later = tuple((i, ADDED_LATER[name]) for i, name in enumerate(names) if name in ADDED_LATER)
    return (operator.attrgetter(*names), as_str, as_text, tuple(names), prefixes,
            _names_tag([name for name in names if name != "id"]), later)


_FIELD_DIGEST = 4  # bytes a field: enough to name a changed field, small beside the record


def _field_parts(record: Record, values: dict[str, str] | None = None) -> tuple[list[str], bytes]:
    # One keyed hash state, copied per field: a third of the cost of a new one each time.
    keyed = hashlib.blake2b(digest_size=_FIELD_DIGEST, key=record.id.encode("utf-8")[:64])
    names, packed = [], []
    for name, value in sorted((values or canonical(record)).items()):
        if name == "id" or (name in ADDED_LATER and ADDED_LATER[name] == value):
            continue
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, sort_keys=True)
        h = keyed.copy()
        h.update(f"{name}\x00{text}".encode("utf-8"))
        names.append(name)
        packed.append(h.digest())
    return names, b"".join(packed)


def _names_tag(names: list[str]) -> str:
    return hashlib.blake2b("\x00".join(names).encode("utf-8"), digest_size=4).hexdigest()


def field_digests(record: Record, values: dict[str, str] | None = None) -> str:
    """A short digest of each field (salted with the record's id), kept in the record's
    audit entry so that `verify` names the field of a row edited outside the program.

    Compact, as "f1:<tag of the field names>:<base64 of the digests in name order>":
    it names a field; the record's full digest is what detects the edit.
    """
    import base64

    names, packed = _field_parts(record, values)
    return f"f1:{_names_tag(names)}:{base64.b64encode(packed).decode('ascii')}"


def changed_fields(stored: str, record: Record) -> list[str]:
    """The fields whose digest in an audit entry (`stored`) differs from the record's;
    [] when the entry has none or was written for another set of fields."""
    import base64
    import binascii

    parts = stored.split(":") if stored else []
    names, packed = _field_parts(record)
    if len(parts) != 3 or parts[0] != "f1" or parts[1] != _names_tag(names):
        return []
    try:
        before = base64.b64decode(parts[2].encode("ascii"), validate=True)
    except (binascii.Error, ValueError):
        return []
    if len(before) != len(packed):
        return []
    size = _FIELD_DIGEST
    return [name for i, name in enumerate(names)
            if before[i * size:(i + 1) * size] != packed[i * size:(i + 1) * size]]
