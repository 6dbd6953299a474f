"""Which fields of which record an audience may see: the one reading of the field declarations.

Every field of every record type declares the widest audience it may reach
(`FieldSpec.audience`, in domain/records.py) and, where one record can narrow it, a
rule (`FieldSpec.rule`):

- "consent": a person's or organisation's names go only where its consent level reaches
  (and not where someone else with the same name is withheld: pass `withheld_ids`);
- "whereabouts": where and when someone will be. Internal when the record lies ahead
  (a future or ongoing accompaniment: the whole record is internal) or when its subject
  (the person or organisation it links to) is withheld;
- a table name ("volunteers"): the field is as wide as that table's names, so a meeting
  delegation follows its members.

A field without a declaration never leaves the office. Exports, documents, the roster
and the bundles between offices all ask here:

    visible_fields(Person, "public")           # the column names a public table may hold
    field_allowed(specs(Person)["notes"], "diplomatic")   # False
    filter_record(record, "public", withheld_ids=ids, now=clock_now)
        # {field: value} this audience may see of the record, or None if none of it
"""

from __future__ import annotations

import datetime as dt
from typing import Iterable

from . import clock
from .fields import FieldSpec, specs
from .vocab import AUDIENCE, CONSENT_LEVEL

CONSENT, WHEREABOUTS = "consent", "whereabouts"


def _width(audience) -> int:
    code = getattr(audience, "value", audience)
    if code not in AUDIENCE:
        raise ValueError(f"'{audience}' is not an audience; use one of: {', '.join(AUDIENCE.codes)}.")
    return AUDIENCE.rank(code)


def field_audience(spec: FieldSpec) -> str | None:
    """The widest audience the field may reach, its `follows` rule resolved; None if undeclared."""
    if spec.audience is None or spec.audience not in AUDIENCE:
        return None
    if spec.rule and spec.rule not in (CONSENT, WHEREABOUTS):
        from .records import ALL_TYPES

        followed = ALL_TYPES.get(spec.rule)
        title = specs(followed).get(followed.TITLE_FIELD) if followed else None
        if title is None or title.audience is None or title.audience not in AUDIENCE:
            return None
        return min(spec.audience, title.audience, key=AUDIENCE.rank)
    return spec.audience


def field_allowed(spec: FieldSpec, audience) -> bool:
    """True if the declaration lets the field reach this audience (before any per-record rule)."""
    widest = field_audience(spec)
    return widest is not None and AUDIENCE.rank(widest) >= _width(audience)


def visible_fields(record_type: type, audience) -> list[str]:
    """The fields of a record type an audience may see, in declaration order."""
    return [name for name, spec in specs(record_type).items() if field_allowed(spec, audience)]


def withheld_fields(record_type: type, audience) -> list[str]:
    """The fields an audience may never see: what a summary of the withholding lists."""
    return [name for name, spec in specs(record_type).items() if not field_allowed(spec, audience)]


def _after(value, now: dt.datetime) -> bool:
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None and now.tzinfo is None:
            now = now.astimezone()
        elif value.tzinfo is None and now.tzinfo is not None:
            value = value.replace(tzinfo=now.tzinfo)
        return value > now
    if isinstance(value, dt.date):
        return value > now.date()
    return False


def lies_ahead(record, now: dt.datetime | None = None) -> bool:
    """True if the record tells where and when someone will be (a "whereabouts" time ahead)."""
    now = now or clock.local_now()
    return any(spec.rule == WHEREABOUTS and _after(getattr(record, name, None), now)
               for name, spec in specs(type(record)).items())


def _subject_withheld(record, withheld_ids) -> bool:
    return any(spec.kind == "link" and spec.target in ("persons", "organisations")
               and getattr(record, name, None) in withheld_ids
               for name, spec in specs(type(record)).items())


def named_withheld(record, audience, withheld_ids) -> bool:
    if getattr(record, "TABLE", "") not in ("persons", "organisations"):
        return False
    if getattr(record, "id", None) in withheld_ids:
        return True
    consent = getattr(record, "consent_level", None)
    if consent is None or consent not in CONSENT_LEVEL:
        return _width(audience) > 0
    return CONSENT_LEVEL.rank(consent) < _width(audience)


def record_allowed(record, audience, now: dt.datetime | None = None) -> bool:
    """False when nothing of the record may reach the audience (a plan lying ahead)."""
    return _width(audience) == 0 or not lies_ahead(record, now)


def filter_record(record, audience, *, withheld_ids: Iterable[str] = (),
                  now: dt.datetime | None = None) -> dict | None:
    """{field: value} of what this audience may see of the record, or None if nothing.

    Internal sees every declared field. Otherwise fields wider than the audience are
    left out, and so are a withheld person's or organisation's own names ("consent")
    and the place and time of anything concerning a withheld subject ("whereabouts").
    Link values stay ids: whoever prints them names or describes the linked record.
    """
    withheld_ids = frozenset(withheld_ids)
    if not record_allowed(record, audience, now):
        return None
    internal = _width(audience) == 0
    own_names_withheld = not internal and named_withheld(record, audience, withheld_ids)
    subject_withheld = not internal and _subject_withheld(record, withheld_ids)
    out = {}
    for name, spec in specs(type(record)).items():
        if not field_allowed(spec, audience):
            continue
        if spec.rule == CONSENT and own_names_withheld:
            continue
        if spec.rule == WHEREABOUTS and subject_withheld:
            continue
        out[name] = getattr(record, name)
    return out


class WithheldSummary:
    """What the rules withheld from one file: shown before it is saved, printed by the CLI.

    `people`: ids of the persons and organisations described instead of named;
    `fields`: labels of the fields left out whole; `blanked`: labels of fields emptied in
    some rows (a withheld subject's place and time); `records_left_out`: rows that could
    not go at all (plans lying ahead), by record noun.
    """

    def __init__(self, audience: str = ""):
        self.audience = getattr(audience, "value", audience)
        self.people: set[str] = set()
        self.fields: list[str] = []
        self.blanked: list[str] = []
        self.records_left_out: dict[str, int] = {}

    def leave_out_field(self, label: str) -> None:
        if label not in self.fields:
            self.fields.append(label)

    def blank(self, label: str) -> None:
        if label not in self.blanked and label not in self.fields:
            self.blanked.append(label)

    def leave_out_record(self, noun: str) -> None:
        self.records_left_out[noun] = self.records_left_out.get(noun, 0) + 1

    def __bool__(self) -> bool:
        return bool(self.people or self.fields or self.blanked or self.records_left_out)

    def lines(self, language: str = "en") -> list[str]:
        """One line per kind of withholding, in the language of the window or the terminal."""
        es = language == "es"
        out = []
        if self.people:
            n = len(self.people)
            out.append(f"{n} persona(s) u organización(es) descritas, no nombradas" if es else
                       f"{n} {'person or organisation' if n == 1 else 'people or organisations'} "
                       "described, not named")
        if self.fields:
            out.append(("Campos omitidos: " if es else "Fields left out: ") + ", ".join(self.fields))
        if self.blanked:
            out.append(("Campos vaciados para personas no nombradas: " if es else
                        "Fields emptied for people not named: ") + ", ".join(self.blanked))
        for noun, n in self.records_left_out.items():
            out.append(f"{n} × {noun} futuros omitidos" if es else f"{n} future {noun} left out")
        return out

    def text(self, language: str = "en") -> str:
        head = (f"Retenido para la audiencia «{AUDIENCE.label(self.audience, 'es')}»" if language == "es"
                else f"Withheld for the {self.audience} audience")
        lines = self.lines(language)
        return head + (": " + "; ".join(lines) + "." if lines else ": nothing.")
