"""The duplicate finder: recall and precision on a generated population, and the name rules."""

from __future__ import annotations

import pytest

from accompdesk.domain import dedupe
from accompdesk.domain.dedupe import Candidate

from .generated import population


def test_recall_and_precision_on_a_generated_population():
    candidates, truth = population()
    assert len(truth) == 300 and len(candidates) >= 2550
    found = {frozenset((m.a, m.b)) for m in dedupe.find(candidates)}
    true_found = len(found & truth)
    recall, precision = true_found / len(truth), true_found / len(found)
    print(f"\nrecall {recall:.3f}, precision {precision:.3f} at score {dedupe.DEFAULT_MIN_SCORE} "
          f"({len(found)} pairs proposed, {len(candidates)} persons)")
    assert recall >= 0.95
    assert precision >= 0.9


@pytest.mark.parametrize("first, second", [
    ("Ana Milena Pacheco Gómez", "Ana M. Pacheco Gómez"),          # initial
    ("Ana Milena Pacheco Gómez", "Pacheco Gómez, Ana Milena"),     # surnames first
    ("Ana Milena Pacheco Gómez", "Pacheco Gómez Ana Milena"),
    ("Ana Milena Pacheco Gómez", "Ana Milena Pacheco"),            # no second surname
    ("Ana Milena Pacheco Gómez", "ANA MILENA PACHECO GOMEZ"),      # case, accents
    ("Ana Milena Pacheco Gómez", "Ana Milena Pachecho Gómez"),     # typo
    ("Ana Milena Pacheco Gómez", "Ana Milena Pahceco Gómez"),      # swapped letters
    ("José de Jesús Ramírez", "Jose Jesus Ramirez"),               # particle, accents
    ("ASOMUJER", "Asociación de Mujeres del Cauca"),               # acronym of the long name
])
def test_the_same_person_written_differently(first, second):
    match = dedupe.score(Candidate("a", first), Candidate("b", second))
    assert match.score >= dedupe.DEFAULT_MIN_SCORE, match
    found = dedupe.find([Candidate("a", first), Candidate("b", second)])
    assert [(m.a, m.b) for m in found] in ([("a", "b")], [("b", "a")])


@pytest.mark.parametrize("first, second", [
    ("Ana Milena Pacheco Gómez", "María Milena Pacheco Gómez"),     # a sister
    ("Ana Milena Pacheco Gómez", "Ana Milena Pacheco Ruiz"),        # a cousin
    ("Ana Milena Pacheco Gómez", "Ana Lucía Pacheco Gómez"),
    ("Ana Pacheco", "Ana Pérez"),
    ("Pacheco", "Ana Milena Pacheco Gómez"),                        # one word says too little
    ("Luis Gómez", "Luisa Gómez"),                                  # short words: not a typo
])
def test_different_people_stay_apart(first, second):
    match = dedupe.score(Candidate("a", first), Candidate("b", second))
    assert match.score < dedupe.DEFAULT_MIN_SCORE, match


def test_region_organisation_alias_and_shared_incidents_move_the_score():
    base = dedupe.score(Candidate("a", "Ana Pacheco Gómez"), Candidate("b", "Ana Pacheco Ruiz")).score
    region = dedupe.score(Candidate("a", "Ana Pacheco Gómez", region="Cauca"),
                          Candidate("b", "Ana Pacheco Ruiz", region="Cauca")).score
    apart = dedupe.score(Candidate("a", "Ana Pacheco Gómez", region="Cauca"),
                         Candidate("b", "Ana Pacheco Ruiz", region="Nariño")).score
    group = dedupe.score(Candidate("a", "Ana Pacheco Gómez", group="o1"),
                         Candidate("b", "Ana Pacheco Ruiz", group="o1")).score
    alias = dedupe.score(Candidate("a", "Ana Pacheco Gómez", alias="La profe"),
                         Candidate("b", "Ana Pacheco Ruiz", alias="la Profe")).score
    shared = dedupe.score(Candidate("a", "Ana Pacheco Gómez", links=frozenset({"i1", "i2"})),
                          Candidate("b", "Ana Pacheco Ruiz", links=frozenset({"i1", "i2", "i3"}))).score
    assert apart < base < region
    assert base < group
    assert base < alias
    assert base < shared
    assert shared == pytest.approx(base + 0.1)


def test_also_known_as_names_are_compared_too():
    plain = dedupe.score(Candidate("a", "La Negra"), Candidate("b", "Rosa Elvira Mosquera"))
    known = dedupe.score(Candidate("a", "La Negra", other_names=("Rosa Elvira Mosquera Palacios",)),
                         Candidate("b", "Rosa Elvira Mosquera"))
    assert plain.score < 0.5 <= dedupe.DEFAULT_MIN_SCORE <= known.score


def test_not_same_pairs_are_left_out():
    pair = [Candidate("a", "Ana Milena Pacheco"), Candidate("b", "Ana Milena Pacheco Gómez")]
    assert len(dedupe.find(pair)) == 1
    assert dedupe.find(pair, not_same={frozenset(("b", "a"))}) == []


@pytest.mark.parametrize("first, second, same", [
    # One document, names written far apart (a married name, a nickname): one person.
    (("Ana Milena Pacheco Gómez", "1.032.456.789"), ("Milena Pacheco de Ruiz", "1032456789"), True),
    (("Ana Milena Pacheco Gómez", "CC 1032456789"), ("A. Pacheco", "1032456789"), True),
    (("José Ramírez", "AB-123456"), ("Pepe Ramírez Ortiz", "ab123456"), True),
    # Two documents: two people, however alike the names.
    (("Ana Milena Pacheco Gómez", "1032456789"), ("Ana Milena Pacheco Gómez", "52111222"), False),
    (("Ana Milena Pacheco Gómez", "1032456789"), ("Ana M. Pacheco Gómez", "52111222"), False),
    # One side without a document: the names decide, as before.
    (("Ana Milena Pacheco Gómez", "1032456789"), ("Ana M. Pacheco Gómez", ""), True),
    (("Ana Milena Pacheco Gómez", ""), ("Rosa Elena Quintero", "1032456789"), False),
])
def test_an_equal_identity_document_scores_highly(first, second, same):
    a = Candidate("a", first[0], id_number=first[1])
    b = Candidate("b", second[0], id_number=second[1])
    match = dedupe.score(a, b)
    found = dedupe.find([a, b, Candidate("c", "Otra Persona Distinta", id_number="999")])
    assert (match.score >= dedupe.DEFAULT_MIN_SCORE) is same, match
    assert [frozenset((m.a, m.b)) for m in found] == ([frozenset("ab")] if same else [])
    if same and first[1] and second[1]:
        assert match.score >= 0.97 and "same identity document number" in match.reasons


def test_the_vault_finder_reads_identity_documents(vault):
    from accompdesk.domain.records import Person
    from accompdesk.services import dedupe as service

    ana = vault.persons.add(Person(full_name="Ana Milena Pacheco Gómez", id_number="1.032.456.789"))
    milena = vault.persons.add(Person(full_name="Milena Pacheco de Ruiz", id_number="1032456789"))
    vault.persons.add(Person(full_name="Ana Milena Pacheco Gómez Ruiz", id_number="52111222"))
    found = service.find(vault, "persons")
    assert [frozenset((m.a, m.b)) for m in found] == [frozenset((ana.id, milena.id))]
