"""The vault as one audience may see it: who is named, who is described, and the redactor.

Deleted records are withheld too: a person removed from the list can still be named in
an old incident's description.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.audience import Audience, Cast, vault_places

if TYPE_CHECKING:
    from ..domain.disclosure import WithheldSummary


class AudienceView:
    """`records`: the vault read through the field declarations for this audience; a
    document builder reads every record there (see reports.disclosed). `persons` and
    `organisations` are read the same way; only the redactor sees their full names."""

    def __init__(self, vault, audience: "str | Audience", language: str = "en", now=None):
        from .disclosed import DisclosedVault

        self.audience = Audience.parse(audience)
        self.language = language
        people = vault.persons.list(include_deleted=True, with_links=False)
        organisations = vault.organisations.list(include_deleted=True, with_links=False)
        cast = Cast([*people, *organisations], self.audience, language, places=vault_places(vault))
        self._withheld_ids = cast.withheld_ids
        self._described: set[str] = set()
        self._label = cast.labels
        self.redactor = cast.redactor
        self.records = DisclosedVault(vault, self.audience.value, self._withheld_ids, now)
        # The cast keeps the names it needs as strings: the records can be emptied where they are.
        self.persons = {p.id: p for p in self.records.disclose_all(people, "persons", in_place=True)}
        self.organisations = {o.id: o for o in self.records.disclose_all(organisations, "organisations",
                                                                         in_place=True)}

    def may_name(self, record_id: str) -> bool:
        return record_id not in self._withheld_ids

    @property
    def withheld_ids(self) -> set[str]:
        return self._withheld_ids

    def label(self, record_id: str | None) -> str:
        """The name, or the neutral description, of a person or organisation."""
        if not record_id:
            return ""
        if record_id in self._withheld_ids:
            self._described.add(record_id)
        return self._label.get(record_id, "")

    def labels(self, record_ids) -> list[str]:
        return [self.label(i) for i in record_ids if i]

    def redact(self, text: str) -> str:
        return self.redactor.redact(text)

    def free_text(self, text: str, language: str | None = None) -> str:
        """A record's free text with withheld names described in the record's language
        (`language`, from `record_language`); unset, the text is left to the document's
        last pass, which detects its language from the text alone."""
        if not text or language not in ("es", "en"):
            return text
        from .textsafe import clean

        return self.redactor.redact(clean(text), language)

    def record_language(self, record, *texts: str) -> str:
        """The language of a record's free texts: as staff set it, else detected from all of
        them together. A summary alone says too little: "Threat against … near Vereda El
        Cedro, San Antonio de los Morichales" has more Spanish words than English ones."""
        from ..domain.language import language_of

        return language_of(record, "\n".join(t for t in texts if t), self.language)

    def summary(self, record_types=None) -> "WithheldSummary":
        """What this view withheld so far: the people described (in labels and inside free
        text) and the fields of `record_types` (default: those documents draw on) that this
        audience may never see. Ask after the document is rendered."""
        from ..domain.disclosure import WithheldSummary, withheld_fields
        from ..domain.fields import specs
        from ..domain.records import Accompaniment, Incident, Meeting, Organisation, Person, Volunteer

        out = WithheldSummary(self.audience.value)
        out.people = self._described | self.redactor.replaced
        for record_type in record_types or (Person, Organisation, Incident, Meeting, Volunteer,
                                            Accompaniment):
            for name in withheld_fields(record_type, self.audience):
                out.leave_out_field(specs(record_type)[name].label(self.language))
        return out
