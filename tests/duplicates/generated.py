"""A generated population with known duplicates: the ground truth for recall and precision.

2,000 distinct persons; 300 variant copies of some of them, written the ways volunteers
really write a name (initials, surnames first, the second surname left out, accents
dropped, a typo); and 300 near misses: different people whose names share most words
with someone already there (a sister, a cousin, a namesake in another region).
"""

from __future__ import annotations

import random
import unicodedata

from accompdesk.domain.dedupe import Candidate

GIVEN = ("Ana María Milena Lucía Carmen Rosa Luz Marta Gloria Diana Paola Sandra Yolanda Teresa "
         "Beatriz Clara Elena Sofía Valentina Camila Daniela Juliana Natalia Adriana Mónica Patricia "
         "Inés Consuelo Esperanza Leidy Yuli Jhon José Luis Carlos Jorge Andrés Felipe Javier Manuel "
         "Alberto Fernando Hernán Óscar Rubén Édgar Iván Jesús Ramón Tomás Julián Sebastián Mauricio "
         "Wilson Fredy Héctor Arnulfo Gustavo Efraín Leonardo Álvaro Nelson Orlando Ricardo").split()
SURNAMES = ("Pacheco Gómez Rodríguez Martínez García López González Hernández Pérez Sánchez Ramírez "
            "Torres Flores Rivera Morales Ortiz Castillo Jiménez Vargas Romero Herrera Medina Aguilar "
            "Castro Ruiz Mendoza Guzmán Muñoz Rojas Salazar Cárdenas Valencia Ospina Quintero Restrepo "
            "Londoño Zapata Cortés Arango Betancur Giraldo Mosquera Palacios Córdoba Rentería Caicedo "
            "Angulo Valdés Bermúdez Castaño Durán Escobar Franco Galeano Hurtado Ibarra Jaramillo "
            "Lozano Marín Narváez Orozco Parra Quiñones Riascos Sierra Trujillo Urrego Vélez Yepes "
            "Zambrano Acosta Benítez Carvajal Duque Estrada Forero Gaitán Henao Isaza Jurado").split()
REGIONS = ("Cauca Nariño Chocó Antioquia Putumayo Meta Arauca Bolívar Cesar Córdoba Santander "
           "Valle Tolima Huila Caquetá Guaviare").split()


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _typo(rng: random.Random, word: str) -> str:
    if len(word) < 5:
        return word
    i = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(3)
    if kind == 0:   # a letter dropped
        return word[:i] + word[i + 1:]
    if kind == 1:   # two letters swapped
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    letter = rng.choice("aeioulnrst".replace(word[i].lower(), ""))
    return word[:i] + letter + word[i + 1:]


def variant(rng: random.Random, given: list[str], surnames: list[str], how: str) -> str:
    if how == "initials":
        return f"{given[0]} {given[1][0]}. {' '.join(surnames)}" if len(given) > 1 else \
            f"{given[0][0]}. {' '.join(surnames)}"
    if how == "swapped":
        return f"{' '.join(surnames)}, {' '.join(given)}"
    if how == "no second surname":
        return f"{' '.join(given)} {surnames[0]}"
    if how == "no accents":
        return _strip_accents(f"{' '.join(given)} {' '.join(surnames)}").upper()
    if how == "typo":
        parts = given + surnames
        k = rng.randrange(len(parts))
        parts[k] = _typo(rng, parts[k])
        return " ".join(parts)
    raise ValueError(how)


VARIANTS = ("initials", "swapped", "no second surname", "no accents", "typo")


def population(seed: int = 18, persons: int = 2000, copies: int = 300, near: int = 300):
    """(candidates, true pairs as frozensets of two ids)."""
    rng = random.Random(seed)
    people: list[tuple[list[str], list[str], str]] = []
    seen: set[str] = set()
    while len(people) < persons:
        given = rng.sample(GIVEN, 2)
        surnames = rng.sample(SURNAMES, 2)
        key = " ".join(given + surnames)
        if key in seen:
            continue
        seen.add(key)
        people.append((given, surnames, rng.choice(REGIONS)))
    candidates = [Candidate(f"p{i}", " ".join(g + s), region=r) for i, (g, s, r) in enumerate(people)]
    truth: set[frozenset] = set()
    for n, index in enumerate(rng.sample(range(persons), copies)):
        given, surnames, region = people[index]
        name = variant(rng, list(given), list(surnames), VARIANTS[n % len(VARIANTS)])
        # A second volunteer does not always fill in the region.
        candidates.append(Candidate(f"v{n}", name, region=region if rng.random() < 0.7 else ""))
        truth.add(frozenset((f"p{index}", f"v{n}")))
    for n in range(near):
        given, surnames, region = people[rng.randrange(persons)]
        kind = n % 3
        if kind == 0:      # a sister: another first given name
            other = [g for g in GIVEN if g != given[0] and g != given[1]]
            name = f"{rng.choice(other)} {given[1]} {' '.join(surnames)}"
        elif kind == 1:    # a cousin: another second surname
            other = [s for s in SURNAMES if s not in surnames]
            name = f"{' '.join(given)} {surnames[0]} {rng.choice(other)}"
        else:              # another second given name
            other = [g for g in GIVEN if g not in given]
            name = f"{given[0]} {rng.choice(other)} {' '.join(surnames)}"
        key = fold_key(name)
        if key in seen:
            continue
        seen.add(key)
        candidates.append(Candidate(f"n{n}", name, region=region if rng.random() < 0.5 else rng.choice(REGIONS)))
    return candidates, truth


def fold_key(name: str) -> str:
    return " ".join(_strip_accents(name).lower().split())
