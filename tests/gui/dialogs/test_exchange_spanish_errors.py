"""In the Spanish window, what the import wizard and the export dialog say went wrong
is Spanish: the sentence of the error's code, never the English of the command line."""

from __future__ import annotations

import re

import pytest

from accompdesk.domain.messages import Message
from accompdesk.gui.common import i18n
from accompdesk.gui.common.catalogues import exchange as translations

from ...exchange.helpers import office
from tests.gui.fixtures.exchange import _cli_env, qt_warnings_fail  # noqa: F401 - fixtures used by name

pytestmark = pytest.mark.usefixtures("qt_warnings_fail")

# Words of the English sentences these tests provoke; none of them is Spanish.
ENGLISH = re.compile(r"\b(the|is|not|does|exist|required|empty|known|folder|file)\b", re.IGNORECASE)
WAIT_MS = 60_000


@pytest.fixture
def spanish():
    i18n.install("es")
    yield
    i18n.install("en")
    translations.ensure()


@pytest.fixture
def wizard(vault, qtbot, spanish):
    from accompdesk.gui.dialogs.exchange import open_import_wizard

    office(vault)
    w = open_import_wizard(None, vault, table="incidents")
    qtbot.addWidget(w)
    yield w
    w.reject()


def test_a_file_the_wizard_cannot_read_is_explained_in_spanish(wizard, tmp_path):
    empty = tmp_path / "vacio.csv"
    empty.write_bytes(b"")
    wizard.file_page.load_file(str(empty))
    said = wizard.file_page.error.text()
    assert said == Message("exchange.sheet.file_empty").text("es") == "El archivo está vacío."
    assert not wizard.file_page.isComplete()


def test_the_check_report_lists_the_problems_in_spanish(wizard, qtbot, tmp_path):
    path = tmp_path / "incidentes.csv"
    path.write_text("Fecha;Resumen;Tipo\n05/03/2023;;Amenaza\n06/03/2023;Hecho;Zzz\n", encoding="utf-8")
    wizard.file_page.load_file(str(path))
    wizard.next()
    with qtbot.waitSignal(wizard.check_page.finished, timeout=WAIT_MS):
        wizard.next()
    report = wizard.check_page.report
    problems = {report.item(row, 1).text(): report.item(row, 3).text() for row in range(report.rowCount())}
    assert problems["Resumen"] == "es obligatorio."
    assert problems["Tipo"].startswith("'Zzz' no es un valor conocido")
    assert [text for text in problems.values() if ENGLISH.search(text)] == []


def test_the_export_dialog_says_in_spanish_why_nothing_was_written(vault, qtbot, tmp_path, spanish):
    from accompdesk.gui.dialogs.exchange import open_export_dialog

    office(vault)
    dialog = open_export_dialog(None, vault, "incidents")
    qtbot.addWidget(dialog)
    gone = tmp_path / "gone"
    dialog.export_to(str(gone / "lista.xlsx"))
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled() and "…" not in dialog.status.text(),
                    timeout=WAIT_MS)
    said = dialog.status.text()
    assert Message("exchange.export.folder_does_not_exist", folder=str(gone)).text("es") in said
    assert "does not exist" not in said
    assert not gone.exists()
    dialog.reject()

