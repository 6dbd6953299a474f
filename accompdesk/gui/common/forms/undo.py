"""Undo steps of a form: one per field change; typing into one field merges into one step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

_MERGING_KINDS = ("text",)


class SetField(QUndoCommand):
    def __init__(self, form, name: str, old, new, label: str):
        super().__init__(QCoreApplication.translate("RecordForm", "change “%1”").replace("%1", label))
        self.form, self.name, self.old, self.new = form, name, old, new
        self._done = True  # the person already made the change; the first redo() does nothing
        kind = form.binder.specs[name].kind
        self._id = (list(form.binder.specs).index(name) + 1) if kind in _MERGING_KINDS else -1

    def id(self) -> int:
        return self._id

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetField) or other.name != self.name:
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.form.apply_field(self.name, self.new)

    def undo(self) -> None:
        self.form.apply_field(self.name, self.old)
