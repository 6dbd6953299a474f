"""The matcher as it was before its runs were looked up in sets: kept as the reference the
fast one must agree with (tests/audience/test_matcher_equivalence.py)."""

from __future__ import annotations

from typing import Iterable

from accompdesk.domain.audience import _fold_char, _gap, _signature, _word_re, fold, name_key
from accompdesk.domain.name_forms import HONORIFICS, KIN_DIRECT, KIN_OF, OF_WORDS, SUFFIXES


def _first_word(key: str) -> str | None:
    signature = _signature(key)
    return signature[0][0] if signature else None


class ReferenceMatcher:
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
        # first word -> (second word -> longer names, longest first; one-word names)
        self.index: dict[str, tuple[dict[str, list], list]] = {}
        self.conditional: dict[str, tuple[dict[str, list], list]] = {}
        self.keys: list[str] = []
        for key in sorted(names | shields):
            self._add(self.index, key, key)
        for key in sorted({name_key(n) for n in surnames}):
            self._add(self.conditional, key, "~" + key)
        for index in (self.index, self.conditional):
            for longer, _single in index.values():
                for candidates in longer.values():
                    candidates.sort(key=lambda c: -len(c[0]))
        # Only a text with the first word of a reported name can hold one.
        self._first = frozenset(w for k in names if (w := _first_word(k))) | frozenset(self.conditional)

    def _add(self, index, key: str, label: str) -> None:
        signature = _signature(key)
        if signature is None:
            return
        self.keys.append(label)
        tokens = signature[0]
        longer, single = index.setdefault(tokens[0], ({}, []))
        if len(tokens) == 1:
            single.append((*signature, label))
        else:
            longer.setdefault(tokens[1], []).append((*signature, label))

    @staticmethod
    def _fits(words, i, n, candidate, gap_at) -> bool:
        tokens, gaps, _key = candidate
        size = len(tokens)
        if i + size > n or (size > 2 and tuple(words[i:i + size]) != tokens):
            return False
        return all(gap_at(i + k) == gaps[k] for k in range(size - 1))

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
                longer, single = table[words[i]]
                candidates = [*longer.get(words[i + 1], ()), *single] if i + 1 < n else single
                for candidate in candidates:
                    if not self._fits(words, i, n, candidate, gap_at):
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
