"""Every visible string of the office window has its Spanish; the compiled catalogues are current."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET

from PySide6.QtCore import Qt

from accompdesk.gui.common import i18n
from tools.translations import LANGUAGES, release, ts_file, update
from tests.gui.fixtures.window import qt_warnings_fail, private_settings, settings, session, window  # noqa: F401 - fixtures used by name


def test_no_spanish_string_is_left_untranslated(tmp_path):
    # lupdate on today's sources, into a copy: new strings would arrive unfinished.
    copy = tmp_path / "accompdesk_es.ts"
    shutil.copy(ts_file("es"), copy)
    update("es", copy)
    unfinished = [m.findtext("source") for m in ET.parse(copy).iter("message")
                  if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")]
    assert unfinished == []
    assert len(list(ET.parse(copy).iter("message"))) > 200


def test_english_plurals_are_complete(tmp_path):
    copy = tmp_path / "accompdesk_en.ts"
    shutil.copy(ts_file("en"), copy)
    update("en", copy)
    assert [m.findtext("source") for m in ET.parse(copy).iter("message")
            if m.find("translation").get("type") == "unfinished"] == []


def test_compiled_catalogues_match_their_sources(tmp_path):
    for language in LANGUAGES:
        fresh = release(ts_file(language), tmp_path / f"{language}.qm")
        assert fresh.read_bytes() == ts_file(language).with_suffix(".qm").read_bytes(), \
            f"run python -m tools.translations accompdesk ({language})"


def test_the_window_speaks_spanish(window, vault):
    from tests.gui.helpers import add_people

    add_people(vault)
    window.change_language("es")
    try:
        assert window.lock_action.text() == "&Bloquear"
        assert window.menuBar().actions()[0].text() == "&Archivo"
        window.show_area("persons")
        listing = window.workspace.view("persons")
        assert listing.count_label.text() == "2 personas"
        assert listing.model.headerData(2, Qt.Orientation.Horizontal) == "Tipo"  # field labels come from the domain, in Spanish
        assert listing.model.index(0, 2).data() in ("Líder comunitario", "Abogado/a")
        form = window.forms.open_new("incidents")
        assert form.ui.tabs.tabText(0) == "&Qué pasó"
        assert form.binder.labels["summary"].text().replace("&", "") == "Resumen"
        form.save()
        assert form.binder.errors["summary"].text() == "Resumen: es obligatorio."
        form.close_silently()
        window.lock()
        assert window.unlock_page.unlock_button.text() == "&Desbloquear"
    finally:
        i18n.install("en")
