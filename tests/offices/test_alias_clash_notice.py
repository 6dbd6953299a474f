"""Issue 15 across offices: after a bundle is applied, staff are told, in the result the
window and the command line show, which aliases now clash and what the roster prints
for each of the records that share one (ids and offices, never names)."""

from __future__ import annotations

import pytest

from accompdesk import cli
from accompdesk.reports.roster import roster_aliases
from accompdesk.services import offices

from .alias_data import ALIASES, ARRIVES, MADE_HERE, TABLES, arrive, spaced, subject
from .helpers import PASSPHRASE, carry


@pytest.mark.parametrize("here_table, there_table", TABLES)
@pytest.mark.parametrize("here_alias, there_alias", ALIASES)
@pytest.mark.parametrize("dry_run", [False, True])
def test_the_bundle_s_result_names_the_aliases_now_shared(alias_pair, on_day, here_table, there_table,
                                                          here_alias, there_alias, dry_run):
    own, newcomer, got = arrive(alias_pair, on_day, here_table, there_table, here_alias, there_alias,
                                dry_run=dry_run)
    assert len(got.alias_clashes) == 1
    said = got.alias_clashes[0]
    assert said.code == "services.alias_clashes.now_shared"
    assert f"“{spaced(here_alias)}” for the " in said and own.id in said
    assert f"“{spaced(there_alias)} 2” for the " in said and newcomer.id in said and "from norte" in said
    assert said.index(own.id) < said.index(newcomer.id)  # the one who keeps it first
    spanish = said.text("es")
    assert f"«{spaced(there_alias)} 2» para la " in spanish and "(de norte)" in spanish
    assert "Peña" not in said and "Ortiz" not in said


def test_a_bundle_that_makes_no_new_clash_says_none(alias_pair, on_day):
    here, there = alias_pair
    there.persons.add(subject("persons", "Garza", "Ximena Ortiz Lugo"))
    on_day(MADE_HERE)
    here.persons.add(subject("persons", "Turpial", "Rodrigo Peña Salas"))
    own = here.persons.add(subject("persons", "Colibrí", "Ana Ruiz Mora"))
    here.persons.add(subject("persons", "colibri", "Luz Vera Díaz"))  # a clash of this office's own
    on_day(ARRIVES)
    assert carry(there, here).alias_clashes == []
    # An edit that arrives for a record already in a clash is no news either.
    carry(here, there)
    moved = there.persons.get(own.id)
    moved.region = "Cauca"
    there.persons.update(moved)
    assert carry(there, here).alias_clashes == []


def test_a_bundle_that_renames_into_a_clash_says_so(alias_pair, on_day):
    here, there = alias_pair
    newcomer = there.persons.add(subject("persons", "Garza", "Ximena Ortiz Lugo"))
    carry(there, here)
    own = here.persons.add(subject("persons", "Turpial", "Rodrigo Peña Salas"))
    newcomer = there.persons.get(newcomer.id)
    newcomer.alias = "TURPIAL"
    there.persons.update(newcomer)
    said = carry(there, here).alias_clashes
    printed = roster_aliases(here)
    assert len(said) == 1 and own.id in said[0] and newcomer.id in said[0]
    # What staff are told is what the roster prints.
    assert f"“{printed[own.id]}” for the person {own.id}" in said[0]
    assert f"“{printed[newcomer.id]}” for the person {newcomer.id}" in said[0]
    # Known here as Garza until now: this office's Turpial keeps its alias.
    assert (printed[own.id], printed[newcomer.id]) == ("Turpial", "TURPIAL 2")
    assert said[0].index(own.id) < said[0].index(newcomer.id)


def test_the_command_line_says_the_aliases_now_shared(alias_pair, on_day, tmp_path, capsys, monkeypatch):
    here, there = alias_pair
    monkeypatch.setenv("ACCOMPDESK_FAST_KDF", "1")
    monkeypatch.setenv("ACCOMPDESK_PASSPHRASE", PASSPHRASE)
    newcomer = there.organisations.add(subject("organisations", "El Búho", "Asociación Ortiz"))
    on_day(MADE_HERE)
    own = here.persons.add(subject("persons", "el buho", "Rodrigo Peña Salas"))
    on_day(ARRIVES)
    out = offices.make_bundle(there, offices.identity(here).name)
    path = tmp_path / "norte.bundle"
    path.write_bytes(out.data)
    vault_path = here.path
    here.close()
    for dry in (["--dry-run"], []):
        code = cli.main(["--vault", str(vault_path), "receive", str(path), *dry])
        printed, err = capsys.readouterr()
        assert code == 0, err
        lines = [line.strip() for line in printed.splitlines()]
        shared = [line for line in lines if "is now shared" in line]
        assert len(shared) == 1, printed
        assert own.id in shared[0] and newcomer.id in shared[0]
        assert "“el buho” for the person" in shared[0] and "“El Búho 2” for the organisation" in shared[0]
        assert "Peña" not in printed and "Ortiz" not in printed




def test_a_redacted_copy_from_a_diplomatic_peer_is_told_and_kept_apart(tmp_path, on_day):
    """An office that sees this one as a diplomatic peer sends its records as copies; one
    of them may bring an alias this office already uses."""
    from accompdesk.domain.records import Person

    from .alias_data import MADE_THERE
    from .helpers import make_office, trust

    on_day(MADE_THERE)
    here, there = make_office(tmp_path, "sur"), make_office(tmp_path, "grupo")
    trust(here, there, "internal", "diplomatic")
    try:
        newcomer = there.persons.add(Person(full_name="Ximena Ortiz Lugo", alias="Garza", consent_level="diplomatic"))
        on_day(MADE_HERE)
        own = here.persons.add(subject("persons", "garza", "Rodrigo Peña Salas"))
        on_day(ARRIVES)
        got = carry(there, here)
        assert here.conn.execute("SELECT count(*) FROM mirrored").fetchone()[0] == 1  # a copy, not changes
        assert len(got.alias_clashes) == 1
        said = got.alias_clashes[0]
        assert f"“garza” for the person {own.id} (recorded here)" in said
        assert f"“Garza 2” for the person {newcomer.id} (from grupo)" in said
        assert roster_aliases(here)[own.id] == "garza"
    finally:
        here.close()
        there.close()


def test_an_alias_shared_by_fewer_than_before_is_no_news(alias_pair, on_day):
    here, there = alias_pair
    ids = [there.persons.add(subject("persons", alias, name)).id
           for alias, name in (("Garza", "Ximena Ortiz Lugo"), ("garza", "Ana Ruiz Mora"), ("GARZA", "Luz Vera Díaz"))]
    said = carry(there, here).alias_clashes
    assert len(said) == 1 and all(i in said[0] for i in ids)
    there.persons.delete(ids[2])
    assert carry(there, here).alias_clashes == []
    there.persons.restore(ids[2])
    said = carry(there, here).alias_clashes
    assert len(said) == 1 and all(i in said[0] for i in ids)
