"""The files themselves: fonts in the Word file, numbers in the workbook, the PDF's outline,
vector charts, every page rendered and none left nearly empty, characters never dropped."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile

import pytest

from accompdesk.domain import vocab as V
from accompdesk.reports.alert import AlertOptions, build_alert
from accompdesk.reports.briefing import BriefingOptions, build_briefing, month_series
from accompdesk.reports.columns import fit_widths
from accompdesk.reports.data import Period, incidents_frame
from accompdesk.reports.export import render
from accompdesk.reports.stats import StatsOptions, build_stats, stats_xlsx
from accompdesk.reports.word_fonts import obfuscate
from accompdesk.vault.keyslots import FAST_KDF
from accompdesk.vault.store import Vault

from .case_data import END, START, fill_case

pypdf = pytest.importorskip("pypdf")
# No window here: a timer left by an earlier window test must not fail these.
pytestmark = pytest.mark.qt_no_exception_capture
PERIOD = Period(START, END)


@pytest.fixture(scope="module")
def case(tmp_path_factory):
    folder = tmp_path_factory.mktemp("files")
    vault, _ = Vault.create(str(folder / "office.vault"), "coordinadora", "x" * 12, kdf=FAST_KDF)
    ids = fill_case(vault)
    yield vault, ids
    vault.close()


def briefing_file(vault, fmt: str, lang: str = "en", context: str = "Context.") -> bytes:
    doc, view = build_briefing(vault, BriefingOptions(
        recipient="Embassy of Norway", period=PERIOD, language=lang, context=context, requests="One."))
    return render(doc, fmt, view.redactor)


# -- Word -------------------------------------------------------------------------------------

def test_word_embeds_its_fonts(case):
    vault, _ids = case
    data = briefing_file(vault, "docx")
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        names = z.namelist()
        table = z.read("word/fontTable.xml").decode()
        rels = z.read("word/_rels/fontTable.xml.rels").decode()
        settings = z.read("word/settings.xml").decode()
        types = z.read("[Content_Types].xml").decode()
        fonts = {n: z.read(n) for n in names if n.startswith("word/fonts/")}
    assert len(fonts) == 4
    assert "<w:embedTrueTypeFonts/>" in settings and 'Extension="odttf"' in types
    for element in ("embedRegular", "embedBold", "embedItalic", "embedBoldItalic"):
        m = re.search(rf'<w:{element} r:id="(\w+)" w:fontKey="(\{{[0-9A-F-]+\}})"', table)
        assert m, element
        target = re.search(rf'Id="{m.group(1)}"[^>]*Target="([^"]+)"', rels).group(1)
        # Undoing the obfuscation with the key gives a TrueType font back.
        font = obfuscate(fonts["word/" + target], m.group(2))
        assert font[:4] == b"\x00\x01\x00\x00"
        from fontTools.ttLib import TTFont

        assert TTFont(io.BytesIO(font))["name"].getDebugName(1) == "Noto Sans"


def test_word_numeric_columns_and_headers_are_right_aligned_and_pictures_have_alt_text(case):
    vault, _ids = case
    data = briefing_file(vault, "docx")
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
    tables = re.findall(r"<w:tbl>.*?</w:tbl>", xml, re.S)
    first_table = next(t for t in tables if "Previous period" in t)
    header = re.findall(r"<w:tc>.*?</w:tc>", first_table.split("</w:tr>")[0], re.S)
    assert ["w:jc w:val=\"right\"" in cell for cell in header] == [False, True, True, True]
    descriptions = re.findall(r'<wp:docPr [^>]*descr="([^"]*)"', xml)
    assert len(descriptions) == 3 and all(len(d) > 20 for d in descriptions)
    assert any(d.startswith("Incidents by month and kind:") for d in descriptions)


@pytest.mark.parametrize("header, weights", [
    (["Date", "Kind", "Region", "Severity", "Perpetrator", "Summary"], [1.7, 2.1, 2.0, 0.6, 2.0, 5.6]),
    (["Autoridad", "Nivel", "Compromisos", "Cumplidos", "Incumplidos", "Vencidos"], [5, 1, 1, 1, 1, 1]),
])
def test_no_header_breaks_inside_a_word(header, weights):
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from accompdesk.reports import fonts

    face = fonts.face(fonts.MAIN, bold=True)
    total = 481.0
    widths = fit_widths(header, [total * w / sum(weights) for w in weights], face, 8, 3)
    assert abs(sum(widths) - total) < 0.01
    for h, w in zip(header, widths):
        assert max(stringWidth(word, face, 8) for word in h.split()) + 6 <= w


# -- the workbook ------------------------------------------------------------------------------

def test_workbook_cells_are_numbers_with_formats_and_each_table_has_a_chart(case):
    import datetime as dt

    from openpyxl import load_workbook

    vault, _ids = case
    data = stats_xlsx(vault, StatsOptions(period=PERIOD, audience="public"), lambda s: s)
    book = load_workbook(io.BytesIO(data))
    current = incidents_frame(vault, PERIOD, with_links=False)
    for sheet in book.worksheets:
        rows = list(sheet.iter_rows())
        assert rows[0][0].value.endswith("Statistics of incidents against human rights defenders")
        assert rows[1][0].value.startswith("Period: ") and rows[2][0].value.startswith("Source: ")
        assert rows[3][0].value == "Audience: Public"
        header = next(i for i, r in enumerate(rows) if r[0].font.bold and i > 0)
        assert sheet.freeze_panes == f"B{header + 2}"
        assert len(sheet._charts) == 1
        body = rows[header + 1:]
        for row in body:
            for cell in row[1:]:
                if cell.value is None:
                    continue
                assert isinstance(cell.value, (int, float, dt.datetime)), (sheet.title, cell.coordinate)
                assert cell.number_format in ("#,##0", "+0%;-0%;0%", "mmm yyyy")
                assert not str(cell.value).startswith("'")
        if sheet.title == "By month":
            assert all(isinstance(r[0].value, dt.datetime) and r[0].number_format == "mmm yyyy" for r in body)
            assert sum(r[1].value for r in body) == len(current)
        if sheet.title == "By kind":
            counts = current["kind"].value_counts()
            killing = next(r for r in body if r[0].value == "Killing")
            assert killing[1].value == int(counts["killing"])
            assert killing[3].number_format == "+0%;-0%;0%"
        assert sheet.column_dimensions["A"].width >= 30


# -- charts -------------------------------------------------------------------------------------

def test_gravest_kinds_are_never_folded_into_other_kinds(case):
    import pandas as pd

    kinds = ["threat"] * 50 + ["surveillance"] * 40 + ["harassment"] * 30 + ["raid"] * 20 + \
        ["stigmatisation"] * 15 + ["detention"] * 12 + ["displacement"] * 10 + ["torture", "killing"]
    frame = pd.DataFrame({"kind": kinds, "month": ["2026-01"] * len(kinds)})
    _months, series = month_series(frame, "en")
    for kind in ("killing", "torture"):
        assert V.INCIDENT_KIND.label(kind) in series
    assert "Other kinds" in series and len(series) <= 8


def test_pdf_charts_are_vectors_with_titles_and_source_lines(case):
    vault, _ids = case
    data = briefing_file(vault, "pdf")
    reader = pypdf.PdfReader(io.BytesIO(data))
    for page in reader.pages:
        objects = page.get("/Resources", {}).get("/XObject", {}) or {}
        assert not [k for k, v in objects.items() if v.get_object().get("/Subtype") == "/Image"]
    text = "\n".join(p.extract_text() for p in reader.pages)
    for title in ("Incidents by month and kind", "Incidents by region, this period and the previous one",
                  "Incidents by alleged perpetrator"):
        assert re.search(re.escape(title) + r"\. Source: .+, records as of .+; diplomatic audience\.",
                         " ".join(text.split()))


# -- PDF ------------------------------------------------------------------------------------------

def test_pdf_outline_follows_the_headings(case):
    vault, _ids = case
    doc, view = build_briefing(vault, BriefingOptions(recipient="Embassy of Norway", period=PERIOD,
                                                      context="C.", requests="R."))
    reader = pypdf.PdfReader(io.BytesIO(render(doc, "pdf", view.redactor)))
    top = [o.title for o in reader.outline if not isinstance(o, list)]
    from accompdesk.reports.model import Heading

    headings = [b.text for b in doc.blocks if isinstance(b, Heading) and b.level == 1]
    assert top == [doc.title] + headings


def test_every_font_subset_has_its_own_prefix(case):
    vault, _ids = case
    data = briefing_file(vault, "pdf", context="Texto con 李娜 y अर्जुन शर्मा y فاطمة.")
    reader = pypdf.PdfReader(io.BytesIO(data))
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]))
    prefixes = [n.split("+")[0] for n in names]
    assert len(names) >= 5 and all(re.fullmatch(r"/[A-Z]{6}", p) for p in prefixes)
    assert len(set(prefixes)) == len(names), sorted(names)


def test_characters_no_font_draws_are_shown_and_noted_never_dropped(case):
    vault, _ids = case
    data = briefing_file(vault, "pdf", context="Vigil with candles 🕯 at the house of 𠜎 family.")
    text = " ".join("\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages).split())
    assert "Vigil with candles [U+1F56F] at the house of [U+2070E] family." in text
    assert "Characters the document's fonts cannot draw are shown as their Unicode code" in text


# -- every page rendered ----------------------------------------------------------------------------

def _pages(data: bytes, tmp_path) -> list[tuple[int, int, bytes]]:
    source = tmp_path / "doc.pdf"
    source.write_bytes(data)
    subprocess.run(["pdftoppm", "-r", "24", "-gray", str(source), str(tmp_path / "page")], check=True)
    out = []
    for path in sorted(tmp_path.glob("page*.pgm")):
        raw = path.read_bytes()
        magic, width, height, _maxval, pixels = re.match(rb"(P5)\s+(\d+)\s+(\d+)\s+(\d+)\s(.*)", raw, re.S).groups()
        out.append((int(width), int(height), pixels))
    return out


def emptiness(width: int, height: int, pixels: bytes) -> float:
    """How much of the space between the running header and footer the content leaves blank,
    measured from the last inked line down to the footer."""
    top, bottom = int(height * 0.09), int(height * 0.91)  # inside the 2 cm margins and rules
    inked = [y for y in range(top, bottom) if min(pixels[y * width:(y + 1) * width]) < 160]
    if not inked:
        return 1.0
    return 1 - (inked[-1] - top) / (bottom - top)


@pytest.mark.skipif(shutil.which("pdftoppm") is None,
                    reason="pdftoppm (poppler-utils) is not installed: pages cannot be rendered")
@pytest.mark.parametrize("document, lang", [("briefing", "en"), ("briefing", "es"), ("alert", "en"),
                                            ("alert", "es"), ("stats", "en")])
def test_every_page_renders_and_none_but_the_last_is_mostly_empty(case, tmp_path, document, lang):
    vault, ids = case
    if document == "briefing":
        data = briefing_file(vault, "pdf", lang)
    elif document == "alert":
        doc, view = build_alert(vault, AlertOptions(incident_id=ids["the_killing"], language=lang))
        data = render(doc, "pdf", view.redactor)
    else:
        doc, view = build_stats(vault, StatsOptions(period=PERIOD, language=lang))
        data = render(doc, "pdf", view.redactor)
    pages = _pages(data, tmp_path)
    assert len(pages) == len(pypdf.PdfReader(io.BytesIO(data)).pages) >= 1
    empty = [round(emptiness(*p), 2) for p in pages]
    assert all(e <= 0.85 for e in empty[:-1]), empty
