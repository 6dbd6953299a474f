"""The organisation form: which Designer layout, which words name the record."""

from __future__ import annotations

from ...common.forms.alias_form import AliasForm
from .ui.ui_organisation_form import Ui_OrganisationForm


class OrganisationForm(AliasForm):
    TABLE = "organisations"
    UI_CLASS = Ui_OrganisationForm

    def noun(self) -> str:
        return self.tr("Organisation")

    def new_title(self) -> str:
        return self.tr("New organisation")
