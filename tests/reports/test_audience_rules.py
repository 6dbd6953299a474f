"""The audience rules: who may be named, how the withheld are described, redaction."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accompdesk.domain.audience import (Audience, Redactor, Withheld, descriptor, find_withheld,
                                        fold, may_name)
from accompdesk.domain.records import Organisation, Person


@pytest.mark.parametrize("consent, allowed", [
    ("public", {"public", "diplomatic", "internal"}),
    ("diplomatic", {"diplomatic", "internal"}),
    ("internal", {"internal"}),
    (None, {"internal"}),
    ("nonsense", {"internal"}),
])
def test_consent_against_audience(consent, allowed):
    for audience in Audience:
        assert may_name(consent, audience) == (audience.value in allowed)
        assert may_name(consent, audience.value) == (audience.value in allowed)


def test_audience_parses_labels_in_either_language():
    assert Audience.parse("Diplomático") is Audience.DIPLOMATIC
    assert Audience.parse("PUBLIC") is Audience.PUBLIC
    assert Audience.INTERNAL.width < Audience.DIPLOMATIC.width < Audience.PUBLIC.width
    with pytest.raises(ValueError):
        Audience.parse("press")


def test_descriptors_in_both_languages():
    leader = Person(full_name="Ana", kind="community_leader", region="Cauca")
    assert descriptor(leader) == "a community leader in Cauca"
    assert descriptor(leader, "es") == "un líder comunitario en Cauca"
    indigenous = Person(full_name="Ana", kind="indigenous_leader", region="")
    assert descriptor(indigenous) == "an indigenous leader"
    assert descriptor(Person(full_name="A", kind="lgbti_defender")) == "an LGBTI defender"
    assert descriptor(Person(full_name="A", kind="afro_descendant_leader")) == "an Afro-descendant leader"
    org = Organisation(name="Asociación", kind="womens_organisation", region="Chocó")
    assert descriptor(org) == "a women's organisation in Chocó"
    assert descriptor(org, "es") == "una organización de mujeres en Chocó"
    assert descriptor(Organisation(name="X", kind="other")) == "an organisation"
    assert descriptor(Person(full_name="X", kind="other"), "es") == "una persona defensora de derechos humanos"


def _people():
    return [
        Person(full_name="María José Pérez", alias="La Mona", kind="community_leader", region="Cauca"),
        Person(full_name="José Pérez", kind="lawyer", region="Chocó"),
        Organisation(name="Asociación Campesina del Sur", alias="ACS", kind="peasant_organisation",
                     region="Nariño"),
        Person(full_name="王小明", kind="journalist", region="Meta"),
        Person(full_name="فاطمة الزهراء", kind="womens_rights_defender", region="Arauca"),
        Person(full_name="अर्जुन शर्मा", kind="trade_unionist", region="Valle"),
    ]


def test_redaction_any_case_any_accent_longest_first():
    redactor = Redactor(_people())
    text = ("MARIA JOSE PEREZ met josé  pérez and la mona; Asociacion campesina del sur (ACS) "
            "spoke. 王小明被威胁. فاطمة الزهراء and अर्जुन शर्मा too.")
    out = redactor.redact(text)
    assert out.startswith("A community leader in Cauca met a lawyer in Chocó and a community "
                          "leader in Cauca; a peasant organisation in Nariño (a peasant "
                          "organisation in Nariño) spoke.")
    assert "A journalist in Meta被威胁" in out
    assert "A women's rights defender in Arauca and a trade unionist in Valle too." in out
    assert redactor.find_withheld(out) == []
    assert set(redactor.find_withheld(text)) == {"María José Pérez", "La Mona", "José Pérez",
                                                 "Asociación Campesina del Sur", "ACS", "王小明",
                                                 "فاطمة الزهراء", "अर्जुन शर्मा"}


def test_word_edges():
    redactor = Redactor([Withheld(("Ana",), "a lawyer")])
    assert redactor.redact("Banana, Mariana, Anabel") == "Banana, Mariana, Anabel"
    assert redactor.redact("Ana's case; ANA_2; (ana)") == "A lawyer's case; a lawyer_2; (a lawyer)"
    # Decomposed accents belong to the letter they sit on.
    assert redactor.redact("Áńa\u0301 said") == "A lawyer said"
    assert find_withheld("ana-maría", ["Ana María"]) == ["Ana María"]
    assert find_withheld("Ana\nMaría", ["Ana María"]) == ["Ana María"]


def test_descriptor_that_spells_a_name_falls_back():
    # A region named like a withheld person must not bring the name back.
    redactor = Redactor([Person(full_name="Cauca", kind="lawyer", region="Cauca")])
    out = redactor.redact("Cauca was threatened")
    assert redactor.find_withheld(out) == []
    assert out == "A human rights defender was threatened"


def test_empty_and_punctuation_names_are_ignored():
    redactor = Redactor([Withheld(("", "  ", "--"), "x")])
    assert not redactor
    assert redactor.redact("-- text --") == "-- text --"


_letters = st.characters(whitelist_categories=("Lu", "Ll", "Lo", "Mn"),
                         whitelist_characters="áéíóúñÁÉÍÓÚÑüÜ")
_name = st.lists(st.text(_letters, min_size=1, max_size=8), min_size=1, max_size=3).map(" ".join)
_filler = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(names=st.lists(_name, min_size=1, max_size=6),
       pieces=st.lists(st.tuples(_filler, st.integers(0, 5), st.sampled_from(["keep", "upper",
                                                                              "lower", "fold"])),
                       max_size=8),
       descriptors=st.lists(st.sampled_from(["a lawyer in Cauca", "una comunidad en Chocó",
                                             "an organisation", "x"]), min_size=6, max_size=6))
def test_redacted_text_never_contains_a_withheld_name(names, pieces, descriptors):
    entries = [Withheld((n,), d) for n, d in zip(names, descriptors)]
    redactor = Redactor(entries)
    parts = []
    for filler, index, case in pieces:
        name = names[index % len(names)]
        name = {"keep": name, "upper": name.upper(), "lower": name.lower(), "fold": fold(name)}[case]
        parts.append(filler + " " + name)
    text = " ".join(parts)
    out = redactor.redact(text)
    assert redactor.find_withheld(out) == []
    assert find_withheld(out, names) == []


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=200))
def test_text_without_names_is_unchanged(text):
    redactor = Redactor([Withheld(("Zyxwvq Qwxyz",), "a lawyer")])
    if not find_withheld(text, ["Zyxwvq Qwxyz"]):
        assert redactor.redact(text) == text


def test_invisible_characters_do_not_hide_a_name():
    names = ["Ana Pérez"]
    assert find_withheld("A\u00adna P\u200bérez", names) == names
    assert Redactor([Withheld(("Ana Pérez",), "a lawyer")]).redact("see Ana\u200d Pérez") == "see a lawyer"


def test_a_withheld_name_inside_a_longer_named_one_is_left_alone():
    redactor = Redactor([Withheld(("Ana",), "a lawyer")], keep=["Ana María Ruiz"])
    assert redactor.redact("Ana María Ruiz met Ana.") == "Ana María Ruiz met a lawyer."
    assert redactor.find_withheld("ANA MARIA RUIZ") == []
    assert redactor.find_withheld("Ana María") == ["Ana"]
    assert find_withheld("Ana María Ruiz", ["Ana"], keep=["Ana María Ruiz"]) == []
