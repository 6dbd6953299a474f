"""Binds a Designer form's widgets to a record type's fields, by name.

A widget named like a field (``summary``) holds that field; a label named
``summary_label`` is its label. Labels, vocabularies, lengths and accessible names
come from the field declarations in the domain, so a field is described once; the
binder adds mnemonics and a place for the field's problem right below it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QBoxLayout, QCheckBox, QFormLayout, QLabel, QLayout, QSizePolicy, QWidget)

from ....domain.fields import FieldSpec, specs
from ....domain.records import Record
from ..widgets.affected_links import AffectedLinksEditor
from ..widgets.link_field import LinkField
from ..widgets.vocab_combo import VocabCombo
from ..field_help import help_text
from .bindings import Binding, binding_for

ERROR_STYLE = "color: #b3261e;"


class FieldBinder(QObject):
    edited = Signal(str, object, object)  # field, value before, value after

    def __init__(self, ui, record_type: type[Record], session, language: str,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.record_type = record_type
        self.language = language
        self.specs = specs(record_type)
        self.bindings: dict[str, Binding] = {}
        self.labels: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._current: dict[str, object] = {}
        defaults = record_type()
        for name, spec in self.specs.items():
            widget = getattr(ui, name, None)
            if widget is None or spec.kind == "roles":
                continue
            self._configure(widget, name, spec, session, getattr(defaults, name))
            binding = binding_for(name, spec, widget)
            binding.on_change(lambda name=name: self._changed(name))
            self.bindings[name] = binding
            label = getattr(ui, f"{name}_label", None)
            self.labels[name] = label if label is not None else widget if isinstance(widget, QCheckBox) else None
            self._label(name, spec)
            explained = help_text(name)
            if explained:
                for shown in (widget, label):
                    if shown is not None:
                        shown.setWhatsThis(explained)
        self.by_english_label = {spec.label_en: name for name, spec in self.specs.items()}

    # -- building -----------------------------------------------------------------------

    def _configure(self, widget: QWidget, name: str, spec: FieldSpec, session, default) -> None:
        label = spec.label(self.language)
        widget.setAccessibleName(label)
        if isinstance(widget, VocabCombo):
            widget.set_vocabulary(spec.vocab, self.language, allow_empty=default is None or not spec.required,
                                  empty_text=self.tr("— choose —"))
        elif isinstance(widget, (LinkField, AffectedLinksEditor)):
            widget.configure(session, spec.target)

    def _label(self, name: str, spec: FieldSpec) -> None:
        label = self.labels.get(name)
        if label is None:
            return
        label.setText(spec.label(self.language))
        if spec.required and isinstance(label, QLabel):
            font = QFont(label.font())
            font.setBold(True)
            label.setFont(font)
            label.setToolTip(self.tr("Required"))

    def assign_mnemonics(self, taken: set[str], names=None) -> None:
        """Give each field label an Alt+letter not already taken (in its window or tab)."""
        for name in (names if names is not None else self.bindings):
            label = self.labels.get(name)
            if label is None:
                continue
            text = label.text().replace("&", "")
            for i, ch in enumerate(text):
                key = ch.casefold()
                if ch.isalpha() and key not in taken:
                    taken.add(key)
                    label.setText(text[:i] + "&" + text[i:])
                    break

    def error_label(self, name: str) -> QLabel | None:
        """The label below a field that tells what is wrong with it, made on first use."""
        if name in self.errors:
            return self.errors[name]
        widget = self.bindings[name].widget if name in self.bindings else None
        if widget is None:
            return None
        error = QLabel(widget.parentWidget())
        error.setObjectName(f"{name}_error")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        # As wide as the field's column: a wrapped label is otherwise given the width of a few
        # words and one line's height, and "2112-02-06 is in the future." showed as "2112-02-06 is in".
        error.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if not _insert_below(widget, error):
            error.deleteLater()
            return None
        error.hide()
        self.errors[name] = error
        return error

    # -- values -------------------------------------------------------------------------

    def load(self, record: Record) -> None:
        for name, binding in self.bindings.items():
            value = binding.from_record(record)
            binding.set(value)
            self._current[name] = value

    def values(self) -> dict:
        """Every bound field's value, as record fields (links and their roles apart)."""
        out = {}
        for binding in self.bindings.values():
            out.update(binding.to_fields(binding.get()))
        return out

    def value(self, name: str):
        return self._current.get(name)

    def apply(self, name: str, value) -> None:
        """Set a field without it counting as the person's edit (undo and redo do this)."""
        self.bindings[name].set(value)
        self._current[name] = value

    def record(self, base: Record) -> Record:
        from ....vault.rows import copy

        record = copy(base)
        for field, value in self.values().items():
            setattr(record, field, value)
        return record

    def named(self, name: str, message: str) -> str:
        """A problem says which field it is about ("Summary: is required."), so that it reads
        alone too: in the summary, to a screen reader, on a printed screenshot."""
        return f"{self.specs[name].label(self.language)}: {message}"

    def typing_problems(self) -> dict[str, str]:
        """Fields whose widget holds text that is no value (a date that does not exist)."""
        found = {}
        for name, binding in self.bindings.items():
            problem = getattr(binding.widget, "problem", None)
            text = problem() if callable(problem) else ""
            if text:
                found[name] = text
        return found

    def _changed(self, name: str) -> None:
        old = self._current.get(name)
        new = self.bindings[name].get()
        if new == old:
            return
        self._current[name] = new
        self.edited.emit(name, old, new)

    def field_for_problem(self, english_label: str) -> str | None:
        name = self.by_english_label.get(english_label)
        if name is None:
            return None
        spec = self.specs[name]
        if spec.kind == "roles":
            # Roles live in the editor of their links field.
            for links_name, links_spec in self.specs.items():
                if links_spec.role_field == name:
                    return links_name
        return name if name in self.bindings else None

    def show_problem(self, name: str, message: str | None) -> None:
        error = self.error_label(name) if message else self.errors.get(name)
        if error is None:
            return
        widget = self.bindings[name].widget
        if message:
            error.setText(message)
            error.show()
            widget.setAccessibleDescription(message)
        else:
            error.hide()
            error.clear()
            widget.setAccessibleDescription("")
        _set_row_visible(error, bool(message))


def _find_in_layout(layout: QLayout, widget: QWidget):
    """(layout holding the widget directly or through a nested layout, index of that item)."""
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item.widget() is widget:
            return layout, i
        if item.layout() is not None:
            inner = item.layout()
            if _find_in_layout(inner, widget) is not None:
                return layout, i
    return None


def _insert_below(widget: QWidget, error: QLabel) -> bool:
    parent = widget.parentWidget()
    top = parent.layout() if parent is not None else None
    found = _find_in_layout(top, widget) if top is not None else None
    if found is None:
        return False
    layout, index = found
    if isinstance(layout, QFormLayout):
        row, _role = layout.getItemPosition(index)
        layout.insertRow(row + 1, QLabel(parent), error)
        return True
    if isinstance(layout, QBoxLayout):
        layout.insertWidget(index + 1, error)
        return True
    return False


def _set_row_visible(error: QLabel, visible: bool) -> None:
    parent = error.parentWidget()
    layout = parent.layout() if parent is not None else None
    if isinstance(layout, QFormLayout):
        row, _role = layout.getWidgetPosition(error)
        if row >= 0:
            layout.setRowVisible(row, visible)
