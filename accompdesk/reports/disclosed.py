"""The vault as a document for one audience reads it: every record through the field declarations.

Document builders (briefing, urgent action, statistics, roster) read records only
through a `DisclosedVault`. Each record it returns has every field its audience may not
see emptied, as `domain.disclosure.filter_record` decides (the field's declaration, a
withheld person's own names, the place and time of a withheld subject's accompaniment),
and records lying ahead (future accompaniments) are not returned at all. So a builder
that starts printing a field declared internal prints nothing, whatever it was given.

Counts are not fields: `count` filters only on fields the audience may see, and
`tally` answers how many records meet a test with a number, never a value.
"""

from __future__ import annotations

import copy
import datetime as dt
from typing import Callable, Iterable

from ..domain import clock
from ..domain.disclosure import CONSENT, WHEREABOUTS, named_withheld, lies_ahead, visible_fields
from ..domain.fields import FieldSpec, specs
from ..domain.records import ALL_TYPES
from ..domain.vocab import AUDIENCE


def _empty(spec: FieldSpec):
    if spec.kind in ("links", "roles"):
        return []
    if spec.kind in ("text", "vocab"):
        return ""
    if spec.kind == "bool":
        return False
    return None


class DisclosedVault:
    """Read-only record access for one audience; `withheld_ids` are the people not named."""

    def __init__(self, vault, audience: str, withheld_ids: Iterable[str] | Callable[[], Iterable[str]] = (),
                 now: dt.datetime | None = None):
        self._vault = vault
        self.audience = getattr(audience, "value", audience)
        self.internal = AUDIENCE.rank(self.audience) == 0
        self._withheld = withheld_ids
        self.now = now or clock.local_now()
        # Records a list left out whole (plans lying ahead), by table.
        self.left_out: dict[str, int] = {}
        self._narrow: dict[type, _Plan] = {}

    @property
    def withheld_ids(self) -> frozenset:
        if callable(self._withheld):
            self._withheld = frozenset(self._withheld())
        elif not isinstance(self._withheld, frozenset):
            self._withheld = frozenset(self._withheld)
        return self._withheld

    def repo(self, table: str) -> "DisclosedRepository":
        if table not in ALL_TYPES:
            raise AttributeError(f"there is no record table {table!r}")
        return DisclosedRepository(self, self._vault.repo(table), ALL_TYPES[table])

    def __getattr__(self, name: str) -> "DisclosedRepository":
        if name.startswith("_") or name not in ALL_TYPES:
            raise AttributeError(f"a document reads records only; {name!r} is not a record table")
        return self.repo(name)

    def _plan(self, record_type: type) -> "_Plan":
        plan = self._narrow.get(record_type)
        if plan is None:
            plan = self._narrow[record_type] = _Plan(record_type, self.audience)
        return plan

    def disclose(self, record, *, in_place: bool = False):
        """The record as this audience may see it (a copy unless `in_place`), or None.

        The same decision as `domain.disclosure.filter_record` (a test holds them
        together), made from a plan per record type: a document reads thousands of rows."""
        if self.internal or record is None:
            return record
        plan = self._plan(type(record))
        hidden = plan.never
        if plan.ruled:
            if plan.ahead and lies_ahead(record, self.now):
                return None
            withheld = self.withheld_ids
            if plan.consent and named_withheld(record, self.audience, withheld):
                hidden = hidden + plan.consent
            if plan.whereabouts and any(getattr(record, name) in withheld for name in plan.subjects):
                hidden = hidden + plan.whereabouts
        if not hidden:
            return record
        out = record if in_place else copy.copy(record)
        values = out.__dict__
        for name, empty in hidden:
            values[name] = [] if empty == [] else empty
        return out

    def disclose_all(self, records, table: str = "", *, in_place: bool = False) -> list:
        out = []
        for record in records:
            shown = self.disclose(record, in_place=in_place)
            if shown is None:
                key = table or getattr(record, "TABLE", "")
                self.left_out[key] = self.left_out.get(key, 0) + 1
            else:
                out.append(shown)
        return out


class _Plan:
    """What one record type hides from one audience: `never` (fields it may not see),
    `consent` (a withheld person's own names), `whereabouts` (place and time, hidden when
    the subject, linked through `subjects`, is withheld), each as (field, empty value)."""

    def __init__(self, record_type: type, audience: str):
        fields = specs(record_type)
        allowed = set(visible_fields(record_type, audience))
        self.never = tuple((n, _empty(s)) for n, s in fields.items() if n not in allowed)
        self.consent = tuple((n, _empty(s)) for n, s in fields.items() if n in allowed and s.rule == CONSENT)
        self.whereabouts = tuple((n, _empty(s)) for n, s in fields.items()
                                 if n in allowed and s.rule == WHEREABOUTS)
        self.subjects = tuple(n for n, s in fields.items()
                              if s.kind == "link" and s.target in ("persons", "organisations"))
        # A record with a time of its whereabouts ahead is not shown at all.
        self.ahead = any(s.rule == WHEREABOUTS for s in fields.values())
        self.ruled = bool(self.consent or self.whereabouts or self.ahead)


class DisclosedRepository:
    """The reading half of a repository, each record through `DisclosedVault.disclose`."""

    def __init__(self, disclosed: DisclosedVault, repository, record_type: type):
        self._disclosed = disclosed
        self._repository = repository
        self._type = record_type

    def list(self, **kwargs) -> list:
        self._check(kwargs.get("filters"), kwargs.get("ranges"), kwargs.get("order_by"))
        # Records come fresh from the database: emptied where they are, no copy needed.
        return self._disclosed.disclose_all(self._repository.list(**kwargs), self._type.TABLE, in_place=True)

    def read_fields(self, names, **kwargs) -> list:
        """Only the named fields of each record, as dicts with the id (the repository's fast
        read for long statistics); fields the audience may not see come out empty. A record
        type with per-record rules goes record by record, through `list`."""
        self._check(kwargs.get("filters"), kwargs.get("ranges"), kwargs.get("order_by"))
        names = list(names)
        if self._disclosed.internal:
            return self._repository.read_fields(names, **kwargs)
        plan = self._disclosed._plan(self._type)
        if plan.ruled:
            return [{"id": r.id, **{n: getattr(r, n) for n in names}} for r in self.list(**kwargs)]
        never = dict(plan.never)
        blank = [(n, never[n]) for n in names if n in never]
        rows = self._repository.read_fields(names, **kwargs)
        for row in rows:
            for name, empty in blank:
                row[name] = [] if empty == [] else empty
        return rows

    def get(self, record_id: str, **kwargs):
        record = self._disclosed.disclose(self._repository.get(record_id, **kwargs), in_place=True)
        if record is None:
            raise LookupError(f"the {self._type.TABLE} record {record_id} is not for this audience")
        return record

    def count(self, *, filters: dict | None = None, ranges: dict | None = None, **kwargs) -> int:
        self._check(filters, ranges, None)
        return self._repository.count(filters=filters, ranges=ranges, **kwargs)

    def chain_above(self, authority_id: str) -> list:
        return self._disclosed.disclose_all(self._repository.chain_above(authority_id), self._type.TABLE,
                                            in_place=True)

    def tally(self, test: Callable[[object], bool], **kwargs) -> int:
        """How many records meet `test`: a number, never a value, so any field may be tested."""
        return sum(1 for record in self._repository.list(**kwargs) if test(record))

    def _check(self, filters, ranges, order_by) -> None:
        """Selecting or ordering by a field tells about it: only by fields the audience sees."""
        if self._disclosed.internal:
            return
        allowed = set(visible_fields(self._type, self._disclosed.audience)) | {"id", "deleted_at"}
        asked = [*(filters or {}), *(ranges or {})] + ([order_by.lstrip("-")] if order_by else [])
        hidden = [name for name in asked if name not in allowed]
        if hidden:
            raise ValueError(f"a {self._disclosed.audience} document may not select {self._type.TABLE} "
                             f"by {', '.join(hidden)}")


def for_audience(vault, audience: str, now: dt.datetime | None = None) -> DisclosedVault:
    """A DisclosedVault without an AudienceView: the people withheld are found (from their
    consent levels) only if a record with a per-record rule is read."""
    from ..domain.vocab import CONSENT_LEVEL

    code = getattr(audience, "value", audience)

    def withheld() -> set[str]:
        width = AUDIENCE.rank(code)
        return {r.id for repo in (vault.persons, vault.organisations)
                for r in repo.list(include_deleted=True, with_links=False)
                if r.consent_level not in CONSENT_LEVEL or CONSENT_LEVEL.rank(r.consent_level) < width}

    return DisclosedVault(vault, code, withheld, now)
