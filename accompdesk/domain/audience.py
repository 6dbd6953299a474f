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
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from typing import Iterable

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
    """The neutral description of a person or organisation who may not be named."""
    organisation = _is_organisation(entity)
    vocabulary = ORGANISATION_KIND if organisation else PERSON_KIND
    kind = getattr(entity, "kind", None) or "other"
    lang = "es" if language == "es" else "en"
    if kind == "other" or kind not in vocabulary:
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
    """Every name a person or organisation is known by: full name (or name) and alias."""
    out = []
    for attr in ("full_name", "name", "alias"):
        value = getattr(entity, attr, None)
        if isinstance(value, str) and value.strip():
            out.append(value.strip())
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


_SEPARATORS = "\\s\\-\u2010\u2011\u2012\u2013\u2014\u00b7_"
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


def name_key(name: str) -> str:
    """A name as the matcher sees it: folded, separators as single spaces."""
    return " ".join(_SEPARATOR_RE.split(fold(name))).strip()


def withheld_entities(entities, audience: "str | Audience") -> list:
    """The persons and organisations an audience may not see named: those whose consent
    is narrower than it, and anyone who shares a name with one of them, since a printed
    name alone cannot tell the two apart. Both the reports and the exchange ask here."""
    audience = Audience.parse(audience)
    withheld = [e for e in entities if not may_name(e.consent_level, audience)]
    keys = {name_key(n) for e in withheld for n in names_of(e)}
    ids = {e.id for e in withheld}
    withheld += [e for e in entities
                 if e.id not in ids and any(name_key(n) in keys for n in names_of(e))]
    return withheld


_name_key = name_key


def _gap(text: str) -> str:
    """What lies between two words, less the separators (which may vary freely)."""
    return _SEPARATOR_RE.sub("", text)


def _signature(key: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
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
    """

    def __init__(self, names: Iterable[str], shields: Iterable[str] = ()):
        """`shields`: names matched only so that names inside them are not (kept names)."""
        names = {name_key(n) for n in names}
        shields = {name_key(n) for n in shields} - names
        # first word -> (second word -> longer names, longest first; one-word names)
        self.index: dict[str, tuple[dict[str, list], list]] = {}
        self.keys: list[str] = []
        for key in sorted(names | shields):
            signature = _signature(key)
            if signature is None:
                continue
            self.keys.append(key)
            tokens = signature[0]
            longer, single = self.index.setdefault(tokens[0], ({}, []))
            if len(tokens) == 1:
                single.append((*signature, key))
            else:
                longer.setdefault(tokens[1], []).append((*signature, key))
        for longer, _single in self.index.values():
            for candidates in longer.values():
                candidates.sort(key=lambda c: -len(c[0]))
        # Only a text with the first word of a reported name can hold one.
        self._first = frozenset(s[0][0] for k in names if (s := _signature(k)))

    def _scan(self, folded: str, words: list[str]) -> list[tuple[int, int, str]]:
        """Matches in folded text, given its words; positions are found only on a match."""
        index, n = self.index, len(words)
        positions = None
        out, next_free = [], 0
        for i in [i for i, word in enumerate(words) if word in index]:
            if i < next_free:
                continue
            longer, single = index[words[i]]
            candidates = [*longer.get(words[i + 1], ()), *single] if i + 1 < n else single
            for tokens, gaps, key in candidates:
                size = len(tokens)
                if i + size > n or (size > 2 and tuple(words[i:i + size]) != tokens):
                    continue
                if positions is None:
                    positions = [m.span() for m in _word_re().finditer(folded)]
                if all(_gap(folded[positions[i + k][1]:positions[i + k + 1][0]]) == gaps[k]
                       for k in range(size - 1)):
                    out.append((positions[i][0], positions[i + size - 1][1], key))
                    next_free = i + size
                    break
        return out

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
        return {key for _s, _e, key in self._scan(*found)} if found else set()

    def hits(self, text: str) -> bool:
        return bool(self.keys_in(text))

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, key) of every match, as positions in the original text."""
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
        for start, end, key in self._scan(folded, _word_re().findall(folded)):
            start, end = origin[start], origin[end - 1] + 1
            while end < len(text) and not pieces[end]:
                end += 1  # combining marks that belong to the last letter
            out.append((start, end, key))
        return out


def find_withheld(text: str, names: Iterable[str], keep: Iterable[str] = ()) -> list[str]:
    """The withheld names (as given) that occur in the text, ignoring case and accents.

    `keep` are names that may be printed: a withheld name inside one of them (a withheld
    "Ana" inside a named "Ana María") does not count, since the longer name is read.
    """
    return _Scanner(names, keep).find(text)


class _Scanner:
    def __init__(self, names: Iterable[str], keep: Iterable[str] = ()):
        self.by_key: dict[str, str] = {}
        for n in names:
            self.by_key.setdefault(_name_key(n), n)
        kept = {_name_key(n) for n in keep} - set(self.by_key)
        self.matcher = _Matcher(self.by_key, kept)
        self.withheld = frozenset(self.by_key) & frozenset(self.matcher.keys)

    def find(self, text: str) -> list[str]:
        return sorted(self.by_key[key] for key in self.matcher.keys_in(text) if key in self.withheld)


@dataclass(frozen=True)
class Withheld:
    """A person or organisation that may not be named: what to look for, what to write."""
    names: tuple[str, ...]
    descriptor: str


class Redactor:
    """Replaces every name and alias of the withheld entities inside free text."""

    def __init__(self, withheld: Iterable, language: str = "en", keep: Iterable[str] = ()):
        """`keep`: names that may be printed, so that a withheld name inside a longer
        named one ("Ana" in "Ana María") is left alone rather than cut out of it."""
        entries = [w if isinstance(w, Withheld) else
                   Withheld(tuple(names_of(w)), descriptor(w, language)) for w in withheld]
        all_names = [n for w in entries for n in w.names]
        self.names: tuple[str, ...] = tuple(dict.fromkeys(all_names))
        self._cache: dict[str, str] = {}
        self._scanner = _Scanner(self.names, keep)
        self._matcher = self._scanner.matcher
        self._withheld = self._scanner.withheld
        generic = _GENERIC[("person", "es" if language == "es" else "en")]
        self._descriptor: dict[str, str] = {}
        for w in entries:
            # A descriptor that itself spells a withheld name (a region called like a
            # person) would undo the redaction; fall back to words that cannot.
            text = next((t for t in (w.descriptor, generic) if not self._scanner.find(t)),
                        _LAST_RESORT)
            for n in w.names:
                self._descriptor.setdefault(_name_key(n), text)

    def __bool__(self) -> bool:
        return bool(self._withheld)

    def redact(self, text: str) -> str:
        if not text or not self._withheld:
            return text
        if len(text) > 80:
            return self._redact(text)
        # Table cells repeat the same short words (kinds, regions, dates) thousands of times.
        cached = self._cache.get(text)
        if cached is None:
            cached = self._cache[text] = self._redact(text)
        return cached

    def _spans(self, text: str):
        return [s for s in self._matcher.spans(text) if s[2] in self._withheld]

    def _redact(self, text: str) -> str:
        for _round in range(4):
            spans = self._spans(text)
            if not spans:
                return text
            text = self._replace(text, spans, lambda key: self._descriptor.get(key, _LAST_RESORT))
        # Replacements that keep spelling names anew (a descriptor next to a name's tail):
        # the last resort has no letters, so each round removes letters and this ends.
        while spans := self._spans(text):
            text = self._replace(text, spans, lambda key: _LAST_RESORT)
        return text

    @staticmethod
    def _replace(text: str, spans, replacement) -> str:
        out, last = [], 0
        for start, end, key in spans:
            out.append(text[last:start])
            words = replacement(key)
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


class Cast:
    """The persons and organisations as one audience sees them: who is withheld, what each
    is called (their name, or a neutral description), and the redactor for free text.
    The reports and the spreadsheet exports both build their view of the vault on it."""

    def __init__(self, entities, audience: "str | Audience", language: str = "en"):
        self.audience = Audience.parse(audience)
        withheld = withheld_entities(entities, self.audience)
        self.withheld_ids = {e.id for e in withheld}
        self.labels = {e.id: descriptor(e, language) if e.id in self.withheld_ids else e.title
                       for e in entities}
        # Names that may be printed are kept whole: a withheld "Ana" must not cut "Ana María".
        named = [n for e in entities if e.id not in self.withheld_ids for n in names_of(e)]
        self.redactor = Redactor(withheld, language, keep=named)
