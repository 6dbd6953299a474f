"""The import wizard and the export dialog by keyboard, in both languages: Alt and an
underlined letter reach every field, check box and button of each page (as in the
window's other dialogs), and no two of them on screen share a letter."""

from __future__ import annotations

import collections
import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QFormLayout, QLabel, QWizard

from accompdesk.gui.common import i18n
from accompdesk.gui.common.catalogues import exchange as translations

from ...exchange.helpers import office
from tests.gui.fixtures.exchange import _cli_env, qt_warnings_fail  # noqa: F401 - fixtures used by name

pytestmark = pytest.mark.usefixtures("qt_warnings_fail")

_MNEMONIC = re.compile(r"&([^&\s])")
WAIT_MS = 60_000


def mnemonic(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def keyboard_gaps(top, page, standard: list[QAbstractButton]) -> dict:
    """What on screen has no mnemonic (a button a label leads to needs none), which form
    labels lead nowhere, and which letters are taken twice. `standard` are the buttons
    Qt names (Cancel, Close: Esc does them)."""
    buttons = [b for b in top.findChildren(QAbstractButton) if b.isVisible() and b.text() and b not in standard]
    labels = []
    for form in page.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if label is not None and isinstance(label.widget(), QLabel) and label.widget().isVisible():
                labels.append(label.widget())
    led_to = [label.buddy() for label in labels]
    gaps = {"no letter": [b.text() for b in buttons if mnemonic(b.text()) is None and b not in led_to]
            + [label.text() for label in labels if mnemonic(label.text()) is None],
            "leads nowhere": [label.text() for label in labels if label.buddy() is None]}
    taken = collections.defaultdict(list)
    shown = [b.text() for b in top.findChildren(QAbstractButton) if b.isVisible()]
    shown += [label.text() for label in top.findChildren(QLabel) if label.isVisible()]
    for text in shown:
        if mnemonic(text):
            taken[mnemonic(text)].append(text)
    gaps["shared"] = {key: texts for key, texts in taken.items() if len(texts) > 1}
    return gaps


NONE = {"no letter": [], "leads nowhere": [], "shared": {}}


@pytest.fixture(params=["en", "es"])
def language(request):
    i18n.install(request.param)
    yield request.param
    i18n.install("en")
    translations.ensure()


def test_every_page_of_the_import_wizard_is_reached_by_keyboard(vault, qtbot, tmp_path, language):
    from accompdesk.gui.dialogs.exchange import open_import_wizard

    office(vault)
    w = open_import_wizard(None, vault, table="incidents")
    qtbot.addWidget(w)
    path = tmp_path / "incidentes.csv"
    path.write_text("Fecha;Resumen;Tipo\n05/03/2023;Amenaza a la lideresa;Amenaza\n", encoding="utf-8")
    standard = [w.button(QWizard.WizardButton.CancelButton)]
    assert keyboard_gaps(w, w.file_page, standard) == NONE
    w.file_page.load_file(str(path))
    w.next()
    assert w.currentPage() is w.mapping_page
    assert keyboard_gaps(w, w.mapping_page, standard) == NONE
    with qtbot.waitSignal(w.check_page.finished, timeout=WAIT_MS):
        w.next()
    assert keyboard_gaps(w, w.check_page, standard) == NONE
    with qtbot.waitSignal(w.import_page.finished, timeout=WAIT_MS):
        w.next()
    assert keyboard_gaps(w, w.import_page, standard) == NONE
    w.reject()


def test_the_export_dialog_is_reached_by_keyboard(vault, qtbot, language):
    from accompdesk.gui.dialogs.exchange import open_export_dialog

    office(vault)
    dialog = open_export_dialog(None, vault, "incidents")
    qtbot.addWidget(dialog)
    standard = [dialog.buttons.button(QDialogButtonBox.StandardButton.Close)]
    assert keyboard_gaps(dialog, dialog, standard) == NONE
    dialog.reject()
