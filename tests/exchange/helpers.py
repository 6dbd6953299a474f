"""Messy files as offices send them, built in memory by the tests themselves."""

from __future__ import annotations

import datetime as dt
import io

from accompdesk import cli
from accompdesk.domain.records import Authority, Organisation, Person


def run(capsys, *args) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def spanish_excel_csv(lines: list[str]) -> bytes:
    """What Spanish-language Excel saves as "CSV (delimitado por comas)": semicolons,
    Windows-1252, CRLF line ends, no BOM."""
    return ("\r\n".join(lines) + "\r\n").encode("cp1252")


def xlsx(rows: list[list], title: str = "Hoja1") -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def vault_state(vault) -> dict:
    """Everything an import could change: every table's rows, the audit log, settings."""
    from accompdesk.domain.records import ALL_TYPES

    state = {}
    for table in ALL_TYPES:
        state[table] = sorted(repr(r) for r in vault.repo(table).list(include_deleted=True))
    state["audit"] = [e.hash for e in vault.audit_entries()]
    state["settings"] = vault.conn.execute("SELECT key, value FROM settings ORDER BY key").fetchall()
    state["search"] = vault.conn.execute("SELECT count(*) FROM search_docs").fetchone()[0]
    return state


def office(vault) -> dict[str, str]:
    """A small office: organisations, defenders, a chain of command."""
    org = vault.organisations.add(Organisation(name="Asociación Campesina del Valle", alias="ACVA",
                                               kind="peasant_organisation", consent_level="public"))
    ana = vault.persons.add(Person(full_name="Ana Pérez Quiñones", alias="La Profe", consent_level="internal",
                                   kind="community_leader", region="Cauca", organisation_id=org.id))
    luis = vault.persons.add(Person(full_name="Luis Ángel Mina", consent_level="public", kind="lawyer"))
    ministry = vault.authorities.add(Authority(name="Ministerio de Defensa", kind="ministry", level="national"))
    brigade = vault.authorities.add(Authority(name="Brigada 29", kind="brigade", level="regional",
                                              superior_id=ministry.id))
    battalion = vault.authorities.add(Authority(name="Batallón Ayacucho", kind="battalion",
                                                superior_id=brigade.id))
    return {"org": org.id, "ana": ana.id, "luis": luis.id, "ministry": ministry.id,
            "brigade": brigade.id, "battalion": battalion.id}


TODAY = dt.date.today()
