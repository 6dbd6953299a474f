"""ISO weeks, the office's clock, and the days an accompaniment touches: the pure rules
of domain/roster.py."""

from __future__ import annotations

import datetime as dt

import pytest

from accompdesk.domain.errors import UsageError
from accompdesk.domain.records import Accompaniment
from accompdesk.domain.roster import Week, days_touched, office_now

UTC = dt.timezone.utc


def test_week_2026_w48_runs_from_monday_23_to_sunday_29_november():
    week = Week.parse("2026-W48")
    assert (week.year, week.number) == (2026, 48)
    assert week.start == dt.date(2026, 11, 23) and week.start.weekday() == 0
    assert week.end == dt.date(2026, 11, 29)
    assert week.days[0] == week.start and week.days[-1] == week.end and len(week.days) == 7
    assert week.starts_at == dt.datetime(2026, 11, 23, 0, 0)
    assert week.ends_at == dt.datetime(2026, 11, 30, 0, 0)
    assert str(week) == "2026-W48"


@pytest.mark.parametrize("text", ["2026-W48", "2026W48", "2026-w48", " 2026-W48 "])
def test_week_spellings(text):
    assert Week.parse(text) == Week(2026, 48)


@pytest.mark.parametrize("text", ["2026-48", "W48", "2026-W", "2026-W54", "2025-W53", "2026-W00", "", None])
def test_bad_weeks_are_one_sentence(text):
    with pytest.raises(UsageError) as caught:
        Week.parse(text)
    assert str(caught.value).endswith(".")


def test_weeks_across_the_new_year():
    assert Week.parse("2026-W01").start == dt.date(2025, 12, 29)  # ISO week 1 holds 1 January
    assert Week.of(dt.date(2027, 1, 1)) == Week(2026, 53)  # 2026 has 53 weeks
    assert Week(2026, 53).shifted(1) == Week(2027, 1)
    assert Week(2027, 1).shifted(-1) == Week(2026, 53)
    assert Week.of(dt.date(2026, 11, 29)) == Week(2026, 48)  # Sunday belongs to its Monday's week
    assert Week.of(dt.date(2026, 11, 30)) == Week(2026, 49)


def test_office_clock_is_the_office_zone_not_utc():
    utc = dt.datetime(2026, 11, 23, 3, 30, tzinfo=UTC)  # Monday 03:30 UTC
    bogota = office_now("America/Bogota", utc_now=utc)  # UTC-5, no summer time
    assert bogota == dt.datetime(2026, 11, 22, 22, 30)  # still Sunday at the office
    assert Week.of(bogota.date()) == Week(2026, 47)
    assert Week.of(office_now("Asia/Kathmandu", utc_now=utc).date()) == Week(2026, 48)
    assert office_now("America/Bogota", utc_now=utc).tzinfo is None  # like the vault's times
    with pytest.raises(UsageError):
        office_now("Mars/Olympus_Mons", utc_now=utc)


def test_office_clock_follows_summer_time():
    # Mexico City has had no summer time since 2022; Madrid has: the offset changes in March.
    winter = office_now("Europe/Madrid", utc_now=dt.datetime(2026, 3, 28, 12, 0, tzinfo=UTC))
    summer = office_now("Europe/Madrid", utc_now=dt.datetime(2026, 3, 30, 12, 0, tzinfo=UTC))
    assert winter.hour == 13 and summer.hour == 14


def _acc(start, end):
    return Accompaniment(id="a", person_id="p", place="x", starts_at=start, ends_at=end)


def test_an_accompaniment_across_midnight_is_on_both_days():
    friday_night = _acc(dt.datetime(2026, 11, 27, 20, 0), dt.datetime(2026, 11, 28, 7, 0))
    assert days_touched(friday_night) == [dt.date(2026, 11, 27), dt.date(2026, 11, 28)]
    until_midnight = _acc(dt.datetime(2026, 11, 27, 20, 0), dt.datetime(2026, 11, 28, 0, 0))
    assert days_touched(until_midnight) == [dt.date(2026, 11, 27)]
    sunday_into_monday = _acc(dt.datetime(2026, 11, 29, 22, 0), dt.datetime(2026, 11, 30, 6, 0))
    assert days_touched(sunday_into_monday, Week(2026, 48)) == [dt.date(2026, 11, 29)]
    assert days_touched(sunday_into_monday, Week(2026, 49)) == [dt.date(2026, 11, 30)]
