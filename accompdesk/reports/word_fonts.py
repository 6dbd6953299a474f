"""Noto Sans embedded in the Word file, so the document looks the same on any machine.

Word keeps embedded fonts as obfuscated parts (word/fonts/fontN.odttf, ECMA-376 Part 1,
17.8.1): the first 32 bytes of the font are XORed with a key made from a GUID that
fontTable.xml names beside the part. Each face is cut down (fontTools) to the characters
the document uses plus Latin, so staff can still correct a word, and the file stays small.
The font's licence (SIL Open Font License) allows embedding.
"""

from __future__ import annotations

import html
import io
import re
import uuid
import zipfile
from functools import lru_cache

from . import fonts

FAMILY = "Noto Sans"
# (fontTable element, face file) for the four styles Word can ask for.
_FACES = (("embedRegular", 0), ("embedBold", 1), ("embedItalic", 2), ("embedBoldItalic", 3))
_FONT_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/font"
_FONT_TYPE = "application/vnd.openxmlformats-officedocument.obfuscatedFont"
# Typing room: Latin letters, digits, punctuation and the Spanish letters beyond them.
# Typing room: Latin letters (Vietnamese included), digits and the punctuation offices use.
# Most documents need nothing beyond it, so the same cut-down faces serve them all.
_ALWAYS = "".join(chr(c) for c in [*range(0x20, 0x7F), *range(0xA0, 0x250), *range(0x1E00, 0x1F00)]) + \
    "–—‘’“”•…€«»·×"


def obfuscate(font: bytes, key: str) -> bytes:
    """The font's first 32 bytes XORed with the GUID's bytes, read from its end."""
    digits = bytes.fromhex(key.strip("{}").replace("-", ""))[::-1]
    head = bytes(b ^ digits[i % 16] for i, b in enumerate(font[:32]))
    return head + font[32:]


@lru_cache(maxsize=16)
def _subset(path: str, characters: str) -> bytes:
    """The face cut down to the characters; the same document made twice costs it once."""
    from fontTools import subset

    options = subset.Options()
    options.notdef_outline = True
    font = subset.load_font(path, options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=characters)
    subsetter.subset(font)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def _text_of(parts: dict[str, bytes]) -> str:
    """The characters to keep: the typing room, and whatever else the document uses."""
    seen = set()
    for name, raw in parts.items():
        if name.startswith("word/") and name.endswith(".xml"):
            seen.update(html.unescape(re.sub(r"<[^>]*>", "", raw.decode("utf-8", "replace"))))
    covered = fonts.register()[fonts.MAIN]  # other scripts Word draws in its own fonts
    extra = sorted(c for c in seen - set(_ALWAYS) if c.isprintable() and ord(c) in covered)
    return _ALWAYS + "".join(extra)


def embed(data: bytes) -> bytes:
    """The Word file with Noto Sans (four styles) embedded and Word told to keep them."""
    source = zipfile.ZipFile(io.BytesIO(data))
    parts = {item.filename: source.read(item) for item in source.infolist()}
    characters = _text_of(parts)
    folder = fonts.fonts_dir()
    entries, rels = [], []
    for i, (element, style) in enumerate(_FACES, start=1):
        key = "{" + str(uuid.uuid4()).upper() + "}"
        font = _subset(str(folder / fonts.FAMILIES[fonts.MAIN][style]), characters)
        parts[f"word/fonts/font{i}.odttf"] = obfuscate(font, key)
        rels.append(f'<Relationship Id="rIdFont{i}" Type="{_FONT_REL}" Target="fonts/font{i}.odttf"/>')
        entries.append(f'<w:{element} r:id="rIdFont{i}" w:fontKey="{key}" w:subsetted="1"/>')
    font_xml = (f'<w:font w:name="{FAMILY}"><w:charset w:val="00"/><w:family w:val="swiss"/>'
                f'<w:pitch w:val="variable"/>{"".join(entries)}</w:font>')
    table = parts["word/fontTable.xml"].decode("utf-8")
    table = re.sub(r'<w:font w:name="Noto Sans">.*?</w:font>', "", table, flags=re.S)
    parts["word/fontTable.xml"] = table.replace("</w:fonts>", font_xml + "</w:fonts>").encode("utf-8")
    parts["word/_rels/fontTable.xml.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(rels) + "</Relationships>").encode("utf-8")
    types = parts["[Content_Types].xml"].decode("utf-8")
    if 'Extension="odttf"' not in types:
        types = types.replace("<Default ", f'<Default Extension="odttf" ContentType="{_FONT_TYPE}"/><Default ', 1)
    parts["[Content_Types].xml"] = types.encode("utf-8")
    settings = parts["word/settings.xml"].decode("utf-8")
    if "<w:embedTrueTypeFonts" not in settings:
        # Schema order: right after <w:zoom>, before <w:proofState>.
        settings = re.sub(r"(<w:zoom [^>]*/>)", r"\1<w:embedTrueTypeFonts/><w:saveSubsetFonts/>", settings, 1)
    parts["word/settings.xml"] = settings.encode("utf-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name, body in parts.items():
            target.writestr(name, body)
    return out.getvalue()
