"""The authority and official forms: which Designer layout, which words name them."""

from __future__ import annotations

from ...common.chain.record_forms import ChainRecordForm
from .ui.ui_authority_form import Ui_AuthorityForm
from .ui.ui_authority_official_form import Ui_OfficialForm

CYCLE = "would make the chain of command a circle."


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
