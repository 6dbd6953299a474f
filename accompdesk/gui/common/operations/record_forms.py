"""What the operations forms (volunteer, accompaniment, alert, check-in schedule; each in
its area's form.py) share.

Each is a RecordForm over a Designer layout (accompdesk/resources/forms/*.ui), so undo, drafts at lock and
problems below their fields work as in every other form. The volunteer form warns
about visas and departures, the accompaniment form shows its conflicts as it is
edited: both against what the vault holds.
"""

from __future__ import annotations


from PySide6.QtCore import QTimer, Signal

from ..forms.record_form import RecordForm
from .texts import translate
from ..forms.extra_bindings import bind_extra_fields

WARNING_STYLE = "color: #8a1c14; font-weight: bold;"


class OperationsForm(RecordForm):
    """A RecordForm whose layout also has fields of the kinds in extra_bindings."""

    open_requested = Signal(str, str)  # table, id: a linked record to show

    def __init__(self, session, record, *, is_new: bool, parent=None):
        super().__init__(session, record, is_new=is_new, parent=parent)
        if bind_extra_fields(self):
            self._assign_mnemonics()
        self._check_timer = QTimer(self, singleShot=True, interval=250)
        self._check_timer.timeout.connect(self.check)
        self.binder.edited.connect(lambda *_a: self._check_timer.start())
        self.saved.connect(lambda *_a: self.check())
        self.check()

    def check(self) -> None:
        """Show what the office should know about the record as it stands."""

    def apply_draft(self, payload: dict, draft_id: str) -> None:
        super().apply_draft(payload, draft_id)
        self.check()

    def closeEvent(self, event) -> None:
        super().closeEvent(event)
        if event.isAccepted():
            # The undo stack is deleted with the form and says "clean" once more on its way
            # out, to a form already half gone; nothing needs to hear it any more.
            self.undo_stack.blockSignals(True)
            self._check_timer.stop()


def show_lines(label, lines: list[str]) -> None:
    label.setText("\n".join(f"⚠ {line}" for line in lines))
    label.setStyleSheet(WARNING_STYLE)
    label.setVisible(bool(lines))
    label.setAccessibleName(translate("Operations", "Warnings"))

