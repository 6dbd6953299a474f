"""Persons and organisations: an alias names one of them in the office's documents, so an
alias typed that another already has is a problem beside the field, and the next free one
is offered (issue 15: aliases are unique within an office)."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from ....domain.name_forms import alias_key, distinct_alias
from .binder import _insert_below, _set_row_visible
from .record_form import RecordForm


class AliasForm(RecordForm):
    """Persons and organisations: an alias names one of them in the office's documents, so
    an alias typed that another already has is a problem, and a free one is offered."""

    def __init__(self, session, record, *, is_new: bool, parent=None):
        self._taken: list[str] | None = None
        self.alias_offer: QPushButton | None = None
        self.offered_alias: str | None = None
        super().__init__(session, record, is_new=is_new, parent=parent)
        self.saved.connect(lambda *_a: setattr(self, "_taken", None))

    def _offer_button(self) -> QPushButton | None:
        if self.alias_offer is None and "alias" in self.binder.bindings:
            error = self.binder.error_label("alias")
            button = QPushButton(error.parentWidget() if error is not None else self)
            button.clicked.connect(self.take_offered_alias)
            if error is None or not _insert_below(error, button):
                button.deleteLater()
                return None
            self.alias_offer = button
        return self.alias_offer

    def taken_aliases(self) -> list[str]:
        """The aliases of the office's other persons and organisations, read once a save."""
        if self._taken is None:
            vault = self.session.vault
            taken = vault.persons.distinct("alias", include_deleted=False) + \
                vault.organisations.distinct("alias", include_deleted=False)
            own = "" if self.is_new else (getattr(self.record, "alias", "") or "")
            if own in taken:
                taken.remove(own)
            self._taken = taken
        return self._taken

    def free_alias(self) -> str | None:
        """The alias to offer instead of the one typed; None when the typed one is free."""
        typed = " ".join((self.binder.value("alias") or "").split())
        stored = "" if self.is_new else (getattr(self.record, "alias", "") or "")
        # An alias left as it was stored is not this form's doing; the roster keeps it apart.
        if not typed or alias_key(typed) == alias_key(stored):
            return None
        taken = self.taken_aliases()
        if alias_key(typed) not in {alias_key(t) for t in taken}:
            return None
        return distinct_alias(typed, [*taken, stored])

    def form_problems(self) -> dict[str, str]:
        problems = super().form_problems()
        if "alias" not in self.binder.bindings or not self.session.is_unlocked:
            return problems
        offer = self.free_alias()
        self.offered_alias = offer
        button = self._offer_button()
        if button is not None:
            if offer:
                button.setText(self.tr("Use “%1”").replace("%1", offer.replace("&", "&&")))
            _set_row_visible(button, offer is not None)
            button.setVisible(offer is not None)
        if offer is not None:
            typed = " ".join((self.binder.value("alias") or "").split())
            problems["alias"] = self.tr("“%1” is already the alias of another person or organisation; "
                                        "“%2” is free.").replace("%1", typed).replace("%2", offer)
        return problems

    def take_offered_alias(self) -> None:
        if self.offered_alias:
            # Typed into the field, as a person would: one undo step like any edit.
            self.ui.alias.setText(self.offered_alias)
            self.validate()
