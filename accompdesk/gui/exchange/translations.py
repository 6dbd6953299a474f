"""The exchange dialogs' Spanish (resources/translations/exchange_es.qm), loaded beside the
window's own for whichever language the window is in.

    python -m accompdesk.gui.exchange.translations   # refresh exchange_es.ts, then the .qm
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from .. import i18n
from ..resources import translations_dir

_state: dict = {"language": None, "translator": None}
PACKAGE = Path(__file__).resolve().parent


def install(language: str) -> bool:
    app = QCoreApplication.instance()
    if _state["translator"] is not None:
        app.removeTranslator(_state["translator"])
        _state["translator"] = None
    _state["language"] = language
    if language != "es":
        return False
    translator = QTranslator(app)
    if not translator.load("exchange_es", str(translations_dir())):
        return False
    app.installTranslator(translator)
    _state["translator"] = translator
    return True


def ensure() -> None:
    """Follow the window's language (called whenever a dialog is built)."""
    if _state["language"] != i18n.language():
        install(i18n.language())


def main() -> int:
    import subprocess

    tools = Path(sys.executable).parent
    ts = PACKAGE.parents[2] / "resources" / "translations" / "exchange_es.ts"
    sources = sorted(str(p) for p in PACKAGE.glob("*.py"))
    subprocess.run([str(tools / "pyside6-lupdate"), *sources, "-ts", str(ts), "-no-obsolete",
                    "-locations", "none"], check=True)
    subprocess.run([str(tools / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
