"""The person form: which Designer layout, which words name the record."""

from __future__ import annotations

from ...common.forms.alias_form import AliasForm
from .ui.ui_person_form import Ui_PersonForm


class PersonForm(AliasForm):
    TABLE = "persons"
    UI_CLASS = Ui_PersonForm

    def noun(self) -> str:
        return self.tr("Person")

    def new_title(self) -> str:
        return self.tr("New person")
