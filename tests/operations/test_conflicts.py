"""Conflicts flagged as the week is planned: a volunteer in two places at once, outside
their stay or visa, an accompaniment with fewer volunteers than the office's minimum."""

from __future__ import annotations

import datetime as dt

from accompdesk.domain.records import Accompaniment, Volunteer
from accompdesk.vault import settings
from accompdesk.domain.roster import (AFTER_DEPARTURE, BEFORE_ARRIVAL, DOUBLE_BOOKED, NO_ALIAS,
                                      TEAM_TOO_SMALL, UNAVAILABLE, VISA_EXPIRED, find_conflicts)
from accompdesk.vault.roster import conflicts_for, load_week, move

from .week_data import WEEK, at


def _v(vid="v1", **kw):
    return Volunteer(id=vid, full_name=vid, **kw)


def _a(aid, start, end, team, kind="escort", status="planned"):
    return Accompaniment(id=aid, person_id="p", place="x", kind=kind, status=status,
                         starts_at=start, ends_at=end, volunteers=list(team))


def kinds(found, aid=None):
    return sorted(c.kind for c in found if aid is None or c.accompaniment_id == aid)


def test_double_booking_is_overlap_not_touching():
    vols = {"v1": _v("v1"), "v2": _v("v2")}
    morning = _a("m", at(0, 8), at(0, 12), ["v1", "v2"])
    overlap = _a("o", at(0, 11, 30), at(0, 14), ["v1", "v2"])
    after = _a("t", at(0, 14), at(0, 16), ["v1", "v2"])  # starts as the other ends: fine
    found = find_conflicts([morning, overlap, after], vols, 2)
    doubles = [c for c in found if c.kind == DOUBLE_BOOKED]
    assert {(c.accompaniment_id, c.volunteer_id, c.other_id) for c in doubles} == {
        ("m", "v1", "o"), ("o", "v1", "m"), ("m", "v2", "o"), ("o", "v2", "m")}
    assert kinds(found, "t") == []


def test_double_booking_across_midnight():
    vols = {"v1": _v("v1")}
    overnight = _a("n", at(4, 19), at(5, 7), ["v1"])
    early = _a("e", at(5, 6), at(5, 9), ["v1"])
    assert kinds(find_conflicts([overnight, early], vols, 1), "e") == [DOUBLE_BOOKED]


def test_cancelled_accompaniments_conflict_with_nothing():
    vols = {"v1": _v("v1", departure_on=WEEK.start)}
    one = _a("a", at(0, 8), at(0, 12), ["v1"])
    cancelled = _a("c", at(0, 9), at(2, 12), ["v1"], status="cancelled")
    assert kinds(find_conflicts([one, cancelled], vols, 1)) == []


def test_stay_and_visa_dates():
    vols = {
        "early": _v("early", arrival_on=WEEK.start + dt.timedelta(days=2)),
        "gone": _v("gone", departure_on=WEEK.start + dt.timedelta(days=1)),
        "visa": _v("visa", visa_expires_on=WEEK.start),
        "leave": _v("leave", status="on_leave"),
    }
    monday = _a("mon", at(0, 8), at(0, 12), ["early"])
    tuesday = _a("tue", at(1, 8), at(1, 12), ["gone"])  # departure day itself: still here
    wednesday = _a("wed", at(2, 8), at(2, 12), ["gone", "visa", "leave"])
    overnight = _a("night", at(0, 20), at(1, 6), ["visa"])  # ends the day after the visa
    found = find_conflicts([monday, tuesday, wednesday, overnight], vols, 1)
    assert kinds(found, "mon") == [BEFORE_ARRIVAL]
    assert kinds(found, "tue") == []
    assert kinds(found, "wed") == sorted([AFTER_DEPARTURE, VISA_EXPIRED, UNAVAILABLE])
    assert kinds(found, "night") == [VISA_EXPIRED]
    visa = next(c for c in found if c.accompaniment_id == "night")
    assert visa.day == WEEK.start and visa.volunteer_id == "visa"


def test_team_size_counts_against_the_minimum_and_spares_phone_calls():
    vols = {"v1": _v("v1"), "v2": _v("v2"), "v3": _v("v3")}
    pair = _a("pair", at(0, 8), at(0, 9), ["v1", "v2"])
    alone = _a("alone", at(1, 8), at(1, 9), ["v3"])
    nobody = _a("nobody", at(2, 8), at(2, 9), [])
    call = _a("call", at(3, 8), at(3, 9), ["v1"], kind="phone_checkin")
    found = find_conflicts([pair, alone, nobody, call], vols, 2)
    assert kinds(found, "pair") == [] and kinds(found, "call") == []
    small = {c.accompaniment_id: (c.count, c.needed) for c in found if c.kind == TEAM_TOO_SMALL}
    assert small == {"alone": (1, 2), "nobody": (0, 2)}
    assert kinds(find_conflicts([pair, alone, nobody], vols, 3)) == [TEAM_TOO_SMALL] * 3


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
