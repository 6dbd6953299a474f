"""The main window: areas, status bar, search, and a lock that leaves nothing of the vault on screen."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QWidget

from accompdesk.gui.areas import AREAS
from tests.conftest import PASSPHRASE
from tests.gui.helpers import add_incidents, add_people


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
