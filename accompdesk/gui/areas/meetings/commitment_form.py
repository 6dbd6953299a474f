"""The commitment form: what an authority promised at a meeting, and its history."""

from __future__ import annotations

from PySide6.QtCore import Signal

from ...common.chain.record_forms import ChainRecordForm
from .ui.ui_commitment_form import Ui_CommitmentForm


class CommitmentForm(ChainRecordForm):
    TABLE = "commitments"
    UI_CLASS = Ui_CommitmentForm
    open_requested = Signal(str, str)

    def __init__(self, session, record, *, is_new: bool, parent=None):
        super().__init__(session, record, is_new=is_new, parent=parent)
        self.ui.history.configure(session)
        self.ui.history.set_commitment(None if is_new else record.id)
        self.saved.connect(lambda _table, record_id: self.ui.history.set_commitment(record_id))

    def noun(self) -> str:
        return self.tr("Commitment")

    def new_title(self) -> str:
        return self.tr("New commitment")
