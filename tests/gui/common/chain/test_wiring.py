"""The chain areas inside the office window, wired the way the final message tells the lead:
the navigation lists them, the workspace builds them on demand, and one area leads to another."""

from __future__ import annotations

import datetime as dt

import pytest

from accompdesk.gui.common import chain as chain_gui

from ....chain.builders import meeting
from tests.gui.fixtures.chain import qt_warnings_fail, gui, session, office, settings, window, areas, forms  # noqa: F401 - fixtures used by name


@pytest.fixture
def wired(monkeypatch, session, settings, qtbot):
    from accompdesk.gui import areas, main_window, workspace
    from accompdesk.gui.main_window import MainWindow

    # areas.py: the chain's entries replace the placeholders and join the list.
    keys = {a.key: a for a in chain_gui.CHAIN_AREAS}
    merged = tuple(keys.pop(a.key, a) for a in areas.AREAS)
    merged = merged[:-1] + tuple(keys.values()) + merged[-1:]  # before the Trash
    for module in (areas, workspace, main_window):
        monkeypatch.setattr(module, "AREAS", merged)
    monkeypatch.setattr(workspace, "BY_KEY", {a.key: a for a in merged})
    monkeypatch.setattr(areas, "BY_KEY", {a.key: a for a in merged})
    # workspace.py, Workspace._build: chain keys come from chain.areas(window).
    original = workspace.Workspace._build

    def build(self, key):
        factories = chain_gui.areas(self.window_)
        return factories[key](self) if key in factories else original(self, key)

    monkeypatch.setattr(workspace.Workspace, "_build", build)
    w = MainWindow(session, settings, backoff=lambda _n: 0)
    qtbot.addWidget(w)
    w.show()
    w._on_unlocked()
    yield w
    if session.is_unlocked:
        for form in list(chain_gui.form_opener.chain_forms(w).open_forms.values()):
            form.close_silently()


def test_the_navigation_lists_the_chain_areas(wired):
    nav = wired.workspace.nav
    titles = [nav.item(i).text() for i in range(nav.count())]
    assert titles[3:5] == ["Authorities", "Meetings"]
    assert "Escalation" in titles and "Follow-up" in titles and titles[-1] == "Trash"


def test_each_area_builds_and_the_board_leads_to_the_ladder(wired, office, vault):
    from accompdesk.gui.areas.authorities.view import AuthoritiesView
    from accompdesk.gui.areas.followups.view import FollowUpsView

    meeting(vault, office.battalion, dt.date(2026, 9, 1), [office.by_unit])
    for key in ("authorities", "meetings", "escalation", "followups"):
        wired.show_area(key)
        assert wired.workspace.current_area == key
    assert isinstance(wired.workspace.view("authorities"), AuthoritiesView)
    board = wired.workspace.view("followups")
    assert isinstance(board, FollowUpsView)
    wired.show_area("followups")
    board.unescalated.setCurrentItem(board.unescalated.topLevelItem(0))
    board.escalate_button.click()
    assert wired.workspace.current_area == "escalation"
    ladder = wired.workspace.view("escalation")
    assert ladder.scope_code == "incidents" and ladder.key() == board.board.unescalated[0].id


def test_a_chain_record_opens_in_its_form_and_others_in_the_window(wired, office, vault):
    forms = chain_gui.form_opener.chain_forms(wired)
    forms.open_any("authorities", office.brigade.id)
    assert ("authorities", office.brigade.id) in forms.open_forms
    forms.open_any("incidents", office.by_unit.id)
    assert ("incidents", office.by_unit.id) in wired.forms.open_forms
    wired.forms.open_forms[("incidents", office.by_unit.id)].close_silently()


def test_a_trashed_meeting_goes_through_the_window_with_undo(wired, office, vault):
    m = meeting(vault, office.brigade, dt.date(2026, 9, 1))
    form = chain_gui.form_opener.chain_forms(wired).open_record("meetings", m.id)
    form.move_to_trash()
    assert not vault.meetings.exists(m.id, include_deleted=False)
    wired.undo_stack.undo()
    assert vault.meetings.exists(m.id, include_deleted=False)
