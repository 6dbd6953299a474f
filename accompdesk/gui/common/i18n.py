"""The user's language: Qt translators for our strings and Qt's own, and the
language used for field labels and vocabularies (which the domain carries in
English and Spanish)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ...resources import translations_dir

LANGUAGES = {"en": "English", "es": "Español"}
DEFAULT = "en"

_state = {"language": DEFAULT, "translators": []}


class Catalogue:
    """An area's own strings (accompdesk/resources/translations/<name>_<lang>.qm), installed beside
    the window's so that each area's catalogue can be worked on by itself. A catalogue
    may have no file for a language (English needs one only for plural forms)."""

    def __init__(self, name: str):
        self.name = name
        self.language: str | None = None
        self.translator: QTranslator | None = None

    def install(self, language: str) -> bool:
        """Replace the loaded strings with those of `language`; True if a file was found."""
        app = QCoreApplication.instance()
        if self.translator is not None:
            app.removeTranslator(self.translator)
            self.translator = None
        self.language = language
        translator = QTranslator(app)
        if not translator.load(f"{self.name}_{language}", str(translations_dir())):
            return False
        app.installTranslator(translator)
        self.translator = translator
        return True

    def ensure(self) -> None:
        """Follow the window's language (areas call this when they are built)."""
        if self.language != _state["language"]:
            self.install(_state["language"])


# Kept here, not in the area packages, so that install() reaches them all without
# importing those packages (which import the list of areas: a circle).
_CATALOGUES: dict[str, Catalogue] = {}


def catalogue(name: str) -> Catalogue:
    return _CATALOGUES.setdefault(name, Catalogue(name))


for _name in ("chain", "operations", "exchange", "safety", "reports"):
    catalogue(_name)


def system_language() -> str:
    name = QLocale.system().name().split("_")[0]
    return name if name in LANGUAGES else DEFAULT


def resolve(preference: str | None) -> str:
    return preference if preference in LANGUAGES else system_language()


def install(language: str) -> str:
    """Load translations for `language` into the running application; returns it."""
    app = QCoreApplication.instance()
    for translator in _state["translators"]:
        app.removeTranslator(translator)
    _state["translators"] = []
    language = language if language in LANGUAGES else DEFAULT
    # English has a catalogue too: its plural forms ("1 person", "2 people").
    ours = QTranslator(app)
    if ours.load(f"accompdesk_{language}", str(translations_dir())):
        app.installTranslator(ours)
        _state["translators"].append(ours)
    if language != "en":
        qt = QTranslator(app)
        if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _state["translators"].append(qt)
        # What qtbase lacks ("&Look in:", "Folder" in the file dialogs); installed last, read first.
        extra = QTranslator(app)
        if extra.load(f"qt_extra_{language}", str(translations_dir())):
            app.installTranslator(extra)
            _state["translators"].append(extra)
    QLocale.setDefault(QLocale(language))
    _state["language"] = language
    # Every area's catalogue follows, so that the navigation names each area in the
    # chosen language before the area is first built.
    for catalogue in _CATALOGUES.values():
        catalogue.install(language)
    return language


def language() -> str:
    """The language of labels and vocabularies, as the domain names it ('en' or 'es')."""
    return _state["language"]


def set_language_for_labels(language_code: str) -> None:
    """For tests and model code that run without installed translators."""
    _state["language"] = language_code if language_code in LANGUAGES else DEFAULT
