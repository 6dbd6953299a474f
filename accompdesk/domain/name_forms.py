"""The forms in which people are really written about, derived from a name.

Staff and sources do not write "Ramón Ñañez Quintero" every time: they write "el señor
Ñañez", "la familia Quintero", "R. Ñañez", "Ramón Ñañez", "Búho" for "El Búho",
"ramon.nanez" in an address. For a withheld person the matcher (domain/audience.py)
looks for all of them:

- the full name, the alias and each also-known-as line staff recorded;
- the surname pair ("Ñañez Quintero"); a single surname only after an honorific or a
  kin word ("señor", "Sra.", "familia", "hermano de", "Mr", "brother of") or before
  "family" (`PREFIXES`, `SUFFIXES`), since a surname alone is too often someone else;
- first name plus first surname, and the given names with the first surname;
- initials with the surnames ("R. Ñañez", "R Ñañez Quintero");
- the names joined by dots, underscores or nothing ("Ramón.Ñañez.Quintero",
  "RamónÑañezQuintero"; dots, underscores and hyphens are separators to the matcher);
- the alias without its article ("Búho"), unless that word is shielded: a common word
  or a place name (`COMMON_WORDS`, and the places the vault knows), so that the alias
  "El Cedro" does not erase the village of Cedro.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .vocab import fold

# Words that join a compound surname to what follows ("de la Cruz", "del Río").
_PARTICLES = {"de", "del", "la", "las", "los", "y", "da", "das", "do", "dos", "van", "von", "di"}
ARTICLES = {"el", "la", "los", "las", "the", "lo"}

# Folded (lower case, no accents) honorifics that may stand before a surname; the matcher
# drops them with the surname and writes the descriptor in their place.
HONORIFICS = {"senor", "senora", "senorita", "sr", "sra", "srta", "don", "dona", "dr", "dra",
              "doctor", "doctora", "profesor", "profesora", "profe", "lic", "licenciado",
              "licenciada", "ing", "mr", "mrs", "ms", "miss", "mister", "madam"}
# Kin words whose surname follows directly ("familia Quintero"): kept, with "de" added.
KIN_DIRECT = {"familia", "flia"}
# Kin words joined to the name by "de"/"of": the kin words are kept as written.
KIN_OF = {"hermano", "hermana", "hijo", "hija", "esposo", "esposa", "madre", "padre", "viuda",
          "viudo", "primo", "prima", "sobrino", "sobrina", "tio", "tia", "abuelo", "abuela",
          "nieto", "nieta", "companero", "companera", "familia", "familiares", "pareja",
          "brother", "sister", "son", "daughter", "wife", "husband", "mother", "father", "widow",
          "cousin", "nephew", "niece", "uncle", "aunt", "family", "partner", "relatives"}
OF_WORDS = {"de", "of"}
# Words after a surname that make it a family's name ("the Quintero family").
SUFFIXES = {"family", "household"}

# Common words that an alias without its article, or a derived one-word form, must not
# erase. Place names come from the vault (`Cast(places=…)`); these are the words any text has.
COMMON_WORDS = frozenset("""
a al algo alto ante antes aqui asi bajo bien bueno buena cada calle campo casa centro cerca como
con contra cual cuando de del desde donde dos el ella ellos en entre era es esa ese eso esta este
esto fue gente grande hay hoy la las le lo los luz mal mas me mi mucho muy nada ni no nos nuevo
o otra otro para pero poco por que quien rio se si sin sobre su sus tambien tan te tiempo todo
tres tu un una uno y ya paz sol mar luna monte loma vereda finca pueblo barrio valle
the and for with from this that what when where who why how all any one two new old big small
good bad red black white green blue river hill town city village farm house road street north
south east west center centre peace sun moon star hope
""".split())


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s_]+", text.strip()) if w]


def _units(words: list[str]) -> list[str]:
    """Words with their particles joined ("de la Cruz" is one surname)."""
    units, pending = [], []
    for i, word in enumerate(words):
        if word.lower() in _PARTICLES and i < len(words) - 1 and i > 0:
            pending.append(word)
            continue
        units.append(" ".join([*pending, word]))
        pending = []
    return units


def split_name(full_name: str) -> tuple[list[str], list[str]]:
    """(given names, surnames) of a person's name, in the Spanish and English manner:
    two surnames where the name has three or more parts, one where it has two."""
    units = _units(_words(full_name))
    if len(units) >= 4:
        return units[:-2], units[-2:]
    if len(units) == 3:
        return units[:1], units[1:]
    if len(units) == 2:
        return units[:1], units[1:]
    return units, []


def without_article(alias: str) -> str:
    """'El Búho' -> 'Búho'; '' if the alias has no leading article."""
    words = _words(alias)
    if len(words) >= 2 and words[0].lower() in ARTICLES:
        return " ".join(words[1:])
    return ""


def _initial(name: str) -> str:
    return name[:1]


def person_forms(full_name: str) -> tuple[list[str], list[str]]:
    """(forms matched anywhere, surnames matched only after an honorific or kin word)."""
    given, surnames = split_name(full_name)
    if not surnames:
        return [], []
    forms = []
    first = given[0]
    if len(surnames) == 2:
        forms.append(" ".join(surnames))
    forms.append(f"{first} {surnames[0]}")
    if len(given) >= 2:
        forms.append(f"{' '.join(given)} {surnames[0]}")
        forms.append(f"{first} {' '.join(surnames)}")
    # Initials: "R. Ñañez" and "R Ñañez" are one key, a full stop being a separator.
    initials = [_initial(g) for g in given]
    tails = [[surnames[0]], surnames] if len(surnames) == 2 else [[surnames[0]]]
    for tail in tails:
        for head in dict.fromkeys([initials[0], " ".join(initials)]):
            forms.append(f"{head} {' '.join(tail)}")
    # Joined by nothing: the whole name and the everyday pair (dots and underscores are
    # separators already).
    for parts in (_words(full_name), [first, *_words(surnames[0])]):
        if len(parts) >= 2:
            forms.append("".join(parts))
    singles = [s for s in surnames]
    return list(dict.fromkeys(f for f in forms if f.strip())), singles


def organisation_forms(name: str) -> list[str]:
    """An organisation's name joined by nothing (web and mail addresses)."""
    parts = _words(name)
    if len(parts) < 2:
        return []
    return ["".join(parts)]


# -- aliases: one alias names one person or organisation of the office ----------------------

_QUOTES = re.compile(r"[«»\"“”‘’'`]")


def alias_key(alias: str) -> str:
    """What makes two aliases the same to a reader: case, accents, quotes and spacing aside
    ("Defensora «Tucán»" and "defensora "Tucan"" are one alias)."""
    return " ".join(_QUOTES.sub(" ", fold(alias or "")).split())


def distinct_alias(alias: str, taken=(), *, keys: set[str] | None = None) -> str:
    """`alias` if no alias in `taken` reads the same; else the alias with the first free
    number after it ("Defensora «Tucán» 2", then 3…). `keys`: the `alias_key`s of the
    taken aliases, when the caller already has them (an import asks once per row)."""
    alias = " ".join((alias or "").split())
    if keys is None:
        keys = {alias_key(t) for t in taken if t}
    if not alias or alias_key(alias) not in keys:
        return alias
    base = re.sub(r"\s+\d+$", "", alias)
    number = 2
    while alias_key(f"{base} {number}") in keys:
        number += 1
    return f"{base} {number}"


def recorded_order(first_here: Mapping[str, int] | None = None):
    """The sort key that puts subjects in the order this office came to know them under
    their aliases (see `printed_aliases`): the first of those sharing one keeps it."""
    first_here = first_here or {}

    def key(subject):
        seen = first_here.get(subject.id)
        return (seen is not None, seen or 0, str(getattr(subject, "created_at", "") or ""), subject.id)
    return key


def printed_aliases(subjects, first_here: Mapping[str, int] | None = None) -> dict[str, str]:
    """Each subject's alias as a document may print it, id -> alias, so that no two of them
    are printed under one alias: where aliases clash, the one this office recorded first
    keeps it and the others get a distinct one. `subjects`: records with id, alias and
    created_at.

    `first_here`: id -> since when this office has known the subject under its alias, as
    a number that only grows (see `vault.aliases`). A record's created_at travels with it
    from another office, so a newcomer from a bundle may carry an older one than the person
    volunteers here have long called by that alias; the order this office learnt of them
    is what keeps the alias where it was. Subjects it does not name predate that record
    and come first, by created_at."""
    ordered = sorted((s for s in subjects if (s.alias or "").strip()), key=recorded_order(first_here))
    printed: dict[str, str] = {}
    used: list[str] = [s.alias for s in ordered]
    seen: set[str] = set()
    for subject in ordered:
        key = alias_key(subject.alias)
        if key not in seen:
            printed[subject.id] = " ".join(subject.alias.split())
            seen.add(key)
            continue
        alias = distinct_alias(subject.alias, used)
        printed[subject.id] = alias
        used.append(alias)
        seen.add(alias_key(alias))
    return printed
