"""The chain of command's rules (domain/chain.py) on plain records, no vault: the ladder
of an incident, the sum of ladders, and the follow-up board."""

from __future__ import annotations

import datetime as dt

import pytest

from accompdesk.domain.chain import Tree, board, build_ladder, followup_rows, summarise
from accompdesk.domain.records import Authority, Commitment, Incident, Meeting, new_id

TODAY = dt.date(2026, 3, 10)


@pytest.fixture
def tree():
    def a(name, kind, level, superior=None, territory=""):
        return Authority(id=new_id(), name=name, kind=kind, level=level,
                         superior_id=superior.id if superior else None, territory=territory)
    un = a("ONU Derechos Humanos", "un_office", "international")
    ministry = a("Ministerio de Defensa", "ministry", "national")
    army = a("Comando del Ejército", "army_command", "national", ministry)
    brigade = a("Brigada 7", "brigade", "regional", army, "Cauca")
    battalion = a("Batallón Cerro Azul", "battalion", "local", brigade, "San Isidro")
    mayor = a("Alcaldía de San Isidro", "mayor", "local", None, "San Isidro")
    gone = a("Brigada disuelta", "brigade", "regional", army, "Cauca")
    gone.deleted_at = "2026-01-01T00:00:00Z"
    return Tree([un, ministry, army, brigade, battalion, mayor, gone]), locals()


def _names(ladder):
    return [r.authority.name for r in ladder.rungs]


def test_a_known_unit_climbs_its_own_chain_to_the_international_level(tree):
    t, by = tree
    incident = Incident(id=new_id(), summary="Amenaza", occurred_on=TODAY, region="Cauca", place="San Isidro",
                        perpetrator_type="army", perpetrator_authority_id=by["battalion"].id, severity="high")
    ladder = build_ladder(t, incident, [])
    assert ladder.basis == "unit"
    assert _names(ladder) == ["Batallón Cerro Azul", "Brigada 7", "Comando del Ejército", "Ministerio de Defensa",
                              "ONU Derechos Humanos"]
    assert ladder.next_step.authority.name == "Batallón Cerro Azul"


def test_a_meeting_reaches_its_rung_and_the_sum_counts_it(tree):
    t, by = tree
    incident = Incident(id=new_id(), summary="Amenaza", occurred_on=TODAY, region="Cauca", place="San Isidro",
                        perpetrator_authority_id=by["battalion"].id, severity="high")
    held = Meeting(id=new_id(), authority_id=by["brigade"].id, held_on=TODAY, status="held", purpose="Seguimiento")
    promise = Commitment(id=new_id(), meeting_id=held.id, text="Investigar", due_on=TODAY - dt.timedelta(days=2),
                         status="pending")
    ladder = build_ladder(t, incident, [(held, [promise])])
    assert [r.authority.name for r in ladder.rungs if r.reached] == ["Brigada 7"]
    assert ladder.next_step.authority.name == "Batallón Cerro Azul"
    total = summarise([ladder])
    brigade = next(r for r in total.rungs if r.authority.name == "Brigada 7")
    assert brigade.raised_for == {incident.id} and brigade.on_chain_for == {incident.id}


def test_without_a_unit_the_territory_answers(tree):
    t, _by = tree
    incident = Incident(id=new_id(), summary="Amenaza", occurred_on=TODAY, region="Cauca", place="San Isidro", severity="high")
    ladder = build_ladder(t, incident, [])
    assert ladder.basis == "territory"
    assert {"Brigada 7", "Alcaldía de San Isidro", "Batallón Cerro Azul"} <= set(_names(ladder))
    assert "Brigada disuelta" not in _names(ladder)  # trashed authorities are never rungs


def test_the_board_groups_what_is_due_by_authority(tree):
    t, by = tree
    meeting = Meeting(id=new_id(), authority_id=by["brigade"].id, held_on=TODAY - dt.timedelta(days=30), status="held",
                      purpose="Seguimiento")
    late = Commitment(id=new_id(), meeting_id=meeting.id, text="Investigar", due_on=TODAY - dt.timedelta(days=3),
                      status="pending")
    soon = Commitment(id=new_id(), meeting_id=meeting.id, text="Patrullar", due_on=TODAY + dt.timedelta(days=4),
                      status="pending")
    orphan = Commitment(id=new_id(), meeting_id="no such meeting", text="x", due_on=TODAY, status="pending")
    result = board(TODAY, t, [late, soon, orphan], {meeting.id: meeting}, [], [])
    assert [g.authority.name for g in result.groups] == ["Brigada 7"]
    assert [d.days for d in result.groups[0].overdue] == [-3] and [d.days for d in result.groups[0].due_soon] == [4]
    assert result.overdue_count == 1
    header, rows = followup_rows(result, overdue_only=True)
    assert header[0] == "section" and [r[:4] for r in rows] == [["overdue", "Brigada 7", "2026-03-07", "-3"]]
