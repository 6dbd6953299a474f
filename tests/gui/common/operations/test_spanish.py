"""Spanish is complete: every string of the operations pages is in operations_es.ts and
translated, placeholders kept, the compiled .qm current, and the pages read in Spanish."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel

from accompdesk.gui.common import i18n
from accompdesk.gui.common.catalogues import operations as operations_i18n
from tools.translations import CATALOGUES

from ....operations.week_data import WEEK
from tests.gui.fixtures.operations import qt_warnings_fail, private_settings, settings, session, office_week, made_on  # noqa: F401 - fixtures used by name

translations = CATALOGUES["operations"]
PLACEHOLDER = re.compile(r"%(?:\d|n)")


def messages(ts) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.find("name").text or ""
        for message in context.iter("message"):
            out[(name, message.find("source").text)] = message
    return out


def forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        return [f.text or "" for f in translation.iter("numerusform")]
    return [translation.text or ""]


def test_every_string_is_in_the_catalogue(tmp_path):
    fresh = tmp_path / "operations_es.ts"
    subprocess.run(translations.lupdate_command(str(fresh)), check=True, capture_output=True)
    found, committed = set(messages(fresh)), set(messages(translations.ts_file("es")))
    assert found, "lupdate found no strings"
    assert found - committed == set(), "run python -m tools.translations operations and translate"
    assert committed - found == set(), "strings no longer used are still in operations_es.ts"


def test_every_string_is_translated_with_its_placeholders_and_shortcuts():
    for (context, source), message in messages(translations.ts_file("es")).items():
        translation = message.find("translation")
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), (context, source)
        texts = forms(message)
        assert texts and all(t.strip() for t in texts), (context, source)
        if message.get("numerus") == "yes":
            assert len(texts) == 2, (context, source)  # Spanish: one, many
        for text in texts:
            assert sorted(set(PLACEHOLDER.findall(text))) == sorted(set(PLACEHOLDER.findall(source))), \
                (context, source, text)
            assert ("&" in text) == ("&" in source.replace("&&", "")), (context, source, text)


def test_english_plural_forms_are_there():
    english = messages(translations.ts_file("en"))
    assert english[("VolunteerListView", "%n volunteer(s)")].find("translation").findall("numerusform")[1].text == \
        "%n volunteers"


@pytest.mark.parametrize("language", ["es", "en"])
def test_compiled_catalogues_are_current(tmp_path, language):
    ts = translations.ts_file(language)
    qm = tmp_path / f"operations_{language}.qm"
    subprocess.run(translations.lrelease_command(str(ts), str(qm)), check=True, capture_output=True)
    assert qm.read_bytes() == ts.with_suffix(".qm").read_bytes(), "run pyside6-lrelease on the .ts"


@pytest.fixture
def spanish():
    i18n.install("es")
    assert operations_i18n.install("es")
    yield
    i18n.install("en")
    operations_i18n.install("en")


def shown_texts(widget) -> list[str]:
    found = [b.text() for b in widget.findChildren(QAbstractButton)]
    found += [label.text() for label in widget.findChildren(QLabel)]
    return [t for t in found if t]


def test_the_pages_read_in_spanish(spanish, session, settings, qtbot, office_week):
    from accompdesk.gui.areas.checkins.view import CheckInsView
    from accompdesk.gui.areas.roster.view import WeekPlanView
    from accompdesk.gui.areas.volunteers.view import VolunteerListView

    english = {source for _context, source in messages(translations.ts_file("es"))}
    plan = WeekPlanView(session, settings, week=WEEK)
    qtbot.addWidget(plan)
    assert plan.print_button.text() == "&Imprimir los turnos…"
    assert plan.summary.text() == "7 conflictos por resolver antes de imprimir los turnos. " \
                                  "3 notas sobre los turnos impresos."
    assert plan.model.headerData(1, Qt.Orientation.Horizontal) == "lun 23 nov"
    assert "lun 23 nov" in plan.week_label.text()
    assert any("está en dos lugares a la vez" in plan.conflicts.item(i).text()
               for i in range(plan.conflicts.count()))
    due = CheckInsView(session, settings)
    qtbot.addWidget(due)
    volunteers = VolunteerListView(session, settings)
    qtbot.addWidget(volunteers)
    assert volunteers.count_label.text() == "10 voluntarios/as"
    for page in (plan, due, volunteers):
        left = [t for t in shown_texts(page) if t in english]
        assert left == [], f"left in English: {left}"
