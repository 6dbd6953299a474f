"""The one clock: no module but `domain/clock.py` asks the system for the time, so a test
that sets the day sets it for the whole program."""

from __future__ import annotations

import ast
import datetime as dt
import pathlib

import pytest

from accompdesk.domain import clock

PACKAGE = pathlib.Path(__file__).resolve().parents[1] / "accompdesk"
# Attribute chains that read the system clock.
READS = {("date", "today"), ("datetime", "now"), ("datetime", "utcnow"), ("datetime", "today"),
         ("time", "time"), ("QDate", "currentDate"), ("QDateTime", "currentDateTime"),
         ("QDateTime", "currentDateTimeUtc"), ("QTime", "currentTime")}


def _clock_reads(path: pathlib.Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Attribute):
            owner = node.value
            name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", None)
            if (name, node.attr) in READS:
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno} {name}.{node.attr}")
    return found


def test_only_the_clock_module_reads_the_time():
    reads = [hit for path in sorted(PACKAGE.rglob("*.py")) if path.name != "clock.py"
             for hit in _clock_reads(path)]
    assert reads == []


@pytest.mark.parametrize("moment", [dt.datetime(2026, 11, 23, 9, 0), dt.datetime(2032, 2, 29, 23, 30),
                                    dt.datetime(2027, 1, 1, 0, 5)])
def test_a_test_sets_the_day_for_the_whole_program(on_day, moment):
    on_day(moment)
    assert clock.today() == moment.date()
    assert clock.now_utc().startswith(moment.strftime("%Y-%m-%dT%H:%M"))
    assert clock.now().tzinfo is not None
