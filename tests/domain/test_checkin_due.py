"""The "due now" list from check-in schedules, and how a missed check-in escalates: the
pure rules of domain/checkin_due.py."""

from __future__ import annotations

import datetime as dt

from accompdesk.domain.checkin_due import (CONCERN, DONE, DUE, MISSED, NO_ANSWER, UPCOMING, due_items,
                                           occurrences, protocol_steps)
from accompdesk.domain.office import OfficeSettings
from accompdesk.domain.records import CheckIn, CheckInSchedule

MONDAY = dt.date(2026, 3, 2)  # in the past: recorded calls may not be dated later than today


def t(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(MONDAY + dt.timedelta(days=day), dt.time(hour, minute))


def sched(sid="s1", person="p1", frequency="daily", at="18:00", weekday=None, active=True):
    return CheckInSchedule(id=sid, person_id=person, frequency=frequency, at_time=at, weekday=weekday,
                           active=active)


def test_occurrences_by_frequency():
    week = (t(0, 0), t(6, 23, 59))
    assert len(occurrences(sched(), *week)) == 7
    weekdays = occurrences(sched(frequency="weekdays"), *week)
    assert [d.weekday() for d in weekdays] == [0, 1, 2, 3, 4]
    assert occurrences(sched(frequency="weekly", weekday=3), *week) == [t(3, 18)]
    assert occurrences(sched(active=False), *week) == []
    assert occurrences(sched(at="07:30"), t(0, 7, 30), t(0, 7, 30)) == [t(0, 7, 30)]


def test_due_list_states_around_the_scheduled_time():
    s = [sched()]
    assert [(i.state, i.scheduled_at) for i in due_items(s, [], t(0, 12), lookback_hours=1)] == \
        [(UPCOMING, t(0, 18))]
    on_time = due_items(s, [], t(0, 18, 10), grace_minutes=30, lookback_hours=1)
    assert [(i.state, i.escalation) for i in on_time] == [(DUE, 0)]
    late = due_items(s, [], t(0, 18, 45), grace_minutes=30, lookback_hours=1)
    assert [(i.state, i.escalation, i.minutes_late) for i in late] == [(MISSED, 1, 15)]


def test_missed_check_in_escalates_to_the_emergency_step_after_an_hour():
    s = [sched()]
    at_once = due_items(s, [], t(0, 19, 0), grace_minutes=30, escalate_after_minutes=60, lookback_hours=2)
    assert at_once[0].escalation == 1 and at_once[0].suggested_step(3) == 0
    later = due_items(s, [], t(0, 19, 31), grace_minutes=30, escalate_after_minutes=60, lookback_hours=2)
    assert later[0].state == MISSED and later[0].escalation == 2
    assert later[0].suggested_step(3) == 2  # the last step: activate the emergency network


def test_no_answer_escalates_at_once_and_all_well_settles():
    s = [sched()]
    no_answer = CheckIn(id="c1", person_id="p1", scheduled_at=t(0, 18), done_at=t(0, 18, 2), outcome="no_answer")
    items = due_items(s, [no_answer], t(0, 18, 5), lookback_hours=1)
    assert [(i.state, i.escalation, i.checkin.id) for i in items] == [(NO_ANSWER, 1, "c1")]
    well = CheckIn(id="c1", person_id="p1", scheduled_at=t(0, 18), done_at=t(0, 18, 20), outcome="all_well")
    assert due_items(s, [well], t(0, 18, 25), lookback_hours=1) == []
    assert [i.state for i in due_items(s, [well], t(0, 18, 25), lookback_hours=1, include_done=True)] == [DONE]


def test_a_later_all_well_settles_an_earlier_miss_but_not_the_reverse():
    s = [sched(), sched("s2", person="p2")]
    today_well = CheckIn(id="c2", person_id="p1", scheduled_at=t(1, 18), done_at=t(1, 18), outcome="all_well")
    items = due_items(s, [today_well], t(1, 19), lookback_hours=30)
    # p1 missed Monday's call but Tuesday's went well: only p2's misses remain, most urgent first.
    assert {i.person_id for i in items} == {"p2"}
    assert [i.scheduled_at for i in items] == [t(0, 18), t(1, 18)]
    assert items[0].escalation == 2 and items[1].escalation == 1


def test_a_concern_is_escalated_and_one_off_calls_are_listed():
    one_off = CheckIn(id="c3", organisation_id="o1", scheduled_at=t(0, 9), outcome="pending")
    concern = CheckIn(id="c4", person_id="p9", scheduled_at=t(0, 7), done_at=t(0, 7), outcome="concern")
    items = due_items([], [one_off, concern], t(0, 8), lookback_hours=4)
    assert [(i.subject_id, i.state, i.escalation) for i in items] == [("p9", CONCERN, 1), ("o1", UPCOMING, 0)]


def test_protocol_steps_read_one_per_line():
    text = "1. Call again.\n\n2) Tell the coordinator.\n3 Activate the network.\nNo number here"
    assert protocol_steps(text) == ["Call again.", "Tell the coordinator.", "Activate the network.",
                                    "No number here"]
    assert len(protocol_steps(OfficeSettings().emergency_protocol)) == 3


def test_a_schedule_is_not_missed_before_it_was_made():
    s = [sched()]
    assert len(due_items(s, [], t(2, 19), lookback_hours=72)) == 3  # Monday, Tuesday, Wednesday
    made = {"s1": t(1, 18, 30)}  # made on Tuesday after its 18:00
    assert [i.scheduled_at for i in due_items(s, [], t(2, 19), lookback_hours=72, created=made)] == [t(2, 18)]
