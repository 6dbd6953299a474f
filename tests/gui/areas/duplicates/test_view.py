"""The Possible duplicates view: the pair side by side, Merge, Not the same, Undo."""

from __future__ import annotations

import pytest

from accompdesk.domain.records import Incident, Person
from accompdesk.vault import merges

from ....duplicates.test_merge import table_digests

pytest.importorskip("pytestqt")


@pytest.fixture(autouse=True)
def qt_private(tmp_path, monkeypatch, qapp):
    from accompdesk.gui.common import i18n

    monkeypatch.setenv("ACCOMPDESK_SETTINGS", str(tmp_path / "settings.ini"))
    i18n.install("en")


@pytest.fixture
def people(vault):
    import datetime as dt

    a = vault.persons.add(Person(full_name="Ana Milena Pacheco Gómez", region="Cauca", consent_level="public"))
    b = vault.persons.add(Person(full_name="Ana M. Pacheco", region="Cauca", consent_level="internal",
                                 contact="+57 300"))
    vault.persons.add(Person(full_name="Jorge Ríos"))
    incident = vault.incidents.add(Incident(summary="Amenaza", occurred_on=dt.date(2025, 1, 2), kind="threat",
                                            affected_persons=[b.id], affected_person_roles=["victim"]))
    return a, b, incident


@pytest.fixture
def window(vault, qapp, qtbot, people):
    from accompdesk.gui.main_window import MainWindow
    from accompdesk.gui.session import Session
    from accompdesk.gui.common.settings import open_settings

    session = Session(vault.path)
    session.unlock_with(vault)
    w = MainWindow(session, open_settings(), backoff=lambda _n: 0)
    qtbot.addWidget(w)
    w.show()
    w._on_unlocked()
    yield w
    # Lock before the vault fixture closes the vault: the window's timers stop with the lock.
    w.lock()


def test_the_view_shows_the_pair_and_merges_and_undoes(window, vault, people):
    a, b, incident = people
    window.duplicates_action.trigger()
    view = window.workspace.view("duplicates")
    assert window.workspace.current_area == "duplicates"
    assert view.list.count() == 1
    assert "Ana Milena Pacheco Gómez" in view.list.item(0).text() and "Ana M. Pacheco" in view.list.item(0).text()
    assert "Score" in view.reasons.text()
    shown = {view.fields.item(r, 0).text(): (view.fields.item(r, 1).text(), view.fields.item(r, 2).text())
             for r in range(view.fields.rowCount())}
    assert shown["Full name"] == ("Ana Milena Pacheco Gómez", "Ana M. Pacheco")
    assert shown["Consent level"] == ("Public", "Internal (never leaves the office)")  # labels, not codes
    before = table_digests(vault)
    # Take the second record's name: the fourth column says which value stays.
    row = [view.fields.item(r, 0).text() for r in range(view.fields.rowCount())].index("Full name")
    view.fields.cellWidget(row, 3).setCurrentIndex(1)
    view.merge_button.click()
    kept = vault.persons.get(a.id)
    assert kept.full_name == "Ana M. Pacheco" and kept.consent_level == "internal" and kept.contact == "+57 300"
    assert vault.incidents.get(incident.id).affected_persons == [a.id]
    assert view.list.count() == 0 and view.undo_button.isEnabled()
    assert merges.also_known_as(vault.conn, "persons", a.id) == ["Ana Milena Pacheco Gómez"]
    view.undo_button.click()
    assert table_digests(vault) == before
    assert view.list.count() == 1 and not view.undo_button.isEnabled()


def test_not_the_same_takes_the_pair_away_for_good(window, vault, people):
    window.show_area("duplicates")
    view = window.workspace.view("duplicates")
    view.not_same_button.click()
    assert view.list.count() == 0 and view.empty.isVisibleTo(view)
    view.refresh()
    assert view.list.count() == 0
    view.table_box.setCurrentIndex(1)  # organisations: nothing there
    assert view.list.count() == 0


def test_a_merged_record_is_not_in_the_trash(window, vault, people):
    from accompdesk.services import merging

    a, b, _ = people
    jorge = [p for p in vault.persons.list() if p.full_name == "Jorge Ríos"][0]
    vault.persons.delete(jorge.id)
    merging.merge(vault, merging.plan(vault, "persons", a.id, b.id))
    window.show_area("trash")
    model = window.workspace.view("trash").model
    assert [record.id for _table, record in model.rows] == [jorge.id]


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_pair_and_its_fields_are_not_cut_off(window, qtbot, language):
    """The records' values share the room (not the choice column), each field's name
    fits its column, and each name of the pair fits the list."""
    from accompdesk.gui.common import i18n

    if language != "en":
        window.change_language(language)
    window.show_area("duplicates")
    view = window.workspace.view("duplicates")
    fields = view.fields
    window.resize(1180, 760)
    qtbot.waitUntil(lambda: fields.viewport().width() >= 600)  # laid out in the shown window
    metrics = fields.fontMetrics()
    names = [fields.item(r, 0).text() for r in range(fields.rowCount())]
    assert names and i18n.language() == language
    assert fields.columnWidth(0) >= max(metrics.horizontalAdvance(n) for n in names)
    assert fields.columnWidth(1) > fields.columnWidth(3) and fields.columnWidth(2) > fields.columnWidth(3)
    combo = fields.cellWidget(0, 3)
    assert fields.columnWidth(3) >= combo.sizeHint().width()
    lines = view.list.item(0).text().split("\n")
    assert any("Ana Milena Pacheco Gómez" in line for line in lines)
    assert any("Ana M. Pacheco" in line for line in lines)
    room = view.list.viewport().width()
    assert all(view.list.fontMetrics().horizontalAdvance(line) <= room for line in lines)
