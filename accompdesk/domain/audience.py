"""Who may be named for which audience, and how a withheld name is written instead.

Every document and spreadsheet that leaves the office names an audience. A person or
organisation is named only if its consent level is at least as wide as the audience;
everyone else is described ("a community leader in Cauca") and their names and aliases
are replaced wherever they occur in free text. `find_withheld` is the last check before
anything is written: it must find nothing.

Matching ignores case and accents on both sides and respects word edges, so that
"ANA PÉREZ", "ana perez" and "Ana  Pérez" are all found, while "Ana" is not found
inside "Banana".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from enum import Enum
from functools import lru_cache
from typing import Iterable

from .disclosure import (WithheldSummary, field_allowed, filter_record, lies_ahead,  # noqa: F401
                         record_allowed, visible_fields, withheld_fields)
from .language import detect
from .name_forms import (COMMON_WORDS, HONORIFICS, KIN_DIRECT, KIN_OF, OF_WORDS, SUFFIXES,
                         organisation_forms, person_forms, without_article)
from .vocab import AUDIENCE, CONSENT_LEVEL, ORGANISATION_KIND, PERSON_KIND


class Audience(str, Enum):
    INTERNAL = "internal"
    DIPLOMATIC = "diplomatic"
    PUBLIC = "public"

    @classmethod
    def parse(cls, value: "str | Audience") -> "Audience":
        """The audience named by a code or a label in either language."""
        if isinstance(value, Audience):
            return value
        term = AUDIENCE.match(str(value or ""))
        if term is None:
            raise ValueError(f"'{value}' is not an audience; use one of: {', '.join(AUDIENCE.codes)}.")
        return cls(term.code)

    @property
    def width(self) -> int:
        return AUDIENCE.rank(self.value)

    def label(self, language: str = "en") -> str:
        return AUDIENCE.label(self.value, language)


def may_name(consent: str | None, audience: "str | Audience") -> bool:
    """True if a record with this consent level may be named for this audience.

    A missing or unknown consent level counts as internal: when in doubt, withhold.
    """
    width = AUDIENCE.rank(Audience.parse(audience).value)
    if consent is None or consent not in CONSENT_LEVEL:
        return width == 0
    return CONSENT_LEVEL.rank(consent) >= width


# -- descriptors ------------------------------------------------------------------------

# Spanish needs the article's gender; the vocabulary labels alone cannot tell it.
_ES_FEMININE = {"womens_rights_defender", "community", "peasant_organisation",
                "indigenous_organisation", "afro_descendant_organisation", "womens_organisation",
                "victims_organisation", "human_rights_ngo", "environmental_organisation"}
_ES_NOUN_OVERRIDE = {"lawyer": "un/a abogado/a", "environmental_defender": "un/a defensor/a ambiental",
                     "lgbti_defender": "un/a defensor/a LGBTI"}
# A person's kind in Spanish, agreeing with what is known of them: (man, woman, neither
# or unstated by choice). An unrecorded gender keeps the long-standing forms above.
_ES_BY_GENDER = {
    "community_leader": ("un líder comunitario", "una lideresa comunitaria",
                         "una persona líder comunitaria"),
    "lawyer": ("un abogado", "una abogada", "una persona abogada"),
    "trade_unionist": ("un sindicalista", "una sindicalista", "una persona sindicalista"),
    "womens_rights_defender": ("un defensor de derechos de las mujeres",
                               "una defensora de derechos de las mujeres",
                               "una persona defensora de derechos de las mujeres"),
    "indigenous_leader": ("un líder indígena", "una lideresa indígena", "una persona líder indígena"),
    "afro_descendant_leader": ("un líder afrodescendiente", "una lideresa afrodescendiente",
                               "una persona líder afrodescendiente"),
    "environmental_defender": ("un defensor ambiental", "una defensora ambiental",
                               "una persona defensora ambiental"),
    "journalist": ("un periodista", "una periodista", "una persona periodista"),
    "relative_of_disappeared": ("un familiar de persona desaparecida", "una familiar de persona desaparecida",
                                "una persona familiar de persona desaparecida"),
    "peasant_leader": ("un líder campesino", "una lideresa campesina", "una persona líder campesina"),
    "lgbti_defender": ("un defensor LGBTI", "una defensora LGBTI", "una persona defensora LGBTI"),
    "witness": ("un testigo", "una testigo", "una persona testigo"),
    "other": ("un defensor de derechos humanos", "una defensora de derechos humanos",
              "una persona defensora de derechos humanos"),
}
_GENDER_INDEX = {"male": 0, "female": 1, "non_binary": 2}
_GENERIC = {
    ("person", "en"): "a human rights defender",
    ("person", "es"): "una persona defensora de derechos humanos",
    ("organisation", "en"): "an organisation",
    ("organisation", "es"): "una organización",
}
_LAST_RESORT = "[…]"  # no letters, so it can never spell a name


def _lower_first(label: str) -> str:
    first = label.split(" ", 1)[0]
    # Acronyms and proper adjectives keep their capitals (LGBTI, Afro-descendant, ONG).
    if first.isupper() or first.startswith("Afro"):
        return label
    return label[:1].lower() + label[1:]


def _article_en(phrase: str) -> str:
    first = phrase.split(" ", 1)[0]
    vowel_sound = phrase[:1].lower() in "aeiou" or first in ("LGBTI", "NGO", "UN")
    return ("an " if vowel_sound else "a ") + phrase


def _is_organisation(entity) -> bool:
    return getattr(entity, "TABLE", "") == "organisations" or (
        not hasattr(entity, "full_name") and hasattr(entity, "name"))


def descriptor(entity, language: str = "en") -> str:
    """The neutral description of a person or organisation who may not be named.

    In Spanish it agrees with the person's recorded gender ("una lideresa comunitaria",
    "un defensor ambiental"); organisations take their noun's gender ("una
    organización de mujeres", "un sindicato")."""
    organisation = _is_organisation(entity)
    vocabulary = ORGANISATION_KIND if organisation else PERSON_KIND
    kind = getattr(entity, "kind", None) or "other"
    lang = "es" if language == "es" else "en"
    gender = _GENDER_INDEX.get(getattr(entity, "gender", None) or "")
    if lang == "es" and not organisation and gender is not None:
        phrase = _ES_BY_GENDER.get(kind if kind in vocabulary else "other", _ES_BY_GENDER["other"])[gender]
    elif kind == "other" or kind not in vocabulary:
        phrase = _GENERIC[("organisation" if organisation else "person", lang)]
    elif lang == "es":
        phrase = _ES_NOUN_OVERRIDE.get(kind) or (
            ("una " if kind in _ES_FEMININE else "un ") + _lower_first(vocabulary.label(kind, "es")))
    else:
        phrase = _article_en(_lower_first(vocabulary.label(kind, "en")))
    region = " ".join(str(getattr(entity, "region", "") or "").split())
    if region:
        phrase += (" en " if lang == "es" else " in ") + region
    return phrase


def names_of(entity) -> list[str]:
    """Every name a person or organisation is known by: full name (or name), alias, and
    each line of its also-known-as list."""
    out = []
    for attr in ("full_name", "name", "alias"):
        value = getattr(entity, attr, None)
        if isinstance(value, str) and value.strip():
            out.append(value.strip())
    aka = getattr(entity, "aka", None)
    if isinstance(aka, str):
        out.extend(line.strip() for line in re.split(r"[\n;]", aka) if line.strip())
    return out


# -- matching ---------------------------------------------------------------------------

def _invisible(c: str) -> bool:
    # Accents, and format characters (soft hyphen, zero-width space) that a reader
    # does not see inside a name but that would split it for a plain comparison.
    return bool(unicodedata.combining(c)) or unicodedata.category(c) == "Cf"


@lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    decomposed = unicodedata.normalize("NFKD", ch.casefold())
    return "".join(c for c in decomposed if not _invisible(c))


@lru_cache(maxsize=1)
def _invisible_table() -> dict[int, None]:
    """str.translate table that drops every invisible character (one scan of Unicode)."""
    return {cp: None for cp in list(range(0x20000)) + list(range(0xE0000, 0xE1000))
            if _invisible(chr(cp))}


def fold(text: str) -> str:
    """Case- and accent-free form of a text, character by character (no trimming)."""
    if text.isascii():
        return text.lower()
    return unicodedata.normalize("NFKD", text.casefold()).translate(_invisible_table())


# A full stop separates too: "R. Ñañez", "Ramón.Ñañez" and "Sr. Quintero" are the same
# words as "R Ñañez", "Ramón Ñañez" and "Sr Quintero" (one key each, not two).
_SEPARATORS = "\\s\\-\u2010\u2011\u2012\u2013\u2014\u00b7_."
_SEPARATOR_RE = re.compile(f"[{_SEPARATORS}]+")
# Scripts written without spaces between words (and Korean, whose particles attach to
# names): every letter is a word of its own, so a name is found inside a run of text.
_UNSPACED = ("\u0e00-\u0eff\u1000-\u109f\u1100-\u11ff\u1780-\u17ff\u3040-\u30ff"
             "\u3100-\u312f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
             "\U00020000-\U0003134f")


@lru_cache(maxsize=1)
def _marks() -> str:
    """A character class body for the combining marks (vowel signs of Devanagari etc.)."""
    ranges, start = [], None
    for cp in list(range(0x20000)) + list(range(0xE0100, 0xE01F0)):
        mark = unicodedata.category(chr(cp)).startswith("M")
        if mark and start is None:
            start = cp
        elif not mark and start is not None:
            ranges.append((start, cp - 1))
            start = None
    if start is not None:
        ranges.append((start, 0xE01EF))
    return "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in ranges)


@lru_cache(maxsize=1)
def _word_re() -> re.Pattern:
    """A word: a run of letters with their marks, a run of digits, or one unspaced letter."""
    marks = _marks()
    return re.compile(f"[{_UNSPACED}][{marks}]*|(?:(?![{_UNSPACED}])[^\\W\\d_]|[{marks}])+|\\d+")


@lru_cache(maxsize=1 << 18)
def name_key(name: str) -> str:
    """A name as the matcher sees it: folded, separators as single spaces."""
    return " ".join(_SEPARATOR_RE.split(fold(name))).strip()


def withheld_entities(entities, audience: "str | Audience", names=names_of) -> list:
    """The persons and organisations an audience may not see named: those whose consent
    is narrower than it, and anyone who shares a name with one of them, since a printed
    name alone cannot tell the two apart. Both the reports and the exchange ask here.

    `names`: how to read an entity's names (a caller that reads them again passes its copy)."""
    audience = Audience.parse(audience)
    withheld = [e for e in entities if not may_name(e.consent_level, audience)]
    keys = {name_key(n) for e in withheld for n in names(e)}
    ids = {e.id for e in withheld}
    withheld += [e for e in entities
                 if e.id not in ids and any(name_key(n) in keys for n in names(e))]
    return withheld


_name_key = name_key


def _gap(text: str) -> str:
    """What lies between two words, less the separators (which may vary freely)."""
    return _SEPARATOR_RE.sub("", text)


@lru_cache(maxsize=1 << 18)
def _signature(key: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    words = key.split(" ")
    if key.isascii() and all(w.isalpha() for w in words):
        return tuple(words), ("",) * (len(words) - 1)  # the common case: plain folded words
    return _slow_signature(key)


def _slow_signature(key: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    words = list(_word_re().finditer(key))
    if not words:
        return None  # no letter or digit: nothing a reader would take for a name
    gaps = tuple(_gap(key[a.end():b.start()]) for a, b in zip(words, words[1:]))
    return tuple(w.group() for w in words), gaps


class _Matcher:
    """Finds names word by word, longest first, in time that does not grow with their number.

    A name matches where its words follow each other in the folded text with only
    separators between them (and the same punctuation, such as an apostrophe, where
    the name has some). Words are whole runs of letters, so 'Ana' is not in 'Banana'.

    `surnames` match only after an honorific or kin word ("señor", "Sra.", "familia",
    "hermano de", "Mr", "brother of") or before "family"; their keys come back with a
    leading "~". Any match takes such a preceding word with it, so that the redactor
    can write "un líder" for "el señor Ñañez" and "familia de …" for "familia Quintero".
    """

    def __init__(self, names: Iterable[str], shields: Iterable[str] = (), surnames: Iterable[str] = ()):
        """`shields`: names matched only so that names inside them are not (kept names)."""
        names = {name_key(n) for n in names}
        shields = {name_key(n) for n in shields} - names
        # first word -> (run of words -> [(gaps, key)], the runs' lengths, longest first).
        # A text's words are looked up run by run: the names sharing a first word (ten
        # thousand "María …") are never tried one by one.
        self.index: dict[str, tuple[dict[tuple, list], tuple[int, ...]]] = {}
        self.conditional: dict[str, tuple[dict[tuple, list], tuple[int, ...]]] = {}
        self.keys: list[str] = []
        for key in sorted(names | shields):
            self._add(self.index, key, key)
        for key in sorted({name_key(n) for n in surnames}):
            self._add(self.conditional, key, "~" + key)
        for index in (self.index, self.conditional):
            for first, (runs, _sizes) in index.items():
                index[first] = (runs, tuple(sorted({len(run) for run in runs}, reverse=True)))
        # Only a text with the first word of a reported name can hold one.
        self._first = frozenset(w for k in names if (w := _first_word(k))) | frozenset(self.conditional)

    def _add(self, index, key: str, label: str) -> None:
        signature = _signature(key)
        if signature is None:
            return
        self.keys.append(label)
        tokens, gaps = signature
        index.setdefault(tokens[0], ({}, ()))[0].setdefault(tokens, []).append((gaps, label))

    def _candidates_at(self, table, words, i: int, n: int):
        """(tokens, gaps, key) of the names of `table` whose words start at i, longest first."""
        runs, sizes = table[words[i]]
        for size in sizes:
            if i + size <= n:
                run = tuple(words[i:i + size])
                for gaps, label in runs.get(run, ()):
                    yield run, gaps, label

    @staticmethod
    def _fits(i, candidate, gap_at) -> bool:
        return all(gap_at(i + k) == gap for k, gap in enumerate(candidate[1]))

    def _scan(self, folded: str, words: list[str]) -> list[tuple]:
        """(start, end, key, how, cut) of each match in folded text, given its words.

        `how` is "" (the name alone), "hon" (an honorific before it, taken with it), "kin"
        ("familia" before it), "of" ("hermano de" before it) or "fam" ("family" after it);
        `cut` is where the name starts ("kin", "of") or the family word starts ("fam")."""
        index, conditional, n = self.index, self.conditional, len(words)
        positions: list | None = None

        def gap_at(k: int) -> str:
            nonlocal positions
            if positions is None:
                positions = [m.span() for m in _word_re().finditer(folded)]
            return _gap(folded[positions[k][1]:positions[k + 1][0]])

        out, next_free = [], 0
        for i in [i for i, word in enumerate(words) if word in index or word in conditional]:
            if i < next_free:
                continue
            found = None
            for table, needs_prefix in ((index, False), (conditional, True)):
                if words[i] not in table:
                    continue
                for candidate in self._candidates_at(table, words, i, n):
                    if not self._fits(i, candidate, gap_at):
                        continue
                    size = len(candidate[0])
                    how = self._prefix(words, i, next_free, gap_at)
                    if (not how and i + size < n and words[i + size] in SUFFIXES
                            and gap_at(i + size - 1) == ""):
                        how = "fam"
                    if needs_prefix and not how:
                        continue
                    found = (candidate, size, how)
                    break
                if found:
                    break
            if not found:
                continue
            candidate, size, how = found
            if positions is None:
                positions = [m.span() for m in _word_re().finditer(folded)]
            first = i - {"hon": 1, "kin": 1, "of": 2}.get(how, 0)
            last = i + size - 1 + (1 if how == "fam" else 0)
            cut = positions[i + size][0] if how == "fam" else positions[i][0]
            out.append((positions[first][0], positions[last][1], candidate[2], how, cut))
            next_free = last + 1
        return out

    @staticmethod
    def _prefix(words, i: int, free: int, gap_at) -> str:
        if i - 1 >= free and words[i - 1] in HONORIFICS and gap_at(i - 1) == "":
            return "hon"
        if i - 1 >= free and words[i - 1] in KIN_DIRECT and gap_at(i - 1) == "":
            return "kin"
        if (i - 2 >= free and words[i - 1] in OF_WORDS and words[i - 2] in KIN_OF
                and gap_at(i - 2) == "" and gap_at(i - 1) == ""):
            return "of"
        return ""

    def _candidates(self, text: str) -> tuple[str, list[str]] | None:
        if not self.keys or not text:
            return None
        folded = fold(text)
        words = _word_re().findall(folded)
        if self._first.isdisjoint(words):
            return None  # the common case: no word of the text starts any name
        return folded, words

    def keys_in(self, text: str) -> set[str]:
        found = self._candidates(text)
        return {m[2] for m in self._scan(*found)} if found else set()

    def hits(self, text: str) -> bool:
        return bool(self.keys_in(text))

    def spans(self, text: str) -> list[tuple]:
        """(start, end, key, how, cut) of every match, as positions in the original text."""
        found = self._candidates(text)
        if not found:
            return []
        matches = self._scan(*found)
        if not matches:
            return []
        if all(len(_fold_char(c)) == 1 for c in set(text)):
            return matches  # every character folds to one: positions are the same
        pieces = [_fold_char(c) for c in text]
        folded = "".join(pieces)
        origin = []
        for i, piece in enumerate(pieces):
            origin.extend([i] * len(piece))
        out = []
        for start, end, key, how, cut in self._scan(folded, _word_re().findall(folded)):
            start, end, cut = origin[start], origin[end - 1] + 1, origin[cut]
            while end < len(text) and not pieces[end]:
                end += 1  # combining marks that belong to the last letter
            out.append((start, end, key, how, cut))
        return out


def _first_word(key: str) -> str | None:
    signature = _signature(key)
    return signature[0][0] if signature else None


def find_withheld(text: str, names: Iterable[str], keep: Iterable[str] = (),
                  surnames: Iterable[str] = ()) -> list[str]:
    """The withheld names (as given) that occur in the text, ignoring case and accents.

    `keep` are names that may be printed: a withheld name inside one of them (a withheld
    "Ana" inside a named "Ana María") does not count, since the longer name is read.
    `surnames` count only after an honorific or kin word ("señor Ñañez", "familia Quintero").
    """
    return _Scanner(names, keep, surnames).find(text)


class _Scanner:
    def __init__(self, names: Iterable[str], keep: Iterable[str] = (), surnames: Iterable[str] = ()):
        self.by_key: dict[str, str] = {}
        for n in names:
            self.by_key.setdefault(_name_key(n), n)
        for n in surnames:
            self.by_key.setdefault("~" + _name_key(n), f"{n} (after an honorific or kin word)")
        kept = {_name_key(n) for n in keep} - set(self.by_key)
        self.matcher = _Matcher([k for k in self.by_key if not k.startswith("~")], kept,
                                [k[1:] for k in self.by_key if k.startswith("~")])
        self.withheld = frozenset(self.by_key) & frozenset(self.matcher.keys)

    def find(self, text: str) -> list[str]:
        return sorted(self.by_key[key] for key in self.matcher.keys_in(text) if key in self.withheld)


@dataclass(frozen=True)
class Withheld:
    """A person or organisation that may not be named: what to look for, what to write.

    `names` are its names as recorded (full name, alias, also-known-as); `forms` the
    other forms found anywhere (surname pair, initials, joined); `surnames` those found
    only after an honorific or kin word. `descriptors` by language ("en", "es"); the
    redactor picks the one of the text it writes into. `ident`: the record's id."""
    names: tuple[str, ...]
    descriptor: str
    descriptors: tuple[tuple[str, str], ...] = ()
    ident: str | None = None
    forms: tuple[str, ...] = ()
    surnames: tuple[str, ...] = ()
    alias: str = ""

    def describe(self, language: str) -> str:
        for lang, text in self.descriptors:
            if lang == language:
                return text
        return self.descriptor


def withheld_entry(entity, language: str = "en", shield: Iterable[str] = (),
                   names: Iterable[str] | None = None) -> Withheld:
    """Everything the matcher needs to know of one withheld person or organisation.

    `shield`: folded one-word place names and common words a derived one-word form
    (the alias without its article) must not become. `names`: its names_of, if known."""
    # Asked for thousands of entities with one shield: looked up, not copied and joined each time.
    shield = shield if isinstance(shield, (set, frozenset)) else set(shield)
    names = tuple(names_of(entity) if names is None else names)
    forms: list[str] = []
    surnames: tuple[str, ...] = ()
    if _is_organisation(entity):
        forms += organisation_forms(getattr(entity, "name", "") or "")
    else:
        derived, singles = person_forms(getattr(entity, "full_name", "") or "")
        forms += derived
        surnames = tuple(singles)
    for name in names[1:] if not _is_organisation(entity) else names:
        bare = without_article(name)
        if bare:
            forms.append(bare)
    forms = [f for f in dict.fromkeys(forms)  # shield: one-word keys
             if (key := name_key(f)) not in shield and key not in COMMON_WORDS]
    descriptors = tuple((lang, descriptor(entity, lang)) for lang in ("en", "es"))
    return Withheld(names, dict(descriptors)["es" if language == "es" else "en"], descriptors,
                    getattr(entity, "id", None), tuple(forms), surnames,
                    (getattr(entity, "alias", "") or "").strip())


_ARTICLE_BEFORE = {"es": re.compile(r"(?i)(?:^|(?<=[\s(«\"']))(el|la|los|las|del|al)(\s+)$"),
                   "en": re.compile(r"(?i)(?:^|(?<=[\s(\"']))(the)(\s+)$")}
_ARTICLE_KEEPS = {"del": "de ", "al": "a "}


class Redactor:
    """Replaces every name, alias and usual form of a name of the withheld entities inside
    free text, with a descriptor in the language of that text."""

    def __init__(self, withheld: Iterable, language: str = "en", keep: Iterable[str] = ()):
        """`keep`: names that may be printed, so that a withheld name inside a longer
        named one ("Ana" in "Ana María") is left alone rather than cut out of it; place
        names go here too, so that the alias "El Cedro" leaves "Vereda El Cedro" alone."""
        self.language = "es" if language == "es" else "en"
        entries = [w if isinstance(w, Withheld) else withheld_entry(w, language) for w in withheld]
        keep = list(keep)
        # A derived form that is someone's recorded name ("José Pérez", from "María José
        # Pérez") belongs to that someone: named, it is kept; withheld, it is theirs.
        recorded = {_name_key(n) for n in keep} | {_name_key(n) for w in entries for n in w.names}
        entries = [replace(w, forms=tuple(f for f in w.forms if _name_key(f) not in recorded))
                   if w.forms else w for w in entries]
        all_names = [n for w in entries for n in (*w.names, *w.forms)]
        self.names: tuple[str, ...] = tuple(dict.fromkeys(all_names))
        self.surnames: tuple[str, ...] = tuple(dict.fromkeys(s for w in entries for s in w.surnames))
        self._cache: dict[str, str] = {}
        self.replaced: set[str] = set()
        # A kept name shields only where a withheld word lies inside it: the rest of the
        # vault's places and printed names need not enter the matcher.
        words = {w for n in (*self.names, *self.surnames) for w in name_key(n).split(" ")}
        keep = [k for k in keep if not words.isdisjoint(name_key(k).split(" "))]
        self._scanner = _Scanner(self.names, keep, self.surnames)
        self._matcher = self._scanner.matcher
        self._withheld = self._scanner.withheld
        self._owner: dict[str, list[Withheld]] = {}
        for w in entries:
            keys = {*(_name_key(n) for n in (*w.names, *w.forms)), *("~" + _name_key(s) for s in w.surnames)}
            for key in keys:
                self._owner.setdefault(key, []).append(w)
        # Descriptors are chosen when a name is first met: most keys never are.
        self._descriptor: dict[tuple[str, str], str] = {}
        self._safe: dict[str, bool] = {}  # many share one ("un líder comunitario en Cauca")

    def __bool__(self) -> bool:
        return bool(self._withheld)

    def describe(self, key: str, lang: str) -> str:
        """What a withheld name's key is replaced by in a text of this language."""
        found = self._descriptor.get((key, lang))
        if found is None:
            owners = self._owner.get(key, ())
            generic = _GENERIC[("person", lang)]
            # A form two of them share (a surname) is described without telling which.
            wanted = owners[0].describe(lang) if len(owners) == 1 else generic
            # A descriptor that itself spells a withheld name (a region called like a
            # person) would undo the redaction; fall back to words that cannot.
            for t in (wanted, generic):
                if t not in self._safe:
                    self._safe[t] = not self._scanner.find(t)
            found = next((t for t in (wanted, generic) if self._safe[t]), _LAST_RESORT)
            self._descriptor[(key, lang)] = found
        return found

    def redact(self, text: str, language: str | None = None) -> str:
        """The text with every withheld name replaced; the descriptors follow the text's
        own language (detected), or `language` when the caller knows it."""
        if not text or not self._withheld:
            return text
        if len(text) > 80 or language:
            return self._redact(text, language)
        # Table cells repeat the same short words (kinds, regions, dates) thousands of times.
        cached = self._cache.get(text)
        if cached is None:
            cached = self._cache[text] = self._redact(text)
        return cached

    def _spans(self, text: str):
        return [s for s in self._matcher.spans(text) if s[2] in self._withheld]

    def _redact(self, text: str, language: str | None = None) -> str:
        lang = language or detect(text, self.language)
        for _round in range(4):
            spans = self._spans(text)
            if not spans:
                return text
            for span in spans:
                self.replaced.update(w.ident for w in self._owner.get(span[2], ()) if w.ident)
            text = self._replace(text, spans, lambda key: self.describe(key, lang), lang)
        # Replacements that keep spelling names anew (a descriptor next to a name's tail):
        # the last resort has no letters, so each round removes letters and this ends.
        while spans := self._spans(text):
            text = self._replace(text, [(s, e, k, "", s) for s, e, k, _h, _c in spans],
                                 lambda key: _LAST_RESORT, lang)
        return text

    @staticmethod
    def _replace(text: str, spans, replacement, lang: str = "en") -> str:
        out, last = [], 0
        for start, end, key, how, cut in spans:
            words = replacement(key)
            if how == "kin":
                words = text[start:cut].rstrip() + (" de " if lang == "es" else " of ") + words
            elif how == "of":
                words = text[start:cut] + words
            elif how == "fam":
                words = text[cut:end] + (" de " if lang == "es" else " of ") + words
            elif words[:1].isalpha():
                # "el señor Ñañez" -> "un líder", "del señor" -> "de un", "the Mr X" -> "a …"
                article = _ARTICLE_BEFORE["es" if lang == "es" else "en"].search(text, last, start)
                if article and words.split(" ", 1)[0].lower() in ("un", "una", "a", "an"):
                    start = article.start()
                    words = _ARTICLE_KEEPS.get(article.group(1).lower(), "") + words
                    if article.group(1)[:1].isupper():
                        words = words[:1].upper() + words[1:]
            out.append(text[last:start])
            if _starts_sentence(text, start):
                words = words[:1].upper() + words[1:]
            out.append(words)
            last = end
        out.append(text[last:])
        return "".join(out)

    def find_withheld(self, text: str) -> list[str]:
        """The withheld names that occur in the text; empty means it may be written."""
        return self._scanner.find(text) if text else []


def _starts_sentence(text: str, position: int) -> bool:
    i = position - 1
    while i >= 0 and text[i] in " \t\r\n\u00a0(\"'«“":
        if text[i] == "\n":
            return True
        i -= 1
    return i < 0 or text[i] in ".!?¡¿"


def place_shields(places: Iterable[str], withheld: Iterable[Withheld]) -> tuple[list[str], set[str]]:
    """(place names kept whole, folded one-word place names) from the places a vault knows.

    A place that spells a withheld full name or also-known-as ("Finca Ramón Ñañez") is
    not kept: it would shield the name."""
    primary = {name_key(n) for w in withheld for n in w.names if n != w.alias}
    longest = max((k.count(" ") + 1 for k in primary), default=0)
    # A run can only be a name if it starts with a name's first word.
    firsts = {k.split(" ", 1)[0] for k in primary}
    kept, words = [], set()
    for place in dict.fromkeys(" ".join(p.split()) for p in places if p and p.strip()):
        key = name_key(place)
        parts = key.split(" ")
        if len(parts) == 1:
            words.add(key)
        # Every run of the place's words, against the withheld names (places are short).
        runs = (" ".join(parts[i:j]) for i, part in enumerate(parts) if part in firsts
                for j in range(i + 1, min(len(parts), i + longest) + 1))
        if not any(run in primary for run in runs):
            kept.append(place)
    return kept, words


# The columns that hold place names, read for the shield list (vault_places).
PLACE_COLUMNS = (("incidents", "place"), ("incidents", "region"), ("accompaniments", "place"),
                 ("authorities", "territory"), ("meetings", "place"), ("persons", "region"),
                 ("organisations", "region"))


def vault_places(vault) -> list[str]:
    """The place names a vault knows, for `Cast(places=…)`."""
    return [p for table, column in PLACE_COLUMNS for p in vault.repo(table).distinct(column)]


class Cast:
    """The persons and organisations as one audience sees them: who is withheld, what each
    is called (their name, or a neutral description), and the redactor for free text.
    The reports and the spreadsheet exports both build their view of the vault on it.

    `places`: the place names the vault knows (regions, places, territories): they are
    kept whole and shield one-word forms, so an alias cannot erase a village."""

    def __init__(self, entities, audience: "str | Audience", language: str = "en",
                 places: Iterable[str] = ()):
        self.audience = Audience.parse(audience)
        # Each entity's names are read once: a big vault has fifteen thousand of them.
        known = {id(e): names_of(e) for e in entities}
        withheld = withheld_entities(entities, self.audience, names=lambda e: known[id(e)])
        self.withheld_ids = {e.id for e in withheld}
        recorded = [Withheld(tuple(known[id(e)]), "", alias=(getattr(e, "alias", "") or "").strip())
                    for e in withheld]
        kept_places, place_words = place_shields(places, recorded)
        entries = [withheld_entry(e, language, place_words, known[id(e)]) for e in withheld]
        described = {e.id: w.descriptor for e, w in zip(withheld, entries)}
        self.labels = {e.id: described[e.id] if e.id in described else e.title for e in entities}
        # Names that may be printed are kept whole: a withheld "Ana" must not cut "Ana María".
        named = [n for e in entities if e.id not in self.withheld_ids for n in known[id(e)]]
        self.redactor = Redactor(entries, language, keep=[*named, *kept_places])
