"""The wizard reads a column's values as codes (as --map-value does) and saves them in the profile."""

from __future__ import annotations

import pytest

from accompdesk.exchange import profiles

from ...exchange.helpers import spanish_excel_csv
from .test_import_export import wizard  # noqa: F401 - the fixture
from tests.gui.fixtures.exchange import _cli_env, qt_warnings_fail  # noqa: F401 - fixtures used by name

pytestmark = pytest.mark.usefixtures("qt_warnings_fail")


def test_a_numeric_scale_is_offered_its_reading_and_imported_as_chosen(wizard, vault, qtbot, tmp_path):  # noqa: F811
    w = wizard
    path = tmp_path / "gravedad.csv"
    path.write_bytes(spanish_excel_csv(["Fecha del hecho;Resumen;Tipo;Gravedad", "05/03/2023;Amenaza;Amenaza;5",
                                        "06/03/2023;Robo;Robo de información;2", "07/03/2023;Otra;Amenaza;3"]))
    w.file_page.load_file(str(path))
    w.next()
    dialog = w.mapping_page.value_dialog()
    read_as = {(dialog.table.item(r, 0).text(), dialog.table.item(r, 1).text()):
               dialog.table.cellWidget(r, 2).currentData() for r in range(dialog.table.rowCount())}
    assert read_as == {("Tipo", "Amenaza"): "threat", ("Tipo", "Robo de información"): "theft_of_information",
                       ("Gravedad", "5"): "critical", ("Gravedad", "2"): "low", ("Gravedad", "3"): "medium"}
    dialog.choose("severity", "3", "high")
    w.mapping_page.apply_values(dialog)
    assert w.plan.value_maps == {"severity": {"5": "critical", "2": "low", "3": "high"}}
    assert w.mapping_page.save_profile("Gravedad 1-5")
    assert profiles.load(vault, "Gravedad 1-5").values == {"Gravedad": {"5": "critical", "2": "low", "3": "high"}}
    with qtbot.waitSignal(w.check_page.finished, timeout=60_000):
        w.next()
    assert w.check_page.summary.text() == "Ready to import 3 incidents: 3 new, 0 updated."
    with qtbot.waitSignal(w.imported, timeout=60_000):
        with qtbot.waitSignal(w.import_page.finished, timeout=60_000):
            w.next()
    assert {i.summary: i.severity for i in vault.incidents.list()} == {"Amenaza": "critical", "Robo": "low",
                                                                      "Otra": "high"}


def test_words_the_vocabulary_already_reads_are_not_stored(wizard, vault, tmp_path):  # noqa: F811
    w = wizard
    path = tmp_path / "g.csv"
    path.write_bytes(spanish_excel_csv(["Fecha del hecho;Resumen;Gravedad", "05/03/2023;A;Alta",
                                        "06/03/2023;B;Muy grave"]))
    w.file_page.load_file(str(path))
    w.next()
    dialog = w.mapping_page.value_dialog()
    assert dialog.table.rowCount() == 2
    dialog.choose("severity", "Muy grave", "critical")
    assert dialog.value_maps() == {"severity": {"muy grave": "critical"}}
