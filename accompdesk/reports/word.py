"""The Word renderer (python-docx): the version staff open and polish before sending.

Tables are written as XML text and put in place after python-docx has saved the file:
python-docx looks cells up by walking the table, and even a parsed table costs
seconds to move into the document when it has twenty thousand rows. Metadata are reset to the office's name and AccompDesk, because the template
python-docx starts from carries its own author, description and application.
"""

from __future__ import annotations

import datetime as dt
import io
import secrets
from xml.sax.saxutils import escape

from .fonts import WORD_FONT
from .labels import page_of
from .model import Document, Heading, Image, Note, PageBreak, Paragraph, Run, Table, TitleBlock
from .textsafe import clean
from ..domain import clock

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_APP_XML = ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            "<Application>AccompDesk</Application><DocSecurity>0</DocSecurity>"
            "<Company>{company}</Company></Properties>")
SIZES = {"body": 10, "lead": 11, "small": 8.5, "note": 9.5, "caption": 8}


def render_docx(doc: Document) -> bytes:
    import docx
    from docx.shared import Cm

    word = docx.Document()
    _base_styles(word)
    section = word.sections[0]
    width_cm, height_cm = (21.59, 27.94) if doc.page_size.lower() == "letter" else (21.0, 29.7)
    if doc.landscape:
        from docx.enum.section import WD_ORIENT
        section.orientation = WD_ORIENT.LANDSCAPE
        width_cm, height_cm = height_cm, width_cm
    section.page_width, section.page_height = Cm(width_cm), Cm(height_cm)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.0))
    text_width_cm = width_cm - 4.0
    _header_footer(section, doc)
    # A marker nobody can type into a record, so a text cannot pose as a table's place.
    tables = _Tables(secrets.token_hex(16))
    for block in doc.blocks:
        _block(word, block, text_width_cm, tables)
    _metadata(word, doc)
    out = io.BytesIO()
    word.save(out)
    return _put_tables(out.getvalue(), tables)


class _Tables(list):
    def __init__(self, marker: str):
        super().__init__()
        self.marker = marker

    def placeholder(self) -> str:
        return f"{self.marker}-{len(self)}-{self.marker}"


def _put_tables(data: bytes, tables: _Tables) -> bytes:
    """Replace each placeholder paragraph of word/document.xml by its table's XML."""
    if not tables:
        return data
    import re
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(data))
    xml = source.read("word/document.xml").decode("utf-8")
    marker = tables.marker
    pieces = re.split(f"<w:p>(?:(?!</w:p>).)*?{marker}-(\\d+)-{marker}.*?</w:p>", xml, flags=re.S)
    if len(pieces) != 2 * len(tables) + 1:
        raise AssertionError("a table placeholder went missing")
    xml = "".join(tables[int(p)] if i % 2 else p for i, p in enumerate(pieces))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            body = xml.encode("utf-8") if item.filename == "word/document.xml" else source.read(item)
            target.writestr(item, body, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


# -- styles and page furniture --------------------------------------------------------------

def _set_fonts(rpr_owner) -> None:
    from docx.oxml.ns import qn

    rpr = rpr_owner.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), WORD_FONT)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(theme), None)


def _base_styles(word) -> None:
    from docx.shared import Pt, RGBColor

    normal = word.styles["Normal"]
    normal.font.name = WORD_FONT
    normal.font.size = Pt(10)
    _set_fonts(normal.element)
    normal.paragraph_format.space_after = Pt(5)
    for name, size in (("Title", 19), ("Heading 1", 14), ("Heading 2", 11.5)):
        style = word.styles[name]
        style.font.name = WORD_FONT
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.color.rgb = RGBColor(0, 0, 0)  # legible when printed in black and white
        _set_fonts(style.element)


def _field_runs(paragraph, instruction: str) -> None:
    from docx.oxml import parse_xml

    for xml in (f'<w:r {_W}><w:fldChar w:fldCharType="begin"/></w:r>',
                f'<w:r {_W}><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>',
                f'<w:r {_W}><w:fldChar w:fldCharType="separate"/></w:r>',
                f'<w:r {_W}><w:t>1</w:t></w:r>',
                f'<w:r {_W}><w:fldChar w:fldCharType="end"/></w:r>'):
        paragraph._p.append(parse_xml(xml))


def _header_footer(section, doc: Document) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Pt, Twips

    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = header.add_run(clean(doc.classification))
    run.bold = True
    run.font.size = Pt(8.5)

    footer = section.footer.paragraphs[0]
    width = section.page_width - section.left_margin - section.right_margin
    tabs = footer.paragraph_format.tab_stops
    # The template's footer style centres at the first tab; clear its stops, right-align ours.
    for position in (4680, 9360):
        tabs.add_tab_stop(Twips(position), WD_TAB_ALIGNMENT.CLEAR)
    tabs.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    run = footer.add_run(f"{clean(doc.office)} · {doc.date.isoformat()}\t")
    run.font.size = Pt(8)
    # "page X of Y" as fields, so the numbers stay right after staff edit the text.
    words = page_of(999001, 999002, doc.language).split("999001")
    tail = words[1].split("999002")
    footer.add_run(words[0]).font.size = Pt(8)
    _field_runs(footer, "PAGE")
    footer.add_run(tail[0]).font.size = Pt(8)
    _field_runs(footer, "NUMPAGES")
    for r in footer.runs:
        r.font.size = Pt(8)


def _metadata(word, doc: Document) -> None:
    props = word.core_properties
    now = clock.now().replace(microsecond=0, tzinfo=None)
    props.author = clean(doc.office)
    props.last_modified_by = clean(doc.office)
    props.title = clean(doc.title)
    props.comments = ""
    props.subject = ""
    props.keywords = ""
    props.category = ""
    props.identifier = ""
    props.revision = 1
    props.created = props.modified = now
    package = word.part.package
    for part in package.iter_parts():
        if str(part.partname) == "/docProps/app.xml":
            part._blob = _APP_XML.format(company=escape(clean(doc.office))).encode("utf-8")
    # The template's thumbnail is a picture of someone else's blank page: leave it out.
    for rel_id, rel in list(package.rels.items()):
        if not rel.is_external and str(rel.target_part.partname).startswith("/docProps/thumbnail"):
            package.rels.pop(rel_id)


# -- blocks ---------------------------------------------------------------------------------

def _add_runs(paragraph, runs: list[Run], size: float | None = None) -> None:
    from docx.shared import Pt

    for r in runs:
        run = paragraph.add_run(clean(r.text))
        run.bold = r.bold or None
        run.italic = r.italic or None
        if size:
            run.font.size = Pt(size)


def _placeholder(word, tables: _Tables, xml: str) -> None:
    word.add_paragraph(tables.placeholder())
    tables.append(xml)


def _block(word, block, text_width_cm: float, tables: _Tables) -> None:
    from docx.enum.text import WD_BREAK
    from docx.shared import Cm, Pt

    if isinstance(block, Paragraph):
        p = word.add_paragraph()
        _add_runs(p, block.runs, SIZES.get(block.style) if block.style != "body" else None)
    elif isinstance(block, Heading):
        word.add_heading(clean(block.text), level=1 if block.level <= 1 else 2)
    elif isinstance(block, TitleBlock):
        title = word.add_paragraph(style="Title")
        title.add_run(clean(block.title))
        if block.subtitle:
            p = word.add_paragraph()
            _add_runs(p, [Run(block.subtitle)], 12)
        for label, value in block.facts:
            p = word.add_paragraph()
            p.paragraph_format.space_after = Pt(1)
            _add_runs(p, [Run(label + ": ", bold=True), Run(value)], 9)
        word.add_paragraph()
    elif isinstance(block, Table):
        _placeholder(word, tables, _table_xml(block, text_width_cm))
        if block.caption:
            p = word.add_paragraph()
            _add_runs(p, [Run(block.caption, italic=True)], SIZES["caption"])
        else:
            word.add_paragraph()
    elif isinstance(block, Image):
        width = min(block.width_cm, text_width_cm)
        word.add_picture(io.BytesIO(block.png), width=Cm(width))
        if block.caption:
            p = word.add_paragraph()
            _add_runs(p, [Run(block.caption, italic=True)], SIZES["caption"])
    elif isinstance(block, Note):
        _placeholder(word, tables, _note_xml(block, text_width_cm))
        word.add_paragraph()
    elif isinstance(block, PageBreak):
        word.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    else:
        raise TypeError(f"unknown block {type(block).__name__}")


def _text_runs(text: str, bold: bool = False, italic: bool = False, half_points: int = 16) -> str:
    props = (("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") +
             f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/>')
    lines = clean(text).split("\n")
    parts = []
    for i, line in enumerate(lines):
        if i:
            parts.append("<w:br/>")
        parts.append(f'<w:t xml:space="preserve">{escape(line)}</w:t>')
    return f"<w:r><w:rPr>{props}</w:rPr>{''.join(parts)}</w:r>"


def _table_xml(block: Table, text_width_cm: float) -> str:
    ncols = len(block.header)
    weights = block.widths or [1] * ncols
    total = float(sum(weights))
    twips = [int(text_width_cm * 567 * w / total) for w in weights]
    border = '<w:{0} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
    borders = "".join(border.format(side) for side in
                      ("top", "left", "bottom", "right", "insideH", "insideV"))

    def cell(text: str, i: int, header: bool) -> str:
        shade = '<w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/>' if header else ""
        align = '<w:jc w:val="right"/>' if (i in block.numeric and not header) else ""
        return (f'<w:tc><w:tcPr><w:tcW w:w="{twips[i]}" w:type="dxa"/>{shade}</w:tcPr>'
                f'<w:p><w:pPr><w:spacing w:before="0" w:after="0"/>{align}</w:pPr>'
                f"{_text_runs(text, bold=header)}</w:p></w:tc>")

    rows = ['<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>' +
            "".join(cell(h, i, True) for i, h in enumerate(block.header)) + "</w:tr>"]
    for row in block.rows:
        rows.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>" +
                    "".join(cell(str(v), i, False) for i, v in enumerate(row)) + "</w:tr>")
    grid = "".join(f'<w:gridCol w:w="{t}"/>' for t in twips)
    return (f"<w:tbl><w:tblPr><w:tblW w:w=\"{sum(twips)}\" w:type=\"dxa\"/>"
            f"<w:tblBorders>{borders}</w:tblBorders><w:tblLayout w:type=\"fixed\"/>"
            '<w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>'
            f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>")


def _note_xml(block: Note, text_width_cm: float) -> str:
    width = int(text_width_cm * 567)
    border = '<w:{0} w:val="single" w:sz="8" w:space="0" w:color="000000"/>'
    borders = "".join(border.format(side) for side in ("top", "left", "bottom", "right"))
    paragraphs = []
    if block.title:
        paragraphs.append(f"<w:p>{_text_runs(block.title, bold=True, half_points=19)}</w:p>")
    runs = "".join(_text_runs(r.text, r.bold, r.italic, 19) for r in block.runs)
    paragraphs.append(f"<w:p>{runs}</w:p>")
    return (f"<w:tbl><w:tblPr><w:tblW w:w=\"{width}\" w:type=\"dxa\"/>"
           f"<w:tblBorders>{borders}</w:tblBorders>"
           '<w:tblCellMar><w:top w:w="100" w:type="dxa"/><w:left w:w="140" w:type="dxa"/>'
           '<w:bottom w:w="100" w:type="dxa"/><w:right w:w="140" w:type="dxa"/></w:tblCellMar>'
           f'</w:tblPr><w:tblGrid><w:gridCol w:w="{width}"/></w:tblGrid>'
           f'<w:tr><w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{"".join(paragraphs)}'
           "</w:tc></w:tr></w:tbl>")
