"""The safety dialogs' own Qt translations (resources/translations/safety_<lang>.qm).

Kept apart from the window's translator so that the two files can be worked on at
the same time; installed beside it, and replaced when the language changes.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .. import i18n
from ..translations_build import AreaTranslations

# English has a catalogue too, for its plural forms ("1 entry", "2 entries").
_CATALOGUE = i18n.catalogue("safety")
install, ensure = _CATALOGUE.install, _CATALOGUE.ensure


# -- keeping the .ts files up to date (developers and the completeness test) -------------
#     python -m accompdesk.gui.safety.translations    # both .ts files, then both .qm

PACKAGE = Path(__file__).resolve().parent


def _forms() -> list:
    from .forms.compile import ui_files

    return ui_files()


_BUILD = AreaTranslations('safety', PACKAGE, ("en", "es"), ui_files=_forms)
sources, ts_file, fill_english, main = _BUILD.sources, _BUILD.ts_file, _BUILD.fill_english, _BUILD.main
lupdate_command, lrelease_command = _BUILD.lupdate_command, _BUILD.lrelease_command

if __name__ == "__main__":
    sys.exit(main())
