"""Ladders of many incidents (defender, organisation, region) and the follow-up board."""

from __future__ import annotations

import datetime as dt

from accompdesk.domain.records import Commitment
from accompdesk.vault import chain

from .builders import REGION, meeting

TODAY = dt.date(2026, 11, 1)


def ids(incidents):
    return {i.id for i in incidents}


def test_an_organisation_has_its_own_incidents_and_those_of_its_members(vault, office):
    found = chain.organisation_incidents(vault, office.org.id)
    assert ids(found) == {office.by_unit.id, office.by_place.id}
    assert ids(chain.person_incidents(vault, office.ana.id)) == {office.by_unit.id}
    assert ids(chain.person_incidents(vault, office.jose.id)) == {office.elsewhere.id}
    assert ids(chain.region_incidents(vault, REGION)) == {office.by_unit.id, office.by_place.id}
    assert chain.regions(vault) == ["Alto Yarumal", REGION]


def test_a_period_narrows_the_incidents(vault, office):
    found = chain.organisation_incidents(vault, office.org.id, dt.date(2026, 9, 10), dt.date(2026, 9, 30))
    assert ids(found) == {office.by_place.id}


def test_the_sum_of_ladders_counts_who_stands_on_each_chain_and_who_was_reached(vault, office):
    m = meeting(vault, office.brigade, dt.date(2026, 9, 20), [office.by_unit, office.by_place],
                commitments=[("Patrullar la vereda", dt.date(2026, 10, 1), "broken")])
    esc = chain.escalation_for(vault, "organisations", office.org.id)
    assert len(esc.ladders) == 2
    brigade = next(r for r in esc.rungs if r.authority.id == office.brigade.id)
    assert brigade.on_chain_for == {office.by_unit.id, office.by_place.id}
    assert brigade.raised_for == {office.by_unit.id, office.by_place.id}
    # One meeting that raised both incidents is one meeting, with its commitment once.
    assert [r.meeting.id for r in brigade.raised] == [m.id]
    assert [c.status for c in brigade.commitments] == ["broken"]
    mayor = next(r for r in esc.rungs if r.authority.id == office.mayor.id)
    assert mayor.on_chain_for == {office.by_place.id} and not mayor.reached
    assert [r.authority.level for r in esc.rungs] == sorted(
        (r.authority.level for r in esc.rungs), key=["local", "regional", "national", "international"].index)
    steps = {i.id: rung.authority.id for i, rung in esc.next_steps}
    assert steps[office.by_unit.id] == office.battalion.id


def test_never_raised_above_the_brigade(vault, office):
    """The question of the issue: incidents never raised above the brigade, and what it broke."""
    meeting(vault, office.brigade, dt.date(2026, 9, 20), [office.by_unit],
            commitments=[("Investigar", dt.date(2026, 10, 1), "broken"), ("Responder", dt.date(2026, 10, 1), "kept")])
    meeting(vault, office.army, dt.date(2026, 9, 25), [office.by_place])
    esc = chain.escalation_for(vault, "organisations", office.org.id, dt.date(2026, 8, 1), dt.date(2026, 10, 31))
    stuck = esc.not_raised_above("brigade")
    assert [ladder.incident.id for ladder in stuck] == [office.by_unit.id]
    broken = [c.text for r in esc.rungs if r.authority.kind == "brigade" for c in r.commitments if c.status == "broken"]
    assert broken == ["Investigar"]


def test_follow_up_board_groups_commitments_by_authority(vault, office):
    meeting(vault, office.brigade, dt.date(2026, 9, 1), [office.by_unit], commitments=[
        ("Vencido hace una semana", TODAY - dt.timedelta(days=7), "pending"),
        ("Vence pronto", TODAY + dt.timedelta(days=3), "pending"),
        ("Vence lejos", TODAY + dt.timedelta(days=60), "pending"),
        ("Vencido pero cumplido", TODAY - dt.timedelta(days=7), "kept"),
    ])
    meeting(vault, office.mayor, dt.date(2026, 9, 2), [], commitments=[
        ("Vencido hace un mes", TODAY - dt.timedelta(days=30), "pending"),
        ("Vencido ayer", TODAY - dt.timedelta(days=1), "pending"),
    ])
    vault.commitments.add(Commitment(meeting_id=meeting(vault, office.mayor, dt.date(2026, 9, 3)).id,
                                     text="Sin plazo", status="pending"))
    board = chain.followup_board(vault, TODAY)
    assert [g.authority.name for g in board.groups] == ["Alcaldía de San Isidro", "Brigada 7"]
    mayor, brigade = board.groups
    assert [(d.commitment.text, d.days) for d in mayor.overdue] == [("Vencido hace un mes", -30), ("Vencido ayer", -1)]
    assert mayor.due_soon == []
    assert [d.commitment.text for d in brigade.overdue] == ["Vencido hace una semana"]
    assert [(d.commitment.text, d.days) for d in brigade.due_soon] == [("Vence pronto", 3)]
    assert board.overdue_count == 3


def test_follow_up_board_lists_meetings_to_hold(vault, office):
    planned = meeting(vault, office.division, dt.date.today() + dt.timedelta(days=10), [office.by_unit],
                      status="planned")
    asked = meeting(vault, office.battalion, dt.date(2026, 9, 1))
    asked.next_meeting_on = dt.date(2026, 10, 1)
    vault.meetings.update(asked)
    followed = meeting(vault, office.governor, dt.date(2026, 9, 1))
    followed.next_meeting_on = dt.date(2026, 10, 1)
    vault.meetings.update(followed)
    meeting(vault, office.governor, dt.date(2026, 10, 2))  # the governor was met again since
    board = chain.followup_board(vault, TODAY)
    assert [(n.authority.name, n.planned, n.meeting.id) for n in board.meetings] == [
        ("Batallón Cerro Azul", False, asked.id), ("Primera División", True, planned.id)]


def test_follow_up_board_lists_grave_incidents_not_raised_beyond_the_local_level(vault, office):
    meeting(vault, office.battalion, dt.date(2026, 9, 5), [office.by_unit])  # local only: still listed
    board = chain.followup_board(vault, TODAY)
    assert ids(board.unescalated) == {office.by_unit.id, office.by_place.id}
    meeting(vault, office.brigade, dt.date(2026, 9, 6), [office.by_unit])
    closed = vault.incidents.get(office.by_place.id)
    closed.follow_up = "closed"
    vault.incidents.update(closed)
    assert chain.followup_board(vault, TODAY).unescalated == []


def test_follow_up_rows_for_the_command_line(vault, office):
    meeting(vault, office.brigade, dt.date(2026, 9, 1), [], commitments=[
        ("Vencido", TODAY - dt.timedelta(days=2), "pending"), ("Pronto", TODAY + dt.timedelta(days=2), "pending")])
    board = chain.followup_board(vault, TODAY)
    header, rows = chain.followup_rows(board, overdue_only=True)
    assert header[:4] == ["section", "authority", "date", "days"]
    assert [r[:2] + [r[5]] for r in rows] == [["overdue", "Brigada 7", "Vencido"]]
    _header, rows = chain.followup_rows(board)
    assert {r[0] for r in rows} == {"overdue", "due soon", "not raised above local level"}


def test_officials_offered_by_date(vault, office):
    from .builders import official

    before = official(vault, office.battalion, "Coronel Antes", dt.date(2024, 1, 1), dt.date(2025, 12, 31))
    now = official(vault, office.battalion, "Coronel Ahora", dt.date(2026, 1, 1))
    open_start = official(vault, office.battalion, "Mayor Sin Fecha", None, None, position="Oficial de DDHH")
    official(vault, office.brigade, "General de Otra Unidad", dt.date(2020, 1, 1))
    day = dt.date(2025, 6, 1)
    assert {o.id for o in chain.officials_in_post(vault, office.battalion.id, day)} == {before.id, open_start.id}
    day = dt.date(2026, 1, 1)
    assert {o.id for o in chain.officials_in_post(vault, office.battalion.id, day)} == {now.id, open_start.id}
    assert {o.id for o in chain.officials_in_post(vault, office.battalion.id, dt.date(2025, 12, 31))} == \
        {before.id, open_start.id}


def test_commitment_status_history(vault, office):
    m = meeting(vault, office.brigade, dt.date(2026, 9, 1))
    c = vault.commitments.add(Commitment(meeting_id=m.id, text="Investigar", due_on=dt.date(2026, 10, 1)))
    c.status, c.status_note = "partly_kept", "Abrió la investigación, sin resultados"
    c = vault.commitments.update(c)
    c.text = "Investigar la amenaza"  # not a change of status: no history line
    c = vault.commitments.update(c)
    c.status, c.status_note = "broken", "Archivó el caso"
    vault.commitments.update(c)
    history = vault.commitments.history(c.id)
    assert [(old, new, note) for _at, _by, old, new, note in history] == [
        (None, "pending", ""), ("pending", "partly_kept", "Abrió la investigación, sin resultados"),
        ("partly_kept", "broken", "Archivó el caso")]


def test_ladders_and_board_on_the_demo_vault(vault):
    from accompdesk.services.demo import fill_demo

    fill_demo(vault, 200, today=TODAY)
    incidents = vault.incidents.list()
    raised = chain.raised_meetings(vault, [i.id for i in incidents])
    assert raised, "the demo raises incidents in meetings"
    esc = chain.escalation(vault, incidents)
    order = ["local", "regional", "national", "international"]
    for ladder in esc.ladders:
        levels = [order.index(r.authority.level) for r in ladder.rungs]
        assert levels == sorted(levels)
        assert ladder.rungs[-1].authority.level == "international"
        held = {m.id for m, _c in raised.get(ladder.incident.id, []) if m.status == "held"}
        assert {r.meeting.id for rung in ladder.rungs for r in rung.raised} == held
        step = ladder.next_step
        if step is not None:
            below = ladder.rungs[:ladder.rungs.index(step)]
            assert all(r.reached or r.planned or not r.on_chain for r in below)
        if ladder.incident.perpetrator_authority_id:
            assert ladder.basis == "unit"
            first = next(r for r in ladder.rungs if r.on_chain)
            assert first.authority.id == ladder.incident.perpetrator_authority_id
    board = chain.followup_board(vault, TODAY)
    for group in board.groups:
        assert all(d.days < 0 and d.commitment.status == "pending" for d in group.overdue)
        assert all(0 <= d.days <= chain.DUE_SOON_DAYS for d in group.due_soon)
        assert all(d.meeting.authority_id == group.authority.id for d in group.overdue + group.due_soon)
    assert all(i.severity in ("high", "critical") for i in board.unescalated)
