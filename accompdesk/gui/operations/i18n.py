"""The Spanish of the operations pages: a translator of its own beside the window's.

The window's i18n module loads `accompdesk_<lang>.qm`; until it also loads
`operations_<lang>.qm` (by calling `install`), the operations areas load theirs when
they are built (`ensure`), for whichever language the window is in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from ..resources import translations_dir

CATALOG = "operations"
_state: dict = {"translator": None, "language": "en"}


def install(language: str) -> bool:
    """Load the operations catalogue for `language` (English needs none); True if loaded."""
    app = QCoreApplication.instance()
    old = _state["translator"]
    if old is not None:
        app.removeTranslator(old)
        _state["translator"] = None
    _state["language"] = language
    if language == "en":
        return False
    translator = QTranslator(app)
    if not translator.load(f"{CATALOG}_{language}", str(translations_dir())):
        return False
    app.installTranslator(translator)
    _state["translator"] = translator
    _state["language"] = language
    return True


def ensure() -> None:
    """The catalogue of the window's current language, if it is not loaded yet."""
    from .. import i18n

    language = i18n.language()
    if language != _state["language"] or (language != "en" and _state["translator"] is None):
        install(language)
