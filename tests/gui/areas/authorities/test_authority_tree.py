"""The authority tree: drag and drop re-parents, and never accepts a cycle."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, QPoint, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from accompdesk.gui.areas.authorities.model import AuthorityTreeModel
from tests.gui.fixtures.chain import qt_warnings_fail, gui, session, office, settings, window, areas, forms  # noqa: F401 - fixtures used by name


def _event_pos(pos):
    """Drag events take a QPoint in PySide6 6.11 and a QPointF in 6.12."""
    from PySide6.QtGui import QDragEnterEvent
    try:
        QDragEnterEvent(pos, Qt.DropAction.MoveAction, QMimeData(), Qt.MouseButton.LeftButton,
                        Qt.KeyboardModifier.NoModifier)
        return pos
    except TypeError:
        return pos.toPointF()


def tree_view(areas, qtbot):
    view = areas["authorities"](None)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    view.tree.expandAll()
    qtbot.waitExposed(view)
    return view


def drag(view, ids) -> QMimeData:
    indexes = [view.model.index_of(i) for i in ids]
    return view.model.mimeData(indexes)


def drop_on(view, qtbot, data: QMimeData, target_id: str | None) -> bool:
    """Drop as the mouse would: a drag-move over the target row, then the drop."""
    if target_id is None:
        viewport = view.tree.viewport()
        pos = QPoint(10, viewport.height() - 5)
    else:
        index = view.proxy.mapFromSource(view.model.index_of(target_id))
        view.tree.scrollTo(index)
        pos = view.tree.visualRect(index).center()
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(view.tree.viewport(), QDragEnterEvent(_event_pos(pos), Qt.DropAction.MoveAction, data,
                                                                 buttons, keys))
    move = QDragMoveEvent(_event_pos(pos), Qt.DropAction.MoveAction, data, buttons, keys)
    QApplication.sendEvent(view.tree.viewport(), move)
    accepted = move.isAccepted()
    drop = QDropEvent(_event_pos(pos), Qt.DropAction.MoveAction, data, buttons, keys, QEvent.Type.Drop)
    QApplication.sendEvent(view.tree.viewport(), drop)
    return accepted


def superior(vault, authority):
    return vault.authorities.get(authority.id).superior_id


def test_the_tree_shows_the_chain_of_command(areas, qtbot, office):
    view = tree_view(areas, qtbot)
    model = view.model
    battalion = model.index_of(office.battalion.id)
    assert battalion.parent().data() == "Brigada 7"
    assert battalion.parent().parent().data() == "Primera División"
    assert model.index_of(office.defence.id).parent().isValid() is False
    assert view.count_label.text() == "10 authorities"


def test_the_drag_carries_ids_and_never_names(areas, qtbot, office):
    view = tree_view(areas, qtbot)
    data = drag(view, [office.battalion.id])
    assert data.formats() == ["application/x-accompdesk-authority-ids"]
    assert AuthorityTreeModel.ids_in(data) == [office.battalion.id]
    assert b"Batall" not in bytes(data.data(data.formats()[0]).data())


def test_dropping_a_superior_on_its_own_subordinate_is_refused(areas, qtbot, office, vault):
    view = tree_view(areas, qtbot)
    data = drag(view, [office.division.id])
    parent = view.model.index_of(office.battalion.id)
    assert not view.model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, parent)
    assert not drop_on(view, qtbot, data, office.battalion.id)
    assert superior(vault, office.division) == office.army.id
    # Even a drop that arrives anyway (a model called directly) is refused, with the reason.
    with qtbot.waitSignal(view.model.refused) as refusal:
        assert not view.model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, parent)
    assert "circle" in refusal.args[0]
    assert superior(vault, office.division) == office.army.id
    assert not view.model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1,
                                          view.model.index_of(office.division.id))  # onto itself


def test_a_drop_re_parents_and_undo_puts_it_back(areas, qtbot, office, vault, window):
    view = tree_view(areas, qtbot)
    data = drag(view, [office.battalion.id])
    assert drop_on(view, qtbot, data, office.division.id)
    assert superior(vault, office.battalion) == office.division.id
    assert view.model.index_of(office.battalion.id).parent().data() == "Primera División"
    assert view.last_message == "Batallón Cerro Azul now stands under Primera División."
    assert [a.id for a in vault.authorities.list()] and vault.authorities.count() == 10  # nothing removed
    assert window.undo_stack.canUndo()
    window.undo_stack.undo()
    assert superior(vault, office.battalion) == office.brigade.id
    assert view.model.index_of(office.battalion.id).parent().data() == "Brigada 7"
    window.undo_stack.redo()
    assert superior(vault, office.battalion) == office.division.id


def test_dropping_on_the_empty_space_puts_it_at_the_top(areas, qtbot, office, vault):
    view = tree_view(areas, qtbot)
    view.tree.collapseAll()
    assert drop_on(view, qtbot, drag(view, [office.brigade.id]), None)
    assert superior(vault, office.brigade) is None
    assert not view.model.index_of(office.brigade.id).parent().isValid()


def test_moving_several_at_once_is_all_or_nothing(areas, qtbot, office, vault):
    view = tree_view(areas, qtbot)
    assert not view.move_under([office.mayor.id, office.army.id], office.battalion.id)
    assert "circle" in view.last_message
    assert superior(vault, office.mayor) == office.governor.id
    # The tree on screen is out of date (another window moved the governor under the mayor's
    # chain meanwhile): the repository refuses the cycle, and the first move is undone with it.
    interior = vault.authorities.get(office.interior.id)
    interior.superior_id = office.battalion.id
    vault.authorities.update(interior)
    assert not view.move_under([office.mayor.id, office.brigade.id], office.governor.id)
    assert "nothing was moved" in view.last_message
    assert superior(vault, office.mayor) == office.governor.id
    assert superior(vault, office.brigade) == office.division.id


def test_re_parent_by_the_superior_field_refuses_a_cycle_with_a_clear_message(forms, qtbot, office, vault):
    form = forms.open_record("authorities", office.brigade.id)
    qtbot.addWidget(form)
    form.ui.superior_id.set_value(office.battalion.id)
    form.binder._changed("superior_id")
    assert not form.save()
    error = form.binder.errors["superior_id"]
    assert error.isVisible() and error.text().startswith("Superior: would make the chain of command a circle:")
    assert superior(vault, office.brigade) == office.division.id
    form.ui.superior_id.set_value(office.army.id)
    form.binder._changed("superior_id")
    assert form.save()
    assert superior(vault, office.brigade) == office.army.id


def test_the_details_show_officials_with_their_dates_and_the_meetings(areas, qtbot, office, vault):
    import datetime as dt

    from ....chain.builders import meeting, official

    official(vault, office.battalion, "Coronel Antes", dt.date(2020, 1, 1), dt.date(2021, 1, 1))
    official(vault, office.battalion, "Coronel Ahora", dt.date(2024, 1, 1))
    meeting(vault, office.battalion, dt.date(2026, 9, 1), [office.by_unit],
            commitments=[("Investigar", dt.date(2026, 10, 1), "broken")])
    view = tree_view(areas, qtbot)
    view.select(office.battalion.id)
    details = view.details
    assert details.heading.text() == "Batallón Cerro Azul"
    assert "Brigada 7 › Primera División › Comando del Ejército › Ministerio de Defensa" in details.facts.text()
    names = [details.officials.topLevelItem(i).text(0) for i in range(details.officials.topLevelItemCount())]
    assert names == ["Coronel Ahora"]
    details.former.setChecked(True)
    rows = [(details.officials.topLevelItem(i).text(0), details.officials.topLevelItem(i).text(2))
            for i in range(details.officials.topLevelItemCount())]
    assert rows == [("Coronel Ahora", "2024-01-01 – …"), ("Coronel Antes", "2020-01-01 – 2021-01-01")]
    meeting_item = details.meetings.topLevelItem(0)
    assert meeting_item.text(1) == "2026-09-01"
    assert (meeting_item.child(0).text(0), meeting_item.child(0).text(2)) == ("Investigar", "Broken")
