"""Every list of records is one list view: the same Open and Move to Trash, the same
empty state and the same remembered columns, in English and in Spanish."""

from __future__ import annotations

import pytest

from accompdesk.gui.common import i18n
from accompdesk.gui.common.catalogues import operations as operations_i18n
from accompdesk.gui.common.list_view import ListView
from tests.gui.fixtures.window import qt_warnings_fail, private_settings, settings, session  # noqa: F401 - fixtures used by name


def _make(kind, session, settings):
    if kind in ("persons", "organisations", "incidents"):
        from accompdesk.gui.common.record_list import RecordListView
        return RecordListView(session, kind, settings)
    if kind == "volunteers":
        from accompdesk.gui.areas.volunteers.view import VolunteerListView
        return VolunteerListView(session, settings)
    if kind == "alerts":
        from accompdesk.gui.areas.alerts.view import AlertListView
        return AlertListView(session, settings)
    from accompdesk.gui.areas.checkins.schedules import ScheduleListView
    return ScheduleListView(session, settings)


KINDS = ["persons", "organisations", "incidents", "volunteers", "alerts", "checkin_schedules"]
WORDS = {"en": ("&Open", "Move to &Trash"), "es": ("&Abrir", "Mover a la &papelera")}
NOTHING = {("en", True): "Nothing matches these filters.", ("en", False): "Nothing matches this search.",
           ("es", True): "Nada coincide con estos filtros.", ("es", False): "Nada coincide con esta búsqueda."}


@pytest.fixture
def language(request, qapp):
    i18n.install(request.param)
    operations_i18n.install(request.param)
    yield request.param
    i18n.install("en")
    operations_i18n.install("en")


@pytest.mark.parametrize("language", ["en", "es"], indirect=True)
@pytest.mark.parametrize("kind", KINDS)
def test_every_list_is_the_one_list_view(kind, language, session, settings, qtbot):
    view = _make(kind, session, settings)
    qtbot.addWidget(view)
    assert isinstance(view, ListView) and view.table == kind
    assert (view.open_action.text(), view.delete_action.text()) == WORDS[language]
    assert view.stack.currentWidget() is view.empty and view.empty.text()  # an empty vault
    view.filters.search.setText("zzz nobody")
    view.filters.apply_now()
    assert view.empty.text() == NOTHING[(language, kind in ("persons", "organisations", "incidents"))]


@pytest.mark.parametrize("kind", KINDS)
def test_the_columns_are_remembered_per_list(kind, session, settings, qtbot):
    view = _make(kind, session, settings)
    qtbot.addWidget(view)
    header = view.view.horizontalHeader()
    header.resizeSection(0, 333)
    view.save_layout()
    again = _make(kind, session, settings)
    qtbot.addWidget(again)
    assert again.view.horizontalHeader().sectionSize(0) == 333
    others = [k for k in KINDS if k != kind]
    other = _make(others[0], session, settings)
    qtbot.addWidget(other)
    assert other.view.horizontalHeader().sectionSize(0) != 333
