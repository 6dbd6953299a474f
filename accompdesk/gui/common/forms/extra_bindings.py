"""Binding fields the window's binder has no widget kind for (a date and time, a list of
volunteers, a day of the week) into a RecordForm, with the same undo, drafts and
problem messages as every other field.

The Designer forms name these widgets `<field>_edit`, so the window's binder passes
them by; `bind_extra_fields` then adds a binding for each to the form's binder.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel

from .. import i18n
from .bindings import ValueBinding

SUFFIX = "_edit"


def bind_extra_fields(form) -> list[str]:
    """Bind every `<field>_edit` widget of the form's Designer layout; returns the fields."""
    binder, ui = form.binder, form.ui
    language = i18n.language()
    bound = []
    for name, spec in binder.specs.items():
        widget = getattr(ui, name + SUFFIX, None)
        if widget is None or name in binder.bindings:
            continue
        if hasattr(widget, "configure"):
            widget.configure(form.session)
        widget.setAccessibleName(spec.label(language))
        binding = ValueBinding(name, spec, widget)
        binding.on_change(lambda name=name: _changed(binder, name))
        binder.bindings[name] = binding
        label = getattr(ui, f"{name}_label", None)
        binder.labels[name] = label
        if isinstance(label, QLabel):
            label.setText(spec.label(language))
            if spec.required:
                font = QFont(label.font())
                font.setBold(True)
                label.setFont(font)
                label.setToolTip(QCoreApplication.translate("ExtraFields", "Required"))
        binding.set(binding.from_record(form.record))
        binder.apply(name, binding.get())
        bound.append(name)
    return bound


def _changed(binder, name: str) -> None:
    old = binder.value(name)
    new = binder.bindings[name].get()
    if new == old:
        return
    binder.apply(name, new)  # the widget holds it already; this records it as current
    binder.edited.emit(name, old, new)
