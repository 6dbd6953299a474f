"""Spanish is complete for every safety string (the compiled forms are checked with every other form, tests/gui/test_ui_forms.py)."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from accompdesk.gui.common.catalogues import safety as translations
from accompdesk.resources import translations_dir
from tools.translations import CATALOGUES
from tests.gui.fixtures.safety import qt_warnings_fail, gui, settings  # noqa: F401 - fixtures used by name

TS = translations_dir() / "safety_es.ts"
EN_TS = TS.with_name("safety_en.ts")
catalogue = CATALOGUES["safety"]
PLACEHOLDER = re.compile(r"%(?:\d|n)")


def test_spanish_is_complete_for_the_current_sources(tmp_path):
    fresh = tmp_path / "safety_es.ts"
    shutil.copy(TS, fresh)
    subprocess.run(catalogue.lupdate_command(str(fresh)), check=True, capture_output=True)
    messages = list(ET.parse(fresh).getroot().iter("message"))
    assert len(messages) > 200
    for message in messages:
        source = message.find("source").text
        translation = message.find("translation")
        assert translation.get("type") is None, f"not translated: {source!r}"
        forms_ = [f.text for f in translation.findall("numerusform")] if message.get("numerus") else [translation.text]
        assert forms_ and all(forms_), f"empty translation: {source!r}"
        for form in forms_:
            assert sorted(set(PLACEHOLDER.findall(form))) == sorted(set(PLACEHOLDER.findall(source))), source


def test_english_plurals_are_complete(tmp_path):
    fresh = tmp_path / "safety_en.ts"
    shutil.copy(EN_TS, fresh)
    subprocess.run(catalogue.lupdate_command(str(fresh)), check=True, capture_output=True)
    plurals = [m for m in ET.parse(fresh).getroot().iter("message") if m.get("numerus")]
    assert plurals
    for message in plurals:
        forms_ = [f.text for f in message.find("translation").findall("numerusform")]
        assert len(forms_) == 2 and all(forms_), message.find("source").text


@pytest.mark.parametrize("ts", [TS, EN_TS], ids=["es", "en"])
def test_the_compiled_translation_is_current(tmp_path, ts):
    import sys

    out = tmp_path / ts.with_suffix(".qm").name
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), str(ts), "-qm", str(out)], check=True, capture_output=True)
    assert out.read_bytes() == ts.with_suffix(".qm").read_bytes(), f"run pyside6-lrelease on {ts.name}"


def test_english_says_one_entry(qtbot, gui, vault):
    from accompdesk.gui.common.safety_texts import chain_text

    assert translations.install("en")
    assert chain_text("1 audit entries, chain intact") == "1 audit entry; the chain is intact."


@pytest.fixture
def spanish(gui):
    from accompdesk.gui.common import i18n

    i18n.install("es")
    assert translations.install("es")
    yield
    translations.install("en")


def test_the_dialogs_speak_spanish(qtbot, spanish, vault, settings):
    from accompdesk.domain.records import Person
    from accompdesk.gui.dialogs.audit_log import AuditLogDialog
    from accompdesk.gui.dialogs.backup import BackupDialog
    from accompdesk.gui.dialogs.damaged import DamagedVaultDialog
    from accompdesk.gui.dialogs.restore import RestoreWizard
    from accompdesk.gui.dialogs.staff import StaffDialog
    from accompdesk.gui.dialogs.staff_forms import AddStaffDialog
    from accompdesk.gui.common.safety_texts import chain_text
    from accompdesk.vault.errors import VaultDamaged

    vault.persons.add(Person(full_name="Uno"))
    staff = StaffDialog(vault)
    add = AddStaffDialog(vault)
    add.ui.passphrase.setText("corta")
    log = AuditLogDialog(vault)
    backup = BackupDialog(vault, settings)
    wizard = RestoreWizard(vault.path, settings)
    damaged = DamagedVaultDialog(vault.path, VaultDamaged("x"), settings)
    for widget in (staff, add, log, backup, wizard, damaged):
        qtbot.addWidget(widget)
    assert staff.windowTitle() == "Equipo y ranuras de clave"
    assert staff.ui.staff_table.horizontalHeaderItem(1).text() == "Rol"
    assert add.ui.hint.text().startswith("Demasiado corta")
    assert log.ui.count_label.text() == "Se muestran 3 entradas."
    assert log.model.headerData(0, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal) == "N.º"
    assert "creado" in {log.model.cell(e, 3) for e in log.model.entries}
    assert chain_text("1 audit entries, chain intact") == "1 entrada de auditoría; la cadena está intacta."
    assert backup.ui.start_button.text() == "&Hacer la copia ahora"
    assert wizard.windowTitle() == "Restaurar desde una copia de seguridad"
    assert damaged.ui.heading.text() == "La bóveda está dañada"
