"""The authority, official and commitment forms: which Designer layout, which words name them."""

from __future__ import annotations

from PySide6.QtCore import Signal

from ..forms.record_form import RecordForm
from ...areas.authorities.ui.ui_authority_form import Ui_AuthorityForm
from ...areas.authorities.ui.ui_authority_official_form import Ui_OfficialForm
from ...areas.meetings.ui.ui_commitment_form import Ui_CommitmentForm

CYCLE = "would make the chain of command a circle."


class ChainRecordForm(RecordForm):
    """A record form that goes quietly: a dirty undo stack, cleared as the closed form is
    destroyed, would otherwise call back into the half-destroyed form."""

    def closeEvent(self, event) -> None:
        super().closeEvent(event)
        if event.isAccepted():
            self.undo_stack.blockSignals(True)


class AuthorityForm(ChainRecordForm):
    TABLE = "authorities"
    UI_CLASS = Ui_AuthorityForm

    def noun(self) -> str:
        return self.tr("Authority")

    def new_title(self) -> str:
        return self.tr("New authority")

    def validate(self):
        found = super().validate()
        # The repository says this in English; the shared message table does not know it yet.
        error = self.binder.errors.get("superior_id")
        if error is not None and error.text().endswith(CYCLE):
            error.setText(self.binder.named("superior_id", self.tr(
                "would make the chain of command a circle: choose an authority that is not under this one.")))
        return found


class OfficialForm(ChainRecordForm):
    TABLE = "officials"
    UI_CLASS = Ui_OfficialForm

    def noun(self) -> str:
        return self.tr("Official")

    def new_title(self) -> str:
        return self.tr("New official")


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
