"""The week plan fed from the store: the accompaniments of a week and the people in them,
the conflicts of one being edited, moving one, and volunteers' warnings. The rules
themselves are in domain/roster.py; their names are repeated here for the window's
modules that read a plan and its rules together.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from ..domain.records import Accompaniment, Volunteer
from ..domain.roster import (  # noqa: F401
    AFTER_DEPARTURE, BEFORE_ARRIVAL, DOUBLE_BOOKED, LEAVES_BEFORE_PLANS, NO_ALIAS, NOTICES, REMOTE_KINDS,
    TEAM_TOO_SMALL, UNAVAILABLE, UNAVAILABLE_STATUSES, VISA_EXPIRED, VISA_EXPIRING, Conflict, VolunteerWarning,
    Week, WeekPlan, days_touched, find_conflicts, office_now, plan_week, warnings_of,
)
from . import settings as office_settings


def office_zone(vault) -> str:
    # Office settings may not name a zone yet; then this computer's zone is the office's.
    return str(getattr(office_settings.load(vault), "time_zone", "") or "")


def _overlapping(vault, start: dt.datetime, end: dt.datetime) -> list[Accompaniment]:
    found = vault.accompaniments.list(ranges={"starts_at": (None, end), "ends_at": (start, None)},
                                      order_by="starts_at")
    return [a for a in found if a.starts_at < end and (a.ends_at > start or a.starts_at >= start)]


def minimum_team_size(vault) -> int:
    return office_settings.load(vault).minimum_team_size


def load_week(vault, week: Week) -> WeekPlan:
    """The week's accompaniments, the people in them, and every conflict."""
    # A day either side, so that a double booking across the week's edge is still seen.
    margin = dt.timedelta(days=1)
    around = _overlapping(vault, week.starts_at - margin, week.ends_at + margin)
    inside = [a for a in around if days_touched(a, week)]
    persons = _by_id(vault.persons, {a.person_id for a in inside})
    organisations = _by_id(vault.organisations, {a.organisation_id for a in inside})
    return plan_week(week, around, {v.id: v for v in vault.volunteers.list(with_links=False)},
                     minimum_team_size(vault), persons, organisations)


def _by_id(repo, ids: set) -> dict:
    wanted = sorted(i for i in ids if i)
    if not wanted:
        return {}
    return {r.id: r for r in repo.list(filters={"id": wanted}, include_deleted=True, with_links=False)}


def conflicts_for(vault, candidate: Accompaniment) -> list[Conflict]:
    """The conflicts an accompaniment being edited would have, against what is stored."""
    if not candidate.starts_at or not candidate.ends_at or candidate.ends_at < candidate.starts_at:
        return []
    others = [a for a in _overlapping(vault, candidate.starts_at, candidate.ends_at) if a.id != candidate.id]
    wanted = set(candidate.volunteers)
    others = [a for a in others if wanted & set(a.volunteers)]
    volunteers = {v.id: v for v in vault.volunteers.list(filters={"id": sorted(wanted)}, with_links=False)} \
        if wanted else {}
    found = find_conflicts([candidate, *others], volunteers, minimum_team_size(vault))
    return [c for c in found if c.accompaniment_id == candidate.id]


# -- planning: moving and assigning -----------------------------------------------------------

def move(vault, accompaniment_id: str, *, days: int = 0, from_volunteer: str | None = None,
         to_volunteer: str | None = None, keep_source: bool = False) -> Accompaniment:
    """Shift an accompaniment by whole days and hand it from one volunteer to another.

    `from_volunteer` None: it came from the unassigned row. `to_volunteer` None: it goes
    there (the volunteer is taken off). `keep_source`: the volunteer is added, not swapped.
    """
    record = vault.accompaniments.get(accompaniment_id)
    team = list(record.volunteers)
    if from_volunteer and not keep_source and from_volunteer != to_volunteer and from_volunteer in team:
        team.remove(from_volunteer)
    if to_volunteer and to_volunteer not in team:
        team.append(to_volunteer)
    shift = dt.timedelta(days=days)
    changed = dataclasses.replace(record, volunteers=team, starts_at=record.starts_at + shift,
                                  ends_at=record.ends_at + shift)
    return vault.accompaniments.update(changed)


def volunteer_warnings(vault, today: dt.date, warning_days: int | None = None) -> dict[str, list[VolunteerWarning]]:
    """Visas that have run out or soon will, and departures before planned accompaniments."""
    warning_days = _warning_days(vault, warning_days)
    planned = _planned_from(vault, today)
    out = {}
    for v in vault.volunteers.list(with_links=False):
        found = warnings_of(v, planned, today, warning_days)
        if found:
            out[v.id] = found
    return out


def warnings_for(vault, volunteer: Volunteer, today: dt.date,
                 warning_days: int | None = None) -> list[VolunteerWarning]:
    """The warnings of a volunteer as being edited, against the accompaniments stored."""
    return warnings_of(volunteer, _planned_from(vault, today), today, _warning_days(vault, warning_days))


def _warning_days(vault, given: int | None) -> int:
    return office_settings.load(vault).visa_warning_days if given is None else given


def _planned_from(vault, today: dt.date) -> list[Accompaniment]:
    return vault.accompaniments.list(filters={"status": "planned"},
                                     ranges={"ends_at": (dt.datetime.combine(today, dt.time.min), None)})
