"""Every save dialog starts in one folder (Documents, then the last one chosen), and a
save offers to open the file or show its folder."""

from __future__ import annotations

import os

from PySide6.QtWidgets import QFileDialog, QMessageBox

from accompdesk.gui.common import save_places
from tests.gui.fixtures.window import qt_warnings_fail, private_settings, settings, session, window  # noqa: F401 - fixtures used by name


def test_dialogs_start_in_documents_then_in_the_last_folder(settings, tmp_path, monkeypatch, qapp):
    asked = []
    chosen = tmp_path / "informes" / "briefing.pdf"
    chosen.parent.mkdir()

    def dialog(parent, title, start, filters):
        asked.append(start)
        return str(chosen), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    first = save_places.ask_save_path(None, settings, "Save", "roster-2026-W48.pdf", "PDF (*.pdf)")
    assert first == str(chosen)
    assert asked[0] == os.path.join(save_places.documents_folder(), "roster-2026-W48.pdf")
    save_places.ask_save_path(None, settings, "Save", "alert.docx", "Word (*.docx)")
    assert asked[1] == os.path.join(str(chosen.parent), "alert.docx")
    assert settings.get(save_places.LAST_FOLDER) == str(chosen.parent)  # the folder only, no file name


def test_a_save_offers_open_and_show_in_folder(qtbot, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr(save_places, "open_path", lambda path: opened.append(path) or True)
    path = tmp_path / "briefing.pdf"
    path.write_bytes(b"%PDF-1.4\n")
    box = save_places.offer_to_open(None, str(path))
    qtbot.addWidget(box)
    names = {b.text().replace("&", ""): b for b in box.buttons()}
    assert {"Open", "Show in folder"} <= set(names)
    names["Show in folder"].click()
    names["Open"].click()
    assert opened == [str(tmp_path), str(path)]


def test_saving_a_roster_with_conflicts_asks_about_saving_not_printing(qtbot, session, settings, monkeypatch, vault):
    from accompdesk.gui.areas.roster.view import WeekPlanView
    from tests.operations.week_data import WEEK, fill_week

    fill_week(vault)
    questions = []
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda parent, title, text, *a: questions.append(text) or QMessageBox.StandardButton.No))
    view = WeekPlanView(session, settings, week=WEEK)
    qtbot.addWidget(view)
    assert view.save_roster() is None
    assert view.print_roster() is None
    assert questions[0].endswith("Save the roster anyway?") and questions[1].endswith("Print the roster anyway?")
