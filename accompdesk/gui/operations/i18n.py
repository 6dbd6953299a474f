"""The Spanish of the operations pages: a translator of its own beside the window's,
installed and removed with it (see `install`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from ..resources import translations_dir

CATALOG = "operations"
_state: dict[str, QTranslator | None] = {"translator": None}


def install(language: str) -> bool:
    """Load the operations catalogue for `language` (English needs none); True if loaded."""
    app = QCoreApplication.instance()
    old = _state["translator"]
    if old is not None:
        app.removeTranslator(old)
        _state["translator"] = None
    if language == "en":
        return False
    translator = QTranslator(app)
    if not translator.load(f"{CATALOG}_{language}", str(translations_dir())):
        return False
    app.installTranslator(translator)
    _state["translator"] = translator
    return True
