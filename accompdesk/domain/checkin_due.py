"""Safety check-ins that are due: made from the schedules, matched with the calls recorded.

A schedule ("every day at 18:00") makes one expected call per occurrence; the call the
office records is a CheckIn with the same person or organisation and the same
scheduled time. An expected call with no good news once the grace period is over is
missed, and a missed call escalates: first to the protocol's first step, and, when it
is still unresolved an hour later, to its last step: the emergency network. A concern
the person raised is escalated like a miss. A later "all well" from the same person
settles earlier misses and concerns.

Pure: vault/checkin_due.py reads the schedules and the calls and records outcomes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from .records import CheckIn, CheckInSchedule

UPCOMING, DUE, MISSED, NO_ANSWER, CONCERN, DONE = "upcoming", "due", "missed", "no_answer", "concern", "done"
WEEKDAYS = range(0, 5)


@dataclass(frozen=True)
class DueItem:
    person_id: str | None
    organisation_id: str | None
    scheduled_at: dt.datetime
    state: str  # UPCOMING, DUE, MISSED, NO_ANSWER, CONCERN, DONE
    escalation: int  # 0 nothing to do yet, 1 follow the protocol, 2 its last step: the network
    minutes_late: int = 0
    schedule_id: str | None = None
    checkin: CheckIn | None = None  # the call as recorded, if it was

    @property
    def subject_id(self) -> str:
        return self.person_id or self.organisation_id or ""

    @property
    def key(self) -> tuple[str, str]:
        return (self.subject_id, self.scheduled_at.isoformat())

    def suggested_step(self, steps: int) -> int | None:
        """Which step of a protocol of `steps` steps to take now (0-based), if any."""
        if self.escalation <= 0 or steps <= 0:
            return None
        return 0 if self.escalation == 1 else steps - 1


def protocol_steps(text: str) -> list[str]:
    """The steps of a protocol written one per line ('1. Call again…')."""
    steps = []
    for line in (text or "").splitlines():
        line = line.strip()
        if not line:
            continue
        head = line.split(" ", 1)
        if len(head) == 2 and head[0].rstrip(".)").isdigit():
            line = head[1].strip()
        steps.append(line)
    return steps


def occurrences(schedule: CheckInSchedule, start: dt.datetime, end: dt.datetime) -> list[dt.datetime]:
    """The expected calls of a schedule from `start` to `end` (both included)."""
    if not schedule.active or not schedule.at_time:
        return []
    try:
        hour, minute = (int(x) for x in schedule.at_time.split(":"))
        at = dt.time(hour, minute)
    except ValueError:
        return []
    out, day = [], start.date()
    while day <= end.date():
        wanted = (schedule.frequency == "daily"
                  or (schedule.frequency == "weekdays" and day.weekday() in WEEKDAYS)
                  or (schedule.frequency == "weekly" and day.weekday() == schedule.weekday))
        moment = dt.datetime.combine(day, at)
        if wanted and start <= moment <= end:
            out.append(moment)
        day += dt.timedelta(days=1)
    return out


def due_items(schedules: list[CheckInSchedule], checkins: list[CheckIn], now: dt.datetime, *,
              grace_minutes: int = 30, escalate_after_minutes: int = 60, lookback_hours: int = 48,
              ahead_hours: int = 12, include_done: bool = False,
              created: dict[str, dt.datetime] | None = None) -> list[DueItem]:
    """The due list: most urgent first, then by time.

    `created` gives, by schedule id, when (office time) it was made: a schedule made
    today has not been missed yesterday.
    """
    start, end = now - dt.timedelta(hours=lookback_hours), now + dt.timedelta(hours=ahead_hours)
    recorded = {(c.person_id or c.organisation_id, c.scheduled_at): c for c in checkins}
    expected: dict[tuple, DueItem] = {}
    for s in schedules:
        subject = s.person_id or s.organisation_id
        since = max(start, (created or {}).get(s.id, start))
        for moment in occurrences(s, since, end):
            expected.setdefault((subject, moment), DueItem(s.person_id, s.organisation_id, moment,
                                                           UPCOMING, 0, schedule_id=s.id))
    for key, c in recorded.items():
        if c.scheduled_at is not None and start <= c.scheduled_at <= end and key not in expected:
            expected[key] = DueItem(c.person_id, c.organisation_id, c.scheduled_at, UPCOMING, 0)
    settled = _last_all_well(checkins)
    grace = dt.timedelta(minutes=grace_minutes)
    items = []
    for key, item in expected.items():
        checkin = recorded.get(key)
        state, escalation, late = _state(item.scheduled_at, checkin, now, grace,
                                         dt.timedelta(minutes=escalate_after_minutes))
        if escalation and settled.get(key[0] or "", dt.datetime.min) > item.scheduled_at:
            state, escalation = DONE, 0  # good news came later: this miss is over
        if state == DONE and not include_done:
            continue
        items.append(dataclasses.replace(item, state=state, escalation=escalation, minutes_late=late,
                                         checkin=checkin))
    items.sort(key=lambda i: (-i.escalation, i.scheduled_at, i.subject_id))
    return items


def _state(at: dt.datetime, checkin: CheckIn | None, now: dt.datetime, grace: dt.timedelta,
           escalate_after: dt.timedelta) -> tuple[str, int, int]:
    outcome = checkin.outcome if checkin else "pending"
    late = max(0, int((now - at - grace).total_seconds() // 60))
    if outcome == "all_well":
        return DONE, 0, 0
    if outcome == "concern":
        return CONCERN, 1, late
    if now < at:
        return UPCOMING, 0, 0
    if outcome == "pending" and now <= at + grace:
        return DUE, 0, 0
    state = NO_ANSWER if outcome == "no_answer" else MISSED
    return state, 2 if now > at + grace + escalate_after else 1, late


def _last_all_well(checkins: list[CheckIn]) -> dict[str, dt.datetime]:
    out: dict[str, dt.datetime] = {}
    for c in checkins:
        if c.outcome == "all_well" and c.scheduled_at is not None:
            subject = c.person_id or c.organisation_id or ""
            out[subject] = max(out.get(subject, dt.datetime.min), c.scheduled_at)
    return out
