"""Merging two records that are one: field by field choices, consent, undo.

The person merging chooses, field by field, which value stays; by default the kept
record's value, or the other's where the kept record has none. Consent is the
exception: the merged record takes the narrower consent of the two, because a
defender who said "internal" to one volunteer did not become public by being
entered twice. Only a coordinator, saying so, can keep the wider one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..domain.records import Record
from ..domain.validation import ValidationError, clean
from ..domain.vocab import CONSENT_LEVEL
from ..vault import merges
from ..vault.errors import UsageError
from ..vault.rows import column_fields, copy, to_sql

KEPT, OTHER = "kept", "other"


@dataclass
class FieldChoice:
    field: str
    label: str
    kept: Any
    other: Any
    chosen: str = KEPT
    note: str = ""

    @property
    def differs(self) -> bool:
        return _empty(self.kept) != _empty(self.other) or self.kept != self.other

    @property
    def value(self):
        return self.kept if self.chosen == KEPT else self.other


@dataclass
class MergePlan:
    table: str
    kept: Record
    other: Record
    choices: list[FieldChoice] = field(default_factory=list)

    def choice(self, name: str) -> FieldChoice:
        for c in self.choices:
            if c.field == name:
                return c
        raise KeyError(name)


def _empty(value) -> bool:
    return value is None or value == ""


def parse_take(items: list[str]) -> dict[str, str]:
    """`--take region=other` items into {field: "kept" or "other"}."""
    out = {}
    for item in items or []:
        name, sep, side = item.partition("=")
        name, side = name.strip(), side.strip().lower()
        if not sep or not name:
            raise UsageError("services.merging.not_field_other_or", item=item)
        if side in ("other", "merged", "second"):
            out[name] = OTHER
        elif side in ("kept", "keep", "first"):
            out[name] = KEPT
        else:
            raise UsageError("services.merging.say_which_value_stays", item=item)
    return out


def plan(vault, table: str, keep_id: str, other_id: str, take: dict[str, str] | None = None,
         wider_consent: bool = False) -> MergePlan:
    merges.check_table(table)
    if keep_id == other_id:
        raise UsageError("services.merging.record_cannot_merged_itself")
    repo = vault.repo(table)
    kept, other = repo.get(keep_id), repo.get(other_id)
    specs = {n: s for n, s in column_fields(repo.type).items()}
    take = dict(take or {})
    unknown = [n for n in take if n not in specs]
    if unknown:
        raise UsageError("services.merging.has_no_field_called", table=table, field=unknown[0], items=', '.join(specs))
    result = MergePlan(table, kept, other)
    for name, spec in specs.items():
        choice = FieldChoice(name, spec.label_en, getattr(kept, name), getattr(other, name))
        if name == "consent_level":
            narrower, wider = sorted((choice.kept, choice.other), key=lambda c: CONSENT_LEVEL.rank(c or "internal"))
            if wider_consent:
                vault.require("coordinator")
                target = wider
                choice.note = "the wider consent, kept by a coordinator"
            else:
                target = narrower
                choice.note = "the narrower consent of the two"
                if name in take and (choice.kept if take[name] == KEPT else choice.other) != narrower:
                    raise UsageError("services.merging.merged_record_takes_narrower")
            choice.chosen = KEPT if choice.kept == target else OTHER
        elif name in take:
            choice.chosen = take[name]
        elif _empty(choice.kept) and not _empty(choice.other):
            choice.chosen = OTHER
        result.choices.append(choice)
    return result


def merged_record(plan: MergePlan):
    record = copy(plan.kept)
    for choice in plan.choices:
        setattr(record, choice.field, choice.value)
    return record


def merge(vault, merge_plan: MergePlan) -> str:
    """Carry out the plan; returns the merge's id (for undo)."""
    vault.require("staff")
    repo = vault.repo(merge_plan.table)
    record = clean(merged_record(merge_plan))
    other = merge_plan.other
    # Every name either record went by and the merged record no longer shows stays
    # findable (redaction, search): the other's names, and the kept one's if replaced.
    names = [getattr(other, f, "") for f in ("full_name", "name", "alias")]
    names += merges.also_known_as(vault.conn, merge_plan.table, other.id)
    names += [getattr(merge_plan.kept, f, "") for f in ("full_name", "name", "alias")]
    _add_to_aka(record, names + _aka_lines(getattr(other, "aka", "")))
    found = repo.problems(record)
    if found:
        raise ValidationError(found)
    specs = column_fields(repo.type)
    values = {name: to_sql(spec, getattr(record, name)) for name, spec in specs.items()}
    history = [{"field": c.field, "kept": _text(c.kept), "other": _text(c.other), "chosen": c.chosen}
               for c in merge_plan.choices if c.differs]
    return merges.apply(vault, merge_plan.table, merge_plan.kept.id, other.id, values, history, names)


def _aka_lines(text) -> list[str]:
    return [line.strip() for line in re.split(r"[\n;]", text or "") if line.strip()]


def _add_to_aka(record, names: list[str]) -> None:
    """Where the record has an also-known-as field (the names redaction reads), the
    merged names go there too, one a line."""
    if not isinstance(getattr(record, "aka", None), str):
        return
    lines = _aka_lines(record.aka)
    seen = {n.casefold() for n in lines}
    seen |= {str(getattr(record, f, "") or "").casefold() for f in ("full_name", "name", "alias")}
    for name in names:
        name = " ".join(str(name or "").split())
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            lines.append(name)
    record.aka = "\n".join(lines)


def _text(value) -> str:
    if value is None:
        return ""
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def undo(vault, merge_id: str) -> dict:
    return merges.undo(vault, merge_id)


def history(vault, table: str, record_id: str) -> list[dict]:
    """The merges a record took part in, with every value the merge set aside."""
    return merges.merges(vault.conn, table, record_id)
