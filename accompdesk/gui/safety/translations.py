"""The safety dialogs' own Qt translations (resources/translations/safety_<lang>.qm).

Kept apart from the window's translator so that the two files can be worked on at
the same time; installed beside it, and replaced when the language changes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from ..resources import translations_dir

_state: dict = {"translator": None}


def install(language: str) -> bool:
    """Load the safety strings for `language` ('en' needs none); True if loaded."""
    app = QCoreApplication.instance()
    if _state["translator"] is not None:
        app.removeTranslator(_state["translator"])
        _state["translator"] = None
    if language == "en":
        return False
    translator = QTranslator(app)
    if not translator.load(f"safety_{language}", str(translations_dir())):
        return False
    app.installTranslator(translator)
    _state["translator"] = translator
    return True
