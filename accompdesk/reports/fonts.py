"""The fonts shipped in accompdesk/resources/fonts, registered with reportlab, and script fallback.

reportlab draws each run of text in one font and has no fallback of its own, so text is
cut into runs by which shipped font has the glyphs: Noto Sans for Latin, Greek and
Cyrillic, Noto Sans Arabic, Hebrew and Devanagari, and Droid Sans Fallback for Chinese,
Japanese and Korean. reportlab does not reorder right-to-left text either: runs in
Arabic or Hebrew are put in visual order here, and Arabic letters take their joined
forms from the presentation-form block, so that a name in Arabic reads as written.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from ..resources import fonts_dir as resource_fonts_dir

MAIN = "ADSans"
FAMILIES = {
    # family: (regular, bold, italic, bold italic) file names
    MAIN: ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf", "NotoSans-BoldItalic.ttf"),
    "ADArabic": ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf", None, None),
    "ADHebrew": ("NotoSansHebrew-Regular.ttf", None, None, None),
    "ADDevanagari": ("NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf", None, None),
    "ADCJK": ("DroidSansFallback.ttf", None, None, None),
}
FALLBACK_ORDER = ["ADArabic", "ADHebrew", "ADDevanagari", "ADCJK"]
WORD_FONT = "Noto Sans"  # what the Word file asks for; Word substitutes per script itself


def fonts_dir() -> Path:
    folder = resource_fonts_dir()
    if not (folder / FAMILIES[MAIN][0]).is_file():
        raise FileNotFoundError(f"The report fonts are missing from {folder}; reinstall AccompDesk.")
    return folder


def _face_name(family: str, style: int) -> str:
    return family + ("", "-Bold", "-Italic", "-BoldItalic")[style]


_coverage: dict[str, frozenset[int]] = {}
_styles: dict[str, set[int]] = {}


def _register_family(family: str) -> frozenset[int]:
    """Load one family's files (once) and tell reportlab which face is bold or italic."""
    if family in _coverage:
        return _coverage[family]
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = fonts_dir()
    files = FAMILIES[family]
    _styles[family] = set()
    for style, filename in enumerate(files):
        if filename:
            font = _prefixed(TTFont)(_face_name(family, style), str(folder / filename))
            pdfmetrics.registerFont(font)
            _styles[family].add(style)
            if style == 0:
                _coverage[family] = frozenset(font.face.charToGlyph)
    for style in range(4):
        addMapping(family, style & 1, (style >> 1) & 1, face(family, bool(style & 1), bool(style & 2)))
    return _coverage[family]


_PREFIXED = {}


def _prefixed(base):
    """A TTFont whose subsets each get their own six-letter prefix ("QXBTRA+NotoSans-Bold").

    reportlab names the first subset of every font AAAAAA+, so a PDF with four faces
    has four fonts of one prefix, which PDF/A checkers and some printers reject."""
    if base in _PREFIXED:
        return _PREFIXED[base]
    import hashlib

    from reportlab.pdfbase import ttfonts

    class PrefixedTTFont(base):
        def addObjects(self, doc):
            original = ttfonts.SUBSETN

            def prefix(n, table=None, _name=self.fontName):
                digest = hashlib.sha256(f"{_name}:{n}".encode()).digest()
                return bytes(65 + b % 26 for b in digest[:6])

            cmap = ttfonts.makeToUnicodeCMap
            spelled = _SPELLED.get(self.fontName, {})
            char_to_glyph = self.face.charToGlyph

            def to_unicode(fontname, subset):
                # Glyphs HarfBuzz made (conjuncts, half forms) get private code points from
                # reportlab; the map says which letters they stand for, so the text copies
                # and searches with every letter instead of losing them.
                text = cmap(fontname, subset)
                for i, code in enumerate(subset):
                    letters = spelled.get(char_to_glyph.get(code, -1)) if code >= 0xE000 else None
                    if letters:
                        hex_letters = letters.encode("utf-16-be").hex().upper()
                        text = text.replace(f"<{i:02X}> <{code:04X}>", f"<{i:02X}> <{hex_letters}>")
                return text

            ttfonts.SUBSETN = prefix
            ttfonts.makeToUnicodeCMap = to_unicode
            try:
                super().addObjects(doc)
            finally:
                ttfonts.SUBSETN = original
                ttfonts.makeToUnicodeCMap = cmap

    _PREFIXED[base] = PrefixedTTFont
    return PrefixedTTFont


def register() -> dict[str, frozenset[int]]:
    """The main family, registered with reportlab; fallbacks follow when a text needs them."""
    _register_family(MAIN)
    return _coverage


def face(family: str, bold: bool = False, italic: bool = False) -> str:
    """The registered face nearest to the style asked for (a fallback may have no italic)."""
    _register_family(family)
    style = (1 if bold else 0) | (2 if italic else 0)
    for candidate in (style, style & 1, style & 2, 0):
        if candidate in _styles[family]:
            return _face_name(family, candidate)
    return _face_name(family, 0)


def family_for(ch: str, coverage: dict[str, frozenset[int]] | None = None) -> str:
    cp = ord(ch)
    if cp in _register_family(MAIN) or ch.isspace():
        return MAIN
    for family in FALLBACK_ORDER:
        if cp in _register_family(family):
            return family
    return MAIN


_main_chars: frozenset[str] = frozenset()


def covered_by_main(text: str) -> bool:
    global _main_chars
    if not _main_chars:
        _main_chars = frozenset(map(chr, _register_family(MAIN))) | frozenset(" \t\n\u00a0")
    return _main_chars.issuperset(text)


# Scripts whose letters change shape and order in a word (conjuncts, vowel signs drawn
# before the consonant): drawn through HarfBuzz. Arabic takes its joined forms below.
_SHAPED = re.compile("[\u0900-\u097f\ua8e0-\ua8ff\u1cd0-\u1cff]")


def needs_shaping(text: str) -> bool:
    return _SHAPED.search(text) is not None


# face -> glyph id -> the letters a shaped glyph stands for (for the PDF's ToUnicode map)
_SPELLED: dict[str, dict[int, str]] = {}


def _shape(font, text: str) -> list:
    import uharfbuzz

    buf = uharfbuzz.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    uharfbuzz.shape(font.hbFont(10), buf, {"kern": True, "liga": True, "dlig": True})
    return buf.glyph_infos


def learn_shapes(family: str, text: str) -> None:
    """Shape the text as the PDF will, and note which letters each made glyph stands for.

    Inside a cluster, glyphs that stand for a character of their own take it; each made
    glyph (a conjunct, a half form, a vowel sign's contextual form) takes the shortest
    run of the cluster's letters that makes it when shaped alone, the most explained
    first; the last takes what is left. "त्रि" gives त्र to the conjunct and ि to the sign."""
    try:
        import uharfbuzz  # noqa: F401
    except ImportError:
        return
    from reportlab.pdfbase.pdfmetrics import getFont

    for style in _styles.get(family, ()):
        name = _face_name(family, style)
        font = getFont(name)
        known = font.face.glyphToChar
        spelled = _SPELLED.setdefault(name, {})
        infos = _shape(font, text)
        starts = sorted({info.cluster for info in infos}) + [len(text)]
        for k, start in enumerate(starts[:-1]):
            cluster = text[start:starts[k + 1]]
            members = [info.codepoint for info in infos if info.cluster == start]
            rest = list(cluster)
            made = []
            for gid in members:
                chars = known.get(gid)
                if chars and chr(chars[0]) in rest:
                    rest.remove(chr(chars[0]))
                else:
                    made.append(gid)
            made = list(dict.fromkeys(made))
            if all(g in spelled for g in made):
                continue
            runs = sorted({cluster[i:j] for i in range(len(cluster)) for j in range(i + 1, len(cluster) + 1)},
                          key=len)
            shaped = {run: {info.codepoint for info in _shape(font, run)} for run in runs}
            order = sorted(made, key=lambda g: next((len(r) for r in runs if g in shaped[r]), len(cluster)))
            for n, gid in enumerate(order):
                if n == len(order) - 1:
                    letters = "".join(rest)
                else:
                    letters = next((r for r in runs if gid in shaped[r] and all(
                        r.count(c) <= rest.count(c) for c in r)), "")
                    for c in letters:
                        rest.remove(c)
                if letters and gid not in spelled:
                    spelled[gid] = letters


def runs_by_family(text: str) -> list[tuple[str, str]]:
    """(family, text) pieces; combining marks stay with the letter they follow."""
    out: list[list] = []
    for ch in text:
        if out and (unicodedata.combining(ch) or ch in "\u200c\u200d"):
            out[-1][1] += ch
            continue
        family = family_for(ch)
        if family != MAIN and ch in " \u00a0" and out:
            family = out[-1][0]
        if out and out[-1][0] == family:
            out[-1][1] += ch
        elif out and ch.isspace():
            out[-1][1] += ch
        else:
            out.append([family, ch])
    return [(f, t) for f, t in out]


# -- right-to-left ------------------------------------------------------------------------

def _is_rtl(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in ("R", "AL")


def has_rtl(text: str) -> bool:
    return any(_is_rtl(c) for c in text)


def visual_order(text: str) -> str:
    """Right-to-left stretches reversed for drawing left to right, Arabic joined.

    A simplified bidi: stretches of right-to-left letters (with the spaces and
    punctuation between them) are reversed as a whole inside an otherwise left-to-right
    line; digits inside them keep their order. Enough for names and short phrases.
    """
    if not has_rtl(text):
        return text
    text = shape_arabic(text)
    out, i, n = [], 0, len(text)
    while i < n:
        if not _is_rtl(text[i]):
            out.append(text[i])
            i += 1
            continue
        j = i
        last_rtl = i
        while j < n and (_is_rtl(text[j]) or unicodedata.bidirectional(text[j]) in
                         ("NSM", "WS", "ON", "CS", "ES", "ET", "EN", "AN", "BN")):
            if _is_rtl(text[j]):
                last_rtl = j
            j += 1
        stretch = text[i:last_rtl + 1]
        out.append(_reverse_keeping_numbers(stretch))
        i = last_rtl + 1
    return "".join(out)


_MIRROR = {"(": ")", ")": "(", "[": "]", "]": "[", "{": "}", "}": "{", "«": "»", "»": "«",
           "<": ">", ">": "<"}


def _reverse_keeping_numbers(stretch: str) -> str:
    clusters: list[str] = []
    for ch in stretch:
        if clusters and (unicodedata.combining(ch) or (
                ch.isdigit() and clusters[-1][-1:].isdigit())):
            clusters[-1] += ch
        else:
            clusters.append(ch)
    return "".join(_MIRROR.get(c, c) for c in reversed(clusters))


@lru_cache(maxsize=1)
def _arabic_forms() -> dict[str, dict[str, str]]:
    """letter -> {isolated, initial, medial, final: presentation form}, from Unicode itself."""
    forms: dict[str, dict[str, str]] = {}
    for cp in list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFF00)):
        ch = chr(cp)
        decomposition = unicodedata.decomposition(ch).split()
        if len(decomposition) != 2 or not decomposition[0].startswith("<"):
            continue
        tag = decomposition[0].strip("<>")
        if tag not in ("isolated", "initial", "medial", "final"):
            continue
        base = chr(int(decomposition[1], 16))
        forms.setdefault(base, {}).setdefault(tag, ch)
    return forms


def _joins_forward(ch: str, forms) -> bool:
    f = forms.get(ch)
    return bool(f) and ("initial" in f or "medial" in f)


def shape_arabic(text: str) -> str:
    """Contextual forms for Arabic letters, so a word reads joined without a shaping engine."""
    forms = _arabic_forms()
    if not any(c in forms for c in text):
        return text
    letters = list(text)
    out = []
    for i, ch in enumerate(letters):
        f = forms.get(ch)
        if not f:
            out.append(ch)
            continue
        prev = _neighbour(letters, i, -1)
        nxt = _neighbour(letters, i, 1)
        joins_prev = prev is not None and _joins_forward(prev, forms)
        joins_next = nxt is not None and nxt in forms and _joins_forward(ch, forms)
        if joins_prev and joins_next and "medial" in f:
            out.append(f["medial"])
        elif joins_prev and "final" in f:
            out.append(f["final"])
        elif joins_next and "initial" in f:
            out.append(f["initial"])
        else:
            out.append(f.get("isolated", ch))
    return "".join(out)


def _neighbour(letters: list[str], i: int, step: int) -> str | None:
    j = i + step
    while 0 <= j < len(letters) and unicodedata.combining(letters[j]):
        j += step
    return letters[j] if 0 <= j < len(letters) else None


def printable(ch: str) -> bool:
    """Whether a shipped font has the character (spaces and marks always pass)."""
    if ch.isspace() or unicodedata.combining(ch) or ch in "\u200c\u200d\ufe0f\ufe0e":
        return True
    cp = ord(ch)
    return cp in _register_family(MAIN) or any(cp in _register_family(f) for f in FALLBACK_ORDER)


def visible(text: str, missing: set[str] | None = None) -> str:
    """The text with every character no shipped font can draw written as '[U+1F600]'."""
    if covered_by_main(text):
        return text
    out = []
    for ch in text:
        if printable(ch):
            if ch not in "\ufe0f\ufe0e":  # emoji presentation selectors draw nothing
                out.append(ch)
        else:
            out.append(f"[U+{ord(ch):04X}]")
            if missing is not None:
                missing.add(ch)
    return "".join(out)


def mark_unprintable(doc):
    """The document with every character no shipped font can draw (emoji, rare ideographs)
    written as '[U+1F600]', and a closing note saying so: nothing is dropped unseen.

    Done by the builders, before names are withheld, so the note is redacted and scanned
    like every other line, and the Word and PDF files say the same."""
    from .model import Paragraph, Run

    missing: set[str] = set()
    marked = doc.map_text(lambda text: visible(text, missing))
    if not missing:
        return doc
    codes = ", ".join(f"U+{ord(c):04X}" for c in sorted(missing)[:12])
    note = (f"Los caracteres que las fuentes del documento no pueden dibujar se muestran como su "
            f"código Unicode entre corchetes ({codes})." if doc.language == "es" else
            f"Characters the document's fonts cannot draw are shown as their Unicode code in "
            f"brackets ({codes}).")
    marked.blocks.append(Paragraph([Run(note, italic=True)], "small"))
    return marked
