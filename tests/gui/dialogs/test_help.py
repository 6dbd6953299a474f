"""Help that ships with the program: the user guide from the Help menu, and "What is this?"
on the fields whose meaning decides what leaves the office."""

from __future__ import annotations

import pytest

from accompdesk.gui.common import i18n
from accompdesk.gui.common.guide import guide_text
from tests.gui.fixtures.window import qt_warnings_fail, private_settings, settings, session, window  # noqa: F401 - fixtures used by name


@pytest.mark.parametrize("language, heading", [("en", "# AccompDesk — a short guide"),
                                               ("es", "# AccompDesk — guía breve")])
def test_the_guide_ships_in_both_languages(language, heading):
    text = guide_text(language)
    assert text.startswith(heading)
    assert "Ctrl+Shift+1" in text.replace("Mayús", "Shift")


def test_help_menu_opens_the_guide_in_the_window_language(window, qtbot, monkeypatch):
    from accompdesk.gui.dialogs.guide import GuideDialog

    shown = []
    monkeypatch.setattr(GuideDialog, "exec", lambda self: shown.append(self.browser.toPlainText()) or 0)
    assert window.guide_action.shortcut().toString() == "F1"
    window.guide_action.trigger()
    assert shown and shown[0].startswith("AccompDesk — a short guide")


WORDS = {"consent_level": ("choose Internal", "elija Interno"), "severity": ("from low", "de baja"),
         "verification": ("Unverified:", "Sin verificar:")}


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("table, fields", [("persons", ["consent_level"]), ("organisations", ["consent_level"]),
                                           ("incidents", ["severity", "verification"])])
def test_fields_that_decide_what_leaves_explain_themselves(window, table, fields, language):
    i18n.install(language)
    form = window.forms.open_new(table)
    assert form.whats_this_button.defaultAction() is not None
    for name in fields:
        text = getattr(form.ui, name).whatsThis()
        assert len(text.split()) > 25  # one real paragraph
        english, spanish = WORDS[name]
        assert (english in text, spanish in text) == (language == "en", language == "es")


def test_the_week_notation_is_explained(window):
    window.show_area("roster")
    text = window.workspace.view("roster").week_label.whatsThis()
    assert "ISO 8601" in text and "Monday" in text
