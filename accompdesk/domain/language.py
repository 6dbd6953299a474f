"""Which language a free text is written in: Spanish or English, from its function words.

A withheld name is replaced by a descriptor in the language of the text it lands in,
not the document's: a Spanish description quoted in an English briefing gets "una
lideresa comunitaria", an English note in a Spanish one "a community leader". Short
texts (a place, a cell) say too little; they take the document's language.
"""

from __future__ import annotations

import re

LANGUAGES = ("en", "es")

# Frequent words that are (almost) only Spanish or only English; "a", "no", "me" and
# the like belong to both and count for neither.
_ES = frozenset("""
el la los las del al de y que en por con para una un unos unas es son fue fueron ha han
se su sus le les lo como pero más mas cuando donde sobre entre sin desde hasta muy también
tambien este esta estos estas ese esa eso hay había habia era sido contra según segun señor
señora familia hermano hermana quien quién ya porque hacia fue durante después despues
""".split())
_EN = frozenset("""
the of and to in was were is are for on with by at from his her their they he she it that
this these those has have had been which who when where after before during against but
not or an its into about also would will said mr mrs ms family brother sister as we our you signed wrote met
""".split())
_WORD = re.compile(r"[^\W\d_]+")
_MIN_EVIDENCE = 1


def set_language(record) -> str | None:
    """The language staff set for the record's free texts ('es', 'en'), or None: detect it."""
    code = getattr(record, "text_language", None)
    return code if code in LANGUAGES else None


def language_of(record, text: str, default: str = "en") -> str:
    """The language of a record's free text: as staff set it, else detected."""
    return set_language(record) or detect(text, default)


def quoted_note(language: str, document_language: str, many: bool = False) -> str:
    """Said once where a document quotes free text in the other language; '' when it does not."""
    if language == document_language or language not in LANGUAGES:
        return ""
    if document_language == "es":
        return ("Algunos relatos se citan en inglés, tal como se registraron." if many
                else "Texto en inglés, tal como se registró.")
    return "Some accounts are quoted in Spanish, as recorded." if many else "Text in Spanish, as recorded."


def detect(text: str, default: str = "en") -> str:
    """'es' or 'en' for the text; `default` when it says too little to tell."""
    default = default if default in LANGUAGES else "en"
    if not text or len(text) < 12:
        return default
    es = en = 0
    for word in _WORD.findall(text.lower()):
        if word in _ES:
            es += 1
        elif word in _EN:
            en += 1
    if max(es, en) < _MIN_EVIDENCE or es == en:
        return default
    return "es" if es > en else "en"
