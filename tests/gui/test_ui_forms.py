"""The Designer forms: generated code matches its .ui file (every form of the window, in one
place), every form loads and binds every field."""

from __future__ import annotations

import pytest

from accompdesk.domain.fields import specs
from accompdesk.domain.records import ALL_TYPES
from accompdesk.gui.common.forms.window_forms import FORMS
from accompdesk.gui.areas import AREAS
from tools.forms import GUI_DIR, SETS, TARGETS, UI_DIR, generate, target_for
from tests.gui.fixtures.window import qt_warnings_fail, private_settings, settings, session, window  # noqa: F401 - fixtures used by name

UI_FILES = sorted(UI_DIR.glob("*.ui"))


def test_every_form_is_compiled_once_into_one_ui_folder():
    assert sorted(p.name for p in UI_FILES) == sorted(TARGETS)
    assert sorted(p.name for s in SETS.values() for p in s.ui_files()) == sorted(TARGETS)
    assert [p.name for p in SETS["window"].ui_files()] == ["incident_form.ui", "organisation_form.ui",
                                                          "person_form.ui"]
    assert [p.name for p in SETS["chain"].ui_files()] == ["authority_form.ui", "authority_official_form.ui",
                                                         "commitment_form.ui", "meeting_form.ui"]
    assert [p.stem for p in SETS["operations"].ui_files()] == ["accompaniment_form", "alert_form",
                                                               "checkin_schedule_form", "volunteer_form"]
    assert [p.name for p in SETS["reports"].ui_files()] == ["report_options.ui"]
    assert len(SETS["safety"].ui_files()) >= 8
    # Into the ui/ folder of an area of the navigation, or of the dialogs.
    areas = {a.key for a in AREAS}
    for ui_file in UI_FILES:
        folder = target_for(ui_file).parent.relative_to(GUI_DIR).parts
        assert folder == ("dialogs", "ui") or (folder[0], folder[2]) == ("areas", "ui") and folder[1] in areas, \
            ui_file.name


@pytest.mark.parametrize("ui_file", UI_FILES, ids=lambda p: p.name)
def test_generated_code_matches_the_ui_file(ui_file):
    target = target_for(ui_file)
    assert target.exists(), f"run python -m tools.forms ({ui_file.name} was never compiled)"
    assert target.read_text(encoding="utf-8") == generate(ui_file), \
        f"{target.name} differs from {ui_file.name}: run python -m tools.forms"


@pytest.mark.parametrize("table", sorted(FORMS))
def test_every_field_has_its_widget(table, window):
    form = window.forms.open_new(table)
    wanted = {n for n, s in specs(ALL_TYPES[table]).items() if s.kind != "roles"}
    assert set(form.binder.bindings) == wanted
    # Every field label has a mnemonic, and none repeats within a tab.
    tabs = form.ui.tabs
    for i in range(tabs.count()):
        page = tabs.widget(i)
        keys = []
        for name, label in form.binder.labels.items():
            if label is not None and page.isAncestorOf(label):
                text = label.text()
                assert "&" in text, f"{name} has no mnemonic"
                keys.append(text[text.index("&") + 1].casefold())
        assert len(keys) == len(set(keys))
        assert all(w.accessibleName() for w in (b.widget for b in form.binder.bindings.values()))
