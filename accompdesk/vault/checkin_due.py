"""Safety check-ins that are due, read from the store: the schedules and calls of the
vault handed to the rules of domain/checkin_due.py, and a call's outcome recorded.
The rules' names are repeated here for the window's modules that read both.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from ..domain.checkin_due import (  # noqa: F401
    CONCERN, DONE, DUE, MISSED, NO_ANSWER, UPCOMING, WEEKDAYS, DueItem, due_items, occurrences, protocol_steps,
)
from ..domain.records import CheckIn, CheckInSchedule
from . import settings as office_settings
from .roster import office_now, office_zone


def schedules_repo(vault):
    return vault.repo("checkin_schedules")


def due_now(vault, now: dt.datetime | None = None, **options) -> list[DueItem]:
    """The due list of the vault at `now` (default: the office's clock)."""
    now = now or office_now(office_zone(vault))
    office = office_settings.load(vault)
    lookback = options.get("lookback_hours", 48)
    schedules = schedules_repo(vault).list(filters={"active": True}, with_links=False)
    living = _living_subjects(vault, schedules)
    schedules = [s for s in schedules if (s.person_id or s.organisation_id) in living]
    # A day more than the look-back, so a later "all well" outside the window still counts.
    since = now - dt.timedelta(hours=lookback + 24)
    checkins = vault.checkins.list(ranges={"scheduled_at": (since, None)}, order_by="scheduled_at",
                                   with_links=False)
    options.setdefault("grace_minutes", office.checkin_grace_minutes)
    zone = office_zone(vault)
    created = {s.id: _office_time(s.created_at, zone) for s in schedules if s.created_at}
    return due_items(schedules, checkins, now, created=created, **options)


def _office_time(stamp: str, zone: str) -> dt.datetime:
    """A vault timestamp (UTC, ISO) on the office's clock."""
    moment = dt.datetime.fromisoformat(stamp.rstrip("Z")).replace(tzinfo=dt.timezone.utc)
    return office_now(zone, utc_now=moment)


def _living_subjects(vault, schedules: list[CheckInSchedule]) -> set[str]:
    persons = sorted({s.person_id for s in schedules if s.person_id})
    organisations = sorted({s.organisation_id for s in schedules if s.organisation_id})
    found = set()
    if persons:
        found |= {p.id for p in vault.persons.list(filters={"id": persons}, with_links=False)}
    if organisations:
        found |= {o.id for o in vault.organisations.list(filters={"id": organisations}, with_links=False)}
    return found


def record_outcome(vault, item: DueItem, outcome: str, notes: str = "",
                   at: dt.datetime | None = None) -> CheckIn:
    """Record how the call went: the expected call becomes (or updates) a CheckIn."""
    at = at or office_now(office_zone(vault))
    done_at = None if outcome == "pending" else at
    existing = item.checkin
    if existing is not None:
        existing = vault.checkins.get(existing.id)
        text = "\n".join(t for t in (existing.notes, notes.strip()) if t)
        return vault.checkins.update(dataclasses.replace(existing, outcome=outcome, done_at=done_at,
                                                         notes=text))
    return vault.checkins.add(CheckIn(person_id=item.person_id, organisation_id=item.organisation_id,
                                      scheduled_at=item.scheduled_at, done_at=done_at, outcome=outcome,
                                      notes=notes.strip()))
