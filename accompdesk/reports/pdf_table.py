"""A table flowable for reportlab that stays fast at twenty thousand rows.

platypus' Table measures and styles every cell and re-splits the remaining rows on
every page; a year of incidents took over a minute that way. This one wraps each cell
once (short repeated values from a cache), then draws page after page straight onto
the canvas: grid, a grey header row repeated on every page, text lines cut into runs
per font so that every script prints.
"""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from . import fonts

PAD_X = 3.0
PAD_Y = 2.0
MAX_LINES = 55  # a row must fit on one page; cells are at most 2,000 characters anyway


def wrap_text(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines that fit the width; words longer than a line are cut where they must be."""
    from reportlab.lib.utils import simpleSplit

    lines = []
    for paragraph in text.split("\n"):
        if stringWidth(paragraph, font, size) <= width:
            lines.append(paragraph)
            continue
        for line in simpleSplit(paragraph, font, size, width) or [""]:
            while stringWidth(line, font, size) > width and len(line) > 1:
                cut = max(1, int(len(line) * width / stringWidth(line, font, size)))
                while cut > 1 and stringWidth(line[:cut], font, size) > width:
                    cut -= 1
                lines.append(line[:cut])
                line = line[cut:]
            lines.append(line)
    return lines or [""]


class FastTable(Flowable):
    def __init__(self, header: list[str], rows: list[list[str]], widths: list[float],
                 size: float = 8, numeric: list[int] | None = None, _shared=None, start=0, end=None):
        super().__init__()
        self.widths = widths
        self.size = size
        self.leading = size * 1.25
        self.numeric = set(numeric or [])
        self.regular = fonts.face(fonts.MAIN)
        self.bold = fonts.face(fonts.MAIN, bold=True)
        if _shared is None:
            cache: dict[tuple[int, str], list[str]] = {}
            inner = [w - 2 * PAD_X for w in widths]
            head = [wrap_text(h, self.bold, size, inner[i]) for i, h in enumerate(header)]
            cells = []
            for row in rows:
                wrapped = []
                for i, text in enumerate(row):
                    key = (i, text)
                    lines = cache.get(key) if len(text) < 60 else None
                    if lines is None:
                        lines = wrap_text(text, self.regular, size, inner[i])
                        if len(text) < 60:
                            cache[key] = lines
                    if len(lines) > MAX_LINES:
                        lines = lines[:MAX_LINES - 1] + [lines[MAX_LINES - 1][:-1] + "…"]
                    wrapped.append(lines)
                cells.append(wrapped)
            heights = [max(len(c) for c in r) * self.leading + 2 * PAD_Y for r in cells]
            head_height = max(len(c) for c in head) * self.leading + 2 * PAD_Y
            _shared = (head, head_height, cells, heights, {})
        self._shared = _shared
        self.start = start
        self.end = len(_shared[2]) if end is None else end

    def wrap(self, available_width, available_height):
        head_height, heights = self._shared[1], self._shared[3]
        self.width = sum(self.widths)
        self.height = head_height + sum(heights[self.start:self.end])
        return self.width, self.height

    def split(self, available_width, available_height):
        head_height, heights = self._shared[1], self._shared[3]
        used, stop = head_height, self.start
        while stop < self.end and used + heights[stop] <= available_height:
            used += heights[stop]
            stop += 1
        if stop == self.start:
            return []  # not one row fits here: the whole table moves to the next page
        if stop >= self.end:
            return [self]
        return [self._part(self.start, stop), self._part(stop, self.end)]

    def _part(self, start, end):
        return FastTable([], [], self.widths, self.size, sorted(self.numeric), self._shared, start, end)

    def draw(self):
        canvas = self.canv
        head, head_height, cells, heights, _cache = self._shared
        top = self.height
        canvas.saveState()
        canvas.setFillGray(0.85)
        canvas.rect(0, top - head_height, self.width, head_height, stroke=0, fill=1)
        canvas.setFillGray(0)
        canvas.setLineWidth(0.3)
        for face in (self.regular, self.bold):
            canvas.setFont(face, self.size)  # registers the faces with this document
        code: list[str] = []
        self._row(code, head, top, True)
        y = top - head_height
        lines_y = [top, y]
        for r in range(self.start, self.end):
            self._row(code, cells[r], y, False)
            y -= heights[r]
            lines_y.append(y)
        # Text goes straight into the page as PDF operators: the same ones reportlab's text
        # object writes, made once per distinct string (kinds and regions repeat).
        canvas._code.append("\n".join(code))
        path = canvas.beginPath()
        for line_y in lines_y:
            path.moveTo(0, line_y)
            path.lineTo(self.width, line_y)
        x = 0.0
        for w in [0, *self.widths]:
            x += w
            path.moveTo(x, top)
            path.lineTo(x, y)
        canvas.drawPath(path, stroke=1, fill=0)
        canvas.restoreState()

    def _row(self, code: list[str], row_cells, top, header: bool):
        x = 0.0
        size, leading = self.size, self.leading
        for i, lines in enumerate(row_cells):
            baseline = top - PAD_Y - size
            right = i in self.numeric
            for line in lines:
                if line:
                    ops, width = self._encoded(line, header)
                    left = x + self.widths[i] - PAD_X - width if right else x + PAD_X
                    code.append(f"BT 1 0 0 1 {left:.2f} {baseline:.2f} Tm {ops} ET")
                baseline -= leading
            x += self.widths[i]

    def _encoded(self, line: str, bold: bool) -> tuple[str, float]:
        """PDF operators that show the line, and its width; cached for the document."""
        cache = self._shared[4]  # shared by every page's part of the table
        key = (line, bold)
        found = cache.get(key)
        if found is not None:
            return found
        from reportlab.pdfbase.pdfmetrics import getFont

        doc = self.canv._doc
        if fonts.covered_by_main(line):
            pieces = [(fonts.MAIN, line)]
        else:
            pieces = [(family, fonts.visual_order(piece) if family in ("ADArabic", "ADHebrew") else piece)
                      for family, piece in fonts.runs_by_family(line)]
        ops, width = [], 0.0
        for family, piece in pieces:
            face = fonts.face(family, bold=bold)
            font = getFont(face)
            self.canv.setFont(face, self.size)
            if fonts.needs_shaping(piece):
                shaped_ops, shaped_width = self._shaped(piece, face)
                ops.append(shaped_ops)
                width += shaped_width
                continue
            width += stringWidth(piece, face, self.size)
            for subset, data in font.splitString(piece, doc):
                ops.append(f"{font.getSubsetInternalName(subset, doc)} {self.size:g} Tf "
                           f"({self.canv._escape(data)}) Tj")
        found = cache[key] = (" ".join(ops), width)
        return found

    def _shaped(self, piece: str, face: str) -> tuple[str, float]:
        """Operators for a piece HarfBuzz shapes (conjuncts, reordered vowel signs), and its width."""
        from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr

        fonts.learn_shapes(fonts.family_for(piece.lstrip()[:1] or piece[:1]), piece)
        shaped = shapeStr(piece, face, self.size, force=True)
        if not isinstance(shaped, ShapedStr):  # nothing to shape after all
            text = self.canv.beginText()
            text.setFont(face, self.size)
            return text._formatText(piece), stringWidth(piece, face, self.size)
        text = self.canv.beginText()
        text.setFont(face, self.size)
        width = sum(d.x_advance for d in shaped.__shapeData__) * self.size / 1000
        return text._formatText(shaped), width
