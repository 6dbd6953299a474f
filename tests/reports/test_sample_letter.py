"""Page 3 of the urgent action: a short sample letter to the top of the chain of command."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from accompdesk.domain.audience import descriptor
from accompdesk.domain.records import Authority, Incident, Person
from accompdesk.reports.alert import AlertOptions, build_alert
from accompdesk.reports.export import render
from accompdesk.reports.model import Heading, PageBreak
from accompdesk.vault.keyslots import FAST_KDF
from accompdesk.vault.store import Vault

from .case_data import TODAY, fill_case

pypdf = pytest.importorskip("pypdf")
pytestmark = pytest.mark.qt_no_exception_capture

HEADING = {"en": "Sample letter", "es": "Modelo de carta"}
CLOSING = {"en": "Yours sincerely,", "es": "Atentamente,"}


@pytest.fixture(scope="module")
def case(tmp_path_factory):
    folder = tmp_path_factory.mktemp("letter")
    vault, _ = Vault.create(str(folder / "office.vault"), "coordinadora", "x" * 12, kdf=FAST_KDF)
    ids = fill_case(vault)
    # Someone who never consented beyond the office, named in the summary of an attack by the brigade.
    hidden = vault.persons.add(Person(full_name="Ximena Urrutia Caicedo", kind="lawyer", region="Cañaveral",
                                      risk_level="high", consent_level="internal"))
    ids["hidden"] = hidden.id
    ids["withheld_attack"] = vault.incidents.add(Incident(
        summary="Disparos contra la casa de Ximena Urrutia Caicedo", occurred_on=TODAY - dt.timedelta(days=4),
        place="Vereda El Cedro", region="Cañaveral", kind="attack", severity="critical",
        verification="verified", perpetrator_type="army", perpetrator_authority_id=ids["brigade"],
        affected_persons=[hidden.id], affected_person_roles=["target"])).id
    # A unit whose chain records no salutation anywhere: no letter can be addressed.
    bare = vault.authorities.add(Authority(name="Estación de Policía La Loma", kind="police_station",
                                           level="local", territory="Cañaveral"))
    ids["unaddressed"] = vault.incidents.add(Incident(
        summary="Retención ilegal en La Loma", occurred_on=TODAY - dt.timedelta(days=6), place="La Loma",
        region="Cañaveral", kind="detention", severity="high", verification="verified",
        perpetrator_type="police", perpetrator_authority_id=bare.id)).id
    yield vault, ids
    vault.close()


def _pages(vault, incident_id, lang, audience="diplomatic"):
    doc, view = build_alert(vault, AlertOptions(incident_id=incident_id, language=lang, audience=audience))
    data = render(doc, "pdf", view.redactor)
    pages = [" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(data)).pages]
    return doc, pages


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_letter_is_page_three_addressed_with_the_salutation_the_case_the_requests_and_a_closing(case, lang):
    vault, ids = case
    doc, pages = _pages(vault, ids["the_killing"], lang)
    assert len(pages) == 3
    assert HEADING[lang] not in " ".join(pages[:2])
    letter = pages[2]
    assert letter.index(HEADING[lang]) < letter.index("Ministerio de Defensa")  # the top of the chain
    assert "Av. Principal 1 Capital despacho@mindefensa.example.org" in letter
    assert ("Señor Ministro," if lang == "en" else "Señor Ministro:") in letter
    if lang == "en":
        assert ("I am writing to express my deep concern about the killing of "
                f"{TODAY - dt.timedelta(days=300):%-d %B %Y} in Vereda El Cedro, Cañaveral: "
                "Asesinato del líder Teodoro Quintero Ayala.") in letter
        assert "I fear for the safety of the victim's family, the witnesses and the community" in letter
        assert "1. investigate the killing promptly" in letter
    else:
        assert "Le escribo con profunda preocupación por los hechos del" in letter
        assert "Temo por la seguridad de la familia, los testigos y la comunidad de la víctima" in letter
        assert "1. investiguen el asesinato de forma pronta" in letter
    # The dead are not among those the letter fears for; the family and the witness are.
    fears = letter[letter.index("I fear" if lang == "en" else "Temo"):]
    assert "Marta Ayala de Quintero" in fears and "Julián Pardo Rey" in fears
    assert "Teodoro" not in fears.split(".")[0]
    assert letter.index(CLOSING[lang]) > letter.index("3. ")
    # Page 3 starts with the letter: a page break just before its heading.
    at = next(i for i, b in enumerate(doc.blocks) if isinstance(b, Heading) and b.text == HEADING[lang])
    assert isinstance(doc.blocks[at - 1], PageBreak)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_letter_never_names_a_withheld_person(case, lang):
    vault, ids = case
    for audience in ("diplomatic", "public"):
        doc, pages = _pages(vault, ids["withheld_attack"], lang, audience)
        letter = pages[-1]
        assert HEADING[lang] in letter
        assert "Ministerio de Defensa" in letter  # the brigade's superior, the top of its chain
        text = " ".join(pages)
        for word in ("Ximena", "Urrutia", "Caicedo"):
            assert word not in text
        described = descriptor(vault.persons.get(ids["hidden"]), lang)
        assert described in letter.split(HEADING[lang])[1]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_no_letter_without_an_addressee_on_record(case, lang):
    vault, ids = case
    doc, pages = _pages(vault, ids["unaddressed"], lang)
    assert all(HEADING[lang] not in page for page in pages)
    assert not any(isinstance(b, PageBreak) for b in doc.blocks)
    assert len(pages) <= 2


def test_the_briefing_narrates_the_gravest_incidents_from_their_descriptions(case):
    """The year's frame no longer carries descriptions; the few incidents narrated read theirs."""
    from accompdesk.reports.briefing import NARRATIVE_CHARS, BriefingOptions, build_briefing
    from accompdesk.reports.data import Period

    from .case_data import END, START
    from .test_briefing_case import section, strings

    vault, ids = case
    killing = vault.incidents.get(ids["the_killing"])
    killing.description = "Testigos vieron a hombres armados en la vereda. " * 40
    vault.incidents.update(killing)
    doc, _view = build_briefing(vault, BriefingOptions(recipient="Embassy of Norway", period=Period(START, END),
                                                       context="C.", requests="R."))
    text = [s for block in section(doc, "The gravest incidents") for s in strings(block)]
    narrated = [s for s in text if s.startswith("Testigos vieron a hombres armados")]
    assert len(narrated) == 1 and len(narrated[0]) <= NARRATIVE_CHARS + 1 and narrated[0].endswith("…")
