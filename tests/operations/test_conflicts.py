"""Conflicts flagged as the week is planned: a volunteer in two places at once, outside
their stay or visa, an accompaniment with fewer volunteers than the office's minimum."""

from __future__ import annotations

from accompdesk.domain.records import Accompaniment
from accompdesk.vault import settings
from accompdesk.domain.roster import (AFTER_DEPARTURE, BEFORE_ARRIVAL, DOUBLE_BOOKED, NO_ALIAS,
                                      TEAM_TOO_SMALL, VISA_EXPIRED)
from accompdesk.vault.roster import conflicts_for, load_week, move

from tests.domain.test_conflicts import kinds

from .week_data import WEEK, at


def test_the_demo_week_shows_every_conflict(vault, office_week):
    plan = load_week(vault, WEEK)
    a = office_week.accompaniments
    by = {key: kinds(plan.conflicts, acc.id) for key, acc in a.items()}
    assert by["escort_mon"] == [DOUBLE_BOOKED] and by["office_mon"] == [DOUBLE_BOOKED]
    assert by["event"] == [TEAM_TOO_SMALL]
    assert by["unassigned"] == [NO_ALIAS, TEAM_TOO_SMALL]
    assert by["escort_tue"] == [BEFORE_ARRIVAL]
    assert by["escort_fri"] == [AFTER_DEPARTURE]
    assert by["escort_sat"] == [NO_ALIAS, VISA_EXPIRED]
    assert by["hearing"] == [] and by["overnight"] == [] and by["phone"] == [] and by["cancelled"] == []
    assert by["travel"] == [NO_ALIAS]  # a notice for the printed roster, not a problem
    assert all(c.kind != NO_ALIAS for c in plan.problems)
    assert len(plan.accompaniments) == len(a)  # cancelled ones are in the plan, greyed out
    assert len(plan.volunteers) == 10


def test_minimum_team_size_comes_from_the_office_settings(vault, office_week):
    settings.save(vault, minimum_team_size=3)
    plan = load_week(vault, WEEK)
    small = {c.accompaniment_id for c in plan.conflicts if c.kind == TEAM_TOO_SMALL}
    assert office_week.accompaniments["hearing"].id in small


def test_moving_and_reassigning_clears_and_raises_conflicts(vault, office_week):
    a, v = office_week.accompaniments, office_week.volunteers
    # Jana (v[2]) is double-booked on Monday; give the office presence to Giulia (v[9]) instead.
    moved = move(vault, a["office_mon"].id, from_volunteer=v[2].id, to_volunteer=v[9].id)
    assert moved.volunteers == [v[4].id, v[9].id]
    plan = load_week(vault, WEEK)
    assert kinds(plan.conflicts, a["office_mon"].id) == [] and kinds(plan.conflicts, a["escort_mon"].id) == []
    # Move Saturday's escort to Thursday: Giulia's visa no longer runs out before it.
    moved = move(vault, a["escort_sat"].id, days=-2)
    assert moved.starts_at == at(3, 9) and moved.ends_at == at(3, 12)
    assert VISA_EXPIRED not in kinds(load_week(vault, WEEK).conflicts, a["escort_sat"].id)
    # Adding a second volunteer to the lone event (keeping the first) fixes the team size.
    moved = move(vault, a["event"].id, from_volunteer=v[6].id, to_volunteer=v[0].id, keep_source=True)
    assert moved.volunteers == [v[6].id, v[0].id]
    # Dropping a volunteer back on the unassigned row takes them off.
    moved = move(vault, a["hearing"].id, from_volunteer=v[1].id, to_volunteer=None)
    assert moved.volunteers == [v[0].id]
    assert TEAM_TOO_SMALL in kinds(load_week(vault, WEEK).conflicts, a["hearing"].id)
    updates = vault.audit_entries(record_table="accompaniments", record_id=a["hearing"].id, action="update")
    assert len(updates) == 1  # every planning change is an audited repository update


def test_conflicts_of_an_accompaniment_being_edited(vault, office_week):
    a, v = office_week.accompaniments, office_week.volunteers
    candidate = Accompaniment(person_id=office_week.persons[0].id, place="Nueva", starts_at=at(0, 10),
                              ends_at=at(0, 11), volunteers=[v[0].id, v[8].id])
    assert kinds(conflicts_for(vault, candidate)) == [DOUBLE_BOOKED]  # Lea is at the hearing
    candidate.starts_at, candidate.ends_at = at(4, 13), at(4, 15)  # Friday, after Astrid leaves
    assert kinds(conflicts_for(vault, candidate)) == [AFTER_DEPARTURE]
    stored = a["hearing"]
    assert kinds(conflicts_for(vault, stored)) == []  # not in conflict with itself
