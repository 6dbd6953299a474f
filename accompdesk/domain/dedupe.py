"""Which two records are probably one: pure scoring of candidate pairs.

The same defender is entered as "Ana Milena Pacheco Gómez" by one volunteer and as
"Pacheco, Ana M." by another. Names are folded (case, accents, punctuation, the
particles "de", "del", "y"), read as a bag of words so the surname order does not
matter, and compared word by word: an initial stands for a word it begins, a typo
costs a little, a word one side lacks (the second surname) costs less than a word
that differs. Alias, region, organisation and shared incidents or meetings then
move the score up or down.

Pairs come from blocking keys (pairs of word beginnings and endings), so ten
thousand names are not compared with each other one by one.
"""

from __future__ import annotations

import itertools
from collections import Counter
import re
import unicodedata
from dataclasses import dataclass, field

DEFAULT_MIN_SCORE = 0.85

# Words that carry no identity in Spanish, Portuguese, English and Dutch names.
_PARTICLES = frozenset({"de", "del", "la", "las", "los", "y", "e", "da", "das", "do", "dos",
                        "van", "von", "der", "di", "the", "of", "and", "el"})
_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)
# A block bigger than this says "a common word", not "maybe the same person".
MAX_BLOCK = 60


@dataclass(frozen=True)
class Candidate:
    """What the finder knows of one record."""
    id: str
    name: str
    alias: str = ""
    region: str = ""
    group: str = ""                      # organisation of a person, authority of an official
    links: frozenset = frozenset()       # incidents and meetings the record appears in
    other_names: tuple = ()              # also-known-as names
    id_number: str = ""                  # identity document (a person's cédula, passport)


@dataclass(frozen=True)
class Match:
    a: str
    b: str
    score: float
    name_score: float
    reasons: tuple = ()


@dataclass
class _Prepared:
    candidate: Candidate
    words: tuple
    word_sets: list = field(default_factory=list)   # the words of every name it goes by
    alias: str = ""
    region: str = ""
    id_number: str = ""


def id_key(text: str) -> str:
    """An identity document number as compared: letters and digits only, so that
    "1.032.456.789", "1032456789" and "CC 1032456789" are one number."""
    folded = fold(text).replace(" ", "")
    return folded[2:] if folded.startswith(("cc", "ce", "ti")) and folded[2:].isdigit() else folded


def fold(text: str) -> str:
    """Lower case, no accents, punctuation as spaces."""
    if not text:
        return ""
    if text.isascii():
        lowered = text.lower()
    else:
        decomposed = unicodedata.normalize("NFKD", text.casefold())
        lowered = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_NON_WORD.sub(" ", lowered).replace("_", " ").split())


def words(name: str) -> tuple:
    """The words of a name that identify someone, in order.

    "Pacheco Gómez, Ana M." reads as "ana m pacheco gomez": a comma puts the
    given names first, as the office writes them.
    """
    if "," in name:
        head, _, tail = name.partition(",")
        name = f"{tail} {head}"
    return tuple(w for w in fold(name).split() if w not in _PARTICLES)


def _close(a: str, b: str) -> bool:
    """One edit apart (two for long words): a typo, not another name."""
    la, lb = len(a), len(b)
    if abs(la - lb) > 2 or min(la, lb) < 4:
        return False
    limit = 2 if min(la, lb) >= 8 else 1
    if abs(la - lb) > limit:
        return False
    # Luis and Luisa, Mario and María, Daniel and Daniela are two people, not a typo.
    if (a + "a" == b or b + "a" == a or
            (la == lb and a[:-1] == b[:-1] and a[-1] in "aoe" and b[-1] in "aoe")):
        return False
    # Two letters swapped is one slip of the fingers.
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]:
            return True
    previous = list(range(lb + 1))
    for i in range(1, la + 1):
        current = [i] + [0] * lb
        best = current[0]
        ca = a[i - 1]
        for j in range(1, lb + 1):
            cost = 0 if ca == b[j - 1] else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if current[j] < best:
                best = current[j]
        if best > limit:
            return False
        previous = current
    return previous[lb] <= limit


def _word_score(a: str, b: str) -> float:
    if a == b:
        return 1.0
    if len(a) == 1 or len(b) == 1:
        return 0.8 if a[0] == b[0] else 0.0
    # One edit changes at most two letters of the alphabet the words use: a cheap "no".
    if len(set(a).symmetric_difference(b)) > 4:
        return 0.0
    if _close(a, b):
        return 0.85
    return 0.0


# Names repeat their words (every third woman is an Ana), so word pairs are scored once.
_WORD_SCORES: dict = {}


def _cached_word_score(a: str, b: str) -> float:
    key = (a, b)
    found = _WORD_SCORES.get(key)
    if found is None:
        if len(_WORD_SCORES) > 500_000:
            _WORD_SCORES.clear()
        found = _WORD_SCORES[key] = _word_score(a, b)
    return found


def _acronym_of(short: str, long_words: tuple) -> bool:
    """ "asomujer" is made of the beginnings of "asociacion mujeres …" in order."""
    if len(long_words) < 2 or len(short) < 3:
        return False

    def walk(rest: str, index: int, used: int) -> bool:
        if not rest:
            return used >= 2
        if index >= len(long_words):
            return False
        word = long_words[index]
        for length in range(min(len(word), len(rest)), 0, -1):
            if rest[:length] == word[:length] and walk(rest[length:], index + 1, used + 1):
                return True
        return False

    return walk(short, 0, 0)


def name_score(a: tuple, b: tuple) -> float:
    """0..1: how well two names' words pair up, whatever their order."""
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) == 1:
        word = short[0]
        if len(word) >= 3 and _acronym_of(word, long_):
            return 0.9
        if len(long_) == 1:
            return _word_score(word, long_[0]) * 0.9
        return 0.0  # one word against a full name says too little
    free = list(long_)
    total = 0.0
    solid = 0
    # Whole words first, so an initial does not take the word another word needed.
    order = sorted(range(len(short)), key=lambda i: len(short[i]) == 1)
    for i in order:
        word = short[i]
        best, best_at = 0.0, -1
        for j, other in enumerate(free):
            if other is None:
                continue
            score = 1.0 if word == other else _cached_word_score(word, other)
            if score > best:
                best, best_at = score, j
                if score == 1.0:
                    break
        if best_at >= 0:
            free[best_at] = None
            total += best
            if best >= 0.85 and len(word) > 1 and len(long_[best_at]) > 1:
                solid += 1
    if solid < min(2, len(short)):
        return min(total / len(short), 0.5)
    explained = total / len(short)
    coverage = len(short) / len(long_)
    return explained * (0.75 + 0.25 * coverage)


def _prepare(candidate: Candidate) -> _Prepared:
    own = words(candidate.name)
    sets = [own] + [w for w in (words(n) for n in candidate.other_names) if w]
    return _Prepared(candidate, own, sets, fold(candidate.alias), fold(candidate.region),
                     id_key(candidate.id_number))


def score(a: Candidate, b: Candidate) -> Match:
    return _score(_prepare(a), _prepare(b))


def _score(pa: _Prepared, pb: _Prepared) -> Match:
    a, b = pa.candidate, pb.candidate
    best = 0.0
    for wa in pa.word_sets:
        for wb in pb.word_sets:
            s = name_score(wa, wb)
            if s > best:
                best = s
    reasons = [f"names {round(best * 100)}% alike"]
    total = best
    if pa.alias and pb.alias:
        if pa.alias == pb.alias:
            total += 0.1
            reasons.append("same alias")
    elif pa.alias and pa.alias == " ".join(pb.words) or pb.alias and pb.alias == " ".join(pa.words):
        total += 0.1
        reasons.append("alias is the other's name")
    if pa.region and pb.region:
        if pa.region == pb.region:
            total += 0.04
            reasons.append("same region")
        else:
            total -= 0.08
            reasons.append("different regions")
    if a.group and b.group:
        if a.group == b.group:
            total += 0.04
            reasons.append("same organisation")
        else:
            total -= 0.05
            reasons.append("different organisations")
    # One identity document is one person, however differently the name was written;
    # two different documents are two people, however alike the names.
    if pa.id_number and pb.id_number:
        if pa.id_number == pb.id_number:
            total = max(total + 0.5, 0.97)
            reasons.append("same identity document number")
        else:
            total -= 0.4
            reasons.append("different identity document numbers")
    shared = len(a.links & b.links)
    if shared:
        total += min(0.1, 0.05 * shared)
        reasons.append(f"{shared} incident(s) or meeting(s) in common")
    total = max(0.0, min(1.0, total))
    return Match(a.id, b.id, round(total, 4), round(best, 4), tuple(reasons))


def blocking_keys(prepared: _Prepared) -> set:
    """Keys two records must share to be compared: pairs of word beginnings or endings
    (a typo spoils at most one of a word's two), the alias, and for a one-word name
    its beginning (it may be an acronym of the other)."""
    keys: set[tuple[str, ...]] = set()
    for ws in prepared.word_sets:
        long_words = [w for w in ws if len(w) >= 3]
        if len(long_words) == 1 or len(ws) == 1:
            keys.add(("one", ws[0][:2]))
        if len(ws) >= 2:
            keys.add(("one", ws[0][:2]))  # an acronym starts where the name starts
        for w1, w2 in itertools.combinations(sorted(set(long_words)), 2):
            keys.add(("two", w1[:3], w2[:3]) if w1[:3] <= w2[:3] else ("two", w2[:3], w1[:3]))
            e1, e2 = w1[-3:], w2[-3:]
            keys.add(("two", "~" + e1, e2) if e1 <= e2 else ("two", "~" + e2, e1))
    if prepared.alias:
        keys.add(("alias", prepared.alias))
    if prepared.id_number:
        keys.add(("id", prepared.id_number))
    return keys


def candidate_pairs(prepared: list[_Prepared]) -> set:
    """Pairs worth scoring: those that share enough keys.

    Two records sharing one pair of words (two women called Ana María) share four
    keys; the same person written twice shares most of the shorter record's keys.
    """
    blocks: dict = {}
    own: list[int] = []
    for index, p in enumerate(prepared):
        keys = blocking_keys(p)
        own.append(sum(1 for k in keys if k[0] == "two"))
        for key in keys:
            blocks.setdefault(key, []).append(index)
    need = [min(6, (n + 1) // 2) for n in own]
    shared: Counter = Counter()
    pairs = set()
    for key, members in blocks.items():
        if len(members) < 2:
            continue
        if key[0] == "one":
            # Only an acronym against a longer name: "asomujer" / "asociacion de mujeres".
            singles = [i for i in members if len(prepared[i].words) == 1]
            if not singles or len(members) > MAX_BLOCK * 4:
                continue
            for i in singles:
                for j in members:
                    if i != j:
                        pairs.add((i, j) if i < j else (j, i))
            continue
        if key[0] in ("alias", "id"):
            if len(members) <= MAX_BLOCK:
                pairs.update(itertools.combinations(members, 2))
            continue
        if len(members) > MAX_BLOCK:
            continue
        shared.update(itertools.combinations(members, 2))
        # A name of two long words has one key of each kind: one shared key is all it can show.
        few = [i for i in members if need[i] <= 1]
        if few:
            pairs.update((min(i, j), max(i, j)) for i in few for j in members if i != j)
    for (i, j) in [pair for pair, count in shared.items() if count >= 2]:
        if shared[(i, j)] >= min(need[i], need[j]):
            pairs.add((i, j))
    return pairs


def find(candidates: list[Candidate], min_score: float = DEFAULT_MIN_SCORE,
         not_same: set | frozenset = frozenset()) -> list[Match]:
    """Probable duplicates, best first. `not_same` holds frozensets of two ids
    someone has said are different records."""
    prepared = [_prepare(c) for c in candidates]
    found = []
    for i, j in candidate_pairs(prepared):
        pa, pb = prepared[i], prepared[j]
        if pa.candidate.id == pb.candidate.id:
            continue
        if frozenset((pa.candidate.id, pb.candidate.id)) in not_same:
            continue
        match = _score(pa, pb)
        if match.score >= min_score:
            found.append(match)
    found.sort(key=lambda m: (-m.score, m.a, m.b))
    return found
