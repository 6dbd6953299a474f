"""The Designer forms: generated code matches its .ui file, every form loads and binds every field."""

from __future__ import annotations

import pytest

from accompdesk.domain.fields import specs
from accompdesk.domain.records import ALL_TYPES
from accompdesk.gui.common.forms.window_forms import FORMS
from tools.forms import SETS
from tests.gui.fixtures.window import qt_warnings_fail, private_settings, settings, session, window  # noqa: F401 - fixtures used by name

generate, target_for, ui_files = SETS["window"].generate, SETS["window"].target_for, SETS["window"].ui_files


@pytest.mark.parametrize("ui_file", ui_files(), ids=lambda p: p.name)
def test_generated_code_matches_the_ui_file(ui_file):
    assert target_for(ui_file).read_text(encoding="utf-8") == generate(ui_file), \
        f"run python -m tools.forms window after changing {ui_file.name}"


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
