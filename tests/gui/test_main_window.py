"""The main window: areas, status bar, search, and a lock that leaves nothing of the vault on screen."""

from __future__ import annotations

import pytest

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QWidget

from accompdesk.gui.areas import AREAS
from tests.conftest import PASSPHRASE
from tests.gui.helpers import add_incidents, add_people
from tests.gui.fixtures.window import qt_warnings_fail, private_settings, settings, session, window  # noqa: F401 - fixtures used by name


def visible_texts(window) -> str:
    """Every text a person could read in the window and its open windows."""
    parts = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        if isinstance(widget, (QLabel, QLineEdit)):
            parts.append(widget.text())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # list models keep columnCount to themselves
                columns = 1
            for row in range(min(model.rowCount(), 50)):
                for column in range(columns):
                    parts.append(str(model.index(row, column).data() or ""))
    return "\n".join(parts)


def unlock(qtbot, window):
    page = window.unlock_page
    page.passphrase.setText(PASSPHRASE)
    page.unlock_button.click()
    qtbot.waitUntil(lambda: window.session.is_unlocked, timeout=10_000)


def test_status_bar_and_areas(window):
    assert window.user_label.text() == "coordinadora (Coordinator)"
    assert window.lock_label.text() == "Unlocked"
    for area in AREAS:
        window.show_area(area.key)
        assert window.workspace.current_area == area.key


def test_lock_shows_nothing_of_the_vault(qtbot, window, vault):
    org, ana, jose = add_people(vault)
    add_incidents(vault, [ana])
    window.show_area("persons")
    window.session.notify("persons")
    assert "Ana Lucía Pito" in visible_texts(window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not window.session.is_unlocked
    assert window.workspace is None
    assert window.central.currentWidget() is window.unlock_page
    assert window.windowTitle() == "AccompDesk — locked"
    qtbot.wait(10)  # let deleteLater run
    text = visible_texts(window)
    for secret in ("Ana Lucía Pito", "Asociación Campesina", "Threat number 1", "José"):
        assert secret not in text
    assert not window.new_incident_action.isEnabled()
    unlock(qtbot, window)
    assert window.workspace is not None
    assert window.lock_label.text() == "Unlocked"


def test_idle_time_locks(qtbot, window):
    window.idle.set_minutes(0.002)  # about a tenth of a second
    qtbot.waitUntil(lambda: not window.session.is_unlocked, timeout=5_000)
    assert window.central.currentWidget() is window.unlock_page


def test_search_finds_across_the_vault(qtbot, window, vault):
    org, ana, jose = add_people(vault)
    add_incidents(vault, [ana])
    window.search_box.setText("Ñambú")
    window.search_now()
    view = window.workspace.view("search")
    assert window.workspace.current_area == "search"
    assert view.model.rowCount() == 1
    assert view.model.hits[0].record_table == "organisations"
    window.search_box.setText("zzzz nothing")
    window.search_now()
    assert "Nothing in the vault matches" in view.empty.text()


def test_opening_a_person_shows_their_page_with_incidents(window, vault):
    org, ana, jose = add_people(vault)
    add_incidents(vault, [ana, jose], count=3)
    window.open_record("persons", ana.id)
    page = window.workspace.view("person")
    assert window.workspace.current_area == "person"
    assert page.name.text() == "Ana Lucía Pito"
    assert page.incidents.topLevelItemCount() == 3
    assert page.fact_labels["organisation_id"].text() == org.name
    assert page.fact_labels["risk_level"].text() == "High"


def test_lists_open_in_their_usual_order_and_remember_the_chosen_one(qtbot, window, vault, settings):
    from PySide6.QtCore import Qt

    add_people(vault)
    window.show_area("persons")
    listing = window.workspace.view("persons")
    assert listing.model.order == ("full_name", False)
    assert listing.model.index(0, 0).data() == "Ana Lucía Pito"
    listing.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert listing.model.index(0, 0).data() == "José Ñañez Tumiñá"
    window.lock()  # the layout (with the order) is kept in QSettings; the rows are not
    assert settings.layout("persons/header") is not None
    assert "Ana" not in str(dict((k, settings.q.value(k)) for k in settings.q.allKeys()))
    unlock(qtbot, window)
    window.show_area("persons")
    listing = window.workspace.view("persons")
    assert listing.model.order == ("full_name", True)


def test_idle_lock_counts_down_and_any_key_calls_it_off(qtbot, window):
    from PySide6.QtCore import Qt

    from accompdesk.gui.idle import IdleWatcher

    watcher = IdleWatcher(window, warn_seconds=2)
    watcher.counting.connect(window._warn_of_lock)
    watcher.resumed.connect(window._lock_called_off)
    watcher.set_minutes(10 / 60)  # ten seconds, the last two of them counted down
    with qtbot.waitSignal(watcher.counting, timeout=15_000) as counted:
        pass
    assert counted.args == [2] and watcher.counting_down
    notice = window.workspace.notice
    assert notice.isVisible() and "locks in 2 seconds" in notice.label.text()
    with qtbot.waitSignal(watcher.resumed, timeout=2_000):
        qtbot.keyClick(window.search_box, Qt.Key.Key_Shift)
    assert not watcher.counting_down and watcher.active and not notice.isVisible()
    assert window.session.is_unlocked
    watcher.stop()
    watcher.uninstall()


def test_search_for_a_person_brings_what_is_linked_to_them_and_the_keyboard_opens_it(qtbot, window, vault):
    import datetime as dt

    from PySide6.QtCore import Qt

    from accompdesk.domain.records import Accompaniment, Authority, Meeting
    from accompdesk.gui.areas.search.model import MARKED_ROLE, SearchResultsModel

    org, ana, jose = add_people(vault)
    threats = add_incidents(vault, [ana], count=2)
    unit = vault.authorities.add(Authority(name="Batallón Ficticio", kind="battalion", level="local"))
    meeting = vault.meetings.add(Meeting(authority_id=unit.id, held_on=dt.date(2024, 2, 1), persons=[ana.id],
                                         purpose="Seguimiento ficticio"))
    escort = vault.accompaniments.add(Accompaniment(person_id=ana.id, kind="escort", place="Vereda Ficticia",
                                                    starts_at=dt.datetime(2024, 2, 3, 8),
                                                    ends_at=dt.datetime(2024, 2, 3, 12)))
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "Pit")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)  # searches at once and moves into the results
    view = window.workspace.view("search")
    found = [(h.record_table, h.record_id, h.via) for h in view.model.hits]
    assert found[0] == ("persons", ana.id, "")
    linked = {(table, record_id) for table, record_id, via in found[1:] if via == ana.full_name}
    assert linked == {("incidents", t.id) for t in threats} | {("meetings", meeting.id),
                                                                 ("accompaniments", escort.id)}
    assert jose.id not in {h.record_id for h in view.model.hits}
    shown = view.model.index(0, SearchResultsModel.SNIPPET)
    assert "[" not in shown.data() and "\x02" not in shown.data()
    assert "\x02Pit" in shown.data(MARKED_ROLE)  # drawn in bold by the delegate
    assert view.view.hasFocus() and view.view.currentIndex().row() == 0
    opened = []
    window.open_record = lambda table, record_id: opened.append((table, record_id))
    view.open_requested.disconnect()
    view.open_requested.connect(window.open_record)
    qtbot.keyClick(view.view, Qt.Key.Key_Down)
    qtbot.keyClick(view.view, Qt.Key.Key_Return)
    assert opened == [found[1][:2]]


def test_every_area_has_its_own_shortcut(qtbot, window):
    from accompdesk.gui.areas import AREAS

    keys = [action.shortcut().toString() for action in window.area_actions]
    assert len(keys) == len(AREAS) and all(keys) and len(set(keys)) == len(keys)
    by_title = dict(zip([a.key for a in AREAS], keys))
    assert {"roster", "checkins", "alerts", "trash"} <= set(by_title)
    window.area_actions[[a.key for a in AREAS].index("trash")].trigger()
    assert window.workspace.current_area == "trash"


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_sidebar_shows_every_area_title_whole(qtbot, window, language):
    window.change_language(language)
    window.workspace.splitter.setSizes([10, 2000])  # dragged as narrow as it goes
    nav = window.workspace.nav
    qtbot.waitUntil(lambda: nav.width() >= nav.minimumWidth(), timeout=2000)
    assert not nav.horizontalScrollBar().isVisible()
    room = nav.viewport().width()
    for row in range(nav.count()):
        item = nav.item(row)
        needed = nav.fontMetrics().horizontalAdvance(item.text()) + nav.iconSize().width()
        assert needed <= room, item.text()
    window.change_language("en")
