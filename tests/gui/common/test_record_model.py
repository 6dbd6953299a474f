"""The lazy record list model and its proxies, without any widget."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from accompdesk.domain.records import Incident
from accompdesk.gui.common.models.columns import IncidentColumns, PersonColumns
from accompdesk.gui.common.models.record_table import Query, RecordTableModel
from accompdesk.gui.common.models.roles import ID_ROLE, RECORD_ROLE, SORT_ROLE
from accompdesk.gui.common.models.sort_proxy import SqlSortProxy
from tests.gui.helpers import add_people
from tests.gui.fixtures.window import qt_warnings_fail, private_settings, settings, session, window  # noqa: F401 - fixtures used by name


def fill(vault, count):
    kinds = ("threat", "raid", "detention")
    with vault.transaction():
        for i in range(count):
            vault.incidents.add(Incident(summary=f"Case {i:04d}", occurred_on=dt.date(2020, 1, 1) + dt.timedelta(days=i),
                                         kind=kinds[i % 3], region="Cañaveral" if i % 2 else "Alto Yarumal"))


def test_reads_only_the_pages_asked_for(qapp, vault):
    fill(vault, 450)
    RecordTableModel.PAGE_SIZE, old = 100, RecordTableModel.PAGE_SIZE
    try:
        model = RecordTableModel(vault, "incidents")
        assert model.rowCount() == 450
        assert model.page_reads == 0
        assert model.index(0, IncidentColumns.SUMMARY).data() == "Case 0449"  # newest first
        assert model.page_reads == 1
        assert model.index(449, IncidentColumns.SUMMARY).data() == "Case 0000"
        assert model.page_reads == 2
        model.index(5, IncidentColumns.SUMMARY).data()
        assert model.page_reads == 2  # still in memory
    finally:
        RecordTableModel.PAGE_SIZE = old


def test_roles_give_the_record_its_id_and_a_sort_value(qapp, vault):
    fill(vault, 3)
    model = RecordTableModel(vault, "incidents")
    index = model.index(0, IncidentColumns.DATE)
    record = index.data(RECORD_ROLE)
    assert isinstance(record, Incident)
    assert index.data(ID_ROLE) == record.id
    assert index.data(SORT_ROLE) == "2020-01-03"
    assert model.index(0, IncidentColumns.KIND).data() == "Arbitrary detention"
    assert model.headerData(IncidentColumns.SUMMARY, Qt.Orientation.Horizontal) == "Summary"


def test_sorting_through_the_proxy_is_sql(qapp, vault):
    fill(vault, 30)
    model = RecordTableModel(vault, "incidents")
    proxy = SqlSortProxy()
    proxy.setSourceModel(model)
    proxy.sort(IncidentColumns.SUMMARY, Qt.SortOrder.AscendingOrder)
    assert model.order == ("summary", False)
    assert proxy.index(0, IncidentColumns.SUMMARY).data() == "Case 0000"
    proxy.sort(IncidentColumns.SUMMARY, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, IncidentColumns.SUMMARY).data() == "Case 0029"


def test_filters_search_and_date_range(qapp, vault):
    fill(vault, 30)
    model = RecordTableModel(vault, "incidents")
    model.set_query(Query(filters={"kind": "raid"}))
    assert model.rowCount() == 10
    model.set_query(Query(filters={"kind": "raid", "region": "Cañaveral"}))
    assert model.rowCount() == 5
    model.set_query(Query(ranges={"occurred_on": (dt.date(2020, 1, 5), dt.date(2020, 1, 9))}))
    assert model.rowCount() == 5
    model.set_query(Query(text="0012"))
    assert model.rowCount() == 1
    assert model.index(0, IncidentColumns.SUMMARY).data() == "Case 0012"


def test_linked_titles_show_in_person_rows(qapp, vault):
    org, ana, jose = add_people(vault)
    model = RecordTableModel(vault, "persons")
    rows = {model.index(r, PersonColumns.NAME).data(): model.index(r, PersonColumns.ORGANISATION).data()
            for r in range(model.rowCount())}
    assert rows == {"Ana Lucía Pito": org.name, "José Ñañez Tumiñá": ""}


def test_deleted_records_leave_the_list(qapp, vault):
    fill(vault, 3)
    model = RecordTableModel(vault, "incidents")
    vault.incidents.delete(model.index(0, 0).data(ID_ROLE))
    model.refresh()
    assert model.rowCount() == 2
