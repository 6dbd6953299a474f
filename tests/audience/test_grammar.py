"""Descriptors in the language of the text they land in, agreeing in Spanish with what is
known of the person: gender (six and more kinds, both genders) and the article before."""

from __future__ import annotations

import pytest

from accompdesk.domain.audience import Redactor, descriptor
from accompdesk.domain.language import detect
from accompdesk.domain.records import Organisation, Person

# kind -> (man, woman) in Spanish; English has one form for both.
SPANISH = {
    "community_leader": ("un líder comunitario", "una lideresa comunitaria"),
    "lawyer": ("un abogado", "una abogada"),
    "trade_unionist": ("un sindicalista", "una sindicalista"),
    "indigenous_leader": ("un líder indígena", "una lideresa indígena"),
    "environmental_defender": ("un defensor ambiental", "una defensora ambiental"),
    "journalist": ("un periodista", "una periodista"),
    "peasant_leader": ("un líder campesino", "una lideresa campesina"),
    "witness": ("un testigo", "una testigo"),
    "lgbti_defender": ("un defensor LGBTI", "una defensora LGBTI"),
}
ENGLISH = {"community_leader": "a community leader", "lawyer": "a lawyer",
           "trade_unionist": "a trade unionist", "indigenous_leader": "an indigenous leader",
           "environmental_defender": "an environmental defender", "journalist": "a journalist",
           "peasant_leader": "a peasant leader", "witness": "a witness",
           "lgbti_defender": "an LGBTI defender"}
CASES = [(kind, gender) for kind in SPANISH for gender in ("male", "female")]


def _person(kind: str, gender: str) -> Person:
    return Person(id=f"{kind}-{gender}", full_name="Lucía Caicedo Mina", kind=kind, gender=gender,
                  region="Cauca", consent_level="internal")


@pytest.mark.parametrize("kind, gender", CASES)
def test_spanish_descriptor_agrees_inside_an_english_document(kind, gender):
    """An English document quoting Spanish free text: the descriptor is Spanish, and the
    participle that follows agrees with it."""
    person = _person(kind, gender)
    redactor = Redactor([person], "en")
    ending = "a" if gender == "female" else "o"
    out = redactor.redact(f"Lucía Caicedo Mina fue amenazad{ending} en su casa de la vereda.")
    noun = SPANISH[kind][0 if gender == "male" else 1]
    assert out == f"{noun[:1].upper()}{noun[1:]} en Cauca fue amenazad{ending} en su casa de la vereda."
    assert out.split(" ")[0] == ("Una" if gender == "female" else "Un")


@pytest.mark.parametrize("kind, gender", CASES)
def test_english_descriptor_inside_a_spanish_document(kind, gender):
    redactor = Redactor([_person(kind, gender)], "es")
    out = redactor.redact("The police questioned Lucía Caicedo Mina at the station for hours.")
    assert out == f"The police questioned {ENGLISH[kind]} in Cauca at the station for hours."


@pytest.mark.parametrize("gender, article, noun", [("male", "el", "un líder comunitario"),
                                                    ("female", "la", "una lideresa comunitaria")])
def test_the_article_goes_with_the_honorific(gender, article, noun):
    redactor = Redactor([_person("community_leader", gender)], "en")
    title = "señor" if gender == "male" else "señora"
    assert redactor.redact(f"Ayer {article} {title} Caicedo denunció el robo.") == \
        f"Ayer {noun} en Cauca denunció el robo."
    assert redactor.redact(f"Visitamos al {title} Caicedo en su casa.") == f"Visitamos a {noun} en Cauca en su casa."
    assert redactor.redact(f"La casa del {title} Caicedo fue allanada.") == f"La casa de {noun} en Cauca fue allanada."


def test_organisations_take_their_nouns_gender():
    assert descriptor(Organisation(name="x", kind="womens_organisation"), "es") == "una organización de mujeres"
    assert descriptor(Organisation(name="x", kind="trade_union"), "es") == "un sindicato"
    assert descriptor(Organisation(name="x", kind="community"), "es") == "una comunidad"


def test_unrecorded_and_non_binary_gender():
    assert descriptor(Person(full_name="x", kind="community_leader"), "es") == "un líder comunitario"
    assert descriptor(Person(full_name="x", kind="community_leader", gender="non_binary"), "es") == \
        "una persona líder comunitaria"
    assert descriptor(Person(full_name="x", kind="lawyer", gender="female"), "en") == "a lawyer"


@pytest.mark.parametrize("text, default, expected", [
    ("La lideresa fue amenazada en su casa por dos hombres.", "en", "es"),
    ("The leader was threatened at home by two men.", "es", "en"),
    ("Cauca", "es", "es"),
    ("Cauca", "en", "en"),
    ("Amenaza a Ana", "en", "en"),
])
def test_language_of_a_text(text, default, expected):
    assert detect(text, default) == expected
