"""Keeping operations_<lang>.ts up to date (developers, and the completeness test).

    python -m accompdesk.gui.operations.translations   # both .ts files, then both .qm

Spanish is translated in Qt Linguist; English carries only the plural forms, which
English source strings ("%n volunteer(s)") cannot say by themselves.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..translations_build import AreaTranslations
from .i18n import CATALOG, LANGUAGES

PACKAGE = Path(__file__).resolve().parent


def _forms() -> list:
    from .forms.compile import ui_files

    return ui_files()


_BUILD = AreaTranslations(CATALOG, PACKAGE, LANGUAGES, ui_files=_forms)
sources, ts_file, fill_english, main = _BUILD.sources, _BUILD.ts_file, _BUILD.fill_english, _BUILD.main
lupdate_command, lrelease_command = _BUILD.lupdate_command, _BUILD.lrelease_command

if __name__ == "__main__":
    sys.exit(main())
