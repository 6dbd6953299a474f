"""The exchange dialogs' Spanish (accompdesk/resources/translations/exchange_es.qm), loaded
beside the window's own for whichever language the window is in.

    python -m tools.translations exchange   # refresh exchange_es.ts, then the .qm
"""

from __future__ import annotations

from .. import i18n

_CATALOGUE = i18n.catalogue("exchange")
install, ensure = _CATALOGUE.install, _CATALOGUE.ensure
