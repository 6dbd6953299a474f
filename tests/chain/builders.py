"""A small, complete chain of command in a real vault, named so a test reads like the office.

Army: battalion (local) → brigade (regional) → division (regional) → army command
(national) → ministry of defence (national). Civil: mayor → governor → ministry of the
interior. International: a UN office and an embassy, both at the top of their own tree.
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from accompdesk.domain.records import (Authority, Commitment, Incident, Meeting, Official,
                                       Organisation, Person)

TOWN = "San Isidro de las Palmas"
REGION = "Cañaveral"


def build_office(vault) -> SimpleNamespace:
    A = vault.authorities.add
    o = SimpleNamespace(vault=vault)
    o.defence = A(Authority(name="Ministerio de Defensa", kind="ministry", level="national", territory="Nacional"))
    o.army = A(Authority(name="Comando del Ejército", kind="army_command", level="national",
                         superior_id=o.defence.id, territory="Nacional"))
    o.division = A(Authority(name="Primera División", kind="division", level="regional", superior_id=o.army.id,
                             territory="Varios departamentos"))
    o.brigade = A(Authority(name="Brigada 7", kind="brigade", level="regional", superior_id=o.division.id,
                            territory=REGION))
    o.battalion = A(Authority(name="Batallón Cerro Azul", kind="battalion", level="local",
                              superior_id=o.brigade.id, territory=TOWN))
    o.interior = A(Authority(name="Ministerio del Interior", kind="ministry", level="national", territory="Nacional"))
    o.governor = A(Authority(name="Gobernación de Cañaveral", kind="governor", level="regional",
                             superior_id=o.interior.id, territory=REGION))
    o.mayor = A(Authority(name="Alcaldía de San Isidro", kind="mayor", level="local", superior_id=o.governor.id,
                          territory=TOWN))
    o.un = A(Authority(name="Oficina de la ONU Derechos Humanos", kind="un_office", level="international",
                       territory="Nacional"))
    o.embassy = A(Authority(name="Embajada de Noruega", kind="embassy", level="international",
                            territory="Nacional"))
    o.org = vault.organisations.add(Organisation(name="Asociación Campesina del Río Ñambú", region=REGION))
    o.ana = vault.persons.add(Person(full_name="Ana Lucía Pito", organisation_id=o.org.id, region=REGION))
    o.jose = vault.persons.add(Person(full_name="José Ñañez Tumiñá", region=REGION))
    o.by_unit = vault.incidents.add(Incident(
        summary="Amenaza del batallón", occurred_on=dt.date(2026, 9, 1), kind="threat", severity="high",
        region=REGION, place=f"Vereda El Cedro, {TOWN}", perpetrator_type="army",
        perpetrator_authority_id=o.battalion.id, affected_persons=[o.ana.id]))
    o.by_place = vault.incidents.add(Incident(
        summary="Hombres armados sin identificar", occurred_on=dt.date(2026, 9, 15), kind="harassment",
        severity="critical", region=REGION, place=f"Vereda La Esperanza, {TOWN}", perpetrator_type="unknown",
        affected_organisations=[o.org.id]))
    o.elsewhere = vault.incidents.add(Incident(
        summary="Seguimiento en otra región", occurred_on=dt.date(2026, 8, 1), kind="surveillance",
        severity="low", region="Alto Yarumal", place="Vereda Tóez", affected_persons=[o.jose.id]))
    return o


def meeting(vault, authority, day, incidents=(), *, status="held", commitments=()) -> Meeting:
    m = vault.meetings.add(Meeting(held_on=day, authority_id=authority.id, purpose=f"Reunión con {authority.name}",
                                   incidents=[i.id for i in incidents], status=status))
    for text, due, state in commitments:
        vault.commitments.add(Commitment(meeting_id=m.id, text=text, due_on=due, status=state))
    return m


def official(vault, authority, name, start, end=None, position="Comandante") -> Official:
    return vault.officials.add(Official(full_name=name, authority_id=authority.id, position=position,
                                        start_on=start, end_on=end))
