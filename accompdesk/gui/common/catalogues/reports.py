"""The Spanish of the Reports area (reports_es.qm), beside the window's own. English is
the source language and needs no catalogue. See accompdesk.gui.common.i18n.Catalogue."""

from __future__ import annotations

from .. import i18n

CATALOG = "reports"
LANGUAGES = ("es",)
_CATALOGUE = i18n.catalogue(CATALOG)
install, ensure = _CATALOGUE.install, _CATALOGUE.ensure
