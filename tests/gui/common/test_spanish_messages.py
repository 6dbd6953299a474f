"""Every form, opened in the Spanish window, with every kind of problem it can show:
each message names its field in Spanish, beside the field, and no English is left."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import time_machine
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QLineEdit, QPlainTextEdit

from accompdesk.gui.common import i18n
from accompdesk.gui.common.chain.form_opener import chain_forms
from accompdesk.gui.common.operations.form_opener import operations_forms
from accompdesk.gui.common.widgets.date_field import DateField
from tests.gui.fixtures.window import qt_warnings_fail, private_settings, settings, session, window  # noqa: F401 - fixtures used by name

# Words that give English away; none of them is Spanish.
ENGLISH = re.compile(r"\b(is|the|required|problems?|before|after|future|date|write|not|fix|saving|field|"
                     r"characters|long|fit|check|year|remove|try|again|record|twice|start|exist|time|"
                     r"day|month|marked|below|each|which)\b", re.IGNORECASE)
TABLES = {"window": ("persons", "organisations", "incidents"),
          "chain": ("authorities", "officials", "meetings", "commitments"),
          "operations": ("volunteers", "accompaniments", "alerts", "checkin_schedules")}


@pytest.fixture(autouse=True)
def a_day():
    with time_machine.travel(dt.datetime(2026, 11, 30, 12, 0, tzinfo=dt.timezone.utc), tick=False):
        yield


def openers(window):
    return {"window": window.forms, "chain": chain_forms(window), "operations": operations_forms(window)}


def shown_problems(form) -> dict[str, str]:
    out = {name: label.text() for name, label in form.binder.errors.items() if not label.isHidden()}
    for name, binding in form.binder.bindings.items():
        if isinstance(binding.widget, DateField) and binding.widget.words.text():
            out[name + " (typed)"] = binding.widget.words.text()
    if not form.summary.isHidden():
        out["(summary)"] = form.summary.text()
    return out


def no_english(found: dict[str, str]) -> None:
    english = {k: v for k, v in found.items() if ENGLISH.search(v)}
    assert english == {}


def provoke_every_problem(form, qtbot) -> dict[str, str]:
    """Empty (what is required), then control characters, too long, a date that does
    not exist and a far future, and an end before the start; then Save."""
    found = {}
    assert not form.save()
    found.update(shown_problems(form))
    for name, binding in form.binder.bindings.items():
        widget, spec = binding.widget, binding.spec
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText("x" * (spec.max_len + 1))
        elif isinstance(widget, QLineEdit):
            widget.setText("bad\x01text")
        elif isinstance(widget, DateField):
            widget.edit.setFocus()
            widget.edit.clear()
            qtbot.keyClicks(widget.edit, "31/02/2026")
            qtbot.keyClick(widget.edit, Qt.Key.Key_Return)
            found.update({f"{k} (typed)": v for k, v in shown_problems(form).items()})
            widget.set_value(dt.datetime(2099, 1, 1, 9, 0) if widget.time_edit is not None else dt.date(2099, 1, 1))
            widget.value_changed.emit()
    for start, end in (("starts_at", "ends_at"), ("start_on", "end_on"), ("arrival_on", "departure_on")):
        if start in form.binder.bindings and end in form.binder.bindings:
            early = form.binder.bindings[start].widget
            late = form.binder.bindings[end].widget
            early.set_value(dt.datetime(2026, 3, 2, 9, 0) if early.time_edit is not None else dt.date(2026, 3, 2))
            late.set_value(dt.datetime(2026, 3, 1, 9, 0) if late.time_edit is not None else dt.date(2026, 3, 1))
            early.value_changed.emit()
            late.value_changed.emit()
    form.validate()
    assert not form.save()
    found.update({f"{k} (second)": v for k, v in shown_problems(form).items()})
    return found


@pytest.mark.parametrize("area, table", [(a, t) for a, tables in TABLES.items() for t in tables])
def test_every_problem_of_every_form_is_spanish_and_names_its_field(window, qtbot, area, table):
    window.change_language("es")
    try:
        form = openers(window)[area].open_new(table)
        qtbot.addWidget(form)
        found = provoke_every_problem(form, qtbot)
        assert found, "the form showed no problem at all"
        no_english(found)
        # Each message beside its field starts with that field's Spanish name, and is seen whole
        # (a wrapped label once got one line of a few words: "2112-02-06 is in").
        QApplication.processEvents()
        for name, label in form.binder.errors.items():
            if not label.isHidden():
                assert label.text().startswith(form.binder.specs[name].label("es") + ": "), label.text()
            if label.isVisible():  # on the tab that shows; the others are laid out when shown
                assert label.height() >= label.heightForWidth(label.width()), label.text()
                assert label.width() >= label.fontMetrics().horizontalAdvance(label.text().split()[0])
        assert re.match(r"\d+ problemas? que corregir antes de guardar", form.summary.text())
        # And the cursor went to one of them.
        wrong = [form.binder.bindings[n].widget for n in form.binder.bindings
                 if n in form.binder.typing_problems()
                 or (n in form.binder.errors and not form.binder.errors[n].isHidden())]
        focused = form.focusWidget()
        assert any(w is focused or w.isAncestorOf(focused) for w in wrong)
        form.close_silently()
    finally:
        i18n.install("en")


def test_the_file_dialogs_speak_spanish(qtbot):
    i18n.install("es")
    try:
        dialog = QFileDialog(None, "", "", "PDF (*.pdf)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
        assert labels["lookInLabel"] == "&Ver en:"
        assert labels["fileTypeLabel"] == "Archivos de &tipo:"
        assert labels["fileNameLabel"] == "&Nombre de archivo:"
        from PySide6.QtCore import QCoreApplication
        assert QCoreApplication.translate("QAbstractFileIconProvider", "Folder") == "Carpeta"
    finally:
        i18n.install("en")
