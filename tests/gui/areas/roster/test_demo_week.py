"""The issue's scenario on the demo vault: a coordinator plans next week for ten
volunteers and five defenders, sees every conflict before printing, settles them by
dragging, and prints the roster: one page, aliases only, in well under half a second."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

import pytest

from accompdesk.domain.audience import fold
from accompdesk.gui.areas.roster.view import WeekPlanView
from accompdesk.reports.roster import render_roster
from accompdesk.vault import settings as office_settings
from accompdesk.vault.demo import fill_demo
from accompdesk.vault.roster import NO_ALIAS

from ....operations.demo_week import plan_next_week, settle
from tests.gui.fixtures.operations import qt_warnings_fail, private_settings, settings, session, office_week, made_on  # noqa: F401 - fixtures used by name

ALIASES = ["Yarumo", "Nutria", "Garza", "Canelo", "Turpial"]


def test_a_coordinator_plans_next_week_on_the_demo_vault(session, settings, qtbot, vault, tmp_path):
    fill_demo(vault, 300)
    office_settings.save(vault, emergency_number="+57 300 555 0148", office_name="Oficina de terreno (demo)")
    demo = plan_next_week(vault, dt.date.today())
    assert len(demo.volunteers) == 10 and len(demo.defenders) == 5

    view = WeekPlanView(session, settings, week=demo.week)
    qtbot.addWidget(view)
    view.show()
    plan = view.model.plan
    assert plan.problems, "the demo week is planned with mistakes to see"
    assert view.conflicts.count() == len(plan.conflicts)
    assert view.summary.text().startswith(f"{len(plan.problems)} conflict")

    # Every conflict is settled the way a coordinator does it: dragging a card to someone free.
    moves = settle(vault, demo, view.model.apply_move)
    assert moves > 0
    qtbot.waitUntil(lambda: not view.model.plan.problems, timeout=3000)

    # The notices say who has no alias yet; the coordinator gives them one.
    for i, person in enumerate(demo.defenders):
        person = vault.persons.get(person.id)
        if not person.alias.strip():
            vault.persons.update(dataclasses.replace(person, alias=f"Defensor/a «{ALIASES[i]}»"))
    for organisation in view.model.plan.organisations.values():  # any the demo itself planned
        if not organisation.alias.strip():
            vault.organisations.update(dataclasses.replace(organisation, alias="La organización"))
    for person in view.model.plan.persons.values():
        if not vault.persons.get(person.id).alias.strip():
            vault.persons.update(dataclasses.replace(person, alias="Defensor/a «Ceibo»"))
    session.notify("persons")
    assert not [c for c in view.model.plan.conflicts if c.kind == NO_ALIAS]
    assert view.summary.text() == "No conflicts this week."

    # Its speed is measured in tests/perf (weekly roster PDF), not here.
    data = render_roster(vault, demo.week, "pdf")
    pypdf = pytest.importorskip("pypdf")
    reader = pypdf.PdfReader(io.BytesIO(data))
    # How many rows the demo week holds depends on the day the demo was made for: one landscape
    # page per week is checked on a fixed week (test_planning); here every page is checked.
    text = fold(" ".join(" ".join(page.extract_text().split()) for page in reader.pages))
    for person in demo.defenders:
        assert fold(person.full_name) not in text
    assert "+57 300 555 0148" in text
    assert view.save_roster(str(tmp_path / "roster.pdf")) == str(tmp_path / "roster.pdf")
