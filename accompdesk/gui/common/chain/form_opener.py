"""Open chain forms (authority, official, meeting, commitment), beside the window's own."""

from __future__ import annotations

from ..forms.area_forms import AreaForms

OBJECT_NAME = "chainForms"


def form_classes() -> dict:
    from ...areas.meetings.form import MeetingForm
    from ...areas.authorities.form import AuthorityForm, OfficialForm
    from ...areas.meetings.commitment_form import CommitmentForm

    return {f.TABLE: f for f in (AuthorityForm, OfficialForm, MeetingForm, CommitmentForm)}


TABLES = ("authorities", "officials", "meetings", "commitments")


class ChainForms(AreaForms):
    OBJECT_NAME = OBJECT_NAME

    def form_classes(self) -> dict:
        return form_classes()

    def connect_form(self, form) -> None:
        new_requested = getattr(form, "new_requested", None)
        if new_requested is not None:
            new_requested.connect(self.open_new)

    def drafts_restored(self, count: int) -> None:
        self.host.notify(self.tr("%n unsaved form(s) of the chain of command came back as typed.", "", count))


def chain_forms(host) -> ChainForms:
    """The host's chain form opener, made on first use; restores drafts if the vault is open."""
    from ..catalogues import chain as translations

    translations.ensure()  # a chain form may open (from a search) before any chain area
    found = host.findChild(ChainForms, OBJECT_NAME)
    if found is None:
        found = ChainForms(host)
        if host.session.is_unlocked:
            found.restore_drafts()
    return found
