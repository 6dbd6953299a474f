"""The weekly planning grid: lanes by volunteer and by person accompanied, dragging a
card to assign, hand over or move it, conflicts flagged as the plan changes."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from PySide6.QtCore import QModelIndex, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from accompdesk.gui.areas.roster import printing as roster_print
from accompdesk.gui.areas.roster.view import WeekPlanView
from accompdesk.gui.areas.roster.model import (ACCOMPANIMENT_ROLE, BY_DEFENDER, BY_VOLUNTEER,
                                                  CONFLICT_ROLE, WeekGridModel)
from accompdesk.domain.roster import DOUBLE_BOOKED, TEAM_TOO_SMALL
from accompdesk.vault.roster import load_week

from ....operations.week_data import WEEK, at
from tests.gui.fixtures.operations import qt_warnings_fail, private_settings, settings, session, office_week, made_on  # noqa: F401 - fixtures used by name


def lanes_of(model, key):
    return [row for row, lane in enumerate(model.lanes) if lane.key == key]


def card(model, key, day, nth=0):
    """The index of the card in the nth lane of a volunteer (or person) on a day (0 = Monday)."""
    return model.index(lanes_of(model, key)[nth], day + 1)


def drop(model, source: QModelIndex, target: QModelIndex, action=Qt.DropAction.MoveAction) -> bool:
    mime = model.mimeData([source])
    return model.dropMimeData(mime, action, -1, -1, target)


def test_lanes_by_volunteer(vault, office_week):
    model = WeekGridModel(vault, WEEK, BY_VOLUNTEER)
    a, v = office_week.accompaniments, office_week.volunteers
    assert model.lanes[0].key == "" and model.lanes[0].label == "Not yet assigned"
    assert model.index(0, 7).data(ACCOMPANIMENT_ROLE) == a["unassigned"].id  # Sunday
    jana = lanes_of(model, v[2].id)
    assert len(jana) == 2  # two places at once on Monday: two lanes
    assert {model.index(r, 1).data(ACCOMPANIMENT_ROLE) for r in jana} == {a["escort_mon"].id, a["office_mon"].id}
    assert all(model.index(r, 1).data(CONFLICT_ROLE) == 1 for r in jana)
    # A partner's double booking is flagged on the partner, not on Marieke.
    assert card(model, v[4].id, 0).data(CONFLICT_ROLE) == 0
    # The overnight presence is on Friday and on Saturday in Lea's row.
    lea = card(model, v[0].id, 4), card(model, v[0].id, 5)
    assert [i.data(ACCOMPANIMENT_ROLE) for i in lea] == [a["overnight"].id] * 2
    assert lea[0].data().startswith("from 19:00") and lea[1].data().startswith("until 07:00")
    assert "Finca comunitaria Peñas Blancas" in lea[0].data() and "with Tomás" in lea[0].data()
    # Cancelled accompaniments are not on the grid.
    shown = {model.index(r, c).data(ACCOMPANIMENT_ROLE) for r in range(model.rowCount()) for c in range(1, 8)}
    assert a["cancelled"].id not in shown
    assert model.index(lanes_of(model, v[8].id)[0], 0).data().endswith("leaves Thu 26")


def test_lanes_by_person_accompanied(vault, office_week):
    model = WeekGridModel(vault, WEEK, BY_DEFENDER)
    labels = [lane.label for lane in model.lanes if lane.first]
    assert labels == sorted(["Guacamaya", "Mangle", "Marta Cecilia Londoño Peña", "Consejo del río",
                             "La Asociación"], key=str.casefold)
    guacamaya = office_week.persons[0].id
    assert card(model, guacamaya, 0).data().startswith("08:00–13:00 · Court hearing")


@pytest.mark.parametrize("typed", ["Guacamaya", "guacamaya", "«Guacamaya»", "  Guacamayá "])
@pytest.mark.parametrize("holder", ["person", "organisation"])
def test_the_planner_shows_the_aliases_the_roster_prints(vault, office_week, typed, holder):
    """Issue 15: where two of them share an alias, the planner tells them apart as the
    printed roster does (the one recorded first keeps the alias), in the lanes, on the
    cards and in the cards' tooltips."""
    from accompdesk.reports.roster import roster_aliases

    guacamaya = office_week.persons[0]
    other = office_week.persons[1] if holder == "person" else office_week.organisations[0]
    other.alias = typed
    vault.repo(other.TABLE).update(other)
    printed = roster_aliases(vault)
    expected = f"{' '.join(typed.split())} 2"
    assert (printed[guacamaya.id], printed[other.id]) == ("Guacamaya", expected)
    by_person = WeekGridModel(vault, WEEK, BY_DEFENDER)
    labels = {lane.key: lane.label for lane in by_person.lanes if lane.first}
    assert labels[guacamaya.id] == "Guacamaya" and labels[other.id] == expected
    for subject in [*office_week.persons, *office_week.organisations]:
        if subject.id in labels and subject.id in printed:
            assert labels[subject.id] == printed[subject.id]
    by_volunteer = WeekGridModel(vault, WEEK, BY_VOLUNTEER)
    a = office_week.accompaniments["escort_mon" if holder == "person" else "office_mon"]
    index = by_volunteer.index_of(a.id)
    assert f" · {expected}" in index.data().splitlines()[0]
    assert f"({expected})" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_dragging_a_card_to_another_volunteer_hands_it_over(qtbot, vault, office_week):
    model = WeekGridModel(vault, WEEK, BY_VOLUNTEER)
    a, v = office_week.accompaniments, office_week.volunteers
    jana_office = next(card(model, v[2].id, 0, n) for n in (0, 1)
                       if card(model, v[2].id, 0, n).data(ACCOMPANIMENT_ROLE) == a["office_mon"].id)
    with qtbot.waitSignal(model.plan_changed, timeout=2000):
        assert drop(model, jana_office, card(model, v[9].id, 0))
    assert vault.accompaniments.get(a["office_mon"].id).volunteers == [v[4].id, v[9].id]
    assert len(lanes_of(model, v[2].id)) == 1
    assert not any(c.kind == DOUBLE_BOOKED for c in model.plan.conflicts)


def test_ctrl_dragging_adds_a_volunteer_and_fixes_the_team_size(qtbot, vault, office_week):
    model = WeekGridModel(vault, WEEK, BY_VOLUNTEER)
    a, v = office_week.accompaniments, office_week.volunteers
    assert any(c.kind == TEAM_TOO_SMALL and c.accompaniment_id == a["event"].id for c in model.plan.conflicts)
    with qtbot.waitSignal(model.plan_changed, timeout=2000):
        assert drop(model, card(model, v[6].id, 2), card(model, v[3].id, 2), Qt.DropAction.CopyAction)
    assert vault.accompaniments.get(a["event"].id).volunteers == [v[6].id, v[3].id]
    assert not any(c.accompaniment_id == a["event"].id for c in model.plan.conflicts)


def test_dragging_from_not_assigned_assigns_and_to_another_day_moves(qtbot, vault, office_week):
    model = WeekGridModel(vault, WEEK, BY_VOLUNTEER)
    a, v = office_week.accompaniments, office_week.volunteers
    with qtbot.waitSignal(model.plan_changed, timeout=2000):
        assert drop(model, model.index(0, 7), card(model, v[1].id, 5))  # Sunday, unassigned → Håkon, Saturday
    moved = vault.accompaniments.get(a["unassigned"].id)
    assert moved.volunteers == [v[1].id] and moved.starts_at == at(5, 10) and moved.ends_at == at(5, 14)
    # Dragging it back onto "not yet assigned" takes Håkon off.
    with qtbot.waitSignal(model.plan_changed, timeout=2000):
        assert drop(model, card(model, v[1].id, 5), model.index(0, 6))
    assert vault.accompaniments.get(a["unassigned"].id).volunteers == []


def test_by_person_cards_move_in_time_only(qtbot, vault, office_week):
    model = WeekGridModel(vault, WEEK, BY_DEFENDER)
    mangle, guacamaya = office_week.persons[1].id, office_week.persons[0].id
    source = card(model, mangle, 4)  # Friday's escort
    assert not model.canDropMimeData(model.mimeData([source]), Qt.DropAction.MoveAction, -1, -1,
                                     card(model, guacamaya, 2))
    with qtbot.waitSignal(model.plan_changed, timeout=2000):
        assert drop(model, source, card(model, mangle, 2))
    assert vault.accompaniments.get(office_week.accompaniments["escort_fri"].id).starts_at == at(2, 8)


@pytest.fixture
def plan_view(session, settings, qtbot, office_week):
    view = WeekPlanView(session, settings, week=WEEK)
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    return view


def test_view_lists_every_conflict_and_says_how_many(plan_view, vault, office_week):
    plan = load_week(vault, WEEK)
    assert plan_view.conflicts.count() == len(plan.conflicts) == 10
    assert plan_view.summary.text() == "7 conflicts to settle before printing the roster. " \
                                       "3 notes about the printed roster."
    assert "2026-W48" in plan_view.week_label.text()
    first = plan_view.conflicts.item(0)
    assert "Jana Löwe is in two places at once" in first.text()
    plan_view.conflicts.itemClicked.emit(first)
    assert plan_view.selected_id() == first.data(Qt.ItemDataRole.UserRole)


def test_view_takes_a_drop_from_the_mouse(plan_view, qtbot, vault, office_week):
    """A real drop event on the grid, as the mouse delivers it."""
    model, grid = plan_view.model, plan_view.grid
    v, a = office_week.volunteers, office_week.accompaniments
    source = card(model, v[6].id, 2)  # Chloé's lone public event, Wednesday
    target = card(model, v[7].id, 2)  # Émile, Wednesday (he arrives that day)
    grid.scrollTo(target)
    mime = model.mimeData([source])
    point = QPointF(grid.visualRect(target).center())
    for kind in (QDragEnterEvent, QDragMoveEvent, QDropEvent):
        args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier)
        try:
            event = kind(point, *args)
        except TypeError:  # before PySide6 6.12, drag events take a whole-pixel point
            event = kind(point.toPoint(), *args)
        QApplication.sendEvent(grid.viewport(), event)
    qtbot.waitUntil(lambda: len(vault.accompaniments.get(a["event"].id).volunteers) == 2, timeout=2000)
    qtbot.waitUntil(lambda: plan_view.summary.text().startswith("6 conflicts"), timeout=2000)
    assert plan_view.selected_id() == a["event"].id


def test_week_navigation(plan_view):
    plan_view.next_button.click()
    assert str(plan_view.week) == "2026-W49"
    assert plan_view.summary.text() == "No conflicts this week."
    plan_view.previous_button.click()
    plan_view.by_defender.click()
    assert plan_view.model.mode == BY_DEFENDER


def test_double_click_on_an_empty_day_starts_a_new_accompaniment(plan_view, qtbot, office_week):
    v = office_week.volunteers
    model = plan_view.model
    empty = card(model, v[0].id, 2)  # Lea, Wednesday: nothing planned
    with qtbot.waitSignal(plan_view.new_requested) as asked:
        plan_view.grid.doubleClicked.emit(empty)
    table, record = asked.args
    assert table == "accompaniments" and record.volunteers == [v[0].id] and record.starts_at == at(2, 9)
    plan_view.grid.setCurrentIndex(card(model, v[0].id, 0))  # Lea's hearing on Monday, by keyboard
    plan_view.grid.setFocus()
    with qtbot.waitSignal(plan_view.open_requested) as opened:
        plan_view.open_action.trigger()
    assert opened.args == ["accompaniments", office_week.accompaniments["hearing"].id]


def test_roster_prints_one_landscape_page_per_week(session, office_week, tmp_path):
    pdf = roster_print.roster_pdf(session.vault, WEEK, internal=False, language="en", page_size="A4")
    printer = roster_print.roster_printer("A4")
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    roster_print.paint(pdf, printer)
    pypdf = pytest.importorskip("pypdf")
    reader = pypdf.PdfReader(io.BytesIO((tmp_path / "printed.pdf").read_bytes()))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)
    # What printed is the registry's roster PDF, page for page: its words are the file's.
    text = " ".join(pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())
    assert "Guacamaya" in text and "+57 300 555 0148" in text
    assert "Yolanda" not in text and "Epieyú" not in text
    printed = _thumbnail(roster_print.page_images((tmp_path / "printed.pdf").read_bytes(), dpi=100)[0])
    original = _thumbnail(roster_print.page_images(pdf, dpi=100)[0])
    other = _thumbnail(roster_print.page_images(roster_print.roster_pdf(
        session.vault, WEEK, internal=True, language="es", page_size="A4"), dpi=100)[0])
    assert min(original) < 200  # the page has ink
    # The printed page is the PDF's page, not another layout: nearer to it than another roster is.
    assert _distance(printed, original) * 2 < _distance(other, original)


def _thumbnail(image) -> list[int]:
    from PySide6.QtCore import Qt

    small = image.scaled(96, 68, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
    return [small.pixelColor(x, y).lightness() for y in range(small.height()) for x in range(small.width())]


def _distance(a: list[int], b: list[int]) -> float:
    return sum(abs(x - y) for x, y in zip(a, b)) / len(a)


def test_print_preview_opens_landscape(plan_view, qtbot, office_week):
    doc = plan_view.printing.document(WEEK, internal=False)
    dialog = roster_print.preview_dialog(doc, "Letter", plan_view)
    qtbot.addWidget(dialog)
    dialog.show()
    layout = dialog.printer().pageLayout()
    assert layout.orientation() == layout.Orientation.Landscape
    assert layout.pageSize().id() == layout.pageSize().PageSizeId.Letter
    dialog.close()


def test_roster_saved_from_the_view_when_the_week_has_no_conflicts(plan_view, tmp_path, vault):
    plan_view.set_week(WEEK.shifted(1))
    path = plan_view.save_roster(str(tmp_path / "next-week.pdf"))
    assert path and (tmp_path / "next-week.pdf").stat().st_size > 0


@pytest.mark.parametrize("today, expected", [
    (dt.datetime(2026, 11, 25, 8, 0), dt.date(2026, 11, 25)),  # inside the week on screen: today
    (dt.datetime(2027, 3, 2, 8, 0), dt.date(2026, 11, 23)),  # another week: its Monday
])
def test_the_new_button_takes_its_day_from_the_week_on_screen(plan_view, qtbot, on_day, today, expected):
    on_day(today)
    with qtbot.waitSignal(plan_view.new_requested) as asked:
        plan_view.new_button.click()
    table, record = asked.args
    assert table == "accompaniments" and record.starts_at.date() == expected
    plan_view.next_button.click()
    with qtbot.waitSignal(plan_view.new_requested) as asked:
        plan_view.new_button.click()
    assert asked.args[1].starts_at.date() == dt.date(2026, 11, 30)  # the Monday of the week now shown


def test_day_columns_never_cut_a_time_range(plan_view, qtbot):
    grid = plan_view.grid
    grid.setFixedWidth(520)  # a small screen, or a large scale factor
    qtbot.wait(10)
    needed = grid.fontMetrics().horizontalAdvance("⚠ 08:00–17:00")
    for column in range(1, plan_view.model.columnCount()):
        assert grid.columnWidth(column) > needed, column
