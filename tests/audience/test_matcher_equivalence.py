"""The matcher looks names up run by run; the reference matcher tried each name sharing a
first word in turn. On names that share first words, honorifics, kin words, separators,
apostrophes, accents, unspaced scripts and overlaps, both must find exactly the same."""

from __future__ import annotations

import random

import pytest

from accompdesk.domain.audience import _Matcher

from .reference_matcher import ReferenceMatcher

WORDS = ["María", "Maria", "José", "Ana", "Ñañez", "Quintero", "Pérez", "de", "la", "Cruz", "O'Brien",
         "Búho", "El", "Cedro", "Ramón", "Jean-Luc", "van", "Dijk", "李", "小龍", "मनोज", "Ana-María", "Luz"]
FILLERS = ["señor", "Sra.", "familia", "hermano", "de", "of", "family", "the", "Mr", "brother", "y",
           "en", "la", "vereda", ",", ".", "—", "(", ")", "«", "»", "'s", "\u00ad", "\n", "banana"]
SEPARATORS = [" ", "  ", ".", "_", "", "-", " \n ", "\u200b"]


def _name(rng: random.Random) -> str:
    return rng.choice([" ", ".", "_", ""]).join(rng.choice(WORDS) for _ in range(rng.randint(1, 4)))


def _text(rng: random.Random, names: list[str]) -> str:
    parts = []
    for _ in range(rng.randint(1, 14)):
        pick = rng.random()
        if pick < 0.35:
            parts.append(rng.choice(names))
        elif pick < 0.7:
            parts.append(rng.choice(WORDS))
        else:
            parts.append(rng.choice(FILLERS))
    text = "".join(p + rng.choice(SEPARATORS) for p in parts)
    return text.upper() if rng.random() < 0.1 else text


@pytest.mark.parametrize("seed", range(40))
def test_the_run_lookup_finds_what_the_reference_finds(seed):
    rng = random.Random(seed)
    names = list({_name(rng) for _ in range(rng.randint(1, 60))})
    shields = list({_name(rng) for _ in range(rng.randint(0, 10))})
    surnames = list({rng.choice(WORDS) for _ in range(rng.randint(0, 5))})
    fast, reference = _Matcher(names, shields, surnames), ReferenceMatcher(names, shields, surnames)
    assert sorted(fast.keys) == sorted(reference.keys)
    found = 0
    for _ in range(60):
        text = _text(rng, names)
        assert fast.spans(text) == reference.spans(text), text
        assert fast.keys_in(text) == reference.keys_in(text), text
        found += bool(reference.spans(text))
    assert found  # the cases reach the matcher's work, not only its quick refusals


def test_names_sharing_their_first_words_are_told_apart_longest_first():
    names = ["María José Pérez", "María José", "María José Pérez Quintero", "María", "María Luz"]
    fast, reference = _Matcher(names), ReferenceMatcher(names)
    text = "Vimos a María José Pérez Quintero, a María Luz y a maría josé; María llegó tarde."
    assert fast.spans(text) == reference.spans(text)
    assert [key for _s, _e, key, _h, _c in fast.spans(text)] == [
        "maria jose perez quintero", "maria luz", "maria jose", "maria"]
