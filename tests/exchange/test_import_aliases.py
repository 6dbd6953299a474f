"""Issue 15 in the import: a row may not give a person or organisation an alias another
person or organisation already has, in the vault or in an earlier row of the file. The
row is refused like any other bad row (exit 4, nothing imported; with --skip-invalid the
rest is), in one sentence that offers the free alias. A row that updates its own record
and keeps its alias passes."""

from __future__ import annotations

import pytest

from accompdesk.domain.records import Organisation, Person
from accompdesk.exchange import importer
from accompdesk.vault.errors import InputRejected
from accompdesk.vault.store import Vault

from ..conftest import PASSPHRASE
from .helpers import run, vault_state

NAME = {"persons": "full_name", "organisations": "name"}


def make(table: str, name: str, alias: str):
    if table == "persons":
        return Person(full_name=name, alias=alias)
    return Organisation(name=name, alias=alias)


def csv(table: str, rows: list[tuple[str, str]], ids: list[str] | None = None) -> bytes:
    head = ("id," if ids else "") + f"{NAME[table]},alias\n"
    lines = [(f"{ids[i]}," if ids else "") + f"{name},{alias}" for i, (name, alias) in enumerate(rows)]
    return (head + "\n".join(lines) + "\n").encode("utf-8")


TABLES = ["persons", "organisations"]
TYPED = [("El Búho", "El Búho"), ("El Búho", "el buho"), ("el buho", "«EL BÚHO»")]


@pytest.mark.parametrize("table", TABLES)
@pytest.mark.parametrize("holder", TABLES)
@pytest.mark.parametrize("stored, typed", TYPED)
def test_an_alias_another_record_has_refuses_the_row_from_the_command_line(capsys, vault, vault_path, tmp_path,
                                                                          table, holder, stored, typed):
    vault.repo(holder).add(make(holder, "Rodrigo Peña Salas", stored))
    before = vault_state(vault)
    vault.close()
    f = tmp_path / "in.csv"
    f.write_bytes(csv(table, [("Marta Lucía Ibarra", "Garza"), ("Ximena Ortiz Lugo", typed)]))
    code, out, err = run(capsys, "--vault", vault_path, "import", table, f)
    assert code == 4 and out == ""
    lines = err.strip().splitlines()
    assert lines[0] == f"The {table} file was rejected: 1 problem(s); nothing was imported."
    offer = " ".join(typed.split()) + " 2"
    assert lines[1:] == [f"  row 3, alias: “{' '.join(typed.split())}” is already the alias of another person "
                         f"or organisation; “{offer}” is free."]
    assert "Traceback" not in err and "Peña" not in err
    with Vault.open(vault_path, passphrase=PASSPHRASE) as again:
        assert vault_state(again) == before  # one transaction: nothing imported


@pytest.mark.parametrize("table", TABLES)
@pytest.mark.parametrize("first, second", [("El Búho", "el buho"), ("Garza", "GARZA"), ("El Búho", "«El Buho»")])
def test_two_rows_of_one_file_with_one_alias(capsys, vault, vault_path, tmp_path, table, first, second):
    before = vault_state(vault)
    vault.close()
    f = tmp_path / "in.csv"
    f.write_bytes(csv(table, [("Marta Lucía Ibarra", first), ("Ximena Ortiz Lugo", "Turpial"),
                              ("Rodrigo Peña Salas", second)]))
    code, _, err = run(capsys, "--vault", vault_path, "import", table, f)
    assert code == 4
    offer = " ".join(second.split()) + " 2"
    assert err.strip().splitlines()[1:] == [
        f"  row 4, alias: “{' '.join(second.split())}” is already the alias in row 2; “{offer}” is free."]
    with Vault.open(vault_path, passphrase=PASSPHRASE) as again:
        assert vault_state(again) == before
    # --skip-invalid imports the rest, and says which row was left out and why.
    code, out, err = run(capsys, "--vault", vault_path, "import", table, f, "--skip-invalid")
    assert code == 0, err
    assert "Imported 2 " in out and "1 row(s) with problems skipped." in out
    assert f"row 4, alias: “{' '.join(second.split())}” is already the alias in row 2" in out
    with Vault.open(vault_path, passphrase=PASSPHRASE) as again:
        assert sorted(r.alias for r in again.repo(table).list()) == sorted([first, "Turpial"])


def test_the_offer_is_free_in_the_vault_and_in_the_file(vault):
    vault.persons.add(make("persons", "Rodrigo Peña Salas", "Búho"))
    vault.organisations.add(make("organisations", "Asociación Campesina", "Búho 2"))
    data = csv("persons", [("Marta Lucía Ibarra", "búho"), ("Ximena Ortiz Lugo", "Búho 3"),
                           ("Luz Vera Díaz", "BUHO")])
    checked = importer.examine(vault, importer.prepare(vault, "persons", data, "in.csv"))
    said = {i.row: i.message for i in checked.errors}
    assert said == {2: "“búho” is already the alias of another person or organisation; “búho 4” is free.",
                    4: "“BUHO” is already the alias of another person or organisation; “BUHO 5” is free."}
    assert [r.alias for r in checked.records] == ["Búho 3"]
    assert said[2].code == "exchange.aliases.alias_taken"
    assert said[2].text("es") == "«búho» ya es el alias de otra persona u organización; «búho 4» está libre."


@pytest.mark.parametrize("table", TABLES)
def test_a_row_that_updates_its_own_record_keeps_its_alias(capsys, vault, vault_path, tmp_path, table):
    # Two records that already share an alias (older than the check): updating one of them
    # by id, alias unchanged, is no clash of the import's making.
    own = vault.repo(table).add(make(table, "Rodrigo Peña Salas", "El Búho"))
    other = vault.repo(table).add(make(table, "Ximena Ortiz Lugo", "Garza"))
    vault.conn.execute(f"UPDATE {table} SET alias = 'el buho' WHERE id = ?", (other.id,))
    vault.conn.commit()
    vault.close()
    f = tmp_path / "in.csv"
    f.write_bytes(csv(table, [("Rodrigo Peña Salas Updated", "El Búho"), ("Ximena Ortiz", "el buho")],
                      ids=[own.id, other.id]))
    code, out, err = run(capsys, "--vault", vault_path, "import", table, f)
    assert code == 0, err
    assert "2 updated" in out
    # Changing one's alias to one another record has is refused like a new row.
    f.write_bytes(csv(table, [("Rodrigo Peña Salas", "el BUHO"), ("Ximena Ortiz", "Garza")],
                      ids=[own.id, other.id]))
    code, _, err = run(capsys, "--vault", vault_path, "import", table, f)
    assert code == 0, err  # "el BUHO" is its own alias, in other letters; Garza is free
    f.write_bytes(csv(table, [("Ximena Ortiz", "EL BÚHO")], ids=[other.id]))
    code, _, err = run(capsys, "--vault", vault_path, "import", table, f)
    assert code == 4 and "“EL BÚHO” is already the alias of another person or organisation" in err


@pytest.mark.parametrize("table", TABLES)
def test_match_updates_keep_their_alias_and_new_rows_are_refused(vault, table):
    vault.repo(table).add(make(table, "Rodrigo Peña Salas", "El Búho"))
    data = csv(table, [("Rodrigo Peña Salas", "el buho"), ("Ximena Ortiz Lugo", "El Buho")])
    plan = importer.prepare(vault, table, data, "in.csv", matches=[f"{NAME[table]}={NAME[table]}"])
    checked = importer.examine(vault, plan)
    assert [(i.row, i.message.code) for i in checked.errors] == [(3, "exchange.aliases.alias_taken")]
    with pytest.raises(InputRejected):
        importer.write(vault, checked)
    result = importer.write(vault, importer.examine(vault, plan, importer.Options(skip_invalid=True)))
    assert (result.created, result.updated, result.skipped_invalid) == (0, 1, 1)
    assert [r.alias for r in vault.repo(table).list()] == ["el buho"]


def test_a_deleted_record_s_alias_is_not_taken(vault):
    gone = vault.persons.add(make("persons", "Rodrigo Peña Salas", "El Búho"))
    vault.persons.delete(gone.id)
    checked = importer.examine(vault, importer.prepare(vault, "persons", csv("persons", [
        ("Ximena Ortiz Lugo", "El Búho")]), "in.csv"))
    assert checked.errors == [] and len(checked.records) == 1


def test_files_without_an_alias_column_are_not_checked(vault):
    vault.persons.add(make("persons", "Rodrigo Peña Salas", "El Búho"))
    data = b"full_name,region\nXimena Ortiz Lugo,Cauca\n"
    checked = importer.examine(vault, importer.prepare(vault, "persons", data, "in.csv"))
    assert checked.errors == [] and len(checked.records) == 1
