"""The exchange dialogs' Spanish (resources/translations/exchange_es.qm), loaded beside the
window's own for whichever language the window is in.

    python -m accompdesk.gui.exchange.translations   # refresh exchange_es.ts, then the .qm
"""

from __future__ import annotations

import sys
from pathlib import Path

from .. import i18n
from ..translations_build import AreaTranslations

PACKAGE = Path(__file__).resolve().parent
_CATALOGUE = i18n.catalogue("exchange")
install, ensure = _CATALOGUE.install, _CATALOGUE.ensure


_BUILD = AreaTranslations("exchange", PACKAGE)
sources, ts_file, main = _BUILD.sources, _BUILD.ts_file, _BUILD.main
lupdate_command, lrelease_command = _BUILD.lupdate_command, _BUILD.lrelease_command

if __name__ == "__main__":
    sys.exit(main())
