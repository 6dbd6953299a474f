"""Roles are enforced by the services (an office rule, not encryption)."""

from __future__ import annotations

import pytest

from accompdesk.domain.records import Person
from accompdesk.vault import rekey, restore, roles, staff
from accompdesk.vault.errors import PermissionDenied
from accompdesk.vault.keyslots import FAST_KDF
from accompdesk.vault.store import Vault


@pytest.fixture
def office(vault, vault_path):
    staff.add_staff(vault, "equipo", "equipo passphrase", "staff", kdf=FAST_KDF)
    staff.add_staff(vault, "visita", "visita passphrase", "viewer", kdf=FAST_KDF)
    person = vault.persons.add(Person(full_name="Persona de prueba"))
    vault.close()
    return vault_path, person.id


def _open(path, who):
    return Vault.open(path, passphrase=f"{who} passphrase", user=who)


def test_viewer_reads_but_writes_nothing(office):
    path, person_id = office
    with _open(path, "visita") as viewer:
        assert viewer.persons.get(person_id).full_name == "Persona de prueba"
        for act in (lambda: viewer.persons.add(Person(full_name="No")),
                    lambda: viewer.persons.delete(person_id),
                    lambda: staff.add_staff(viewer, "otra", "otra passphrase", kdf=FAST_KDF),
                    lambda: rekey.rekey(viewer),
                    lambda: roles.require_export(viewer, "diplomatic"),
                    lambda: roles.require(viewer, "backup")):
            with pytest.raises(PermissionDenied):
                act()
        roles.require_export(viewer, "public")


def test_staff_edits_but_does_not_manage_staff_purge_or_rekey(office):
    path, person_id = office
    with _open(path, "equipo") as member:
        member.persons.add(Person(full_name="Nueva"))
        roles.require_export(member, "diplomatic")
        for act in (lambda: member.persons.purge(person_id),
                    lambda: staff.remove_staff(member, "visita"),
                    lambda: rekey.rekey(member),
                    lambda: roles.require_export(member, "internal"),
                    lambda: roles.require(member, "restore")):
            with pytest.raises(PermissionDenied):
                act()


def test_staff_cannot_switch_the_office_to_a_restored_vault(office, tmp_path):
    path, _ = office
    with Vault.open(path, passphrase="correct horse battery staple") as coordinator:
        from accompdesk.vault.backup import backup

        copy = backup(coordinator, str(tmp_path))
    done = restore.restore(copy, str(tmp_path / "restored.vault"), passphrase="equipo passphrase",
                           user="equipo")
    with pytest.raises(PermissionDenied):
        restore.switch(done.vault, path, confirmed=True, passphrase="equipo passphrase", user="equipo")
    done.vault.close()


def test_the_table_of_audiences():
    assert roles.audiences_for("coordinator") == ("public", "diplomatic", "internal")
    assert roles.audiences_for("staff") == ("public", "diplomatic")
    assert roles.audiences_for("viewer") == ("public",)
    assert roles.may("coordinator", "manage staff") and not roles.may("staff", "manage staff")


def test_the_documentation_says_roles_are_not_encryption():
    assert "not encryption" in roles.__doc__
