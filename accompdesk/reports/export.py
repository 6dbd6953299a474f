"""Writing a document: redact, render, scan the finished file, write atomically, audit.

The scan reads what the file will really contain: every XML part of the Word file
(text and attribute values, so metadata and picture descriptions count), and for the
PDF every string handed to reportlab, page headers and document information included.
If a withheld name is found anywhere, nothing is written.
"""

from __future__ import annotations

import html
import io
import os
import re
import zipfile

from ..domain.audience import Redactor
from ..domain.collector import paused
from ..vault.errors import InputRejected, UsageError
from ..vault.fsutil import atomic_write
from .model import Document
from .textsafe import clean

FORMATS = ("pdf", "docx")


class WithheldNameFound(InputRejected):
    """The finished document would name someone its audience may not see."""

    def __init__(self, document: str, fmt: str, names: list[str], parts: list[str]):
        self.names = names
        self.parts = parts
        where = ", ".join(sorted(set(parts))[:3])
        if len(names) == 1:
            super().__init__("reports.export.withheld_name_found_one", document=document, fmt=fmt, where=where)
        else:
            super().__init__("reports.export.withheld_names_found", document=document, fmt=fmt,
                             count=len(names), where=where)


def prepare(document: Document, redactor: Redactor) -> Document:
    """Every string cleaned of control characters, then every withheld name replaced.

    Cleaning comes first so that a control character hidden inside a name cannot
    shield it from the redactor and then vanish when the file is written.
    """
    return document.map_text(lambda text: redactor.redact(clean(text)))


@paused
def render(document: Document, fmt: str, redactor: Redactor) -> bytes:
    """The finished file's bytes; raises WithheldNameFound instead of returning a leak."""
    document = prepare(document, redactor)
    if fmt == "pdf":
        from .pdf import render_pdf

        data, printed = render_pdf(document)
        parts = {"PDF text": "\n\n".join(dict.fromkeys(printed))}
    elif fmt == "docx":
        from .word import render_docx

        data = render_docx(document)
        parts = docx_parts_text(data)
    else:
        raise UsageError("reports.export.there_no_format_for", fmt=fmt)
    found, where = set(), []
    for part, text in parts.items():
        names = redactor.find_withheld(text)
        if names:
            found.update(names)
            where.append(part)
    if found:
        raise WithheldNameFound(document.kind, fmt, sorted(found), where)
    return data


def render_zip_checked(document: str, fmt: str, data: bytes, redactor: Redactor) -> None:
    """The same scan for a file made elsewhere (a workbook): every XML part, or refuse."""
    found, where = set(), []
    for part, text in docx_parts_text(data).items():
        names = redactor.find_withheld(text)
        if names:
            found.update(names)
            where.append(part)
    if found:
        raise WithheldNameFound(document, fmt, sorted(found), where)


_TAG = re.compile(r"<[^>]*>")
# Attribute values that hold words (numbers, sizes and identifiers cannot spell a name).
_ATTRIBUTE = re.compile(r'="([^"]*[^\W\d_][^"]*)"')
_PARAGRAPH_END = re.compile(r"</w:p>|</a:p>|</w:tc>")
_LINE_BREAK = re.compile(r"<w:br/>|<w:tab/>|<w:cr/>")


def docx_parts_text(data: bytes) -> dict[str, str]:
    """The text of every part of a Word file: what it shows, and its attribute values."""
    out = {}
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for name in z.namelist():
            raw = z.read(name)
            try:
                xml = raw.decode("utf-8")
            except UnicodeDecodeError:
                continue  # pictures: their pixels hold no names we wrote
            xml = _LINE_BREAK.sub(" ", _PARAGRAPH_END.sub("\n\n", xml))
            # Paragraphs and cells repeat (kinds, regions, dates); each distinct one is read once.
            shown = dict.fromkeys(html.unescape(_TAG.sub("", xml)).split("\n\n"))
            attributes = dict.fromkeys(html.unescape(v) for v in _ATTRIBUTE.findall(xml))
            out[name] = "\n\n".join([*shown, *attributes])
    return out


def export(vault, document: Document, fmt: str, path: str, redactor: Redactor, *,
           table: str = "incidents", detail: str = "") -> int:
    """Write the document to `path` (atomically) and record the export; returns its size."""
    from ..vault.roles import require_export

    # Roles are an office rule: the service enforces it, whichever window or command asks.
    require_export(vault, document.audience)
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise UsageError("reports.export.there_no_format_for", fmt=fmt)
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise UsageError("reports.export.folder_does_not_exist", folder=folder)
    data = render(document, fmt, redactor)
    atomic_write(path, data)
    vault.record_audit("export", table, detail=export_detail(document, fmt, path, detail))
    return len(data)


def export_detail(document: Document, fmt: str, path: str, extra: str = "") -> str:
    words = [f"document={document.kind}", f"audience={document.audience}", f"format={fmt}",
             f"language={document.language}", f"file={os.path.basename(path)}"]
    if extra:
        words.append(extra)
    return "; ".join(words)
