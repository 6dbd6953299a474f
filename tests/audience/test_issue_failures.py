"""The four failures of the issue, as a new user met them on a vault, through the command line:
notes leaving the office, common forms of a name passing, plans and contacts leaving the
office, and descriptors in the wrong language."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from accompdesk.cli import main
from accompdesk.domain import clock
from accompdesk.domain.audience import fold
from accompdesk.domain.records import Accompaniment, Incident, Person, Volunteer
from accompdesk.reports.export import docx_parts_text
from accompdesk.vault.keyslots import FAST_KDF
from accompdesk.domain.roster import Week
from accompdesk.vault.store import Vault

pypdf = pytest.importorskip("pypdf")

PASSPHRASE = "correct horse battery staple"
TODAY = clock.today()
TOMORROW = dt.datetime.combine(TODAY + dt.timedelta(days=1), dt.time(6, 30))
FORMS = ["el señor Ñañez", "la familia Quintero", "R. Ñañez Quintero", "Ramón Ñañez", "Búho",
         "Ramón.Ñañez.Quintero", "RamónÑañezQuintero"]
TELLTALES = ["nanez", "quintero", "buho"]


@pytest.fixture
def office(tmp_path, monkeypatch):
    path = str(tmp_path / "office.vault")
    vault, _ = Vault.create(path, "coordinadora", PASSPHRASE, kdf=FAST_KDF)
    ramon = vault.persons.add(Person(
        full_name="Ramón Ñañez Quintero", alias="El Búho", consent_level="internal", kind="community_leader",
        gender="male", region="Cañaveral", risk_level="extreme",
        notes="Vive en Vereda El Cedro, casa azul junto a la escuela.", contact="+57 310 222 3344"))
    lucia = vault.persons.add(Person(
        full_name="Lucía Caicedo Mina", consent_level="internal", kind="community_leader", gender="female",
        region="Cañaveral", risk_level="extreme"))
    rosa = vault.persons.add(Person(full_name="Rosa Quispe Mamani", consent_level="public",
                                    kind="indigenous_leader", region="Cañaveral"))
    sentences = " ".join(f"Testigos vieron a {form} en la carretera." for form in FORMS)
    incident = vault.incidents.add(Incident(
        summary="Desaparición contra Ramón Ñañez Quintero en Cañaveral",
        occurred_on=TODAY - dt.timedelta(days=5), kind="disappearance", region="Cañaveral",
        severity="critical", description=f"{sentences} Lucía Caicedo Mina fue asesinada días antes. "
                                         "Rosa Quispe Mamani lo denunció.",
        affected_persons=[ramon.id, lucia.id, rosa.id], affected_person_roles=["victim"] * 3))
    volunteer = vault.volunteers.add(Volunteer(
        full_name="Ingrid Solberg", nationalities="Norway", arrival_on=TODAY - dt.timedelta(days=90),
        departure_on=TODAY + dt.timedelta(days=200), visa_expires_on=dt.date(TODAY.year + 1, 2, 17),
        emergency_contact="Kari Solberg +47 912 34 567"))
    vault.accompaniments.add(Accompaniment(
        person_id=ramon.id, kind="escort", place="Vereda La Esperanza", meeting_point="Parque de Toribío",
        starts_at=TOMORROW, ends_at=TOMORROW + dt.timedelta(hours=5), volunteers=[volunteer.id]))
    vault.close()
    monkeypatch.setenv("ACCOMPDESK_PASSPHRASE", PASSPHRASE)
    return path, incident.id


def _cli(capsys, *args) -> str:
    code = main([str(a) for a in args])
    err = capsys.readouterr().err
    assert code == 0, err
    return err


def _csv(path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def _file_text(path) -> str:
    """Everything a file holds: each XML part of a Word file or workbook, every string of a
    PDF and its metadata, every CSV cell."""
    data = open(path, "rb").read()
    if str(path).endswith(".pdf"):
        reader = pypdf.PdfReader(io.BytesIO(data))
        meta = [str(v) for v in (reader.metadata or {}).values()]
        return "\n".join([*(p.extract_text() for p in reader.pages), *meta])
    if str(path).endswith((".docx", ".xlsx")):
        return "\n".join(docx_parts_text(data).values())
    return "\n".join(cell for row in _csv(path) for cell in row)


# -- 1. notes leave the office --------------------------------------------------------------

@pytest.mark.parametrize("audience", ["public", "diplomatic"])
def test_1_notes_and_contacts_do_not_leave_the_office(office, tmp_path, capsys, audience):
    path, _ = office
    out = tmp_path / f"persons-{audience}.csv"
    err = _cli(capsys, "--vault", path, "export", "persons", "--audience", audience, "-o", out)
    rows = _csv(out)
    text = _file_text(out)
    assert "Cedro" not in text and "casa azul" not in text and "+57 310" not in text
    assert rows[0][0].startswith(f"Audience: {audience.capitalize()}.")
    assert "Notes" not in rows[1] and "Contact details" not in rows[1]
    # The command line says what it withheld.
    assert f"Withheld for the {audience} audience" in err and "Notes" in err and "Contact details" in err
    assert "2 people or organisations described, not named" in err


# -- 2. common forms of a name pass ------------------------------------------------------------

@pytest.mark.parametrize("command, suffix", [
    (["report", "briefing", "--audience", "public"], "docx"),
    (["report", "briefing", "--audience", "public", "--lang", "es"], "pdf"),
    (["report", "alert", "--audience", "public"], "pdf"),
    (["report", "alert", "--audience", "diplomatic", "--lang", "es"], "docx"),
    (["export", "incidents", "--audience", "public"], "csv"),
    (["export", "incidents", "--audience", "diplomatic"], "xlsx"),
])
def test_2_every_common_form_of_a_name_is_withheld(office, tmp_path, capsys, command, suffix):
    path, incident_id = office
    out = tmp_path / f"out.{suffix}"
    extra = ["--incident", incident_id] if command[1] == "alert" else []
    if command[1] == "briefing":
        # The office's context and requests are not what this test is about.
        extra = ["--from", (TODAY - dt.timedelta(days=30)).isoformat(), "--to", TODAY.isoformat(),
                 "--allow-placeholders"]
    err = _cli(capsys, "--vault", path, *command, *extra, "-o", out)
    text = fold(_file_text(out))
    assert [t for t in TELLTALES if t in text] == []
    assert "rosa quispe mamani" in text  # the named are still named
    # Said in the document's language, as the field names it lists are.
    assert ("descritas, no nombradas" if "--lang" in command else "described, not named") in err


# -- 3. plans and contacts leave the office ---------------------------------------------------

@pytest.mark.parametrize("audience", ["public", "diplomatic"])
def test_3_no_plan_ahead_and_no_volunteer_contact(office, tmp_path, capsys, audience):
    path, _ = office
    plans = tmp_path / "a.csv"
    err = _cli(capsys, "--vault", path, "export", "accompaniments", "--audience", audience, "-o", plans)
    text = _file_text(plans)
    for secret in ("Vereda La Esperanza", "Parque de Toribío", TOMORROW.strftime("%Y-%m-%d")):
        assert secret not in text
    assert len(_csv(plans)) == 2  # the audience row and the header: the plan ahead is left out
    assert "1 future accompaniments left out" in err
    people = tmp_path / "v.xlsx"
    _cli(capsys, "--vault", path, "export", "volunteers", "--audience", audience, "-o", people)
    text = _file_text(people)
    visa = dt.date(TODAY.year + 1, 2, 17)
    # The visa date as text or as a spreadsheet's day number (a bare "17" also matched the
    # hour in the workbook's own timestamps).
    assert "Kari" not in text and "+47" not in text and visa.isoformat() not in text
    assert "Visa expiry" not in text  # the column is left out whole, not only emptied
    week = Week.of(TOMORROW.date())
    roster = tmp_path / "r.pdf"
    err = _cli(capsys, "--vault", path, "report", "roster", "--week", str(week), "--audience", audience,
               "-o", roster)
    text = _file_text(roster)
    assert "Vereda La Esperanza" not in text and "Parque de Toribío" not in text and "06:30" not in text
    assert "1 accompaniment(s) lying ahead" in text and "1 accompaniment(s) lying ahead" in err


def test_3_the_roster_keeps_its_internal_variant(office, tmp_path, capsys):
    path, _ = office
    week = Week.of(TOMORROW.date())
    roster = tmp_path / "r.pdf"
    _cli(capsys, "--vault", path, "report", "roster", "--week", str(week), "--audience", "internal", "-o", roster)
    text = _file_text(roster)
    assert "Vereda La Esperanza" in text and "Ramón Ñañez Quintero" in text and "nothing withheld" in text


# -- 4. descriptors in the wrong language ------------------------------------------------------

def test_4_descriptors_follow_the_texts_language(office, tmp_path, capsys):
    path, incident_id = office
    out = tmp_path / "i.csv"
    _cli(capsys, "--vault", path, "export", "incidents", "--audience", "public", "-o", out)  # English headers
    rows = _csv(out)
    header = next(i for i, row in enumerate(rows) if "Summary" in row)
    summary = rows[header + 1][rows[header].index("Summary")]
    assert summary == "Desaparición contra un líder comunitario en Cañaveral en Cañaveral"
    description = rows[header + 1][rows[header].index("Description")]
    assert "Una lideresa comunitaria en Cañaveral fue asesinada días antes." in description
    alert = tmp_path / "a.docx"
    _cli(capsys, "--vault", path, "report", "alert", "--incident", incident_id, "--audience", "public",
         "-o", alert)
    text = _file_text(alert)
    assert "Una lideresa comunitaria en Cañaveral fue asesinada" in text
    assert "A community leader in Cañaveral fue" not in text
