"""The window says real failures in Spanish, from their codes (the same matrix the
command line is held to in test_cli_unchanged)."""

from __future__ import annotations

import os

import pytest

from accompdesk.vault import locking
from accompdesk.vault.errors import InputRejected, VaultError
from accompdesk.vault.keyslots import FAST_KDF
from accompdesk.vault.store import Vault

from . import failures
from .failures import PASSPHRASE, make_vault


@pytest.fixture
def spanish(qapp):
    from accompdesk.gui.common import i18n

    i18n.install("es")
    yield
    i18n.install("en")


def _fails(call) -> VaultError:
    with pytest.raises(VaultError) as info:
        call()
    return info.value


def _open(path, **how):
    Vault.open(path, **how).close()


def _import_bad_rows(path):
    from accompdesk.exchange import importer

    with Vault.open(path, passphrase=PASSPHRASE) as vault:
        plan = importer.prepare(vault, "incidents", failures.BAD_ROWS.encode(), "incidents.csv")
        importer.write(vault, importer.examine(vault, plan))


def _alert_of_no_incident(path):
    from accompdesk.reports.alert import AlertOptions, build_alert

    with Vault.open(path, passphrase=PASSPHRASE) as vault:
        build_alert(vault, AlertOptions(incident_id="0" * 32, audience="public"))


def _held(path):
    with locking.vault_lock(path, locking.EXCLUSIVE, timeout=0):
        with locking.vault_lock(path, locking.EXCLUSIVE, timeout=0):
            pass


# name -> (what is done to the vault, what the window tries, what it says in Spanish)
CASES = {
    "wrong passphrase": (None, lambda p: _open(p, passphrase="wrong passphrase!"),
                         "La frase de paso no es correcta."),
    "damaged file": (failures._truncate, lambda p: _open(p, passphrase=PASSPHRASE),
                     "El archivo de la bóveda {path} está dañado: no se puede leer su índice. Se ha dejado como "
                     "estaba; restaure una copia de seguridad."),
    "empty file": (failures._empty, lambda p: _open(p, passphrase=PASSPHRASE),
                   "El archivo de la bóveda {path} está vacío: está dañado. Se ha dejado como estaba; restaure "
                   "una copia de seguridad."),
    "damaged key slots": (failures._garble_slots, lambda p: _open(p, passphrase=PASSPHRASE),
                          "El archivo de ranuras de clave está dañado y no se puede leer; abra la bóveda con la "
                          "clave de recuperación."),
    "no key slots": (failures._drop_slots, lambda p: _open(p, passphrase=PASSPHRASE),
                     "Falta el archivo de ranuras de clave; abra la bóveda con la clave de recuperación."),
    "no vault": (None, lambda p: _open(p + ".elsewhere", passphrase=PASSPHRASE),
                 "No hay ninguna bóveda en {path}.elsewhere; cree una con 'accompdesk-cli init'."),
    "vault exists": (None, lambda p: Vault.create(p, "Ana", PASSPHRASE, kdf=FAST_KDF),
                     "Ya hay una bóveda en {path}; se ha dejado como estaba."),
    "recovery key malformed": (None, lambda p: _open(p, recovery_key="1234"),
                               "Una clave de recuperación tiene 64 dígitos hexadecimales (0-9, a-f); esta no."),
    "recovery key wrong": (None, lambda p: _open(p, recovery_key="ab" * 32),
                           "La clave de recuperación no abre esta bóveda; revise los dígitos."),
    "locked vault": (None, _held,
                     "La bóveda está ocupada: otro AccompDesk la tiene abierta o la está cambiando (un cambio de "
                     "clave, una restauración, un cambio de ranuras de clave); no se cambió nada. Inténtelo de "
                     "nuevo cuando haya terminado o se haya cerrado."),
    "refused import rows": (None, _import_bad_rows,
                            "Se rechazó el archivo de incidents: 3 problema(s); no se importó nada."),
    "alert of no incident": (None, _alert_of_no_incident,
                             "No hay ningún incidente con id 00000000000000000000000000000000."),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_window_says_a_real_failure_in_spanish(name, spanish, tmp_path, monkeypatch):
    from accompdesk.gui.common.messages import error_text

    monkeypatch.setenv("ACCOMPDESK_LOCK_TIMEOUT", "0")
    prepare, attempt, said = CASES[name]
    path = make_vault(str(tmp_path))
    if prepare:
        prepare(path)
    exc = _fails(lambda: attempt(path))
    assert error_text(exc) == said.format(path=path)


def test_each_refused_import_row_is_said_in_spanish(spanish, tmp_path):
    from accompdesk.gui.common.messages import problem_text

    path = make_vault(str(tmp_path))
    with pytest.raises(InputRejected) as info:
        _import_bad_rows(path)
    rows = [(row, field, problem_text(message)) for row, field, message in info.value.report]
    assert rows == [
        (3, "occurred_on", "2999-01-01 está en el futuro."),
        (4, "kind", "'volcano' no es un valor conocido de «tipo»; es uno de: Amenaza, Atentado, Asesinato, "
                    "Desaparición, Detención arbitraria, Hostigamiento judicial, Allanamiento, Seguimiento, "
                    "Estigmatización, Robo de información, Violencia sexual, Desplazamiento forzado, "
                    "Tortura o malos tratos, Hostigamiento, Otro."),
        (5, "summary", "es obligatorio."),
    ]
    # The same rows, as the command line prints them, stay English.
    assert [str(m) for _r, _f, m in info.value.report][2] == "is required."


def test_a_form_problem_and_the_audit_chain_in_spanish(spanish, tmp_path):
    from accompdesk.domain.messages import Message
    from accompdesk.gui.common.messages import problem_text
    from accompdesk.gui.common.catalogues import safety as translations
    from accompdesk.gui.common.safety_texts import chain_text, first_bad_entry

    translations.install("es")
    try:
        missing = Message("vault.repository.no_linked_record", noun="person", record_id="ab" * 16)
        assert problem_text(missing) == "el registro vinculado ya no existe."
        altered = Message("vault.audit.entry_altered", entry=7, described="2026-01-01, ana, add")
        assert first_bad_entry(altered) == 7
        assert chain_text(altered) == ("La entrada de auditoría 7 (2026-01-01, ana, add) fue alterada después "
                                       "de escribirse.")
    finally:
        translations.install("en")


def test_an_error_the_program_does_not_expect_is_said_as_a_bug(spanish):
    from accompdesk.gui.common.messages import error_text

    assert "KeyError" in error_text(KeyError("x"))


def test_nothing_below_the_window_was_left_half_done(tmp_path):
    # A refused import changes nothing: the vault's files are as they were.
    path = make_vault(str(tmp_path))
    before = {n: os.path.getsize(os.path.join(tmp_path, n)) for n in os.listdir(tmp_path)}
    with pytest.raises(InputRejected):
        _import_bad_rows(path)
    with Vault.open(path, passphrase=PASSPHRASE) as vault:
        assert vault.incidents.count() == 0
    assert set(before) <= set(os.listdir(tmp_path))
