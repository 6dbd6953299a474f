"""What the chain-of-command forms share: they go quietly when closed."""

from __future__ import annotations

from ..forms.record_form import RecordForm


class ChainRecordForm(RecordForm):
    """A record form that goes quietly: a dirty undo stack, cleared as the closed form is
    destroyed, would otherwise call back into the half-destroyed form."""

    def closeEvent(self, event) -> None:
        super().closeEvent(event)
        if event.isAccepted():
            self.undo_stack.blockSignals(True)
