"""This package's Spanish, loaded beside the office window's own translations.

The window's i18n module loads `accompdesk_<lang>.qm`; until it also loads
`chain_<lang>.qm`, the chain areas load theirs when they are built, for whichever
language the window is in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from .. import i18n
from ..resources import translations_dir

_state: dict = {"language": None, "translator": None}


def ensure() -> None:
    language = i18n.language()
    if _state["language"] == language:
        return
    app = QCoreApplication.instance()
    if _state["translator"] is not None:
        app.removeTranslator(_state["translator"])
        _state["translator"] = None
    if language != "en":
        translator = QTranslator(app)
        if translator.load(f"chain_{language}", str(translations_dir())):
            app.installTranslator(translator)
            _state["translator"] = translator
    _state["language"] = language
