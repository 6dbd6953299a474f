"""Conflicts of a plan, as the rules see them (domain/roster.py): a volunteer in two places
at once, outside their stay or visa, an accompaniment with fewer volunteers than the minimum."""

from __future__ import annotations

import datetime as dt

from accompdesk.domain.records import Accompaniment, Volunteer
from accompdesk.domain.roster import (AFTER_DEPARTURE, BEFORE_ARRIVAL, DOUBLE_BOOKED, TEAM_TOO_SMALL,
                                      UNAVAILABLE, VISA_EXPIRED, find_conflicts)

from tests.operations.week_data import WEEK, at


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
