"""The week plan's rules: ISO weeks on the office's clock, the days an accompaniment
touches, what is wrong with a plan (conflicts), and what is wrong with a volunteer's
stay against what is planned. Pure: the store feeds them (vault/roster.py).

Times in the vault are the office's wall-clock time, without a zone (the codec drops
any offset). A week is therefore Monday 00:00 to the next Monday 00:00 of that clock,
and an accompaniment belongs to every day it touches: an overnight presence from
Friday 20:00 to Saturday 07:00 is on Friday and on Saturday.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field

from . import clock
from .errors import UsageError
from .records import Accompaniment, Organisation, Person, Volunteer

_WEEK = re.compile(r"\s*(\d{4})-?[Ww](\d{1,2})\s*")
# Kinds that put no volunteer beside anyone: the minimum team size is about presence.
REMOTE_KINDS = frozenset({"phone_checkin"})
UNAVAILABLE_STATUSES = frozenset({"on_leave", "departed"})


# -- weeks and the office clock ---------------------------------------------------------------

@dataclass(frozen=True, order=True)
class Week:
    year: int
    number: int

    def __post_init__(self):
        try:
            dt.date.fromisocalendar(self.year, self.number, 1)
        except ValueError:
            raise UsageError("vault.roster.has_no_week", year=self.year, number=self.number) from None

    @classmethod
    def parse(cls, text: str) -> "Week":
        """'2026-W48' (ISO 8601; '2026W48' and a lower-case w are read too)."""
        found = _WEEK.fullmatch(str(text or ""))
        if not found:
            raise UsageError("vault.roster.not_week_written_as", text=text)
        return cls(int(found[1]), int(found[2]))

    @classmethod
    def of(cls, day: dt.date) -> "Week":
        year, number, _weekday = day.isocalendar()
        return cls(year, number)

    @property
    def start(self) -> dt.date:
        """The Monday."""
        return dt.date.fromisocalendar(self.year, self.number, 1)

    @property
    def end(self) -> dt.date:
        """The Sunday."""
        return self.start + dt.timedelta(days=6)

    @property
    def days(self) -> list[dt.date]:
        return [self.start + dt.timedelta(days=i) for i in range(7)]

    @property
    def starts_at(self) -> dt.datetime:
        return dt.datetime.combine(self.start, dt.time.min)

    @property
    def ends_at(self) -> dt.datetime:
        """Midnight at the end of Sunday: the first moment after the week."""
        return self.starts_at + dt.timedelta(days=7)

    def shifted(self, weeks: int) -> "Week":
        return Week.of(self.start + dt.timedelta(weeks=weeks))

    def __str__(self) -> str:
        return f"{self.year}-W{self.number:02d}"


def office_now(zone: str = "", *, utc_now: dt.datetime | None = None) -> dt.datetime:
    """The office's wall-clock time, to the minute and without a zone, like vault times.

    `zone` is an IANA name such as 'America/Bogota'; empty means this computer's zone,
    which is the office's whenever the laptop is set to local time.
    """
    moment = utc_now or clock.now()
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    if zone:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            local = moment.astimezone(ZoneInfo(zone))
        except (ZoneInfoNotFoundError, ValueError):
            raise UsageError("vault.roster.not_time_zone_such", zone=zone) from None
    else:
        local = moment.astimezone()
    return local.replace(tzinfo=None, second=0, microsecond=0)


def days_touched(accompaniment: Accompaniment, week: Week | None = None) -> list[dt.date]:
    """The days an accompaniment is on (within the week, if one is given).

    One that ends at midnight does not touch the next day.
    """
    start, end = accompaniment.starts_at, accompaniment.ends_at
    if start is None:
        return []
    end = max(end or start, start)
    last = (end - dt.timedelta(minutes=1)).date() if end > start else start.date()
    days, day = [], start.date()
    while day <= last:
        if week is None or week.start <= day <= week.end:
            days.append(day)
        day += dt.timedelta(days=1)
    return days


# -- conflicts ------------------------------------------------------------------------------

DOUBLE_BOOKED = "double_booked"
BEFORE_ARRIVAL = "before_arrival"
AFTER_DEPARTURE = "after_departure"
VISA_EXPIRED = "visa_expired"
UNAVAILABLE = "unavailable"
TEAM_TOO_SMALL = "team_too_small"
NO_ALIAS = "no_alias"  # not a conflict: the printed roster will describe them instead
NOTICES = frozenset({NO_ALIAS})


@dataclass(frozen=True)
class Conflict:
    kind: str
    accompaniment_id: str
    volunteer_id: str | None = None
    other_id: str | None = None  # the other accompaniment of a double booking
    day: dt.date | None = None  # the arrival, departure or visa expiry that is crossed
    count: int = 0  # volunteers assigned, for a team too small
    needed: int = 0

    @property
    def is_notice(self) -> bool:
        return self.kind in NOTICES


def find_conflicts(accompaniments: list[Accompaniment], volunteers: dict[str, Volunteer],
                   minimum_team_size: int) -> list[Conflict]:
    """Everything wrong with a plan. Cancelled accompaniments are ignored."""
    live = [a for a in accompaniments if a.status != "cancelled" and a.starts_at and a.ends_at]
    found: list[Conflict] = []
    by_volunteer: dict[str, list[Accompaniment]] = defaultdict(list)
    for a in live:
        if len(a.volunteers) < minimum_team_size and a.kind not in REMOTE_KINDS:
            found.append(Conflict(TEAM_TOO_SMALL, a.id, count=len(a.volunteers), needed=minimum_team_size))
        for vid in a.volunteers:
            by_volunteer[vid].append(a)
            volunteer = volunteers.get(vid)
            if volunteer is not None:
                found.extend(_stay_conflicts(a, volunteer))
    for vid, booked in by_volunteer.items():
        booked.sort(key=lambda a: (a.starts_at, a.ends_at, a.id))
        for i, a in enumerate(booked):
            for b in booked[i + 1:]:
                if a.ends_at is None or b.starts_at is None or b.starts_at >= a.ends_at:
                    break
                found.append(Conflict(DOUBLE_BOOKED, a.id, vid, other_id=b.id))
                found.append(Conflict(DOUBLE_BOOKED, b.id, vid, other_id=a.id))
    return found


def _stay_conflicts(a: Accompaniment, v: Volunteer) -> list[Conflict]:
    if a.starts_at is None:
        return []
    first = a.starts_at.date()
    last = days_touched(a)[-1]
    out = []
    if v.arrival_on and first < v.arrival_on:
        out.append(Conflict(BEFORE_ARRIVAL, a.id, v.id, day=v.arrival_on))
    if v.departure_on and last > v.departure_on:
        out.append(Conflict(AFTER_DEPARTURE, a.id, v.id, day=v.departure_on))
    if v.visa_expires_on and last > v.visa_expires_on:
        out.append(Conflict(VISA_EXPIRED, a.id, v.id, day=v.visa_expires_on))
    if v.status in UNAVAILABLE_STATUSES:
        out.append(Conflict(UNAVAILABLE, a.id, v.id))
    return out


# -- the week plan --------------------------------------------------------------------------

@dataclass
class WeekPlan:
    week: Week
    accompaniments: list[Accompaniment]  # touching the week, by start; cancelled ones too
    volunteers: dict[str, Volunteer]  # in the field during the week, or assigned in it
    persons: dict[str, Person]
    organisations: dict[str, Organisation]
    conflicts: list[Conflict]
    minimum_team_size: int
    _by_accompaniment: dict[str, list[Conflict]] = field(default_factory=dict, repr=False)

    def __post_init__(self):
        for c in self.conflicts:
            self._by_accompaniment.setdefault(c.accompaniment_id, []).append(c)

    def conflicts_of(self, accompaniment_id: str, *, notices: bool = True) -> list[Conflict]:
        found = self._by_accompaniment.get(accompaniment_id, [])
        return found if notices else [c for c in found if not c.is_notice]

    @property
    def problems(self) -> list[Conflict]:
        """The conflicts, without the notices."""
        return [c for c in self.conflicts if not c.is_notice]

    def subject(self, accompaniment: Accompaniment) -> Person | Organisation | None:
        if accompaniment.person_id:
            return self.persons.get(accompaniment.person_id)
        return self.organisations.get(accompaniment.organisation_id or "")

    def get(self, accompaniment_id: str) -> Accompaniment | None:
        return next((a for a in self.accompaniments if a.id == accompaniment_id), None)


def plan_week(week: Week, around: list[Accompaniment], volunteers: dict[str, Volunteer], team: int,
              persons: dict[str, Person], organisations: dict[str, Organisation]) -> WeekPlan:
    """The plan of the week from the accompaniments `around` it (a day either side, so that a
    double booking across the week's edge is still seen) and the people they name."""
    inside = [a for a in around if days_touched(a, week)]
    ids = {a.id for a in inside}
    conflicts = [c for c in find_conflicts(around, volunteers, team) if c.accompaniment_id in ids]
    for a in inside:
        subject = persons.get(a.person_id) if a.person_id else organisations.get(a.organisation_id or "")
        if a.status != "cancelled" and subject is not None and not subject.alias.strip():
            conflicts.append(Conflict(NO_ALIAS, a.id))
    assigned = {vid for a in inside for vid in a.volunteers}
    present = {vid: v for vid, v in volunteers.items()
               if vid in assigned or (_in_field_during(v, week) and v.status not in UNAVAILABLE_STATUSES)}
    return WeekPlan(week, inside, present, persons, organisations, conflicts, team)


def _in_field_during(v: Volunteer, week: Week) -> bool:
    return (v.arrival_on is None or v.arrival_on <= week.end) and \
        (v.departure_on is None or v.departure_on >= week.start)


# -- volunteers: stays and visas against what is planned -------------------------------------

VISA_EXPIRING = "visa_expiring"
LEAVES_BEFORE_PLANS = "leaves_before_plans"  # departure (or visa) before a planned accompaniment


@dataclass(frozen=True)
class VolunteerWarning:
    kind: str  # VISA_EXPIRED, VISA_EXPIRING, LEAVES_BEFORE_PLANS
    volunteer_id: str
    day: dt.date | None = None
    accompaniment_ids: tuple[str, ...] = ()


def warnings_of(v: Volunteer, planned: list[Accompaniment], today: dt.date,
                warning_days: int) -> list[VolunteerWarning]:
    found = []
    if v.status != "departed" and v.visa_expires_on:
        if v.visa_expires_on < today:
            found.append(VolunteerWarning(VISA_EXPIRED, v.id, v.visa_expires_on))
        elif (v.visa_expires_on - today).days <= warning_days:
            found.append(VolunteerWarning(VISA_EXPIRING, v.id, v.visa_expires_on))
    limits = [d for d in (v.departure_on, v.visa_expires_on) if d]
    if limits:
        limit = min(limits)
        late = tuple(a.id for a in planned if v.id in a.volunteers and days_touched(a)[-1] > limit)
        if late:
            found.append(VolunteerWarning(LEAVES_BEFORE_PLANS, v.id, limit, late))
    return found
