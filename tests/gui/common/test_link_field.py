"""Typing into a link field: the records that match every typed word are offered at once,
in the field itself, and Enter picks one; text that picked nothing is not kept."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from accompdesk.domain.records import Organisation
from accompdesk.gui.common.widgets.link_field import LinkField
from tests.gui.fixtures.window import qt_warnings_fail, private_settings, settings, session, window  # noqa: F401 - fixtures used by name


@pytest.fixture
def field(session, qtbot, vault):
    for name in ("Asociación Campesina del Río Ñambú", "Asociación de Mujeres del Cauca",
                 "Consejo Comunitario del Río Cacarí"):
        vault.organisations.add(Organisation(name=name, kind="peasant_organisation"))
    widget = LinkField()
    widget.configure(session, "organisations")
    qtbot.addWidget(widget)
    widget.show()
    widget.setFocus()
    return widget


def _offered(field) -> list[str]:
    return [field.matches.index(r, 0).data() for r in range(field.matches.rowCount())]


@pytest.mark.parametrize("typed, offered", [
    ("nambu", ["Asociación Campesina del Río Ñambú"]),
    ("RIO", ["Asociación Campesina del Río Ñambú", "Consejo Comunitario del Río Cacarí"]),
    ("asoc mujer", ["Asociación de Mujeres del Cauca"]),
    ("cacari consejo", ["Consejo Comunitario del Río Cacarí"]),
])
def test_every_typed_letter_filters_in_the_field(field, qtbot, typed, offered):
    qtbot.keyClicks(field.display, typed)
    assert field.display.text() == typed  # nothing typed is lost to a dialog
    assert sorted(_offered(field)) == offered
    assert field.completer.popup().isVisible()


def test_enter_picks_the_first_offered(field, qtbot, vault):
    changes = []
    field.value_changed.connect(lambda: changes.append(field.value()))
    qtbot.keyClicks(field.display, "mujeres")
    qtbot.keyClick(field.completer.popup(), Qt.Key.Key_Return)
    chosen = vault.organisations.get(field.value())
    assert chosen.name == "Asociación de Mujeres del Cauca"
    assert changes == [chosen.id] and field.display.text() == chosen.name


def test_text_that_picked_nothing_is_not_kept(field, qtbot):
    qtbot.keyClicks(field.display, "zzz")
    assert _offered(field) == [] and not field.completer.popup().isVisible()
    field.display.editingFinished.emit()
    assert field.value() is None and field.display.text() == ""
