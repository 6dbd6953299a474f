"""Labels of the documents and the domain in the language asked for.

The code holds the English; every other language lives in one gettext catalogue,
`accompdesk/resources/labels/<language>.po`, compiled to `<language>.mo` by
`python -m tools.labels`. A context keeps apart words that read the same in English and
not in Spanish ("High" risk is "Alto", "High" severity "Alta"): a vocabulary's name, "field"
for field names, "report" and "roster" for the words of the documents. A language without a
catalogue, or a label not yet in it, reads in English.
"""

from __future__ import annotations

import gettext
from functools import lru_cache


@lru_cache(maxsize=None)
def _translations(language: str) -> gettext.NullTranslations:
    if language == "en":
        return gettext.NullTranslations()
    # resources imports only the standard library, so the domain stays standard-library only.
    from ..resources import labels_dir

    path = labels_dir() / f"{language}.mo"
    if not path.is_file():
        return gettext.NullTranslations()
    with open(path, "rb") as handle:
        return gettext.GNUTranslations(handle)


def label(context: str, english: str, language: str = "en") -> str:
    return _translations(language).pgettext(context, english)


def nlabel(context: str, singular: str, plural: str, n: int, language: str = "en") -> str:
    return _translations(language).npgettext(context, singular, plural, n)
