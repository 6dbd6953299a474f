"""The PDF read as a viewer reads it: Devanagari drawn as shaped glyphs (conjuncts, vowel
signs before their consonant) and every letter kept; the document's language, title and
bookmarks in its catalogue."""

from __future__ import annotations

import io
import re

import pytest

from accompdesk.reports import fonts
from accompdesk.reports.alert import AlertOptions, build_alert
from accompdesk.reports.briefing import BriefingOptions, build_briefing
from accompdesk.reports.data import Period
from accompdesk.reports.export import render
from accompdesk.reports.model import Document, Table, para
from accompdesk.domain.audience import Redactor
from accompdesk.vault.keyslots import FAST_KDF
from accompdesk.vault.store import Vault

from .case_data import END, START, fill_case

pypdf = pytest.importorskip("pypdf")
pytest.importorskip("uharfbuzz")
pytestmark = pytest.mark.qt_no_exception_capture

NAMES = ["क्षत्रिय", "श्री"]


@pytest.fixture(scope="module")
def case(tmp_path_factory):
    folder = tmp_path_factory.mktemp("shaping")
    vault, _ = Vault.create(str(folder / "office.vault"), "coordinadora", "x" * 12, kdf=FAST_KDF)
    ids = fill_case(vault)
    yield vault, ids
    vault.close()


def _to_unicode(font) -> dict[int, str]:
    data = font["/ToUnicode"].get_object().get_data().decode("latin-1")
    block = data.split("beginbfchar", 1)[1].split("endbfchar", 1)[0]
    return {int(code, 16): bytes.fromhex(text).decode("utf-16-be")
            for code, text in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block)}


def devanagari_glyphs(data: bytes) -> list[str]:
    """The glyphs drawn in the Devanagari face, in drawing order, as the letters each stands for."""
    from pypdf.generic import ContentStream

    reader = pypdf.PdfReader(io.BytesIO(data))
    glyphs: list[str] = []
    for page in reader.pages:
        fonts_here = page["/Resources"]["/Font"]
        current = None
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"Tf":
                font = fonts_here[operands[0]].get_object()
                current = _to_unicode(font) if "Devanagari" in str(font["/BaseFont"]) else None
            elif operator in (b"Tj", b"TJ") and current is not None:
                for item in operands[0] if operator == b"TJ" else [operands[0]]:
                    if isinstance(item, (bytes, str)):
                        raw = item.original_bytes if hasattr(item, "original_bytes") else bytes(item)
                        glyphs += [current.get(b, "\ufffd") for b in raw]
    return [g for g in glyphs if g.strip()]


def _briefing(vault, text: str, lang: str = "en") -> bytes:
    doc, view = build_briefing(vault, BriefingOptions(
        recipient="Embassy of Norway", period=Period(START, END), language=lang, context=text,
        requests="Raise the case."))
    return render(doc, "pdf", view.redactor)


@pytest.mark.parametrize("name, conjunct", [("क्षत्रिय", "क्ष"), ("श्री", "श्र")])
def test_devanagari_names_are_shaped_into_conjuncts_and_lose_no_letter(case, name, conjunct):
    vault, _ids = case
    data = _briefing(vault, f"Visita a {name} en la vereda.")
    spelled = devanagari_glyphs(data)
    # Shaped: the conjunct is one glyph; unshaped it would be three (letter, virama, letter).
    assert conjunct in spelled, spelled
    assert "\u094d" not in spelled  # no virama drawn on its own
    if "ि" in name:
        # The short i is drawn before the consonant cluster it follows in the text.
        assert spelled.index("ि") < spelled.index("त्र"), spelled
    # Never dropped: every letter of the name comes back from the glyphs drawn.
    assert sorted("".join(spelled)) == sorted(name)


def test_unshaped_the_same_name_would_draw_loose_letters():
    """The check above can fail: reportlab's own drawing, without HarfBuzz, spells the virama."""
    fonts.register()
    face = fonts.face("ADDevanagari")
    from reportlab.pdfbase.pdfmetrics import getFont
    from reportlab.pdfbase.ttfonts import shapeStr

    font = getFont(face)
    plain = [font.face.charToGlyph[ord(c)] for c in "श्री"]
    shaped = [font.face.charToGlyph[ord(c)] for c in shapeStr("श्री", face, 10, force=True)]
    assert len(plain) == 4 and len(shaped) == 2 and shaped != plain[:2]


def test_shaped_in_tables_too(tmp_path):
    doc = Document(kind="test", title="T", classification="Internal", office="Office", audience="internal")
    doc.add(Table(["Who", "Where"], [[NAMES[0], "Cauca"], [NAMES[1], "Nariño"]]))
    glyphs = devanagari_glyphs(render(doc, "pdf", Redactor([])))
    assert "क्ष" in glyphs and "श्र" in glyphs and "\u094d" not in glyphs


def test_emoji_and_astral_characters_beside_shaped_text_are_still_shown_and_noted(case):
    vault, _ids = case
    data = _briefing(vault, "Vigilia por श्री 🕯 en la casa de la familia 𠜎.")
    text = " ".join("\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages).split())
    assert "[U+1F56F]" in text and "[U+2070E]" in text
    assert "Characters the document's fonts cannot draw are shown as their Unicode code" in text
    assert "श्र" in devanagari_glyphs(data)


def test_the_final_scan_reads_the_text_before_shaping():
    """The withheld-name scan reads the strings handed to the renderer, in the order typed:
    shaping and reordering glyphs cannot hide a name from it."""
    from accompdesk.reports.export import prepare
    from accompdesk.reports.pdf import render_pdf

    doc = Document(kind="test", title="T", classification="Internal", office="Office", audience="public")
    doc.add(para("Reunión con श्री कृष्ण"), Table(["Who"], [["क्षत्रिय"]]))
    _data, printed = render_pdf(prepare(doc, Redactor([])))
    assert "Reunión con श्री कृष्ण" in printed and "क्षत्रिय" in printed


# -- the catalogue ------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("document", ["briefing", "alert"])
def test_pdf_says_its_language_shows_its_title_and_has_bookmarks(case, lang, document):
    vault, ids = case
    if document == "briefing":
        doc, view = build_briefing(vault, BriefingOptions(recipient="Embassy of Norway", period=Period(START, END),
                                                          language=lang, context="C.", requests="R."))
    else:
        doc, view = build_alert(vault, AlertOptions(incident_id=ids["the_killing"], language=lang))
    reader = pypdf.PdfReader(io.BytesIO(render(doc, "pdf", view.redactor)))
    root = reader.trailer["/Root"]
    assert root["/Lang"] == lang
    assert root["/ViewerPreferences"]["/DisplayDocTitle"].value is True
    assert reader.metadata.title == doc.title
    assert root["/PageMode"] == "/UseOutlines"
    assert [o.title for o in reader.outline if not isinstance(o, list)][0] == doc.title
    # reportlab writes no structure tree, so the file does not claim to be tagged.
    assert "/StructTreeRoot" not in root and "/MarkInfo" not in root
