"""Cut-off cells (issue 19 §4): short columns take the width of their content, and a cell
that is cut shows its full text on hover, in every kind of view, through one mechanism."""

from __future__ import annotations

import datetime as dt

import pytest

from PySide6.QtCore import QDeadlineTimer, QEvent, QEventLoop, QStringListModel
from PySide6.QtGui import QHelpEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QApplication, QListView, QTableView, QToolTip, QTreeWidget,
                               QTreeWidgetItem)

from accompdesk.domain.records import Incident
from accompdesk.gui.common import i18n
from accompdesk.gui.areas.persons.page import INCIDENT_DATE, INCIDENT_KIND, INCIDENT_ROLE
from accompdesk.gui.common.widgets.elided_tips import cell_is_cut
from tests.gui.helpers import add_people
from tests.gui.fixtures.window import qt_warnings_fail, private_settings, settings, session, window  # noqa: F401 - fixtures used by name

LONG = "Amenaza contra la junta de acción comunal de la vereda El Diamante, con panfleto firmado y lista de nombres"


def hover(view, index) -> str:
    """The tooltip a person would see over the cell: its text, or "" if none shows."""
    QToolTip.hideText()  # Qt hides a tooltip after a short delay
    deadline = QDeadlineTimer(3000)
    while QToolTip.isVisible() and not deadline.hasExpired():
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    assert not QToolTip.isVisible()
    pos = view.visualRect(index).center()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    return QToolTip.text() if QToolTip.isVisible() else ""


@pytest.mark.parametrize("language", ["en", "es"])
def test_defender_page_role_column_is_never_cut(window, vault, language):
    """The Role column showed "Vi…" and "Familiar de la…" beside a long summary."""
    i18n.install(language)
    _org, ana, _jose = add_people(vault)
    for i, role in enumerate(["victim", "relative", "member", "witness"]):
        vault.incidents.add(Incident(summary=f"{LONG} ({i})", occurred_on=dt.date(2024, 3, 1) + dt.timedelta(days=i),
                                     kind="displacement" if i % 2 else "threat",
                                     affected_persons=[ana.id], affected_person_roles=[role]))
    window.resize(1000, 700)
    window.open_record("persons", ana.id)
    QApplication.processEvents()
    tree = window.workspace.view("person").incidents
    assert tree.topLevelItemCount() == 4
    for row in range(4):
        for column in (INCIDENT_DATE, INCIDENT_KIND, INCIDENT_ROLE):
            index = tree.model().index(row, column)
            assert not cell_is_cut(tree, index), (index.data(), tree.visualRect(index).width())
    summary = tree.model().index(0, 2)
    assert cell_is_cut(tree, summary)  # the long free text is the one that gives way
    assert hover(tree, summary) == summary.data()
    assert hover(tree, tree.model().index(0, INCIDENT_ROLE)) == ""


def _table():
    model = QStandardItemModel(2, 2)
    for row, texts in enumerate([(LONG, "Víctima"), ("Corto", "Familiar de la víctima")]):
        for column, text in enumerate(texts):
            model.setItem(row, column, QStandardItem(text))
    view = QTableView()
    view.setModel(model)
    view.setWordWrap(False)
    return view


def _wrapping_table():
    view = _table()
    view.setWordWrap(True)
    return view


def _tree():
    view = QTreeWidget()
    view.setHeaderLabels(["Resumen", "Rol"])
    view.addTopLevelItem(QTreeWidgetItem([LONG, "Víctima"]))
    view.addTopLevelItem(QTreeWidgetItem(["Corto", "Familiar de la víctima"]))
    return view


def _list():
    view = QListView()
    view.setModel(QStringListModel([LONG, "Corto"]))
    return view


@pytest.mark.parametrize("make", [_table, _wrapping_table, _tree, _list])
def test_a_cut_cell_shows_its_full_text_on_hover_in_every_kind_of_view(window, qtbot, make):
    """Installed once by the window: views that know nothing of it get it too."""
    view = make()
    qtbot.addWidget(view)
    view.resize(260, 200)
    if not isinstance(view, QListView):
        view.setColumnWidth(0, 120)
        view.setColumnWidth(1, 120)
    view.show()
    qtbot.waitExposed(view)
    model = view.model()
    long_cell = model.index(0, 0)
    short_cell = model.index(1, 0)
    assert cell_is_cut(view, long_cell)
    assert not cell_is_cut(view, short_cell)
    assert hover(view, long_cell) == LONG
    assert hover(view, short_cell) == ""
    if not isinstance(view, QListView):
        assert hover(view, model.index(0, 1)) == ""
        assert hover(view, model.index(1, 1)) == ("Familiar de la víctima"
                                                  if cell_is_cut(view, model.index(1, 1)) else "")
        view.resize(1600, 200)
        view.setColumnWidth(0, 1200)  # wide enough, and inside the view: no tooltip
        QApplication.processEvents()
        assert hover(view, long_cell) == ""


def test_a_models_own_tooltip_is_left_alone(window, qtbot):
    model = QStandardItemModel(1, 1)
    item = QStandardItem("Corto")
    item.setToolTip("Más detalles que la celda")
    model.setItem(0, 0, item)
    view = QTableView()
    view.setModel(model)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    assert hover(view, model.index(0, 0)) == "Más detalles que la celda"


def test_record_lists_show_a_tooltip_only_where_the_cell_is_cut(window, vault):
    """The record lists used to give every cell a tooltip repeating it."""
    add_people(vault)
    window.show_area("persons")
    window.session.notify("persons")
    QApplication.processEvents()
    table = window.workspace.view("persons").view
    model = table.model()
    index = next(model.index(r, c) for r in range(model.rowCount()) for c in range(model.columnCount())
                 if model.index(r, c).data() and not cell_is_cut(table, model.index(r, c))
                 and table.visualRect(model.index(r, c)).width() > 0)
    assert hover(table, index) == ""
    table.setColumnWidth(index.column(), 12)
    QApplication.processEvents()
    assert cell_is_cut(table, index)
    assert hover(table, index) == index.data()


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_role_chooser_is_never_cut(qtbot, language):
    """Issue 19 §4: the Role column of "Who was affected" showed "Vi…": it was as wide as the
    role's words, and the chooser that opens in it needs room for its arrow and longest role."""
    from accompdesk.domain.vocab import AFFECTED_ROLE
    from accompdesk.gui.common.models.affected_links import AffectedLinksModel
    from accompdesk.gui.common.widgets.affected_links import AffectedLinksEditor
    from accompdesk.gui.common.widgets.vocab_combo import VocabCombo

    i18n.install(language)
    try:
        editor = AffectedLinksEditor()
        qtbot.addWidget(editor)
        editor.resize(700, 300)
        editor.model.set_rows([("a", "Ana Lucía Pito", "victim"), ("b", "José Ñañez Tumiñá", "target")])
        editor.show()
        qtbot.waitExposed(editor)
        chooser = VocabCombo()
        chooser.set_vocabulary(AFFECTED_ROLE, language)
        needed = chooser.sizeHint().width()
        index = editor.model.index(0, AffectedLinksModel.ROLE)
        editor.view.edit(index)
        QApplication.processEvents()
        opened = editor.view.indexWidget(index) or editor.view.focusWidget()
        assert isinstance(opened, VocabCombo)
        assert opened.width() >= needed, (opened.width(), needed)
        for code in AFFECTED_ROLE.codes:
            editor.model.setData(editor.model.index(1, AffectedLinksModel.ROLE), code)
            QApplication.processEvents()
            assert not cell_is_cut(editor.view, editor.model.index(1, AffectedLinksModel.ROLE)), code
            assert editor.view.columnWidth(AffectedLinksModel.ROLE) >= needed
    finally:
        i18n.install("en")
