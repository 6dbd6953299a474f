"""A one-line field shows the start of a value the program put in it, not its end.

QLineEdit.setText leaves the cursor at the end, so a long value (an incident's summary)
opened scrolled to its last words. Moving the cursor to the start alone is not enough:
text typed into the field would then go before the value, where a person expects it
after. So the start is shown only while the field has no focus, and the cursor goes
back to the end as soon as the field is entered (by Tab, by the form opening on it) or
typed into; a click puts it where it was clicked, as always.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLineEdit


class _StartShown(QObject):
    def __init__(self, edit: QLineEdit):
        super().__init__(edit)
        self.pending = False  # the start is shown; the cursor belongs at the end
        edit.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if self.pending:
            kind = event.type()
            if kind == QEvent.Type.FocusIn:
                self.pending = False
                if event.reason() != Qt.FocusReason.MouseFocusReason:
                    self._to_end(watched)  # Tab still selects the whole value after this
            elif kind == QEvent.Type.KeyPress:
                self.pending = False
                self._to_end(watched)
            elif kind == QEvent.Type.MouseButtonPress:
                self.pending = False
        return False

    @staticmethod
    def _to_end(edit: QLineEdit) -> None:
        # Only from where show_start left it: a selection or a cursor placed since stays.
        if edit.cursorPosition() == 0 and not edit.hasSelectedText():
            edit.end(False)


def show_start(edit: QLineEdit) -> None:
    """Call after setting the field's text: a field not being typed into shows its start."""
    if edit.hasFocus():
        return
    keeper = edit.findChild(_StartShown, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if keeper is None:
        keeper = _StartShown(edit)
    edit.home(False)
    keeper.pending = True
