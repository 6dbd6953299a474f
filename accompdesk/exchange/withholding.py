"""Who an exported table may name, built from the vault with the audience rules of
`domain.audience` (who is withheld, the neutral descriptor, the redactor): the same
rules the reports use."""

from __future__ import annotations

import re

from ..domain.audience import Audience, Cast, vault_places

# Characters a reader does not see: a control, a zero-width space or a bidi override
# inside a name would hide it from the redactor and then vanish in the spreadsheet.
_HIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e"
                     "\u2060-\u2064\u2066-\u2069\ufeff]")


def visible(text: str) -> str:
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _HIDDEN.sub("", text) if _HIDDEN.search(text) else text


class Withholding:
    def __init__(self, vault, audience: "str | Audience", language: str = "en"):
        self.audience = Audience.parse(audience)
        self.language = language
        people = vault.persons.list(include_deleted=True, with_links=False)
        organisations = vault.organisations.list(include_deleted=True, with_links=False)
        cast = Cast([*people, *organisations], self.audience, language, places=vault_places(vault))
        self.withheld_ids = cast.withheld_ids
        self._label = cast.labels
        self.redactor = cast.redactor
        self.active = bool(self.redactor)
        self._described: set[str] = set()

    @property
    def described(self) -> set[str]:
        """Ids of the withheld persons and organisations this output described."""
        return self._described | self.redactor.replaced

    def label(self, record_id: str | None) -> str:
        """A person's or organisation's name, or their neutral description."""
        if record_id in self.withheld_ids:
            self._described.add(record_id)
        return self._label.get(record_id or "", "")

    def text(self, value: str, language: str | None = None) -> str:
        """The cell with withheld names described in `language` (as staff set it for the
        record), or in the language detected in the text."""
        value = visible(value)
        return self.redactor.redact(value, language) if self.active and value else value

    def leaks(self, text: str) -> list[str]:
        return self.redactor.find_withheld(text) if self.active else []
