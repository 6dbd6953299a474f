"""The printed roster, in PDF and Word, for the demo week: aliases by default, what a
volunteer needs (date, time, place, meeting point, partner, emergency number), one
landscape page, fast."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile

import pytest

from accompdesk.domain.audience import fold
from accompdesk.reports.export import docx_parts_text
from accompdesk.reports.roster import build_roster, render_roster
from accompdesk.services import documents
from accompdesk.reports.model import Table
from accompdesk.vault.errors import UsageError

from .week_data import EMERGENCY, WEEK


def pdf_text(data: bytes) -> tuple[str, list]:
    """The text a reader of the PDF gets, and its page boxes."""
    try:
        import pypdf
    except ImportError:
        pypdf = None
    if pypdf is not None:
        reader = pypdf.PdfReader(io.BytesIO(data))
        return "\n".join(p.extract_text() for p in reader.pages), [p.mediabox for p in reader.pages]
    if shutil.which("pdftotext") is None:
        pytest.skip("neither pypdf nor pdftotext is here to read the PDF")
    text = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, check=True).stdout
    return text.decode("utf-8"), []


def docx_xml(data: bytes) -> str:
    """Every XML part of the Word file, as stored (tags and attributes included)."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())


def assert_no_full_name(text: str, office_week) -> None:
    folded = " ".join(fold(text).split())
    for name in office_week.names():
        assert fold(name) not in folded, f"{name} is printed"
    for person in office_week.persons:
        # Not even a surname of a person (places may share an organisation's words).
        for part in person.full_name.split()[1:]:
            assert not re.search(rf"\b{re.escape(fold(part))}\b", folded), \
                f"{part} (of {person.full_name}) is printed"


def test_alias_roster_pdf_names_no_one_by_full_name(vault, office_week):
    text, boxes = pdf_text(render_roster(vault, WEEK, "pdf"))
    assert_no_full_name(text, office_week)
    for alias in ("Guacamaya", "Mangle", "Consejo del río", "La Asociación"):
        assert alias in text
    assert "a lawyer in Alto Yarumal" in text  # no alias: described, not named
    if boxes:
        assert len(boxes) == 1  # one week, one page
        width, height = float(boxes[0].width), float(boxes[0].height)
        assert width > height  # landscape
        assert round(width) == 842 and round(height) == 595  # A4


def test_alias_roster_docx_xml_names_no_one_by_full_name(vault, office_week):
    data = render_roster(vault, WEEK, "docx")
    assert_no_full_name(docx_xml(data), office_week)
    assert_no_full_name("\n".join(docx_parts_text(data).values()), office_week)
    xml = docx_xml(data)
    assert 'w:orient="landscape"' in xml
    assert "Guacamaya" in xml and "Consejo del río" in xml


def test_what_a_volunteer_needs_is_on_the_page(vault, office_week):
    text, _ = pdf_text(render_roster(vault, WEEK, "pdf"))
    flat = " ".join(text.split())
    assert EMERGENCY in flat
    for expected in ("Mon 23", "08:00–13:00", "Juzgado Promiscuo de San Isidro", "Parque principal",
                     "Lea Brunner", "Håkon Sæther", "Sat 28", "Tienda de Don Efraín", "(no one yet)"):
        assert expected in flat, expected
    # Across midnight: one row, on Friday, that says when it ends.
    assert "19:00 – Sat 28, 07:00" in flat and flat.count("Finca comunitaria Peñas Blancas") == 1
    assert "Nota interna" not in flat  # notes stay in the office
    assert "Vereda El Limón" not in flat  # cancelled


def test_internal_roster_names_full_names(vault, office_week):
    doc, redactor = build_roster(vault, WEEK, internal=True)
    assert not redactor
    text, _ = pdf_text(render_roster(vault, WEEK, "pdf", internal=True))
    flat = " ".join(text.split())
    assert "Yolanda Epieyú Uriana (Guacamaya)" in flat
    assert "Internal — does not leave the office" in flat


def test_full_names_inside_places_become_aliases(vault, office_week):
    doc, redactor = build_roster(vault, WEEK)
    from accompdesk.reports.export import prepare

    rows = [row for block in prepare(doc, redactor).blocks if isinstance(block, Table) for row in block.rows]
    place = next(r[3] for r in rows if r[3].startswith("Sede del Consejo"))
    assert place == "Sede del Consejo, casa de a lawyer in Alto Yarumal"


def test_roster_in_spanish_and_on_letter_paper(vault, office_week):
    data = render_roster(vault, WEEK, "pdf", language="es", page_size="Letter")
    text, boxes = pdf_text(data)
    flat = " ".join(text.split())
    assert "Turnos — semana 2026-W48" in flat and "lun 23" in flat and "Punto de encuentro" in flat
    assert "una abogada" in flat or "un/a abogado/a en Alto Yarumal" in flat
    if boxes:
        assert (round(float(boxes[0].width)), round(float(boxes[0].height))) == (792, 612)


def test_an_accompaniment_begun_the_week_before_shows_until_when(vault, office_week):
    from accompdesk.domain.records import Accompaniment

    from .week_data import at

    v = office_week.volunteers
    vault.accompaniments.add(Accompaniment(person_id=office_week.persons[1].id, kind="overnight_presence",
                                           place="Casa comunal de Monteloro", starts_at=at(6, 20),
                                           ends_at=at(7, 6), volunteers=[v[0].id, v[1].id]))
    this_week = " ".join(pdf_text(render_roster(vault, WEEK, "pdf"))[0].split())
    next_week = " ".join(pdf_text(render_roster(vault, WEEK.shifted(1), "pdf"))[0].split())
    assert "20:00 – Mon 30, 06:00" in this_week
    assert "Mon 30 until 06:00 Mangle Casa comunal de Monteloro" in next_week


def test_several_weeks_one_page_each(vault, office_week):
    doc, _ = build_roster(vault, [WEEK, WEEK.shifted(1)])
    text, boxes = pdf_text(render_roster_weeks(vault, [WEEK, WEEK.shifted(1)]))
    if boxes:
        assert len(boxes) == 2
    assert "No accompaniment is planned this week." in text


def render_roster_weeks(vault, weeks):
    from accompdesk.reports.export import render

    doc, redactor = build_roster(vault, weeks)
    return render(doc, "pdf", redactor)


def roster_command(vault, week: str, fmt: str, output: str, page_size: str = "A4"):
    return documents.make(vault, documents.Request("roster", fmt=fmt, weeks=[week], page_size=page_size), output)


def test_export_writes_the_file_and_audits_it(vault, office_week, tmp_path):
    target = tmp_path / "roster.docx"
    assert roster_command(vault, "2026-W48", "docx", str(target)).size == target.stat().st_size
    assert target.stat().st_size > 0 and oct(target.stat().st_mode & 0o777) == "0o600"
    exports = vault.audit_entries(action="export")
    assert exports and "document=roster" in exports[-1].detail and "week=2026-W48" in exports[-1].detail
    assert "names=aliases" in exports[-1].detail
    with pytest.raises(UsageError):
        roster_command(vault, "2026-W99", "pdf", str(tmp_path / "x.pdf"))
    with pytest.raises(UsageError):
        roster_command(vault, "2026-W48", "odt", str(tmp_path / "x.odt"))
    with pytest.raises(UsageError):
        roster_command(vault, "2026-W48", "pdf", str(tmp_path / "x.pdf"), page_size="A3")
    assert not (tmp_path / "x.pdf").exists()


def test_every_row_says_its_day_and_each_person_shows_their_check_in_times(vault, office_week):
    from accompdesk.domain.records import CheckInSchedule
    from accompdesk.domain.roster import days_touched
    from accompdesk.vault.roster import load_week

    plan = load_week(vault, WEEK)
    live = [a for a in plan.accompaniments if a.status != "cancelled"]
    subject = next(a for a in live if a.person_id).person_id
    alias = next(p.alias for p in office_week.persons if p.id == subject)
    repo = vault.repo("checkin_schedules")
    repo.add(CheckInSchedule(person_id=subject, frequency="daily", at_time="20:00"))
    repo.add(CheckInSchedule(person_id=subject, frequency="daily", at_time="08:00"))
    repo.add(CheckInSchedule(person_id=subject, frequency="weekly", weekday=2, at_time="12:30"))
    repo.add(CheckInSchedule(person_id=subject, frequency="daily", at_time="06:00", active=False))
    doc, _ = build_roster(vault, WEEK)
    table = next(b for b in doc.blocks if isinstance(b, Table))
    assert len(table.rows) == len(live)
    assert all(row[0] for row in table.rows)  # continuation rows repeat the day
    days_with_rows = {row[0] for row in table.rows}
    assert len(days_with_rows) < len(table.rows)  # some day has several rows, each labelled
    for a in live:
        if a.person_id != subject:
            continue
        day = days_touched(a, WEEK)[0]
        expected = "08:00, 12:30, 20:00" if day.weekday() == 2 else "08:00, 20:00"
        assert any(row[2] == f"{alias}\ncheck-in calls {expected}" for row in table.rows)
    text, _ = pdf_text(render_roster(vault, WEEK, "pdf"))
    flat = " ".join(text.split())
    assert "check-in calls 08:00" in flat and "06:00, 08:00" not in flat


@pytest.mark.parametrize("typed", ["Guacamaya", "guacamaya", "«Guacamaya»", "  Guacamayá "])
def test_two_people_are_never_printed_under_one_alias(vault, office_week, typed):
    """Issue 15: aliases are unique within an office on the roster. An older record that
    shares an alias with another is printed under a distinct one, in the document, the PDF
    and the Word file; the person recorded first keeps the alias."""
    guacamaya, mangle = office_week.persons[0], office_week.persons[1]
    mangle.alias = typed
    vault.persons.update(mangle)
    doc, _redactor = build_roster(vault, WEEK)
    table = next(b for b in doc.blocks if isinstance(b, Table))
    who_by_person: dict[str, set[str]] = {}
    starts = {(a.starts_at.strftime("%H:%M"), a.place): a.person_id for a in office_week.accompaniments.values()}
    for row in table.rows:
        person = starts.get((row[1][:5], row[3]))
        if person in (guacamaya.id, mangle.id):
            who_by_person.setdefault(person, set()).add(row[2].split("\n")[0])
    assert who_by_person[guacamaya.id] == {"Guacamaya"}
    assert who_by_person[mangle.id] == {f"{' '.join(typed.split())} 2"}
    text, _boxes = pdf_text(render_roster(vault, WEEK, "pdf"))
    assert f"{' '.join(typed.split())} 2" in text
    assert_no_full_name(text, office_week)
    word = "\n".join(docx_parts_text(render_roster(vault, WEEK, "docx")).values())
    assert f"{' '.join(typed.split())} 2" in word
