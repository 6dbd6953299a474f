"""Counts in the import wizard are written as the window's language writes numbers:
15,020 in English, 15.020 in Spanish (where "15,020" reads as fifteen and a bit)."""

from __future__ import annotations

import pytest

from accompdesk.gui.common import i18n
from accompdesk.gui.common.catalogues import exchange as translations

from ...exchange.helpers import office
from tests.gui.fixtures.exchange import _cli_env, qt_warnings_fail  # noqa: F401 - fixtures used by name

pytestmark = pytest.mark.usefixtures("qt_warnings_fail")


@pytest.mark.parametrize("language, written, wrong", [("en", "15,020 rows", "15.020"),
                                                      ("es", "15.020 filas", "15,020")])
def test_the_rows_read_are_counted_in_the_windows_language(vault, qtbot, tmp_path, language, written, wrong):
    from accompdesk.gui.dialogs.exchange import open_import_wizard

    office(vault)
    i18n.install(language)
    try:
        w = open_import_wizard(None, vault, table="incidents")
        qtbot.addWidget(w)
        path = tmp_path / "incidentes.csv"
        path.write_text("Fecha;Resumen;Tipo\n" + "".join(f"05/03/2023;Hecho {i};Amenaza\n" for i in range(15_020)),
                        encoding="utf-8")
        w.file_page.load_file(str(path))
        said = w.file_page.read_as.text()
        assert written in said and wrong not in said
        w.reject()
    finally:
        i18n.install("en")
        translations.ensure()
