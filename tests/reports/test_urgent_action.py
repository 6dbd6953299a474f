"""The urgent action an embassy can act on: reference, dates, actions, appeals, copies."""

from __future__ import annotations

import datetime as dt

import pytest

from accompdesk.domain.records import Alert, Official
from accompdesk.reports.alert import AlertOptions, build_alert, recommended_actions, reference
from accompdesk.vault.keyslots import FAST_KDF
from accompdesk.vault.store import Vault

from .case_data import TODAY, fill_case
from .test_briefing_case import section, strings

# No window here: a timer left by an earlier window test must not fail these.
pytestmark = pytest.mark.qt_no_exception_capture
LAST_YEAR = TODAY.year - 1


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ua")
    vault, _ = Vault.create(str(folder / "office.vault"), "coordinadora", "x" * 12, kdf=FAST_KDF)
    ids = fill_case(vault)
    # First alerts of last year, out of order of creation; a second alert for the first incident.
    first, second, third = ids["killings"][1], ids["the_killing"], ids["disappearance"]
    for incident, month in ((second, 3), (first, 1), (third, 6), (first, 7)):
        vault.alerts.add(Alert(incident_id=incident, activated_at=dt.datetime(LAST_YEAR, month, 10, 9, 0),
                               alerted="Red de emergencia"))
    vault.officials.add(Official(full_name="Gral. Hernando Ruiz", authority_id=ids["brigade"],
                                 position="Comandante de la brigada", start_on=TODAY - dt.timedelta(days=800),
                                 salutation="Dear General Ruiz", email="h.ruiz@ejercito.example.org"))
    ids.update(first=first, second=second, third=third)
    yield vault, ids
    vault.close()


def test_references_are_sequential_per_year_and_kept_by_follow_ups(office):
    vault, ids = office
    yy = f"{LAST_YEAR % 100:02d}"
    assert reference(vault, vault.incidents.get(ids["first"])) == f"UA 1/{yy}"
    assert reference(vault, vault.incidents.get(ids["second"])) == f"UA 2/{yy}"
    assert reference(vault, vault.incidents.get(ids["third"])) == f"UA 3/{yy}"
    # An incident without an alert takes the next number of this year, counted from the vault.
    firsts = {}
    for a in vault.alerts.list(order_by="activated_at"):
        firsts.setdefault(a.incident_id, a.activated_at)
    this_year = sum(1 for at in firsts.values() if at.year == TODAY.year)
    fresh = vault.incidents.get(ids["attacks"][0])
    assert reference(vault, fresh) == f"UA {this_year + 1}/{TODAY.year % 100:02d}"
    doc, _ = build_alert(vault, AlertOptions(incident_id=ids["first"], follow_up=True))
    assert doc.title == f"Urgent action — further information on UA 1/{yy}"
    doc, _ = build_alert(vault, AlertOptions(incident_id=ids["first"], follow_up=True, language="es"))
    assert doc.title == f"Acción urgente — más información sobre la UA 1/{yy}"


def test_issue_date_and_act_before(office):
    vault, ids = office
    doc, _ = build_alert(vault, AlertOptions(incident_id=ids["second"]))
    facts = dict(doc.blocks[0].facts)
    issued, before = doc.date, doc.date + dt.timedelta(days=14)
    assert facts["Issued"] == f"{issued.day} {issued:%B} {issued.year}"
    assert facts["Please act before"] == f"{before.day} {before:%B} {before.year}"
    assert facts["Preferred language for appeals"] == "Spanish"


@pytest.mark.parametrize("kind, words", [
    ("killing", "those in command"), ("disappearance", "fate and whereabouts"),
    ("sexual_violence", "gender-sensitive"), ("torture", "independent medical examination"),
    ("detention", "release the defender"), ("threat", "guarantee at once the safety"),
])
def test_recommended_actions_follow_the_kind(kind, words):
    lines = recommended_actions(kind, "en")
    assert any(words in line for line in lines)
    assert lines[-1].endswith("legitimacy of the work of human rights defenders.")
    assert len(recommended_actions(kind, "es")) == len(lines)


def test_appeals_go_up_the_chain_with_address_email_and_salutation(office):
    vault, ids = office
    doc, _ = build_alert(vault, AlertOptions(incident_id=ids["second"]))
    text = "\n".join(s for b in section(doc, "Appeals to") for s in strings(b))
    order = [text.index(n) for n in ("Batallón Cerro Azul", "Brigada 29", "Ministerio de Defensa")]
    assert order == sorted(order)
    for authority in (vault.authorities.get(ids["battalion"]), vault.authorities.get(ids["ministry"])):
        assert ", ".join(authority.postal_address.splitlines()) in text
        assert f"Email: {authority.email}" in text
        assert f"Salutation: {authority.salutation}" in text
    # An official in post speaks for the brigade: their salutation and email.
    assert "Gral. Hernando Ruiz, Comandante de la brigada" in text
    assert "Salutation: Dear General Ruiz" in text and "Email: h.ruiz@ejercito.example.org" in text


@pytest.mark.parametrize("recipient, country, embassy", [
    ("Embassy of Norway", "", "Embajada de Noruega"),
    ("", "NO", "Embajada de Noruega"),
    ("Embassy of Sweden", "", None),
])
def test_copies_to_embassy_ombudsman_and_un(office, recipient, country, embassy):
    vault, ids = office
    doc, _ = build_alert(vault, AlertOptions(incident_id=ids["second"], recipient=recipient, country=country))
    text = "\n".join(s for b in section(doc, "Copies to") for s in strings(b))
    assert "Defensoría del Pueblo" in text and "Oficina de la ONU Derechos Humanos" in text
    if embassy:
        assert embassy in text and "Excelencia" in text
    else:
        assert "The embassy of Sweden is not among the authorities recorded." in text
