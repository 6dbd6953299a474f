"""Spanish is complete for every chain string, the compiled files are current, and the
areas speak Spanish (with the domain's Spanish labels for fields and vocabularies)."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest

from accompdesk.gui.common.catalogues import chain as translations
from accompdesk.resources import translations_dir
from tools.translations import CATALOGUES, english_plurals

from ....chain.builders import meeting
from tests.gui.fixtures.chain import qt_warnings_fail, gui, session, office, settings, window, areas, forms  # noqa: F401 - fixtures used by name

FOLDER = translations_dir()
catalogue = CATALOGUES["chain"]
PLACEHOLDER = re.compile(r"%(?:\d|n)")


def fresh_ts(tmp_path, language: str) -> list:
    fresh = tmp_path / f"chain_{language}.ts"
    shutil.copy(FOLDER / fresh.name, fresh)
    subprocess.run(catalogue.lupdate_command(str(fresh), plurals_only=language == "en"), check=True,
                   capture_output=True)
    return list(ET.parse(fresh).getroot().iter("message"))


@pytest.mark.parametrize("language", ["es", "en"])
def test_translations_are_complete_for_the_current_sources(tmp_path, language):
    messages = fresh_ts(tmp_path, language)
    assert len(messages) > (200 if language == "es" else 10)
    for message in messages:
        source = message.find("source").text
        translation = message.find("translation")
        assert translation.get("type") is None, f"not translated: {source!r}"
        forms = [f.text for f in translation.findall("numerusform")] if message.get("numerus") else [translation.text]
        assert forms and all(forms), f"empty translation: {source!r}"
        for form in forms:
            wanted = set(PLACEHOLDER.findall(source))
            # A singular may say "the incident" instead of "1 incident".
            assert set(PLACEHOLDER.findall(form)) <= wanted and (wanted - {"%n"}) <= set(PLACEHOLDER.findall(form)), \
                source


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_compiled_translations_are_current(tmp_path, language):
    ts = FOLDER / f"chain_{language}.ts"
    out = tmp_path / f"chain_{language}.qm"
    subprocess.run(catalogue.lrelease_command(str(ts), str(out)), check=True, capture_output=True)
    assert out.read_bytes() == ts.with_suffix(".qm").read_bytes(), f"run pyside6-lrelease on {ts.name}"


def test_english_plurals():
    assert english_plurals("%n authority(ies)") == ("%n authority", "%n authorities")
    assert english_plurals("All %n incident(s) together") == ("All %n incident together",
                                                                           "All %n incidents together")


@pytest.fixture
def spanish(gui):
    from accompdesk.gui.common import i18n

    i18n.install("es")
    yield
    i18n.install("en")
    translations.install("en")


def test_the_chain_areas_speak_spanish(spanish, areas, forms, qtbot, office, vault):
    meeting(vault, office.brigade, dt.date(2026, 9, 10), [office.by_unit],
            commitments=[("Investigar", dt.date.today() - dt.timedelta(days=3), "pending")])
    built = {key: factory(None) for key, factory in areas.items()}
    for view in built.values():
        qtbot.addWidget(view)
    authorities = built["authorities"]
    assert authorities.count_label.text() == "10 autoridades"
    assert authorities.model.headerData(1, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal) == "Tipo"
    assert authorities.model.index_of(office.brigade.id).siblingAtColumn(1).data() == "Brigada"
    assert built["meetings"].count_label.text() == "1 reunión"
    escalation = built["escalation"]
    escalation.show_scope("incidents", office.by_unit.id)
    rows = escalation.ladder.rows()
    assert rows[0] == ("Nivel local", "Batallón Cerro Azul (Batallón)", "Nunca planteado — siguiente paso")
    assert rows[1] == ("Nivel regional", "Brigada 7 (Brigada)", "Planteado el 2026-09-10")
    assert escalation.ladder.next_label.text() == "Siguiente paso: Batallón Cerro Azul (nivel local)."
    escalation.show_scope("organisations", office.org.id)
    assert escalation.summary.text() == "2 incidentes."
    board = built["followups"]
    assert board.commitments.topLevelItem(0).child(0).text(2) == "vencido hace 3 días"
    assert board.commitments_box.title() == "Compromisos vencidos: 1; por vencer: 0"
    form = forms.open_new("meetings")
    qtbot.addWidget(form)
    assert form.windowTitle() == "Nueva reunión — Reunión"
    assert [form.ui.tabs.tabText(i) for i in range(form.ui.tabs.count())] == [
        "&Reunión", "Lo que se &planteó", "Lo que se &dijo", "&Compromisos y seguimiento"]
    assert form.ui.officials_label.text() == "Funcionarios presentes"
    assert form.ui.held_on_label.text().replace("&", "") == "Fecha"
    assert form.ui.status.itemText(form.ui.status.findData("planned")) == "Planificada"
