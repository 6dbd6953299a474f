"""The Spanish of the Reports area: a translator of its own beside the window's.

The window's i18n module loads `accompdesk_<lang>.qm`; the Reports area loads
`reports_<lang>.qm` when it is built (`ensure`), for whichever language the window is in.
English is the source language and needs no catalogue (the area has no plural forms).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from ..resources import translations_dir

CATALOG = "reports"
LANGUAGES = ("es",)
_state: dict = {"translator": None, "language": ""}


def install(language: str) -> bool:
    """Load the reports catalogue for `language`; True if it was found."""
    app = QCoreApplication.instance()
    old = _state["translator"]
    if old is not None:
        app.removeTranslator(old)
        _state["translator"] = None
    _state["language"] = language
    if language not in LANGUAGES:
        return False
    translator = QTranslator(app)
    if not translator.load(f"{CATALOG}_{language}", str(translations_dir())):
        return False
    app.installTranslator(translator)
    _state["translator"] = translator
    return True


def ensure() -> None:
    """The catalogue of the window's current language, if it is not loaded yet."""
    from .. import i18n

    language = i18n.language()
    if language != _state["language"] or (language in LANGUAGES and _state["translator"] is None):
        install(language)
