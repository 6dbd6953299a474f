"""The corpus of name forms: each form, in a Spanish and an English sentence, is both
replaced by the redactor and stopped by the final scan; the false positives stay as written."""

from __future__ import annotations

import pytest

from accompdesk.domain.audience import Cast, find_withheld, fold

from .corpus import ENTITIES, FORMS, PLACES, TELLTALES, UNCHANGED


@pytest.fixture(scope="module")
def cast():
    return Cast(ENTITIES, "public", "es", places=PLACES)


SENTENCES = [(form, lang, sentence) for form, pair in FORMS.items()
             for lang, sentence in zip(("es", "en"), pair)]


@pytest.mark.parametrize("form, lang, sentence", SENTENCES, ids=[f"{f} ({lang})" for f, lang, _ in SENTENCES])
def test_every_form_is_redacted_and_stopped(cast, form, lang, sentence):
    redactor = cast.redactor
    # The last scan before a file is written finds the form in the raw sentence...
    assert redactor.find_withheld(sentence), f"the final scan misses the {form}"
    out = redactor.redact(sentence)
    # ...and nothing in the redacted one: no form, no telltale word.
    assert redactor.find_withheld(out) == []
    folded = fold(out)
    assert not [t for t in TELLTALES if t in folded], out
    assert out != sentence


def test_the_redacted_sentence_reads_in_its_own_language(cast):
    redactor = cast.redactor
    assert redactor.redact("El señor Ñañez fue amenazado por dos hombres.") == \
        "Un líder comunitario en Cauca fue amenazado por dos hombres."
    assert redactor.redact("The Quintero family had to leave the village.") == \
        "The family of a community leader in Cauca had to leave the village."
    assert redactor.redact("La familia Quintero tuvo que desplazarse.") == \
        "La familia de un líder comunitario en Cauca tuvo que desplazarse."
    assert redactor.redact("El hermano de Ñañez fue detenido.") == \
        "El hermano de un líder comunitario en Cauca fue detenido."
    assert redactor.redact("La señora Rojas fue amenazada en su casa.") == \
        "Una defensora de derechos de las mujeres en Nariño fue amenazada en su casa."


@pytest.mark.parametrize("sentence", UNCHANGED)
def test_false_positives_stay_as_written(cast, sentence):
    assert cast.redactor.redact(sentence) == sentence
    assert cast.redactor.find_withheld(sentence) == []


def test_the_shield_is_what_keeps_the_village():
    """Without the vault's places, the alias "El Cedro" without its article erases the
    village of Cedro; with them it does not, and the alias itself is still found."""
    bare = Cast(ENTITIES, "public", "es").redactor
    assert bare.redact("La reunión fue en Cedro, cerca del río.") != "La reunión fue en Cedro, cerca del río."
    shielded = Cast(ENTITIES, "public", "es", places=PLACES).redactor
    assert shielded.redact("La reunión fue en Cedro, cerca del río.") == "La reunión fue en Cedro, cerca del río."
    assert shielded.redact("El Cedro denunció la amenaza.") == \
        "Una defensora de derechos de las mujeres en Nariño denunció la amenaza."


def test_common_words_are_never_a_derived_form():
    from accompdesk.domain.records import Person

    paz = Person(id="p", full_name="Julia Gómez", alias="La Paz", consent_level="internal")
    redactor = Cast([paz], "public", "es").redactor
    assert redactor.redact("Pedimos paz para el Cauca.") == "Pedimos paz para el Cauca."
    assert redactor.redact("La Paz habló.") != "La Paz habló."


def test_a_place_that_spells_a_withheld_name_is_not_kept():
    places = [*PLACES, "Finca Ramón Ñañez Quintero"]
    redactor = Cast(ENTITIES, "public", "es", places=places).redactor
    assert "Ñañez" not in redactor.redact("Llegaron a la Finca Ramón Ñañez Quintero.")


def test_find_withheld_takes_the_same_surnames():
    assert find_withheld("vimos al señor Ñañez", ["Ramón Ñañez Quintero"], surnames=["Ñañez"])
    assert find_withheld("vimos a Ñañez", ["Ramón Ñañez Quintero"], surnames=["Ñañez"]) == []
