"""The escalation ladder of one incident, computed from a real vault."""

from __future__ import annotations

import datetime as dt

from accompdesk.domain.records import Authority
from accompdesk.vault import chain

from .builders import REGION, meeting


def names(ladder):
    return [r.authority.name for r in ladder.rungs]


def test_known_unit_climbs_its_own_chain_from_lowest_level_to_international(vault, office):
    ladder = chain.ladder_for(vault, office.by_unit.id)
    assert ladder.basis == "unit"
    assert names(ladder) == ["Batallón Cerro Azul", "Brigada 7", "Primera División", "Comando del Ejército",
                             "Ministerio de Defensa", "Oficina de la ONU Derechos Humanos"]
    # The civil chain of the same town is not answerable for a unit that is known.
    assert "Alcaldía de San Isidro" not in names(ladder)
    assert not any(r.reached for r in ladder.rungs)
    assert ladder.next_step.authority.id == office.battalion.id
    assert ladder.gaps == []


def test_reached_rungs_hold_their_meetings_and_commitments_and_the_next_step_is_the_lowest_unreached(vault, office):
    m = meeting(vault, office.brigade, dt.date(2026, 9, 10), [office.by_unit],
                commitments=[("Investigar la amenaza", dt.date(2026, 10, 1), "broken")])
    meeting(vault, office.brigade, dt.date(2026, 9, 11), [office.by_place])  # another incident
    ladder = chain.ladder_for(vault, office.by_unit.id)
    brigade = ladder.rung(office.brigade.id)
    assert brigade.reached and [r.meeting.id for r in brigade.raised] == [m.id]
    assert [(c.text, c.status) for c in brigade.commitments] == [("Investigar la amenaza", "broken")]
    # Reaching the brigade does not make the battalion below it reached.
    assert ladder.next_step.authority.id == office.battalion.id
    assert ladder.highest_reached.authority.id == office.brigade.id

    meeting(vault, office.battalion, dt.date(2026, 9, 12), [office.by_unit])
    ladder = chain.ladder_for(vault, office.by_unit.id)
    assert [r.authority.name for r in ladder.rungs if not r.reached] == [
        "Primera División", "Comando del Ejército", "Ministerio de Defensa", "Oficina de la ONU Derechos Humanos"]
    assert ladder.next_step.authority.id == office.division.id


def test_a_planned_meeting_is_not_a_reached_rung_but_no_longer_the_next_step(vault, office):
    meeting(vault, office.battalion, dt.date.today() + dt.timedelta(days=5), [office.by_unit], status="planned")
    ladder = chain.ladder_for(vault, office.by_unit.id)
    battalion = ladder.rung(office.battalion.id)
    assert not battalion.reached and len(battalion.planned) == 1
    assert ladder.next_step.authority.id == office.brigade.id


def test_a_cancelled_or_trashed_meeting_reaches_nothing(vault, office):
    meeting(vault, office.battalion, dt.date(2026, 9, 3), [office.by_unit], status="cancelled")
    trashed = meeting(vault, office.brigade, dt.date(2026, 9, 4), [office.by_unit])
    vault.meetings.delete(trashed.id)
    ladder = chain.ladder_for(vault, office.by_unit.id)
    assert not any(r.reached or r.planned for r in ladder.rungs)


def test_only_a_place_gives_the_territorial_authorities_of_every_branch(vault, office):
    ladder = chain.ladder_for(vault, office.by_place.id)
    assert ladder.basis == "territory"
    levels = [r.authority.level for r in ladder.rungs]
    assert levels == sorted(levels, key=["local", "regional", "national", "international"].index)
    assert set(names(ladder)) == {"Batallón Cerro Azul", "Alcaldía de San Isidro", "Brigada 7", "Primera División",
                                  "Gobernación de Cañaveral", "Comando del Ejército", "Ministerio de Defensa",
                                  "Ministerio del Interior", "Oficina de la ONU Derechos Humanos"}
    # Within a level each branch keeps the order of its own chain.
    assert names(ladder).index("Brigada 7") < names(ladder).index("Primera División")
    assert ladder.next_step.authority.level == "local"


def test_a_known_branch_without_a_unit_narrows_the_territory_to_that_branch(vault, office):
    incident = vault.incidents.get(office.by_place.id)
    incident.perpetrator_type = "army"
    vault.incidents.update(incident)
    ladder = chain.ladder_for(vault, incident.id)
    assert names(ladder) == ["Batallón Cerro Azul", "Brigada 7", "Primera División", "Comando del Ejército",
                             "Ministerio de Defensa", "Oficina de la ONU Derechos Humanos"]


def test_territory_matches_ignore_case_and_accents_but_not_a_mere_substring(vault, office):
    incident = vault.incidents.get(office.by_place.id)
    incident.region, incident.place = "CANAVERAL", "San Isidro de las Palmas"
    vault.incidents.update(incident)
    assert "Alcaldía de San Isidro" in names(chain.ladder_for(vault, incident.id))
    incident.region, incident.place = "Otro", "San Isidro"
    vault.incidents.update(incident)
    ladder = chain.ladder_for(vault, incident.id)
    assert ladder.basis == "none"
    assert names(ladder) == ["Oficina de la ONU Derechos Humanos"]
    assert ladder.next_step.authority.id == office.un.id


def test_an_authority_whose_superior_is_missing_is_flagged_and_the_ladder_still_reaches_international(vault, office):
    brigade = vault.authorities.get(office.brigade.id)
    brigade.superior_id = None
    vault.authorities.update(brigade)
    ladder = chain.ladder_for(vault, office.by_unit.id)
    assert names(ladder) == ["Batallón Cerro Azul", "Brigada 7", "Oficina de la ONU Derechos Humanos"]
    assert [g.id for g in ladder.gaps] == [office.brigade.id]


def test_a_trashed_superior_is_passed_through_not_shown(vault, office):
    vault.authorities.delete(office.division.id)
    ladder = chain.ladder_for(vault, office.by_unit.id)
    assert "Primera División" not in names(ladder)
    assert "Comando del Ejército" in names(ladder)
    assert ladder.gaps == []


def test_a_trashed_unit_falls_back_to_the_territory(vault, office):
    vault.authorities.delete(office.battalion.id)
    ladder = chain.ladder_for(vault, office.by_unit.id)
    assert "Batallón Cerro Azul" not in names(ladder)
    assert ladder.rungs[0].authority.id == office.brigade.id


def test_raised_outside_the_chain_is_shown_as_a_reached_rung_off_the_chain(vault, office):
    meeting(vault, office.embassy, dt.date(2026, 9, 20), [office.by_unit])
    ladder = chain.ladder_for(vault, office.by_unit.id)
    embassy = ladder.rung(office.embassy.id)
    assert embassy.reached and not embassy.on_chain
    assert ladder.rungs[-1] is embassy  # international, after the chain
    assert ladder.next_step.authority.id == office.battalion.id  # off-chain rungs are never next


def test_raised_above_a_level_a_kind_or_an_authority(vault, office):
    meeting(vault, office.brigade, dt.date(2026, 9, 10), [office.by_unit])
    ladder = chain.ladder_for(vault, office.by_unit.id)
    assert ladder.raised_above("local") and not ladder.raised_above("regional")
    assert not ladder.raised_above("brigade") and not ladder.raised_above(office.brigade.id)
    assert ladder.raised_above("battalion")
    meeting(vault, office.division, dt.date(2026, 9, 11), [office.by_unit])  # same level, higher up the chain
    ladder = chain.ladder_for(vault, office.by_unit.id)
    assert ladder.raised_above("brigade") and not ladder.raised_above("regional")
    assert ladder.highest_reached.authority.id == office.division.id
    # A regional authority beside the chain is not above the brigade.
    ombudsman = vault.authorities.add(Authority(name="Defensoría Regional", kind="ombudsman", level="regional",
                                                territory=REGION))
    meeting(vault, ombudsman, dt.date(2026, 9, 12), [office.by_place])
    meeting(vault, office.battalion, dt.date(2026, 9, 12), [office.by_place])
    assert not chain.ladder_for(vault, office.by_place.id).raised_above("brigade")



def test_above_a_kind_not_on_the_ladder_means_above_its_usual_level(vault, office):
    incident = vault.incidents.get(office.by_place.id)
    incident.perpetrator_type = "civil_authority"  # the mayor's chain: no brigade on it
    vault.incidents.update(incident)
    meeting(vault, office.governor, dt.date(2026, 9, 20), [incident])
    ladder = chain.ladder_for(vault, incident.id)
    assert not any(r.authority.kind == "brigade" for r in ladder.rungs)
    assert not ladder.raised_above("brigade")  # the governor is regional, as a brigade is
    meeting(vault, office.interior, dt.date(2026, 9, 25), [incident])
    assert chain.ladder_for(vault, incident.id).raised_above("brigade")
