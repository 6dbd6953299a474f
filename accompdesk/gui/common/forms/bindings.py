"""How each kind of field widget reads and shows a field's value.

A binding reports only what the person changed (not what the program set), so
that every report can become an undo step.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QWidget

from ....domain.fields import FieldSpec
from ..widgets.affected_links import AffectedLinksEditor
from ..widgets.date_field import DateField
from ..widgets.line_start import show_start
from ..widgets.link_field import LinkField
from ..widgets.vocab_combo import VocabCombo


class Binding:
    def __init__(self, name: str, spec: FieldSpec, widget: QWidget):
        self.name, self.spec, self.widget = name, spec, widget
        self._setting = False
        self._callback: Callable[[], None] | None = None

    def on_change(self, callback: Callable[[], None]) -> None:
        self._callback = callback

    def _changed(self, *_args) -> None:
        if not self._setting and self._callback is not None:
            self._callback()

    def set(self, value) -> None:
        self._setting = True
        try:
            self._set(value)
        finally:
            self._setting = False

    # Record fields this binding holds, from and to the record's values.
    def from_record(self, record):
        return getattr(record, self.name)

    def to_fields(self, value) -> dict:
        return {self.name: value}

    def get(self):
        raise NotImplementedError

    def _set(self, value) -> None:
        raise NotImplementedError


class LineBinding(Binding):
    def __init__(self, name, spec, widget: QLineEdit):
        super().__init__(name, spec, widget)
        widget.setMaxLength(spec.max_len)
        widget.textChanged.connect(self._changed)

    def get(self):
        return self.widget.text()

    def _set(self, value) -> None:
        self.widget.setText(value or "")
        show_start(self.widget)  # a long value shows its start; typing still goes at its end


class TextBinding(Binding):
    def __init__(self, name, spec, widget: QPlainTextEdit):
        super().__init__(name, spec, widget)
        widget.setUndoRedoEnabled(False)  # the form's undo stack covers every field alike
        widget.textChanged.connect(self._changed)

    def get(self):
        return self.widget.toPlainText()

    def _set(self, value) -> None:
        self.widget.setPlainText(value or "")


class ValueBinding(Binding):
    """For widgets with value(), set_value() and a value_changed signal: the vocabulary
    combo, the date field, and the form-specific widgets of extra_bindings."""

    def __init__(self, name, spec, widget):
        super().__init__(name, spec, widget)
        widget.value_changed.connect(self._changed)

    def get(self):
        return self.widget.value()

    def _set(self, value) -> None:
        self.widget.set_value(value)


class BoolBinding(Binding):
    def __init__(self, name, spec, widget: QCheckBox):
        super().__init__(name, spec, widget)
        widget.toggled.connect(self._changed)

    def get(self):
        return self.widget.isChecked()

    def _set(self, value) -> None:
        self.widget.setChecked(bool(value))


class LinkBinding(Binding):
    def __init__(self, name, spec, widget: LinkField):
        super().__init__(name, spec, widget)
        widget.value_changed.connect(self._changed)

    def get(self):
        return self.widget.value()

    def _set(self, value) -> None:
        self.widget.set_value(value)


class LinksWithRolesBinding(Binding):
    """A links field and its parallel roles field, held by one editor as (ids, roles)."""

    def __init__(self, name, spec, widget: AffectedLinksEditor):
        super().__init__(name, spec, widget)
        widget.value_changed.connect(self._changed)

    def from_record(self, record):
        return (list(getattr(record, self.name)), list(getattr(record, self.spec.role_field)))

    def to_fields(self, value) -> dict:
        ids, roles = value
        return {self.name: list(ids), self.spec.role_field: list(roles)}

    def get(self):
        ids, roles = self.widget.value()
        return (list(ids), list(roles))

    def _set(self, value) -> None:
        self.widget.set_value(value)


def binding_for(name: str, spec: FieldSpec, widget: QWidget) -> Binding:
    if isinstance(widget, AffectedLinksEditor):
        return LinksWithRolesBinding(name, spec, widget)
    if isinstance(widget, LinkField):
        return LinkBinding(name, spec, widget)
    if isinstance(widget, (VocabCombo, DateField)):
        return ValueBinding(name, spec, widget)
    if isinstance(widget, QCheckBox):
        return BoolBinding(name, spec, widget)
    if isinstance(widget, QPlainTextEdit):
        return TextBinding(name, spec, widget)
    if isinstance(widget, QLineEdit):
        return LineBinding(name, spec, widget)
    raise TypeError(f"no binding for {type(widget).__name__} (field {name})")
