"""The import wizard and the export dialog, offscreen, on real vaults; any Qt warning fails."""

from __future__ import annotations

import csv
import datetime as dt
import threading
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from accompdesk.exchange import profiles

from ...exchange.helpers import office, spanish_excel_csv, vault_state, xlsx
from tests.gui.fixtures.exchange import _cli_env, qt_warnings_fail  # noqa: F401 - fixtures used by name

pytestmark = pytest.mark.usefixtures("qt_warnings_fail")

HEADER = "Fecha del hecho;Resumen;Tipo de agresión;Lugar;Víctimas;Observaciones"


@pytest.fixture
def wizard(vault, qtbot):
    from accompdesk.gui.common import i18n
    from accompdesk.gui.dialogs.exchange import open_import_wizard

    i18n.set_language_for_labels("en")
    office(vault)
    w = open_import_wizard(None, vault, table="incidents")
    qtbot.addWidget(w)
    yield w
    w.reject()


def spanish_file(tmp_path, rows: list[str], name="incidentes.csv"):
    path = tmp_path / name
    path.write_bytes(spanish_excel_csv([HEADER] + rows))
    return str(path)


def big_file(tmp_path, n: int) -> str:
    return spanish_file(tmp_path, [f"{1 + i % 28:02d}/{1 + i % 12:02d}/2023;Hecho {i};Amenaza;Vereda {i};;"
                                   for i in range(n)], "grande.csv")


def next_page(qtbot, w):
    w.button(QWizard.WizardButton.NextButton).click() if w.button(QWizard.WizardButton.NextButton).isVisible() \
        else w.button(QWizard.WizardButton.CommitButton).click()


def go_to_check(qtbot, w, path):
    w.file_page.load_file(path)
    assert w.file_page.isComplete()
    w.next()
    assert w.currentPage() is w.mapping_page
    with qtbot.waitSignal(w.check_page.finished, timeout=60_000):
        w.next()
    assert w.currentPage() is w.check_page


def test_the_wizard_shows_the_file_as_read_then_maps_checks_and_imports(wizard, vault, qtbot, tmp_path):
    w = wizard
    path = spanish_file(tmp_path, ["05/03/2023;Amenaza a la lideresa;Amenaza;Toribío;Ana Pérez Quiñones;nota",
                                   "03/04/2023;Seguimiento;Seguimiento;Jambaló;;otra"])
    w.file_page.load_file(path)
    page = w.file_page
    assert "Windows-1252" in page.read_as.text() and "semicolon" in page.read_as.text()
    assert page.preview.horizontalHeaderItem(2).text() == "Tipo de agresión"
    assert page.preview.item(0, 3).text() == "Toribío"
    assert page.preview.verticalHeaderItem(0).text() == "2"
    w.next()
    mapping = w.mapping_page
    fields = {w.plan.mapping.columns[r].header: c.currentData() for r, c in enumerate(mapping.combos)}
    assert fields == {"Fecha del hecho": "occurred_on", "Resumen": "summary", "Tipo de agresión": "kind",
                      "Lugar": "place", "Víctimas": "affected_persons", "Observaciones": None}
    mapping.set_field("Observaciones", "description")
    assert "Amenaza a la lideresa" in mapping.table.item(1, 1).text()
    with qtbot.waitSignal(w.check_page.finished, timeout=60_000):
        w.next()
    check = w.check_page
    assert check.summary.text() == "Ready to import 2 incidents: 2 new, 0 updated."
    messages = [check.report.item(r, 3).text() for r in range(check.report.rowCount())]
    assert any("was read as 3 April 2023" in m for m in messages)
    assert check.isComplete() and vault.incidents.count() == 0
    with qtbot.waitSignal(w.imported, timeout=60_000) as signal:
        with qtbot.waitSignal(w.import_page.finished, timeout=60_000):
            w.next()
    assert signal.args == ["incidents", 2]
    assert w.import_page.summary.text() == "Imported 2 incidents: 2 new, 0 updated."
    stored = {i.summary: i for i in vault.incidents.list()}
    assert stored["Amenaza a la lideresa"].description == "nota"
    assert stored["Seguimiento"].occurred_on == dt.date(2023, 4, 3)


def test_problems_stop_the_wizard_and_the_report_can_be_saved(wizard, vault, qtbot, tmp_path):
    w = wizard
    path = spanish_file(tmp_path, ["31/02/2023;Fecha imposible;Amenaza;x;;", "15/03/2023;Bien;Amenaza;y;;",
                                   "15/03/2023;Tipo raro;Volcán;z;Nadie Conocido;"])
    go_to_check(qtbot, w, path)
    check = w.check_page
    assert check.errors == 3 and not check.isComplete()
    assert "3 problem(s) stop this file" in check.summary.text()
    report = tmp_path / "informe.csv"
    assert check.save_report(str(report))
    rows = list(csv.DictReader(open(report, encoding="utf-8-sig")))
    assert [(r["row"], r["column"]) for r in rows] == [("2", "Fecha del hecho"), ("4", "Tipo de agresión"),
                                                       ("4", "Víctimas")]
    # Leaving out rows with problems makes the rest importable.
    w.back()
    w.mapping_page.skip_invalid.setChecked(True)
    with qtbot.waitSignal(w.check_page.finished, timeout=60_000):
        w.next()
    assert check.isComplete()
    assert "1 new" in check.summary.text() and "2 row(s) with problems will be left out" in check.summary.text()


def test_a_mapping_saved_in_the_wizard_is_offered_for_the_next_file(wizard, vault, qtbot, tmp_path):
    w = wizard
    path = tmp_path / "raro.xlsx"
    path.write_bytes(xlsx([["Día", "Qué pasó", "Clase"], [dt.date(2023, 5, 1), "Algo", "Amenaza"]]))
    w.file_page.load_file(str(path))
    assert "Excel workbook, sheet Hoja1" in w.file_page.read_as.text()
    w.next()
    for header, field in (("Día", "occurred_on"), ("Qué pasó", "summary"), ("Clase", "kind")):
        w.mapping_page.set_field(header, field)
    assert w.mapping_page.save_profile("Oficina de Popayán")
    assert profiles.load(vault, "Oficina de Popayán").columns == {"Día": "occurred_on", "Qué pasó": "summary",
                                                                  "Clase": "kind"}
    w.back()
    w.file_page.select_profile("(none)")
    w.file_page.select_profile("Oficina de Popayán")
    w.file_page.reload()
    assert [c.field for c in w.plan.mapping.columns] == ["occurred_on", "summary", "kind"]
    assert [c.source for c in w.plan.mapping.columns] == ["profile"] * 3


def _hold_when_writing(page):
    """Stop the worker thread at its first write (its transaction is open) until the test
    has cancelled: the cancel is then certain to land inside the import, never after it.
    The watcher runs in the worker thread and reads plain Python objects only."""
    held, shared = threading.Event(), {}

    def hold(phase, _done, _total):
        if phase == "writing" and not held.is_set():
            held.set()
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and not (shared.get("cancel") and shared["cancel"].is_set()):
                time.sleep(0.01)

    page.watchers.append(hold)
    return held, shared


def test_cancel_during_the_import_leaves_the_vault_exactly_as_it_was(wizard, vault, qtbot, tmp_path):
    w = wizard
    go_to_check(qtbot, w, big_file(tmp_path, 3000))
    assert w.check_page.isComplete()
    before = vault_state(vault)
    page = w.import_page
    held, shared = _hold_when_writing(page)
    w.next()  # the import starts
    shared["cancel"] = page.worker.cancel_event
    qtbot.waitUntil(held.is_set, timeout=60_000)
    with qtbot.waitSignal(page.finished, timeout=60_000) as outcome:
        qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert outcome.args == [False]
    assert page.summary.text() == "The import was cancelled; the vault is exactly as it was."
    assert vault_state(vault) == before
    assert vault.verify_audit()[0]


def test_closing_the_wizard_during_the_import_rolls_it_back(wizard, vault, qtbot, tmp_path):
    w = wizard
    go_to_check(qtbot, w, big_file(tmp_path, 3000))
    before = vault_state(vault)
    held, shared = _hold_when_writing(w.import_page)
    w.next()
    worker = w.import_page.worker
    shared["cancel"] = worker.cancel_event
    qtbot.waitUntil(held.is_set, timeout=60_000)
    w.reject()  # the window's close button or Escape
    assert not worker.running()
    assert vault_state(vault) == before


def test_the_export_dialog_writes_the_list_for_its_audience(vault, qtbot, tmp_path):
    from accompdesk.domain.records import Incident
    from accompdesk.gui.dialogs.exchange import open_export_dialog

    ids = office(vault)
    vault.incidents.add(Incident(summary="=1+1 Amenaza a Ana Pérez Quiñones", occurred_on=dt.date(2023, 1, 5),
                                 kind="threat", affected_persons=[ids["ana"], ids["luis"]]))
    vault.incidents.add(Incident(summary="Allanamiento", occurred_on=dt.date(2023, 1, 6), kind="raid"))
    dialog = open_export_dialog(None, vault, "incidents", columns=["occurred_on", "summary", "affected_persons"],
                                filters={"kind": "threat"})
    qtbot.addWidget(dialog)
    assert dialog.audience_combo.currentData() == "public"
    assert [dialog.audience_combo.itemData(i) for i in range(dialog.audience_combo.count())] == \
        ["public", "diplomatic", "internal"]
    assert "1 rows" in dialog.what.text()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("csv"))
    target = tmp_path / "lista"
    audit_before = len(vault.audit_entries())
    with qtbot.waitSignal(dialog.exported, timeout=60_000) as done:
        dialog.export_to(str(target))
    assert done.args == [str(target) + ".csv", 1]
    rows = list(csv.reader(open(str(target) + ".csv", encoding="utf-8-sig")))
    assert rows[0][0].startswith("Audience: Public.")
    assert rows[1] == ["Date", "Summary", "Persons affected"]
    assert rows[2] == ["2023-01-05", "'=1+1 Amenaza a a community leader in Cauca",
                       "a community leader in Cauca; Luis Ángel Mina"]
    # The window says what the rules withheld, as the command line does.
    assert "Withheld for the public audience: 1 person or organisation described" in dialog.status.text()
    assert len(vault.audit_entries()) == audit_before + 1
    dialog.reject()


def test_the_wizard_speaks_spanish_when_the_window_does(vault, qtbot):
    from accompdesk.gui.common import i18n
    from accompdesk.gui.dialogs.exchange import open_export_dialog, open_import_wizard
    from accompdesk.gui.common.catalogues import exchange as translations

    i18n.install("es")
    try:
        w = open_import_wizard(None, vault, table="persons")
        qtbot.addWidget(w)
        assert w.windowTitle() == "Importar una hoja de cálculo"
        assert w.file_page.table_combo.currentText() == "Personas"
        assert w.file_page.profile_combo.itemText(0) == "(sugerida a partir de los encabezados)"
        dialog = open_export_dialog(None, vault, "incidents")
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Exportar la lista"
        assert dialog.audience_combo.currentText() == "Público"
        assert dialog.delimiter_combo.currentData() == ";"  # what Excel in Spanish expects
        w.reject()
        dialog.reject()
    finally:
        i18n.install("en")
        translations.ensure()


def test_the_spanish_catalogue_is_complete_and_current(tmp_path):
    import subprocess
    import sys
    import xml.etree.ElementTree as ET
    from pathlib import Path

    from accompdesk.resources import translations_dir
    from tools.translations import CATALOGUES

    sources = CATALOGUES["exchange"].sources()
    ts = translations_dir() / "exchange_es.ts"
    assert ts.with_suffix(".qm").is_file()
    shipped = ET.parse(ts).getroot()
    unfinished = [m.find("source").text for m in shipped.iter("message")
                  if m.find("translation").get("type") == "unfinished" or not m.find("translation").text]
    assert unfinished == []
    fresh = tmp_path / "fresh.ts"
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(tool), *sources,
                    "-ts", str(fresh), "-no-obsolete", "-locations", "none"], check=True, capture_output=True)
    strings = lambda root: {(c.find("name").text, m.find("source").text)  # noqa: E731
                            for c in root.iter("context") for m in c.iter("message")}
    assert strings(ET.parse(fresh).getroot()) == strings(shipped)
