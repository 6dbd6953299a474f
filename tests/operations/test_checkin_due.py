"""The "due now" list from check-in schedules, and how a missed check-in escalates."""

from __future__ import annotations

import datetime as dt

import pytest

from accompdesk.domain.records import CheckInSchedule, Person
from accompdesk.vault import settings
from accompdesk.vault.checkin_due import (MISSED, NO_ANSWER, due_now, record_outcome,
                                          schedules_repo)

from tests.domain.test_checkin_due import MONDAY, t


@pytest.fixture
def person(vault):
    return vault.persons.add(Person(full_name="Persona de Prueba", alias="Colibrí"))


def test_due_now_counts_from_when_the_schedule_was_made(vault, person):
    from accompdesk.domain.roster import office_now

    before = office_now() - dt.timedelta(minutes=1)
    for hour in range(0, 24, 3):  # calls every three hours, made just now
        schedules_repo(vault).add(CheckInSchedule(person_id=person.id, frequency="daily", at_time=f"{hour:02d}:00"))
    items = due_now(vault, office_now(), lookback_hours=48)
    assert items and all(i.scheduled_at >= before for i in items)
    assert all(i.escalation == 0 for i in items)


def test_due_now_from_the_vault_and_recording_outcomes(vault, person, made_on):
    settings.save(vault, checkin_grace_minutes=20)
    with made_on(MONDAY - dt.timedelta(days=7)):
        schedules_repo(vault).add(CheckInSchedule(person_id=person.id, frequency="daily", at_time="18:00"))
    now = t(0, 18, 30)  # 10 minutes past the grace
    items = due_now(vault, now, lookback_hours=1)
    assert [(i.person_id, i.state, i.escalation, i.minutes_late) for i in items] == \
        [(person.id, MISSED, 1, 10)]
    call = record_outcome(vault, items[0], "no_answer", "Buzón de voz", at=now)
    assert (call.scheduled_at, call.outcome, call.done_at) == (t(0, 18), "no_answer", now)
    items = due_now(vault, t(0, 18, 35), lookback_hours=1)
    assert items[0].state == NO_ANSWER and items[0].checkin.id == call.id
    call = record_outcome(vault, items[0], "all_well", "Contestó a la segunda", at=t(0, 18, 40))
    assert call.notes == "Buzón de voz\nContestó a la segunda"
    assert vault.checkins.count() == 1
    assert due_now(vault, t(0, 18, 45), lookback_hours=1) == []


def test_schedules_of_deleted_or_paused_people_are_not_due(vault, person, made_on):
    repo = schedules_repo(vault)
    with made_on(MONDAY - dt.timedelta(days=7)):
        repo.add(CheckInSchedule(person_id=person.id, frequency="daily", at_time="08:00", active=False))
        repo.add(CheckInSchedule(person_id=person.id, frequency="daily", at_time="18:00"))
    assert len(due_now(vault, t(0, 17), lookback_hours=1)) == 1
    vault.persons.delete(person.id)
    assert due_now(vault, t(0, 17), lookback_hours=1) == []
