"""The chain's models, with no widget: named columns, the row's record, Python sort values."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt

from accompdesk.gui.areas.authorities.model import AuthorityTreeModel
from accompdesk.gui.areas.meetings.model import MeetingTableModel
from accompdesk.gui.common.models.roles import ID_ROLE, RECORD_ROLE, SORT_ROLE
from accompdesk.gui.common.models.sort_proxy import ValueSortProxy
from accompdesk.vault import chain

from ....chain.builders import meeting
from tests.gui.fixtures.chain import qt_warnings_fail, gui, session, office, settings, window, areas, forms  # noqa: F401 - fixtures used by name


def test_the_tree_model_holds_every_living_authority_under_its_superior(session, office, vault):
    vault.authorities.delete(office.division.id)
    model = AuthorityTreeModel(session)
    assert len(model.nodes) == 9
    roots = [model.index(r, 0).data() for r in range(model.rowCount())]
    # National tops first, then the international ones; the brigade, whose superior is in the
    # Trash, stands at the top of what is left of its chain.
    assert roots == ["Ministerio de Defensa", "Ministerio del Interior", "Embajada de Noruega",
                     "Oficina de la ONU Derechos Humanos", "Brigada 7"]
    brigade = model.index_of(office.brigade.id)
    assert brigade.data(RECORD_ROLE).id == office.brigade.id
    assert brigade.siblingAtColumn(AuthorityTreeModel.LEVEL).data() == "Regional"
    assert brigade.siblingAtColumn(AuthorityTreeModel.LEVEL).data(SORT_ROLE) == 1
    assert model.rowCount(brigade) == 1 and model.index(0, 0, brigade).data(ID_ROLE) == office.battalion.id
    assert model.parent(model.index(0, 0, brigade)) == brigade
    assert model.is_under(office.battalion.id, office.brigade.id)
    assert not model.is_under(office.brigade.id, office.battalion.id)
    assert model.refusal([office.brigade.id], office.battalion.id) is not None
    assert model.refusal([office.battalion.id], office.brigade.id) == "It is already there."
    assert model.refusal([office.battalion.id], office.mayor.id) is None
    assert model.flags(QModelIndex()) & Qt.ItemFlag.ItemIsDropEnabled


def test_the_meeting_model_sorts_dates_as_dates(gui, office, vault):
    meeting(vault, office.brigade, dt.date(2026, 9, 15), [office.by_unit],
            commitments=[("Patrullar", dt.date(2026, 10, 1), "broken"), ("Responder", dt.date(2026, 10, 1), "kept")])
    meeting(vault, office.un, dt.date(2026, 1, 2))
    meeting(vault, office.mayor, dt.date(2026, 10, 9))
    meetings = chain.find_meetings(vault)
    model = MeetingTableModel()
    authorities = {a.id: a for a in vault.authorities.list()}
    model.set_rows(meetings, authorities, chain.commitments_by_meeting(vault, [m.id for m in meetings]))
    proxy = ValueSortProxy()
    proxy.setSourceModel(model)
    proxy.sort(MeetingTableModel.DATE, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, MeetingTableModel.DATE).data() for r in range(3)] == ["2026-01-02", "2026-09-15",
                                                                                  "2026-10-09"]
    proxy.sort(MeetingTableModel.LEVEL, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, MeetingTableModel.LEVEL).data() for r in range(3)] == ["Local", "Regional",
                                                                                  "International"]
    brigade_row = next(r for r in range(3) if proxy.index(r, MeetingTableModel.AUTHORITY).data() == "Brigada 7")
    assert proxy.index(brigade_row, MeetingTableModel.COMMITMENTS).data() == "1 broken, 1 kept"
    assert proxy.index(brigade_row, MeetingTableModel.COMMITMENTS).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.headerData(MeetingTableModel.INCIDENTS, Qt.Orientation.Horizontal) == "Incidents"
