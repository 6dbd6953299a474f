"""The user's language: Qt translators for our strings and Qt's own, and the
language used for field labels and vocabularies (which the domain carries in
English and Spanish)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .resources import translations_dir

LANGUAGES = {"en": "English", "es": "Español"}
DEFAULT = "en"

_state = {"language": DEFAULT, "translators": []}


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
    QLocale.setDefault(QLocale(language))
    _state["language"] = language
    # The window's other packages keep their own catalogues; those already imported
    # follow the language. The others are loaded here from their files, so that the
    # navigation names every area in the chosen language before the area is first built.
    # (Importing those packages here would import areas.py half-way: a circle.)
    import sys

    for name, catalogue in (("chain.translations", "chain"), ("operations.i18n", "operations"),
                            ("exchange.translations", "exchange"), ("safety.translations", "safety"),
                            ("reports.i18n", "reports")):
        module = sys.modules.get(f"{__package__}.{name}")
        if module is not None:
            module.install(language)
            continue
        translator = QTranslator(app)
        if translator.load(f"{catalogue}_{language}", str(translations_dir())):
            app.installTranslator(translator)
            _state["translators"].append(translator)
    return language


def language() -> str:
    """The language of labels and vocabularies, as the domain names it ('en' or 'es')."""
    return _state["language"]


def set_language_for_labels(language_code: str) -> None:
    """For tests and model code that run without installed translators."""
    _state["language"] = language_code if language_code in LANGUAGES else DEFAULT
