"""The Spanish of the operations pages: a translator of its own beside the window's.

The window's i18n module loads `accompdesk_<lang>.qm`; until it also loads
`operations_<lang>.qm` (by calling `install`), the operations areas load theirs when
they are built (`ensure`), for whichever language the window is in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from ..resources import translations_dir

CATALOG = "operations"
LANGUAGES = ("en", "es")  # English too: its catalogue holds the plural forms
_state: dict = {"translator": None, "language": ""}


def install(language: str) -> bool:
    """Load the operations catalogue for `language`; True if it was found."""
    app = QCoreApplication.instance()
    old = _state["translator"]
    if old is not None:
        app.removeTranslator(old)
        _state["translator"] = None
    _state["language"] = language
    translator = QTranslator(app)
    if language not in LANGUAGES or not translator.load(f"{CATALOG}_{language}", str(translations_dir())):
        return False
    app.installTranslator(translator)
    _state["translator"] = translator
    _state["language"] = language
    return True


def ensure() -> None:
    """The catalogue of the window's current language, if it is not loaded yet."""
    from .. import i18n

    language = i18n.language()
    if language != _state["language"] or _state["translator"] is None:
        install(language)
