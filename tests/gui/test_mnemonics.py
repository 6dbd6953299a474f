"""Alt+letter reaches one control: within a form, no two labels, buttons or tabs share
a mnemonic, and the form opens with its first field focused."""

from __future__ import annotations

import collections
import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QTabWidget
from tests.gui.fixtures.window import qt_warnings_fail, private_settings, settings, session, window  # noqa: F401 - fixtures used by name

_MNEMONIC = re.compile(r"&([^&\s])")


def _mnemonics(form) -> dict[str, list[str]]:
    """Mnemonics of what is on screen at once (Qt ignores those of hidden controls)."""
    seen = collections.defaultdict(list)
    texts = [b.text() for b in form.findChildren(QAbstractButton) if b.isVisible()]
    texts += [label.text() for label in form.findChildren(QLabel) if label.isVisible()]
    for tabs in form.findChildren(QTabWidget):
        if tabs.isVisible():
            texts += [tabs.tabText(i) for i in range(tabs.count())]
    for text in texts:
        found = _MNEMONIC.search(text.replace("&&", ""))
        if found:
            seen[found.group(1).lower()].append(text)
    return seen


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("table", ["incidents", "persons", "organisations"])
def test_no_two_controls_of_a_form_share_a_mnemonic(window, table, language):
    from accompdesk.gui.common import i18n

    i18n.install(language)
    form = window.forms.open_new(table)
    tabs = form.findChild(QTabWidget)
    for page in range(tabs.count() if tabs else 1):
        if tabs:
            tabs.setCurrentIndex(page)
        clashes = {key: texts for key, texts in _mnemonics(form).items() if len(texts) > 1}
        assert clashes == {}, f"page {page}"


@pytest.mark.parametrize("table, first", [("incidents", "summary"), ("persons", "full_name")])
def test_a_new_form_opens_with_its_first_field_focused(window, qtbot, table, first):
    form = window.forms.open_new(table)
    # The widget that has the focus whenever the form's window is active:
    qtbot.waitUntil(lambda: form.focusWidget() is getattr(form.ui, first), timeout=2000)
