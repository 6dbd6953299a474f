"""The accompaniment form: it shows its conflicts with the week as it is edited."""

from __future__ import annotations

from ....vault import roster
from ...common.operations import texts
from ...common.operations.record_forms import OperationsForm, show_lines
from .ui.ui_accompaniment_form import Ui_AccompanimentForm


class AccompanimentForm(OperationsForm):
    TABLE = "accompaniments"
    UI_CLASS = Ui_AccompanimentForm

    def noun(self) -> str:
        return self.tr("Accompaniment")

    def new_title(self) -> str:
        return self.tr("New accompaniment")

    def check(self) -> None:
        vault = self.session.vault
        record = self.current_record()
        found = roster.conflicts_for(vault, record) if record.status != "cancelled" else []
        names = {}
        if record.volunteers:
            names = {v.id: v.full_name for v in vault.volunteers.list(filters={"id": record.volunteers},
                                                                      include_deleted=True, with_links=False)}
        others = {}
        for c in found:
            if c.other_id and c.other_id not in others:
                other = vault.accompaniments.get(c.other_id)
                others[c.other_id] = f"{other.place} ({texts.span_text(other.starts_at, other.ends_at)})"
        show_lines(self.ui.conflicts, [texts.conflict_text(c, lambda i: names.get(i, ""), others.get)
                                        for c in found])
        self.ui.volunteers_edit.set_flags({c.volunteer_id: texts.conflict_short(c) for c in found
                                           if c.volunteer_id})
