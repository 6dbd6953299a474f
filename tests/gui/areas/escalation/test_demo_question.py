"""The issue's measure of done, on the demo vault: "which incidents of the last quarter against
defenders of organisation X have we never raised above the brigade, and which commitments did
the brigade break?" — answered in the escalation area by four choices, and checked here against
the vault's own records."""

from __future__ import annotations

import datetime as dt

import pytest

from accompdesk.domain.records import Commitment, Meeting

from accompdesk.vault import chain
from accompdesk.vault.demo import fill_demo
from tests.gui.fixtures.chain import qt_warnings_fail, gui, session, office, settings, window, areas, forms  # noqa: F401 - fixtures used by name


@pytest.fixture
def demo(vault):
    fill_demo(vault, 400)
    return vault


def test_the_question_on_the_demo_vault(demo, areas, qtbot):
    vault = demo
    org = max(vault.organisations.list(), key=lambda o: len(chain.organisation_incidents(vault, o.id)))
    # One more broken promise, so that the brigade surely has one to show.
    recent = chain.organisation_incidents(vault, org.id, dt.date.today() - dt.timedelta(days=200))
    ladder = next(x for x in chain.escalation(vault, recent).ladders
                  if any(r.authority.kind == "brigade" for r in x.rungs) and not x.raised_above("brigade"))
    brigade = next(r.authority for r in ladder.rungs if r.authority.kind == "brigade")
    m = vault.meetings.add(Meeting(held_on=dt.date.today() - dt.timedelta(days=3), authority_id=brigade.id,
                                   purpose="Seguimiento", incidents=[ladder.incident.id]))
    vault.commitments.add(Commitment(meeting_id=m.id, text="Investigar", due_on=dt.date.today(), status="broken"))
    view = areas["escalation"](None)
    qtbot.addWidget(view)
    view.show_scope("organisations", org.id, "12m")  # 1. an organisation, 2. a period
    view.set_show("brigade")  # 3. never raised above the brigade
    together = view.ladder.tree  # 4. the brigade's rung: its meetings and commitments

    since, until = view.dates()
    incidents = chain.organisation_incidents(vault, org.id, since, until)
    assert incidents, "the demo gives this organisation incidents in the last 12 months"
    listed = {view.incidents.topLevelItem(i).data(0, 256) for i in range(1, view.incidents.topLevelItemCount())}
    by_id = {a.id: a for a in vault.authorities.list(include_deleted=True)}
    raised = chain.raised_meetings(vault, [i.id for i in incidents])

    def above_brigade(incident) -> bool:
        """Independently of the filter: a held meeting at national level or higher, or with a
        superior of a brigade on the incident's chain (at regional level when it has none)."""
        ladder = chain.ladder_for(vault, incident.id)
        brigades = {r.authority.id for r in ladder.rungs if r.on_chain and r.authority.kind == "brigade"}
        superiors = set()
        for b in brigades:
            current = by_id[b].superior_id
            while current:
                superiors.add(current)
                current = by_id[current].superior_id
        for m, _commitments in raised.get(incident.id, []):
            level = by_id[m.authority_id].level
            if m.status == "held" and (level in ("national", "international") or m.authority_id in superiors
                                       or (not brigades and level != "local" and level != "regional")):
                return True
        return False

    expected = {i.id for i in incidents if not above_brigade(i)}
    assert listed == expected
    assert view.summary.text() == f"{len(expected)} of {len(incidents)} incidents shown." or len(incidents) == 1

    broken_shown = []
    for i in range(together.topLevelItemCount()):
        level = together.topLevelItem(i)
        for j in range(level.childCount()):
            rung = level.child(j)
            if rung.data(0, 257) == "authorities" and by_id[rung.data(0, 256)].kind == "brigade":
                for k in range(rung.childCount()):
                    meeting_item = rung.child(k)
                    broken_shown += [meeting_item.child(x).data(0, 256) for x in range(meeting_item.childCount())
                                     if meeting_item.child(x).text(2) == "Broken"]
    broken = {c.id for incident in incidents if incident.id in expected for m, cs in raised.get(incident.id, [])
              if m.status == "held" and by_id[m.authority_id].kind == "brigade" for c in cs if c.status == "broken"}
    assert broken and set(broken_shown) == broken
