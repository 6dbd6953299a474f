"""What the finished documents say, read back from the files: words a reader would stumble
on, in English and Spanish, in the PDF and in Word."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import os

import pytest

from accompdesk.domain.records import Incident
from accompdesk.reports.alert import AlertOptions, build_alert
from accompdesk.reports.briefing import BriefingOptions, build_briefing
from accompdesk.reports.data import Period
from accompdesk.reports.export import docx_parts_text, export
from accompdesk.reports.stats import StatsOptions, build_stats
from accompdesk.vault.keyslots import FAST_KDF
from accompdesk.vault.store import Vault

from .office_data import PERIOD_END, PERIOD_START, fill_office

pypdf = pytest.importorskip("pypdf")

ENGLISH_SUMMARY = "Threat against María José Pérez near Vereda El Cedro, San Antonio de los Morichales"


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    folder = tmp_path_factory.mktemp("wording")
    vault, _recovery = Vault.create(str(folder / "office.vault"), "coordinadora", "x" * 12, kdf=FAST_KDF)
    ids = fill_office(vault)
    # Written in English by a volunteer, about a person who may not be named outside the
    # office, in a place whose name is full of Spanish words; its language left to "auto".
    ids["english_incident"] = vault.incidents.add(Incident(
        summary=ENGLISH_SUMMARY, occurred_on=PERIOD_END - dt.timedelta(days=5),
        place="Vereda El Cedro, San Antonio de los Morichales", region="Cañaveral", kind="threat",
        severity="high", perpetrator_type="unknown", verification="verified",
        description=("Two men on a motorbike followed María José Pérez from the market to her house in "
                     "Vereda El Cedro, San Antonio de los Morichales. She told the office the same day and "
                     "the team went with her to the prosecutor's office the next morning."),
        affected_persons=[ids["maria"]], affected_person_roles=["victim"])).id
    yield vault, ids, folder
    vault.close()


def file_text(data: bytes, fmt: str) -> str:
    if fmt == "pdf":
        return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)
    return "\n".join(docx_parts_text(data).values())


def table_rows(data: bytes, fmt: str) -> list[list[str]]:
    """Every table row of the file: the Word tables' cells, the PDF's lines split at spaces."""
    if fmt == "pdf":
        return [line.split() for line in file_text(data, "pdf").splitlines()]
    import docx

    return [[cell.text for cell in row.cells] for table in docx.Document(io.BytesIO(data)).tables
            for row in table.rows]


def written(vault, folder, doc, view, fmt: str, name: str) -> bytes:
    path = os.path.join(folder, f"{name}.{fmt}")
    export(vault, doc, fmt, path, view.redactor)
    with open(path, "rb") as fh:
        return fh.read()


# -- a kind that had no incident in the previous period ------------------------------------------

@pytest.mark.parametrize("language, word", [("en", "new"), ("es", "nuevo")])
@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("document", ["briefing", "stats"])
def test_a_rise_from_nothing_is_said_in_words_the_fonts_can_draw(office, document, fmt, language, word):
    """The office data hold one killing in the period and none in the previous one: its
    change was "+∞", a sign the documents' fonts lack, printed as "[U+221E]" with a
    footnote about characters the fonts cannot draw."""
    vault, _ids, folder = office
    period = Period(PERIOD_START, PERIOD_END)
    if document == "briefing":
        doc, view = build_briefing(vault, BriefingOptions(
            recipient="Embassy of Norway", period=period, audience="public", language=language,
            context="Context.", requests="Observe the hearings."))
    else:
        doc, view = build_stats(vault, StatsOptions(period=period, audience="public", language=language))
    data = written(vault, folder, doc, view, fmt, f"{document}-{language}")
    text = file_text(data, fmt)
    assert "U+221E" not in text and "∞" not in text
    killing = "Asesinato" if language == "es" else "Killing"
    # The kind's row: its name, this period's 1, the previous period's 0, and the change.
    rows = [row for row in table_rows(data, fmt) if row[:3] == [killing, "1", "0"]]
    assert rows and all(row[-1] == word for row in rows), rows


# -- a withheld name inside a text in the other language ----------------------------------------

@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("document", ["briefing", "alert"])
def test_a_withheld_name_in_an_english_summary_is_described_in_english(office, document, language):
    """An English summary whose place names are Spanish ("de los") was taken for Spanish,
    and the withheld name inside it became "Threat against un líder comunitario en
    Cañaveral near …". The record's language is read from all its free text."""
    vault, ids, folder = office
    if document == "briefing":
        doc, view = build_briefing(vault, BriefingOptions(
            recipient="Embassy of Norway", period=Period(PERIOD_START, PERIOD_END), audience="public",
            language=language, context="Context.", requests="Observe the hearings."))
    else:
        doc, view = build_alert(vault, AlertOptions(incident_id=ids["english_incident"], audience="public",
                                                    language=language))
    data = written(vault, folder, doc, view, "docx", f"english-{document}-{language}")
    text = " ".join(file_text(data, "docx").split())
    expected = "Threat against a community leader in Cañaveral near Vereda El Cedro"
    assert expected in text
    assert "Threat against un líder" not in text and "María José" not in text



# -- a roster for an audience outside the office ------------------------------------------------

@pytest.mark.parametrize("language, none, shown_none, banner", [
    ("en", "No accompaniment is planned this week.",
     "No accompaniment of this week may be shown to this audience.",
     "withheld: 2 accompaniment(s) lying ahead; the place and time of 0 accompaniment(s) of people who may "
     "not be named"),
    ("es", "No hay acompañamientos previstos esta semana.",
     "Ningún acompañamiento de esta semana puede mostrarse a estos destinatarios.",
     "se omiten: 2 acompañamiento(s) futuros; el lugar y la hora de 0 acompañamiento(s) de personas que no "
     "pueden nombrarse")])
@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_a_strict_roster_does_not_say_nothing_is_planned_when_its_plans_are_withheld(
        vault, language, none, shown_none, banner, fmt):
    """Every accompaniment of the week lay ahead, so none was printed; the page said
    "No accompaniment is planned this week" under a banner that counted two withheld, and
    the banner spoke of "the place and time of 0 of people"."""
    from accompdesk.domain.records import Accompaniment, Person
    from accompdesk.domain.roster import Week
    from accompdesk.reports.export import render
    from accompdesk.reports.roster import build_roster

    monday = dt.date(2026, 11, 30)
    person = vault.persons.add(Person(full_name="Rosa Quispe Mamani", kind="indigenous_leader",
                                      region="Cañaveral", consent_level="public"))
    for day in (3, 5):
        start = dt.datetime.combine(monday + dt.timedelta(days=day), dt.time(9, 0))
        vault.accompaniments.add(Accompaniment(person_id=person.id, place="Vereda El Cedro", starts_at=start,
                                               ends_at=start + dt.timedelta(hours=4)))
    week = Week.of(monday)
    doc, redactor = build_roster(vault, week, audience="public", language=language,
                                 now=dt.datetime.combine(monday, dt.time(8, 0)))
    text = " ".join(file_text(render(doc, fmt, redactor), fmt).split())
    assert shown_none in text and none not in text
    assert banner in text
    # A week with nothing planned at all still says so.
    doc, redactor = build_roster(vault, week.shifted(2), audience="public", language=language,
                                 now=dt.datetime.combine(monday, dt.time(8, 0)))
    assert none in " ".join(file_text(render(doc, fmt, redactor), fmt).split())


# -- the audit log ------------------------------------------------------------------------------

@pytest.mark.parametrize("language, day", [("en", "4 December 2026"), ("es", "4 de diciembre de 2026")])
@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_the_audit_log_prints_every_identifier_on_one_line(vault, language, day, paper):
    """The identifier column was narrower than a record's id: most ids broke over two
    lines ("…-cc1726ab867" / "d"), and a reader could not search for them."""
    from accompdesk.domain.records import Person
    from accompdesk.reports.audit_log import build_audit_log
    from accompdesk.reports.export import render
    from accompdesk.domain.audience import Redactor
    from accompdesk.vault import audit

    for name in ("Rosa Quispe Mamani", "Aurelio Ñañez"):
        vault.persons.add(Person(full_name=name, kind="community_leader", region="Cañaveral"))
    entries = audit.entries(vault.conn)
    # The widest id the font can draw: 'd' and 'b' are its widest hexadecimal letters.
    widest = dataclasses.replace(entries[-1], seq=entries[-1].seq + 1,
                                 record_id="dddddddd-dddd-4ddd-bddd-dddddddddddd")
    entries = [*entries, widest]
    doc = build_audit_log(entries, office="Oficina", language=language, filters=[], chain="",
                          exported_by="coordinadora", today=dt.date(2026, 12, 4), page_size=paper)
    text = file_text(render(doc, "pdf", Redactor([], language)), "pdf")
    ids = [e.record_id for e in entries if e.record_id]
    assert len(ids) >= 3
    assert [i for i in ids if i not in text] == []
    assert day in text  # the date of the export as every other document writes it


# -- the page's margins --------------------------------------------------------------------------

@pytest.mark.parametrize("paper, landscape", [("A4", False), ("Letter", False), ("A4", True)])
def test_pdf_tables_and_boxes_stay_inside_the_margins(paper, landscape):
    """Tables and boxes were as wide as the space between the margins but began 6 points
    in (the page frame's padding): their right edge, and a right-aligned figure in the last
    column, stood out past the right margin and the header's rule."""
    import pypdfium2 as pdfium

    from accompdesk.reports.model import Document, Heading, Note, Run, Table, para
    from accompdesk.reports.pdf import MARGIN, render_pdf

    doc = Document(kind="test", title="Margins", classification="Internal", office="Office",
                   audience="internal", page_size=paper, landscape=landscape)
    doc.add(Heading("Counts"), para("word " * 300), Note([Run("note " * 200)], title="A box"),
            Table(["Kind", "Previous period", "Change"], [["Threat", "1,234", "+98%"], ["Killing", "99,999", "new"]],
                  numeric=[1, 2]))
    data, _printed = render_pdf(doc)
    page = pdfium.PdfDocument(data)[0]
    width, _height = page.get_size()
    text = page.get_textpage()
    boxes = [text.get_charbox(i) for i in range(text.count_chars())]
    boxes = [b for b in boxes if b[2] > b[0]]
    assert len(boxes) > 1000
    assert min(b[0] for b in boxes) >= MARGIN - 0.5
    assert max(b[2] for b in boxes) <= width - MARGIN + 0.5


# -- summaries quoted in the other language in the briefing's annexes ---------------------------

def _annexes(doc) -> dict[str, list]:
    """The blocks under each annex heading, by the heading's letter."""
    from accompdesk.reports.model import Heading

    out: dict[str, list] = {}
    current = None
    for block in doc.blocks:
        if isinstance(block, Heading):
            current = block.text.split(" ")[1] if block.text.startswith(("Annex ", "Anexo ")) else None
            if current:
                out[current] = []
        elif current:
            out[current].append(block)
    return out


@pytest.mark.parametrize("language, notes", [
    # The English summary of a threat lies in annex B; the Spanish killing in annex A.
    ("es", {"A": "", "B": "Algunos relatos se citan en inglés, tal como se registraron."}),
    ("en", {"A": "Some accounts are quoted in Spanish, as recorded.",
            "B": "Some accounts are quoted in Spanish, as recorded."})])
def test_the_annexes_say_when_they_quote_summaries_in_the_other_language(office, language, notes):
    """Annex B of a Spanish briefing printed an English summary with no word that it is
    quoted as recorded: only the gravest incidents, in the body, carried that note."""
    from accompdesk.reports.model import Paragraph, Table

    vault, _ids, folder = office
    doc, view = build_briefing(vault, BriefingOptions(
        recipient="Embassy of Norway", period=Period(PERIOD_START, PERIOD_END), audience="public",
        language=language, context="Context.", requests="Observe the hearings."))
    annexes = _annexes(doc)
    assert set(annexes) == {"A", "B"}
    summaries = {key: [row[-1] for block in blocks if isinstance(block, Table) for row in block.rows]
                 for key, blocks in annexes.items()}
    assert any(s.startswith("Threat against a community leader") for s in summaries["B"])
    for key, note in notes.items():
        said = [b.text for b in annexes[key] if isinstance(b, Paragraph)]
        assert said == ([note] if note else []), (key, said)
        # The note comes before the table it speaks of.
        assert isinstance(annexes[key][-1], Table)


# -- the statistics' months that the period covers only in part ---------------------------------

def _incidents_on(vault, days: list[dt.date]) -> None:
    with vault.transaction():
        for day in days:
            vault.incidents.add(Incident(summary="Amenaza contra la junta", occurred_on=day, region="Cañaveral",
                                         kind="threat", severity="low", verification="verified"))


@pytest.mark.parametrize("language, expected, intro, note", [
    ("en", {"Dec 2025*": ["4", "Dec 2024*", "0", "—"], "Nov 2026": ["1,200", "Nov 2025", "1,000", "+20%"],
            "Dec 2026*": ["9", "Dec 2025*", "2", "—"]},
     "1,213 incidents in the period, against 1,002 in the previous period (+21%).",
     "* Partial month: the period covers only part of it. No change is given for a partial month: it counts "
     "fewer days than the month it is compared with."),
    ("es", {"dic 2025*": ["4", "dic 2024*", "0", "—"], "nov 2026": ["1.200", "nov 2025", "1.000", "+20\u00a0%"],
            "dic 2026*": ["9", "dic 2025*", "2", "—"]},
     "1.213 incidentes en el periodo, frente a 1.002 en el periodo anterior (+21\u00a0%).",
     "* Mes incompleto: el periodo cubre solo una parte. No se da el cambio de un mes incompleto: cuenta "
     "menos días que el mes con el que se compara.")])
def test_the_statistics_star_partial_months_and_give_them_no_change(vault, on_day, language, expected, intro,
                                                                      note):
    """A period from 5 December to 4 December printed its 4-day December against a whole
    one as '+350%', unstarred, while the chart above starred it; the counts had no
    thousands separator ('1200')."""
    from accompdesk.reports.model import Heading, Paragraph, Table

    on_day(dt.date(2026, 12, 4))
    _incidents_on(vault, [dt.date(2026, 12, 1 + i % 4) for i in range(9)]
                  + [dt.date(2025, 12, 1 + i % 4) for i in range(2)]
                  + [dt.date(2026, 11, 1 + i % 30) for i in range(1200)]
                  + [dt.date(2025, 11, 1 + i % 30) for i in range(1000)]
                  + [dt.date(2025, 12, 10)] * 4)
    options = StatsOptions(period=Period(dt.date(2025, 12, 5), dt.date(2026, 12, 4)), audience="public",
                           language=language)
    doc, _view = build_stats(vault, options)
    blocks = doc.blocks
    at = next(i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.text in ("By month", "Por mes"))
    table, after = blocks[at + 1], blocks[at + 2] if at + 2 < len(blocks) else None
    assert isinstance(table, Table)
    rows = {row[0]: row[1:] for row in table.rows}
    assert len(rows) == 13
    for month, cells in expected.items():
        assert rows[month] == cells, month
    # Only the first and the last month of each period are partial.
    assert [m for m in rows if m.endswith("*")] == list(expected)[::2]
    assert isinstance(after, Paragraph) and after.text == note
    assert intro in [b.text for b in blocks if isinstance(b, Paragraph)]
    # The workbook's month sheet gives those months no change either, and says why above its table.
    import openpyxl

    from accompdesk.reports.stats import stats_xlsx

    book = openpyxl.load_workbook(io.BytesIO(stats_xlsx(vault, options, lambda text: text)))
    sheet = book.worksheets[-1]
    values = [row for row in sheet.iter_rows(values_only=True)]
    months = {row[0].strftime("%Y-%m"): row[1:5] for row in values if isinstance(row[0], dt.datetime)}
    assert months["2026-12"][2:] == (2, None) and months["2025-12"][2:] == (0, None)
    assert months["2026-11"][2:] == (1000, 0.2)
    assert (note,) in [row[:1] for row in values]


# -- counts and the words that agree with them ---------------------------------------------------

def _one_of_each(vault, scenario: str) -> None:
    """'one': a single killing, raised with a regional brigade at a single meeting, one
    commitment kept, one accompaniment by one volunteer. 'some': two killings (one raised
    above the local level) and a threat against a defender at extreme risk, meetings at
    three levels, a killing in the previous period."""
    from accompdesk.domain.records import Accompaniment, Authority, Commitment, Meeting, Person, Volunteer

    ministry = vault.authorities.add(Authority(name="Ministerio de Defensa", kind="ministry", level="national"))
    brigade = vault.authorities.add(Authority(name="Brigada 29", kind="brigade", level="regional",
                                              superior_id=ministry.id, territory="Cañaveral"))
    battalion = vault.authorities.add(Authority(name="Batallón Cerro Azul", kind="battalion", level="local",
                                                superior_id=brigade.id, territory="Cañaveral"))
    rosa = vault.persons.add(Person(full_name="Rosa Quispe Mamani", kind="indigenous_leader", region="Cañaveral",
                                    risk_level="extreme", consent_level="public"))

    def incident(day, kind, persons=()):
        return vault.incidents.add(Incident(
            summary="Hechos en la vereda", occurred_on=day, place="Vereda El Cedro", region="Cañaveral", kind=kind,
            severity="critical" if kind == "killing" else "high", perpetrator_type="unknown",
            verification="verified", affected_persons=list(persons),
            affected_person_roles=["target"] * len(persons))).id

    killing = incident(dt.date(2026, 9, 10), "killing")
    meetings = [(brigade, [killing])]
    if scenario == "some":
        incident(dt.date(2026, 10, 2), "killing")
        incident(dt.date(2026, 10, 20), "threat", [rosa.id])
        incident(dt.date(2026, 3, 1), "killing")
        meetings += [(brigade, []), (battalion, []), (ministry, [])]
    for authority, raised in meetings:
        meeting = vault.meetings.add(Meeting(held_on=dt.date(2026, 10, 25), authority_id=authority.id,
                                             purpose="Reunión", incidents=raised))
    vault.commitments.add(Commitment(meeting_id=meeting.id, text="Patrullaje", status="kept"))
    volunteer = vault.volunteers.add(Volunteer(full_name="Ingrid Þórsdóttir", nationalities="Norway",
                                               arrival_on=dt.date(2026, 1, 10)))
    start = dt.datetime(2026, 10, 5, 8, 0)
    vault.accompaniments.add(Accompaniment(person_id=rosa.id, place="Vereda El Cedro", starts_at=start,
                                           ends_at=start + dt.timedelta(hours=6), volunteers=[volunteer.id],
                                           status="done"))


@pytest.mark.parametrize("scenario, language, sentences", [
    ("one", "es", [
        "La oficina registró 1 incidente contra personas defensoras, frente a 0 en el periodo anterior (nuevo).",
        "La oficina se reunió 1 vez con autoridades (1 regional). Obtuvo 1 compromiso: 1 cumplido total o "
        "parcialmente, 0 incumplidos y 0 vencidos sin cumplir.",
        "El único incidente de los tipos más graves se planteó por encima del nivel local.",
        "En el periodo hubo 1 asesinato; figura en el anexo A. Este es el más grave, elegido por gravedad y tipo "
        "en todo el periodo:",
        "En el periodo la oficina realizó 1 acompañamiento a 1 persona u organización, con 1 voluntario o "
        "voluntaria en terreno.",
        "El 100\u00a0% de los casos están verificados total o parcialmente."]),
    ("one", "en", [
        "The office recorded 1 incident against human rights defenders, against 0 in the previous period (new).",
        "The office met the authorities 1 time (1 regional). They made 1 commitment: 1 kept in full or in part, "
        "0 broken and 0 overdue.",
        "The only incident of the gravest kinds was raised above the local level.",
        "The period saw 1 killing; it is listed in Annex A. This is the gravest, chosen by severity and kind over "
        "the whole period:",
        "In the period the office carried out 1 accompaniment of 1 person or organisation, with 1 volunteer in "
        "the field.",
        "100% of the cases are fully or partly verified."]),
    ("some", "es", [
        "La oficina se reunió 4 veces con autoridades (1 local, 2 regionales y 1 nacional).",
        "De los 2 incidentes de los tipos más graves, 1 se planteó por encima del nivel local, 0 solo ante "
        "autoridades locales y 1 ante ninguna.",
        "1 de los 2 asesinatos, desapariciones, casos de violencia sexual y tortura no se planteó ante ninguna "
        "autoridad por encima del nivel local.",
        "1 persona u organización en riesgo alto o extremo sufrió nuevas agresiones en el periodo.",
        "Tener previstos visados de emergencia para la persona u organización en riesgo extremo.",
        "Asesinato: de 1 a 2 (+100\u00a0%)."]),
    ("some", "en", [
        "The office met the authorities 4 times (1 local, 2 regional and 1 national).",
        "Of the 2 incidents of the gravest kinds, 1 was raised above the local level, 0 only with local "
        "authorities and 1 with none.",
        "1 of the 2 killings, disappearances, cases of sexual violence and torture was raised with no authority "
        "above the local level.",
        "1 person or organisation at high or extreme risk was attacked again in the period.",
        "Stand ready to issue emergency visas for the person or organisation at extreme risk.",
        "Killing: from 1 to 2 (+100%)."]),
])
def test_counts_agree_with_their_words_and_percentages_are_spaced_one_way(vault, on_day, scenario, language,
                                                                          sentences):
    """The Spanish briefing said '(9 local, 18 regional, 6 nacional…)', '1 se plantearon' and both
    'El 68 %' and '+70%'; the English said '1 incidents', 'met the authorities 1 times'."""
    import re

    on_day(dt.date(2026, 12, 4))
    _one_of_each(vault, scenario)
    doc, _view = build_briefing(vault, BriefingOptions(
        recipient="Embassy of Norway", period=Period(dt.date(2026, 6, 1), dt.date(2026, 11, 30)),
        audience="internal", language=language, context="Context."))
    text = "\n".join(doc.texts())
    for sentence in sentences:
        assert sentence in text, sentence
    # One way of writing a percentage in the whole document: '68 %' in Spanish, '68%' in English.
    assert "%" in text
    assert not re.search(r"\d%" if language == "es" else r"\d\s%", text)
    assert not re.search(r"\b1 (incidents|times|commitments|volunteers|accompaniments|people|were)\b"
                         r"|\b1 (incidentes|veces|compromisos|personas|se plantearon|sufrieron)\b", text)


@pytest.mark.parametrize("language, sentences", [
    ("en", ["the office recorded 1 incident against human rights defenders in Cañaveral (killing: 1).",
            "The same people or organisations suffered 1 incident in the two previous years (threat)."]),
    ("es", ["la oficina registró 1 incidente contra personas defensoras en Cañaveral (asesinato: 1).",
            "Las mismas personas u organizaciones sufrieron 1 incidente en los dos años anteriores (amenaza)."])])
def test_the_alert_background_counts_agree_with_their_words(vault, on_day, language, sentences):
    """The urgent alert's background said 'recorded 1 incidents' and 'suffered 1 incidents'."""
    from accompdesk.domain.records import Person

    on_day(dt.date(2026, 12, 4))
    rosa = vault.persons.add(Person(full_name="Rosa Quispe Mamani", kind="indigenous_leader", region="Cañaveral",
                                    risk_level="extreme", consent_level="public"))
    ids = [vault.incidents.add(Incident(
        summary="Hechos en la vereda", occurred_on=day, place="Vereda El Cedro", region="Cañaveral", kind=kind,
        severity="critical", perpetrator_type="unknown", verification="verified", affected_persons=[rosa.id],
        affected_person_roles=["target"])).id
        for day, kind in ((dt.date(2026, 11, 20), "killing"), (dt.date(2025, 6, 1), "threat"))]
    doc, _view = build_alert(vault, AlertOptions(incident_id=ids[0], audience="internal", language=language))
    text = "\n".join(doc.texts())
    for sentence in sentences:
        assert sentence in text, sentence
