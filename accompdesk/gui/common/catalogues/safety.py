"""The safety dialogs' own Qt translations (accompdesk/resources/translations/safety_<lang>.qm).

Kept apart from the window's translator so that the two files can be worked on at
the same time; installed beside it, and replaced when the language changes.
Refresh the catalogues with `python -m tools.translations safety`.
"""

from __future__ import annotations

from .. import i18n

# English has a catalogue too, for its plural forms ("1 entry", "2 entries").
_CATALOGUE = i18n.catalogue("safety")
install, ensure = _CATALOGUE.install, _CATALOGUE.ensure
