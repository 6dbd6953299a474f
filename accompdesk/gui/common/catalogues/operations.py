"""The Spanish of the operations pages (operations_<lang>.qm), beside the window's own;
English has a catalogue too, for its plural forms. See accompdesk.gui.common.i18n.Catalogue."""

from __future__ import annotations

from .. import i18n

CATALOG = "operations"
LANGUAGES = ("en", "es")
_CATALOGUE = i18n.catalogue(CATALOG)
install, ensure = _CATALOGUE.install, _CATALOGUE.ensure
