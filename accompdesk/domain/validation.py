"""Validation of records, with messages a person can act on.

`clean` normalises a record in place (Unicode NFC, trimmed text, default roles);
`problems` lists what is wrong without changing anything; `check` raises.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from typing import TypeVar

from .codec import FieldValueError, check_uuid
from .fields import cache_per_type, specs
from .messages import Message
from .records import (Accompaniment, CheckIn, CheckInSchedule, Incident, Meeting, Official, Record,
                      Volunteer)
from . import clock

R = TypeVar("R", bound=Record)

# C0/C1 control characters and the Unicode line/paragraph separators, which no
# field needs; tabs and line breaks are allowed where a field is multi-line.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")
_CONTROL_SINGLE_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
EARLIEST = dt.date(1900, 1, 1)


def control_character_line(text: str) -> int:
    """The number of the first line of a multi-line text that holds a control character
    (tabs and line breaks are allowed); 0 when none does."""
    found = _CONTROL.search(text or "")
    return 0 if found is None else text.count("\n", 0, found.start()) + 1


@dataclass(frozen=True)
class Problem:
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ValidationError(ValueError):
    index: int  # set when an import of many records stops at one: which one (absent otherwise)

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems))


@cache_per_type
def _cleaning(record_type: type) -> tuple[tuple, tuple]:
    """(text fields as (name, multiline), links with roles as (name, role field, default role))."""
    fields = specs(record_type)
    texts = tuple((n, s.multiline) for n, s in fields.items() if s.kind == "text")
    roles = tuple((n, s.role_field, fields[s.role_field].vocabulary.codes[0])
                  for n, s in fields.items() if s.kind == "links" and s.role_field)
    return texts, roles


def clean(record: R) -> R:
    texts, roles = _cleaning(type(record))
    for name, multiline in texts:
        value = getattr(record, name)
        if not isinstance(value, str):
            continue
        cleaned = value if value.isascii() else unicodedata.normalize("NFC", value)  # ASCII is NFC
        if multiline:
            cleaned = cleaned.replace("\r\n", "\n").replace("\r", "\n").strip()
        else:
            cleaned = cleaned.strip()
        if cleaned is not value:
            setattr(record, name, cleaned)
    for name, role_field, default in roles:
        ids = getattr(record, name)
        role_list = getattr(record, role_field)
        if type(role_list) is list and len(role_list) == len(ids):
            continue  # one role for each link already (no links and no roles, in most rows)
        ids, role_list = list(ids), list(role_list)
        role_list = role_list[: len(ids)] + [default] * (len(ids) - len(role_list))
        setattr(record, role_field, role_list)
    return record


@cache_per_type
def _checks(record_type: type) -> tuple:
    """Every declared field's value read at once, and (spec, kind, codes) beside each: the
    codes of a vocabulary as a set, asked for every coded field of every imported row."""
    import operator

    fields = specs(record_type)
    names = list(fields)
    plan = tuple((spec, spec.kind, frozenset(spec.vocab.codes) if spec.vocab is not None else frozenset())
                 for spec in fields.values())
    if len(names) < 2:  # attrgetter of one name gives the value, not a tuple
        return (lambda record: tuple(getattr(record, n) for n in names)), plan
    return operator.attrgetter(*names), plan


def problems(record: Record, today: dt.date | None = None) -> list[Problem]:
    today = today or clock.today()
    found: list[Problem] = []
    getter, plan = _checks(type(record))
    label = ""

    def bad(message: Message) -> None:
        found.append(Problem(label, message))

    for value, (spec, kind, codes) in zip(getter(record), plan):
        if value is None or value == "" or value == []:
            if spec.required:
                label = spec.label_en
                bad(Message("domain.validation.required"))
            continue
        label = spec.label_en
        if kind == "text":
            if not isinstance(value, str):
                bad(Message("domain.validation.must_text"))
            elif len(value) > spec.max_len:
                bad(Message("domain.validation.characters_long_at_most", count=len(value), max_len=spec.max_len))
            elif (_CONTROL if spec.multiline else _CONTROL_SINGLE_LINE).search(value):
                bad(Message("domain.validation.contains_control_characters_remove"))
        elif kind == "vocab":
            if value not in codes:
                bad(Message("domain.validation.not_one", value=value, items=', '.join(spec.vocabulary.codes)))
        elif kind in ("date", "datetime"):
            expected = dt.datetime if spec.kind == "datetime" else dt.date
            if not isinstance(value, expected) or (spec.kind == "date" and isinstance(value, dt.datetime)):
                bad(Message("domain.validation.not_a_date" if spec.kind == "date"
                            else "domain.validation.not_a_date_time"))
                continue
            day = value.date() if isinstance(value, dt.datetime) else value
            if day < EARLIEST:
                bad(Message("domain.validation.before_check_year", day=day.isoformat(), year=EARLIEST.year))
            elif spec.past_only and day > today:
                bad(Message("domain.validation.future", day=day.isoformat()))
            elif day.year > today.year + 50:
                bad(Message("domain.validation.too_far_future_check", day=day.isoformat()))
        elif kind == "link":
            try:
                check_uuid(value)
            except FieldValueError as exc:
                bad(exc.message)
        elif kind == "links":
            try:
                ids = [check_uuid(v) for v in value]
            except FieldValueError as exc:
                bad(exc.message)
                continue
            if len(set(ids)) != len(ids):
                bad(Message("domain.validation.lists_same_record_twice"))
        elif kind == "roles":
            wrong = [v for v in value if v not in codes]
            if wrong:
                bad(Message("domain.validation.not_one", value=wrong[0], items=', '.join(spec.vocabulary.codes)))
        elif kind == "bool":
            if not isinstance(value, bool):
                bad(Message("domain.validation.must_yes_or_no"))
        elif kind == "int":
            if not isinstance(value, int) or isinstance(value, bool):
                bad(Message("domain.validation.must_whole_number"))
            elif spec.minimum is not None and value < spec.minimum:
                bad(Message("domain.validation.must_at_least", minimum=spec.minimum))
            elif spec.maximum is not None and value > spec.maximum:
                bad(Message("domain.validation.must_at_most", maximum=spec.maximum))
    found.extend(_record_rules(record, today))
    return found


_TIME = re.compile(r"([01]\d|2[0-3]):[0-5]\d")


def _record_rules(record: Record, today: dt.date) -> list[Problem]:
    out = []
    if isinstance(record, Meeting):
        if record.status == "held" and isinstance(record.held_on, dt.date) and record.held_on > today:
            out.append(Problem("Date", Message("domain.validation.future_meeting_not_yet",
                                               day=record.held_on.isoformat())))
    elif isinstance(record, CheckInSchedule):
        if not record.person_id and not record.organisation_id:
            out.append(Problem("Person", Message("domain.validation.choose_person_or_organisation")))
        if record.at_time and not _TIME.fullmatch(record.at_time):
            out.append(Problem("Time (HH:MM)", Message("domain.validation.not_time_such_as", at_time=record.at_time)))
        if record.frequency == "weekly" and record.weekday is None:
            out.append(Problem("Day of the week (0 = Monday)", Message("domain.validation.required_for_weekly_call")))
    if isinstance(record, Accompaniment):
        if not record.person_id and not record.organisation_id:
            out.append(Problem("Person accompanied", Message("domain.validation.choose_person_or_organisation")))
        if isinstance(record.starts_at, dt.datetime) and isinstance(record.ends_at, dt.datetime) \
                and record.ends_at < record.starts_at:
            out.append(Problem("Ends", Message("domain.validation.before_start")))
    elif isinstance(record, CheckIn):
        if not record.person_id and not record.organisation_id:
            out.append(Problem("Person", Message("domain.validation.choose_person_or_organisation")))
    elif isinstance(record, Official):
        if _ordered(record.start_on, record.end_on) is False:
            out.append(Problem("In post until", Message("domain.validation.before_date_post_began")))
    elif isinstance(record, Volunteer):
        if _ordered(record.arrival_on, record.departure_on) is False:
            out.append(Problem("Departure", Message("domain.validation.before_arrival")))
    elif isinstance(record, Incident):
        if len(record.affected_person_roles) > len(record.affected_persons):
            out.append(Problem("Roles of persons affected", Message("domain.validation.more_roles_than_persons")))
        if len(record.affected_organisation_roles) > len(record.affected_organisations):
            out.append(Problem("Roles of organisations affected",
                               Message("domain.validation.more_roles_than_organisations")))
    return out


def _ordered(first, second) -> bool | None:
    if isinstance(first, dt.date) and isinstance(second, dt.date):
        return first <= second
    return None


def check(record: Record, today: dt.date | None = None) -> Record:
    clean(record)
    found = problems(record, today)
    if found:
        raise ValidationError(found)
    return record
