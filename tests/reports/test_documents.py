"""Every document in both formats, read back: who is named, hostile text, fonts, metadata."""

from __future__ import annotations

import io
import re
import os
import zipfile

import pytest

from accompdesk.domain.audience import find_withheld
from accompdesk.reports.alert import AlertOptions, build_alert
from accompdesk.reports.briefing import BriefingOptions, build_briefing
from accompdesk.reports.data import Period
from accompdesk.reports.export import WithheldNameFound, docx_parts_text, export
from accompdesk.reports.stats import StatsOptions, build_stats
from accompdesk.vault.keyslots import FAST_KDF
from accompdesk.vault.store import Vault

from .office_data import (DIPLOMATIC_NAMES, INTERNAL_NAMES, PERIOD_END, PERIOD_START, PUBLIC_NAMES,
                          fill_office)

pypdf = pytest.importorskip("pypdf")
docx = pytest.importorskip("docx")

ALLOWED = {"public": PUBLIC_NAMES, "diplomatic": PUBLIC_NAMES + DIPLOMATIC_NAMES,
           "internal": PUBLIC_NAMES + DIPLOMATIC_NAMES + INTERNAL_NAMES}
WITHHELD = {"public": DIPLOMATIC_NAMES + INTERNAL_NAMES, "diplomatic": INTERNAL_NAMES, "internal": []}
# Right-to-left names are drawn in visual order, so text extraction gives them back reversed;
# shaped Devanagari draws a reph (र्) after the letter it sits on, and extraction follows the drawing.
READ_BACK = [n for n in PUBLIC_NAMES + DIPLOMATIC_NAMES + INTERNAL_NAMES if not any(
    "\u0590" <= c <= "\u06ff" or "\u0900" <= c <= "\u097f" for c in n)]


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    folder = tmp_path_factory.mktemp("office")
    vault, _recovery = Vault.create(str(folder / "office.vault"), "coordinadora", "x" * 12, kdf=FAST_KDF)
    ids = fill_office(vault)
    yield vault, ids, folder
    vault.close()


def _build(vault, ids, document, audience, language="en"):
    period = Period(PERIOD_START, PERIOD_END)
    if document == "briefing":
        return build_briefing(vault, BriefingOptions(recipient="Embassy of Norway", period=period,
                                                     audience=audience, language=language,
                                                     context="Context written by staff: La Mona."))
    if document == "alert":
        return build_alert(vault, AlertOptions(incident_id=ids["main_incident"], audience=audience,
                                               language=language, follow_up=True,
                                               changes="Now María José Pérez is safe."))
    return build_stats(vault, StatsOptions(period=period, audience=audience, language=language))


def pdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    info = reader.metadata or {}
    return "\n\n".join([page.extract_text() for page in reader.pages] +
                       [str(v) for v in info.values()])


def docx_text(data: bytes) -> str:
    return "\n\n".join(docx_parts_text(data).values())


def _export(vault, ids, folder, document, fmt, audience, language="en"):
    doc, view = _build(vault, ids, document, audience, language)
    path = os.path.join(folder, f"{document}-{audience}-{language}.{fmt}")
    export(vault, doc, fmt, path, view.redactor)
    with open(path, "rb") as fh:
        data = fh.read()
    return data, (pdf_text(data) if fmt == "pdf" else docx_text(data))


@pytest.mark.parametrize("audience", ["public", "diplomatic", "internal"])
@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("document", ["briefing", "alert", "stats"])
def test_documents_name_exactly_whom_the_audience_allows(office, document, fmt, audience):
    vault, ids, folder = office
    data, text = _export(vault, ids, folder, document, fmt, audience)
    assert find_withheld(text, WITHHELD[audience]) == []
    if document == "briefing":
        expected = [n for n in ALLOWED[audience] if n in READ_BACK and n not in ("ACS",)]
        missing = [n for n in expected if not find_withheld(text, [n])]
        assert missing == []
    if document == "alert" and audience != "internal":
        assert "community leader in Cañaveral" in " ".join(text.split())
    entries = vault.audit_entries(action="export")
    assert f"document={document}" in entries[-1].detail
    assert f"audience={audience}" in entries[-1].detail
    if fmt == "docx":
        docx.Document(io.BytesIO(data))  # Word files re-open


def test_spanish_briefing_describes_in_spanish(office):
    vault, ids, folder = office
    _data, text = _export(vault, ids, folder, "briefing", "pdf", "diplomatic", "es")
    flat = " ".join(text.split())
    assert "un líder comunitario en Cañaveral" in flat or "Un líder comunitario en Cañaveral" in flat
    assert "Confidencial — preparado para Embassy of Norway" in flat
    assert find_withheld(text, INTERNAL_NAMES) == []


def test_hostile_text_prints_as_written(office):
    vault, ids, folder = office
    data, text = _export(vault, ids, folder, "alert", "pdf", "internal")
    flat = " ".join(text.split())
    assert "<img src=/etc/passwd> & &amp; <b>bold?</b>" in flat
    data, _text = _export(vault, ids, folder, "alert", "docx", "internal")
    body = "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)
    assert "<img src=/etc/passwd> & &amp; <b>bold?</b>" in body
    assert "\u202e" not in body
    # A description of 20,000 characters prints whole in the alert, over several pages.
    doc, view = build_alert(vault, AlertOptions(incident_id=ids["long_incident"], audience="diplomatic"))
    for fmt in ("pdf", "docx"):
        path = os.path.join(folder, f"long.{fmt}")
        export(vault, doc, fmt, path, view.redactor)
        with open(path, "rb") as fh:
            data = fh.read()
        text = pdf_text(data) if fmt == "pdf" else docx_text(data)
        assert " ".join(text.split()).count("Descripción larga.") > 1000
        assert find_withheld(text, INTERNAL_NAMES) == []


def test_renderers_drop_control_characters_and_keep_every_script(tmp_path):
    from accompdesk.domain.audience import Redactor
    from accompdesk.reports.export import render
    from accompdesk.reports.model import Document, Heading, Note, Run, Table, TitleBlock, para

    hostile = "A\x00B\x07C\x1bD\x7fE\ufffeF \ud800 <img src=/etc/passwd> &lt; é\u0301"
    doc = Document(kind="test", title="T " + hostile, classification="Internal " + hostile,
                   office="Office", audience="internal")
    doc.add(TitleBlock("Title " + hostile, hostile, [("Label", hostile)]), Heading(hostile),
            para(hostile, Run(" 王小明 فاطمة अर्जुन", bold=True)), Note([Run(hostile)], title=hostile),
            Table(["H " + hostile, "Other"], [[hostile, "x" * 3000]] * 120),
            para("Cien " * 20_000), para("y" * 100_000))  # 100 KB of words, and one 100 KB word
    for fmt in ("pdf", "docx"):
        data = render(doc, fmt, Redactor([]))
        text = pdf_text(data) if fmt == "pdf" else docx_text(data)
        assert "ABCD" in text and "<img src=/etc/passwd> &lt;" in text
        assert text.count("Cien") == 20_000
        assert "\x00" not in text and "\x07" not in text
        if fmt == "docx":
            docx.Document(io.BytesIO(data))
        else:
            assert "王小明" in text
            # Shaped: every letter of the name comes back, the reph in drawing order.
            assert sorted("अर्जुन") in [sorted(w) for w in re.findall("[\u0900-\u097f]+", text)]


def test_pdf_pages_carry_classification_page_numbers_and_embedded_fonts(office):
    vault, ids, folder = office
    data, _text = _export(vault, ids, folder, "briefing", "pdf", "diplomatic")
    reader = pypdf.PdfReader(io.BytesIO(data))
    total = len(reader.pages)
    assert total >= 2
    for number, page in enumerate(reader.pages, start=1):
        flat = " ".join(page.extract_text().split())
        assert "Confidential — prepared for the Embassy of Norway" in flat
        assert f"page {number} of {total}" in flat
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            descriptor = (descendants[0].get_object() if descendants else font).get("/FontDescriptor")
            assert descriptor is not None, f"{font.get('/BaseFont')} is not embedded"
            descriptor = descriptor.get_object()
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    info = reader.metadata
    assert info.author == "Field office"
    assert info.creator == "AccompDesk" and info.producer == "AccompDesk"


def test_word_metadata_and_furniture(office):
    vault, ids, folder = office
    data, _text = _export(vault, ids, folder, "briefing", "docx", "diplomatic")
    document = docx.Document(io.BytesIO(data))
    props = document.core_properties
    assert props.author == "Field office" and props.last_modified_by == "Field office"
    assert props.comments == ""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        everything = b"".join(z.read(n) for n in z.namelist())
        assert b"<Application>AccompDesk</Application>" in z.read("docProps/app.xml")
        assert b"python-docx" not in everything and b"Microsoft" not in z.read("docProps/app.xml")
        footer = b"".join(z.read(n) for n in z.namelist() if n.startswith("word/footer"))
        assert b"NUMPAGES" in footer and b"PAGE" in footer
    assert "Confidential — prepared for the Embassy of Norway" in document.sections[0].header.paragraphs[0].text
    incidents = document.tables[-1]
    assert incidents._tbl.tr_lst[0].trPr.xpath("./w:tblHeader")  # the header row repeats


def test_a_withheld_name_the_redactor_cannot_reach_stops_the_export(office):
    vault, ids, folder = office
    doc, view = _build(vault, ids, "stats", "public")
    doc.office = "Oficina de María José Pérez"  # metadata are not redacted: the scan must catch it
    before = len(vault.audit_entries(action="export"))
    for fmt in ("pdf", "docx"):
        path = os.path.join(folder, f"refused.{fmt}")
        with pytest.raises(WithheldNameFound) as caught:
            export(vault, doc, fmt, path, view.redactor)
        assert not os.path.exists(path)
        assert "María José Pérez" in caught.value.names
        assert "was not written" in str(caught.value)
    assert len(vault.audit_entries(action="export")) == before


def test_stats_workbook_is_scanned_and_formula_safe(office, tmp_path):
    from accompdesk.reports.stats import _safe_cell

    assert _safe_cell("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")"
    assert _safe_cell("-5") == "'-5" and _safe_cell("Cañaveral") == "Cañaveral"
    vault, ids, folder = office
    from accompdesk.cli import report as commands

    class Args:
        document, recipient, nationality, region, incident, follow_up = "stats", "", "", [], None, False
        country, allow_placeholders = "", False
        changes_file = context_file = requests_file = actions_file = week = None
        staff = action = table = record = None
        date_from, date_to = PERIOD_START.isoformat(), PERIOD_END.isoformat()
        audience, lang, paper, office = "public", "es", "A4", ""
        report_format, output = "xlsx", str(tmp_path / "stats.xlsx")

    assert commands.run(Args, vault) == 0
    import openpyxl

    book = openpyxl.load_workbook(Args.output)
    assert "Por tipo" in book.sheetnames
    rows = list(book["Por tipo"].values)
    # Title, period, source and audience rows, a blank line, then the header.
    assert rows[0][0].startswith("Por tipo — ") and rows[3][0] == "Destinatarios: Público"
    assert rows[5][0] == "Tipo" and any(r[0] == "Atentado" for r in rows)
