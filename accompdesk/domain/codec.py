"""Field values to and from their text form (as stored and as in canonical CSV)."""

from __future__ import annotations

import datetime as dt
import re
import uuid

from .fields import FieldSpec
from .messages import AccompDeskError

LIST_SEPARATOR = ";"


class FieldValueError(AccompDeskError, ValueError):
    """A value that cannot be read for its field; the message is for people."""


def to_text(spec: FieldSpec, value) -> str:
    if value is None:
        return ""
    if spec.kind == "date":
        return value.isoformat()
    if spec.kind == "datetime":
        return value.isoformat(timespec="minutes")
    if spec.kind in ("links", "roles"):
        return LIST_SEPARATOR.join(value)
    if spec.kind == "bool":
        return "true" if value else "false"
    return str(value)


_TRUE = {"true", "yes", "1", "si", "sí", "y", "x"}
_FALSE = {"false", "no", "0", "n", ""}


def from_text(spec: FieldSpec, raw: str):
    """Read a field from text; raises FieldValueError with one readable sentence."""
    raw = "" if raw is None else str(raw)
    value = raw.strip()
    kind = spec.kind
    if kind == "text":
        return raw.strip()
    if kind == "vocab":
        if not value:
            return None
        term = spec.vocabulary.match(value)
        if term is None:
            raise FieldValueError("domain.codec.not_one", value=value, items=', '.join(spec.vocabulary.codes))
        return term.code
    if kind == "date":
        if not value:
            return None
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise FieldValueError("domain.codec.not_date_written_as", value=value) from None
    if kind == "datetime":
        if not value:
            return None
        try:
            return dt.datetime.fromisoformat(value).replace(tzinfo=None, second=0, microsecond=0)
        except ValueError:
            raise FieldValueError("domain.codec.not_date_time_written", value=value) from None
    if kind == "link":
        return check_uuid(value) if value else None
    if kind == "links":
        return [check_uuid(part.strip()) for part in value.split(LIST_SEPARATOR) if part.strip()]
    if kind == "roles":
        out = []
        for part in value.split(LIST_SEPARATOR):
            if part.strip():
                term = spec.vocabulary.match(part)
                if term is None:
                    raise FieldValueError("domain.codec.not_one_2", part=part.strip(),
                                          items=', '.join(spec.vocabulary.codes))
                out.append(term.code)
        return out
    if kind == "bool":
        folded = value.casefold()
        if folded in _TRUE:
            return True
        if folded in _FALSE:
            return False
        raise FieldValueError("domain.codec.not_yes_or_no", value=value)
    if kind == "int":
        if not value:
            return None
        if not re.fullmatch(r"[+-]?\d{1,18}", value):
            raise FieldValueError("domain.codec.not_whole_number", value=value)
        return int(value)
    raise AssertionError(f"unknown field kind {kind}")


def check_uuid(value: str) -> str:
    try:
        return str(uuid.UUID(value))
    except (ValueError, AttributeError, TypeError):
        raise FieldValueError("domain.codec.not_record_id_uuid", value=value) from None
