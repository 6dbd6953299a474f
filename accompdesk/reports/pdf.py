"""The PDF renderer (reportlab platypus): sent as is, so it must print every name.

Text reaches reportlab's paragraph parser only through `_markup`, which escapes it:
what staff typed prints as typed and can never become a tag that loads a file.
The renderer also returns every string it handed to reportlab, in reading order
before any right-to-left reordering: that is what the withheld-name scan reads.

reportlab writes no structure tree (no tagged PDF), so the file does not claim to be
marked; what it can say, it says: the language (/Lang), the title shown in the viewer's
title bar (DisplayDocTitle), bookmarks from the headings (opened with the file).
Devanagari is shaped through HarfBuzz where a paragraph holds it (reportlab's shaping).
"""

from __future__ import annotations

import io

from . import fonts
from .labels import page_of
from .model import Document, Heading, Image, Note, PageBreak, Paragraph, Run, Table, TitleBlock
from .textsafe import clean, escape_markup

CM = 28.3465
MARGIN = 2.0 * CM
BODY_SIZE = 10
TABLE_SIZE = 8


def render_pdf(doc: Document) -> tuple[bytes, list[str]]:
    """The PDF file's bytes and the text it prints (for the withheld-name scan)."""
    from reportlab.lib.pagesizes import A4, LETTER, landscape

    fonts.register()
    # The builders already wrote undrawable characters as code points, with their note
    # (fonts.mark_unprintable); this is the safety net for text that came another way.
    doc = doc.map_text(fonts.visible)
    size = LETTER if doc.page_size.lower() == "letter" else A4
    if doc.landscape:
        size = landscape(size)
    renderer = _Renderer(doc, size)
    return renderer.render(), renderer.printed


class _Renderer:
    def __init__(self, doc: Document, page_size):
        self.doc = doc
        self.page_size = page_size
        self.width = page_size[0] - 2 * MARGIN
        self.printed: list[str] = []
        self.styles = _styles()

    # -- text -------------------------------------------------------------------------

    def _markup(self, text: str) -> str:
        text = clean(text)
        self.printed.append(text)
        parts = []
        for family, piece in fonts.runs_by_family(text):
            if family in ("ADArabic", "ADHebrew"):
                piece = fonts.visual_order(piece)
            elif fonts.needs_shaping(piece):
                fonts.learn_shapes(family, piece)
            piece = escape_markup(piece).replace("\n", "<br/>")
            parts.append(piece if family == fonts.MAIN else f'<font face="{family}">{piece}</font>')
        return "".join(parts)

    def _runs_markup(self, runs: list[Run]) -> str:
        out = []
        for run in runs:
            inner = self._markup(run.text)
            if run.bold:
                inner = f"<b>{inner}</b>"
            if run.italic:
                inner = f"<i>{inner}</i>"
            out.append(inner)
        return "".join(out)

    def _para(self, text_or_runs, style: str):
        runs = [Run(text_or_runs)] if isinstance(text_or_runs, str) else text_or_runs
        chosen = self.styles[style]
        if any(fonts.needs_shaping(run.text) for run in runs):
            # HarfBuzz forms the conjuncts and places the vowel signs; only where a script
            # needs it, since shaping every word of a long annex costs time for nothing.
            chosen = self._shaped_style(style)
        return _outlined_paragraph()(self._runs_markup(runs), chosen)

    def _shaped_style(self, style: str):
        from reportlab.lib.styles import ParagraphStyle

        key = style + ":shaped"
        if key not in self.styles:
            self.styles[key] = ParagraphStyle(key, parent=self.styles[style], shaping=1)
        return self.styles[key]

    # -- blocks -----------------------------------------------------------------------

    def render(self) -> bytes:
        from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

        doc = self.doc
        meta_title = clean(doc.title)
        self.printed += [meta_title, clean(doc.office), clean(doc.classification)]
        out = io.BytesIO()
        template = BaseDocTemplate(
            out, pagesize=self.page_size, leftMargin=MARGIN, rightMargin=MARGIN,
            topMargin=MARGIN + 0.4 * CM, bottomMargin=MARGIN, title=meta_title,
            author=clean(doc.office), creator="AccompDesk", producer="AccompDesk",
            subject="", keywords=[], lang=doc.language, displayDocTitle=True)
        story = []
        for block in doc.blocks:
            story.extend(self._block(block))
        header = self._para([Run(doc.classification, bold=True)], "header")
        footer_left = self._para(f"{doc.office} · {doc.date.isoformat()}", "footer")
        # The body fills the margins exactly (a frame's own padding is 6 points a side): tables
        # and boxes are `self.width` wide, and their edges meet the header's and footer's rules.
        body = Frame(MARGIN, MARGIN, self.width, template.height, leftPadding=0, rightPadding=0,
                     topPadding=0, bottomPadding=0, id="body")
        template.addPageTemplates([PageTemplate(id="page", frames=[body],
                                                onPage=self._decorate(header, footer_left))])
        template.build(story, canvasmaker=_numbered_canvas(doc.language))
        return out.getvalue()

    def _decorate(self, header, footer_left):
        def draw(canvas, _template):
            width, height = self.page_size
            canvas.saveState()
            w, h = header.wrap(self.width, MARGIN)
            header.drawOn(canvas, MARGIN, height - MARGIN + 0.2 * CM)
            canvas.setLineWidth(0.4)
            canvas.line(MARGIN, height - MARGIN + 0.05 * CM, width - MARGIN, height - MARGIN + 0.05 * CM)
            canvas.line(MARGIN, MARGIN - 0.35 * CM, width - MARGIN, MARGIN - 0.35 * CM)
            footer_left.wrap(self.width * 0.7, MARGIN)
            footer_left.drawOn(canvas, MARGIN, MARGIN - 0.85 * CM)
            canvas.restoreState()
        return draw

    def _block(self, block) -> list:
        from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak as RLPageBreak, Spacer

        if isinstance(block, Paragraph):
            return [self._para(block.runs, block.style)]
        if isinstance(block, Heading):
            style = "h1" if block.level <= 1 else "h2"
            heading = self._para([Run(block.text, bold=True)], style)
            heading.outline = (clean(block.text), 0 if block.level <= 1 else 1)
            return [CondPageBreak(3 * CM), heading]
        if isinstance(block, TitleBlock):
            return self._title(block)
        if isinstance(block, Table):
            return self._table(block)
        if isinstance(block, Image):
            return [KeepTogether(self._image(block))]
        if isinstance(block, Note):
            flow = []
            if block.title:
                flow.append(self._para([Run(block.title, bold=True)], "note"))
            flow.append(self._para(block.runs, "note"))
            return [_boxed(flow, self.width), Spacer(1, 6)]
        if isinstance(block, PageBreak):
            return [RLPageBreak()]
        raise TypeError(f"unknown block {type(block).__name__}")

    def _title(self, block: TitleBlock) -> list:
        from reportlab.platypus import Spacer, Table as RLTable, TableStyle

        title = self._para([Run(block.title, bold=True)], "title")
        title.outline = (clean(block.title), 0)
        flow = [title]
        if block.subtitle:
            flow.append(self._para(block.subtitle, "subtitle"))
        if block.facts:
            data = [[self._para([Run(label, bold=True)], "small"), self._para(value, "small")]
                    for label, value in block.facts]
            table = RLTable(data, colWidths=[0.25 * self.width, 0.75 * self.width], hAlign="LEFT")
            table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("FONT", (0, 0), (-1, -1), fonts.MAIN, 8),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                       ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                                       ("TOPPADDING", (0, 0), (-1, -1), 1)]))
            flow.append(table)
        flow.append(Spacer(1, 10))
        return flow

    def _table(self, block: Table) -> list:
        from reportlab.platypus import Spacer

        from .pdf_table import FastTable

        ncols = len(block.header)
        weights = block.widths or [1] * ncols
        total = float(sum(weights))
        header = [clean(h) for h in block.header]
        from .columns import fit_widths
        from .pdf_table import PAD_X

        widths = fit_widths(header, [self.width * w / total for w in weights],
                            fonts.face(fonts.MAIN, bold=True), TABLE_SIZE, PAD_X)
        rows = [[clean(str(v)) for v in row] for row in block.rows]
        self.printed.extend(header)
        self.printed.extend(v for row in rows for v in row)
        flow = [FastTable(header, rows, widths, TABLE_SIZE, block.numeric)]
        if block.caption:
            flow.append(self._para(block.caption, "caption"))
        flow.append(Spacer(1, 8))
        return flow

    def _image(self, block: Image) -> list:
        width = min(block.width_cm * CM, self.width)
        height = block.height_cm * CM * width / (block.width_cm * CM)
        svg = block.svg() if callable(block.svg) else block.svg
        flow = [_vector(svg, width) if svg else None]
        if flow[0] is None:
            from reportlab.platypus import Image as RLImage

            png = block.png() if callable(block.png) else block.png
            flow = [RLImage(io.BytesIO(png), width=width, height=height)]
        if block.caption:
            flow.append(self._para(block.caption, "caption"))
        return flow


def _vector(svg: bytes, width: float):
    """An SVG chart as reportlab drawing operators, scaled to the width: sharp at any zoom."""
    try:
        from svglib.svglib import svg2rlg
    except ImportError:  # the bitmap is there for this
        return None
    drawing = svg2rlg(io.BytesIO(svg))
    if drawing is None or not drawing.width:
        return None
    _own_fonts(drawing)
    scale = width / drawing.width
    # Otherwise the drawing selects Helvetica, a font the file does not embed.
    drawing.initialFontName = fonts.face(fonts.MAIN)
    drawing.scale(scale, scale)
    drawing.width, drawing.height = drawing.width * scale, drawing.height * scale
    return drawing


def _own_fonts(node) -> None:
    """matplotlib names "Noto Sans" (bold as weight 700): the chart's text is drawn in the
    faces this PDF already embeds, never in a system font found on the way."""
    from reportlab.graphics.shapes import String

    for child in getattr(node, "contents", []):
        if isinstance(child, String):
            bold = any(w in child.fontName for w in ("Bold", "700", "bold"))
            child.fontName = fonts.face(fonts.MAIN, bold=bold)
        else:
            _own_fonts(child)


_OUTLINED = []


def _outlined_paragraph():
    """A paragraph that, given `outline = (title, level)`, adds itself to the PDF's bookmarks."""
    if _OUTLINED:
        return _OUTLINED[0]
    from reportlab.platypus import Paragraph as RLParagraph

    class OutlinedParagraph(RLParagraph):
        outline = None

        def draw(self):
            super().draw()
            if self.outline:
                title, level = self.outline
                key = f"h{id(self)}"
                self.canv.bookmarkPage(key)
                self.canv.addOutlineEntry(title, key, level=level, closed=level > 0)
                self.canv.showOutline()

    _OUTLINED.append(OutlinedParagraph)
    return OutlinedParagraph


def _boxed(flowables, width):
    from reportlab.lib import colors
    from reportlab.platypus import Table as RLTable, TableStyle

    box = RLTable([[flowables]], colWidths=[width])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                             ("FONT", (0, 0), (-1, -1), fonts.MAIN, 8),
                             ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                             ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return box


def _styles():
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    base = ParagraphStyle("body", fontName=fonts.MAIN, fontSize=BODY_SIZE, leading=BODY_SIZE * 1.35,
                          spaceAfter=5)
    def s(name, **kw):
        return ParagraphStyle(name, parent=base, **kw)
    return {
        "body": base,
        "lead": s("lead", fontSize=11, leading=15),
        "small": s("small", fontSize=8.5, leading=11, spaceAfter=1),
        "note": s("note", fontSize=9.5, leading=12.5, spaceAfter=3),
        "title": s("title", fontSize=19, leading=23, spaceAfter=4),
        "subtitle": s("subtitle", fontSize=12, leading=15, spaceAfter=8),
        "h1": s("h1", fontSize=14, leading=18, spaceBefore=12, spaceAfter=5, keepWithNext=1),
        "h2": s("h2", fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=3, keepWithNext=1),
        "caption": s("caption", fontSize=8, leading=10, spaceBefore=2, fontName=fonts.face(fonts.MAIN, italic=True)),
        "cell": s("cell", fontSize=TABLE_SIZE, leading=TABLE_SIZE * 1.25, spaceAfter=0),
        "cellhead": s("cellhead", fontSize=TABLE_SIZE, leading=TABLE_SIZE * 1.25, spaceAfter=0),
        "header": s("header", fontSize=8.5, leading=10, alignment=TA_CENTER, spaceAfter=0),
        "footer": s("footer", fontSize=8, leading=10, spaceAfter=0),
        "right": s("right", alignment=TA_RIGHT),
    }


def _numbered_canvas(language: str):
    """A canvas that holds pages back until the end, to print "page X of Y" on each."""
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            # Otherwise every page selects Helvetica, a font the file does not embed.
            kwargs["initialFontName"] = fonts.face(fonts.MAIN)
            kwargs["initialFontSize"] = BODY_SIZE
            super().__init__(*args, **kwargs)
            self._pages = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                width, _height = self._pagesize
                self.setFont(fonts.MAIN, 8)
                self.drawRightString(width - MARGIN, MARGIN - 0.85 * CM + 2, page_of(number, total, language))
                super().showPage()
            super().save()

    return NumberedCanvas
