"""This package's translations (resources/translations/chain_<lang>.qm), loaded beside
the window's own.

English needs one too, for plurals only ("%n meeting(s)" reads "1 meeting", "2 meetings").
The window's i18n module loads `accompdesk_<lang>.qm`; the chain areas load theirs when
they are built, for whichever language the window is in, and replace it when it changes.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .. import i18n
from ..translations_build import AreaTranslations

LANGUAGES = ("en", "es")
_CATALOGUE = i18n.catalogue("chain")
install, ensure = _CATALOGUE.install, _CATALOGUE.ensure


# -- keeping the .ts files up to date (developers and the completeness test) -------------
#     python -m accompdesk.gui.chain.translations    # both .ts files, then both .qm

PACKAGE = Path(__file__).resolve().parent


def _forms() -> list:
    from .forms.compile import ui_files

    return ui_files()


_BUILD = AreaTranslations('chain', PACKAGE, LANGUAGES, ui_files=_forms)
sources, ts_file, fill_english, main = _BUILD.sources, _BUILD.ts_file, _BUILD.fill_english, _BUILD.main
lupdate_command, lrelease_command = _BUILD.lupdate_command, _BUILD.lrelease_command

if __name__ == "__main__":
    sys.exit(main())
