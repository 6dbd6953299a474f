"""Likely duplicates reported and skipped unless asked; saved mapping profiles."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from accompdesk.domain.records import Incident
from accompdesk.exchange import importer, profiles
from accompdesk.vault.errors import PermissionDenied, UsageError
from accompdesk.vault.store import Vault

from ..conftest import PASSPHRASE
from .helpers import run, spanish_excel_csv

FILE = ["Fecha;Resumen;Tipo;Lugar",
        "15/03/2024;Amenaza a la lideresa;Amenaza;Vereda El Tóez",
        "16/03/2024;Otra cosa;Amenaza;Toribío",
        "15/03/2024;AMENAZA A LA LIDERESA;amenaza;vereda el toez",   # the same as row 2, written otherwise
        "17/03/2024;Ya estaba;Amenaza;Jambaló"]


def test_duplicates_in_the_vault_and_in_the_file_are_reported_and_skipped(vault):
    vault.incidents.add(Incident(summary="Ya estaba", occurred_on=dt.date(2024, 3, 17), kind="threat",
                                 place="Jambaló"))
    result = importer.import_file(vault, "incidents", spanish_excel_csv(FILE), "i.csv")
    assert (result.created, result.skipped_duplicates) == (2, 2)
    notes = {(i.row, i.severity): i.message for i in result.issues}
    assert notes[(4, "duplicate")] == "likely duplicate of row 2 (same date, place and summary); skipped."
    assert notes[(5, "duplicate")] == ("likely duplicate of an incident already in the vault "
                                       "(same date, place and summary); skipped.")
    assert vault.incidents.count() == 3


def test_keep_duplicates_imports_them_and_still_says_so(vault):
    vault.incidents.add(Incident(summary="Ya estaba", occurred_on=dt.date(2024, 3, 17), kind="threat",
                                 place="Jambaló"))
    result = importer.import_file(vault, "incidents", spanish_excel_csv(FILE), "i.csv",
                                  options=importer.Options(keep_duplicates=True))
    assert (result.created, result.skipped_duplicates) == (4, 0)
    assert sum("imported as asked" in i.message for i in result.issues) == 2
    assert vault.incidents.count() == 5


def test_reimporting_the_same_file_imports_nothing_new(capsys, vault, vault_path, tmp_path):
    vault.close()
    f = tmp_path / "i.csv"
    f.write_bytes(spanish_excel_csv(FILE))
    assert run(capsys, "--vault", vault_path, "import", "incidents", f)[0] == 0
    code, out, _ = run(capsys, "--vault", vault_path, "import", "incidents", f)
    assert code == 0
    assert "Imported 0 incidents: 0 new, 0 updated. 4 likely duplicate(s) skipped" in out


def test_profiles_are_saved_in_the_vault_settings_with_an_audit_entry(vault):
    m = importer.prepare(vault, "incidents", spanish_excel_csv(["Día;Qué pasó;Clase;Notas"]), "x.csv").mapping
    from accompdesk.exchange import mapping

    mapping.apply(m, {0: "occurred_on", 1: "summary", 2: "kind", 3: None}, "--map")
    audit_before = len(vault.audit_entries())
    profiles.save(vault, profiles.from_mapping("Red de Derechos Humanos del Cauca", m, delimiter=";",
                                               month_first=False))
    row = vault.conn.execute("SELECT value, updated_by FROM settings WHERE key = ?",
                             ("import_profile:Red de Derechos Humanos del Cauca",)).fetchone()
    stored = json.loads(row[0])
    assert stored["table"] == "incidents" and stored["columns"]["Qué pasó"] == "summary"
    assert stored["columns"]["Notas"] is None and row[1] == "coordinadora"
    entries = vault.audit_entries()
    assert len(entries) == audit_before + 1 and entries[-1].action == "save import profile"
    assert vault.verify_audit()[0]
    assert profiles.names(vault) == ["Red de Derechos Humanos del Cauca"]
    assert profiles.names(vault, "persons") == []
    # Saving again replaces it (INSERT ... ON CONFLICT), one row.
    profiles.save(vault, profiles.from_mapping("Red de Derechos Humanos del Cauca", m, month_first=True))
    assert profiles.load(vault, "Red de Derechos Humanos del Cauca").month_first is True
    assert vault.conn.execute("SELECT count(*) FROM settings WHERE key LIKE 'import%'").fetchone()[0] == 1
    # Office settings still load: they ignore keys that are not theirs.
    from accompdesk.vault import settings
    assert settings.load(vault).office_name
    profiles.delete(vault, "Red de Derechos Humanos del Cauca")
    assert profiles.names(vault) == []
    with pytest.raises(UsageError, match="no import profile called"):
        profiles.load(vault, "Red de Derechos Humanos del Cauca")
    with pytest.raises(UsageError, match="1 to 60 characters"):
        profiles.from_mapping("x" * 61, m)


def test_a_profile_maps_headers_the_suggestion_would_miss(capsys, vault, vault_path, tmp_path):
    vault.close()
    odd = ["Día;Qué pasó;Clase;Notas", "15/03/2024;Algo;Amenaza;interna"]
    f = tmp_path / "raro.csv"
    f.write_bytes(spanish_excel_csv(odd))
    code, _, err = run(capsys, "--vault", vault_path, "import", "incidents", f)
    assert code == 4 and "no column for" in err
    code, out, err = run(capsys, "--vault", vault_path, "import", "incidents", f, "--dry-run",
                         "--map", "Día=occurred_on", "--map", "qué pasó=summary", "--map", "Clase=kind",
                         "--map", "Notas=-", "--save-profile", "Red Cauca")
    assert code == 0, err
    assert "Saved the mapping as the import profile Red Cauca." in out
    code, out, err = run(capsys, "--vault", vault_path, "import", "incidents", f, "--profile", "Red Cauca",
                         "--dry-run")
    assert code == 0, err
    assert "occurred_on (Date)  [profile]" in out and "(not imported)  [profile]" in out
    assert run(capsys, "--vault", vault_path, "import", "incidents", f, "--profile", "Red Cauca")[0] == 0
    with Vault.open(vault_path, passphrase=PASSPHRASE) as again:
        incident = again.incidents.list()[0]
        assert incident.summary == "Algo" and incident.description == ""
        code, _, err = run(capsys, "--vault", vault_path, "import", "persons", f, "--profile", "Red Cauca")
    assert code == 2 and "is for incidents, not persons" in err


def test_viewers_cannot_save_profiles(vault, vault_path):
    from accompdesk.vault import staff
    from accompdesk.vault.keyslots import FAST_KDF

    staff.add_staff(vault, "Lectora", "otra passphrase larga", "viewer", kdf=FAST_KDF)
    vault.close()
    with Vault.open(vault_path, passphrase="otra passphrase larga", user="Lectora") as viewer:
        m = importer.prepare(viewer, "incidents", spanish_excel_csv(["Fecha;Resumen;Tipo"]), "x.csv").mapping
        with pytest.raises(PermissionDenied):
            profiles.save(viewer, profiles.from_mapping("p", m))
