"""Spreadsheet cells that cannot run: formula neutralisation, and its exact inverse.

A spreadsheet evaluates a cell that begins with = + - @ (or their full-width forms,
which some Excel input methods accept), and some trim a leading tab, line break or
NUL first. Record text comes from outside the office (testimonies, partners' files),
so any of it may carry a payload such as =HYPERLINK(...).

In CSV a cell has no type, so a leading apostrophe marks it as text: the convention
Excel and LibreOffice both honour, and what OWASP recommends. In XLSX the cell is
written as a string with the quotePrefix style instead, which shows the text as it is.

The rule is made reversible so our own files round-trip: a value that (after any
apostrophes) starts with a trigger gets one more apostrophe on the way out, and
loses exactly one on the way back in.
"""

from __future__ import annotations

import re

TRIGGERS = "=+-@\t\r\n\x00\uff1d\uff0b\uff0d\uff20"
# Leading spaces do not protect a payload: LibreOffice may trim them on import.
_NEEDS_PREFIX = re.compile(r"^'*[ \u00a0]*[" + re.escape(TRIGGERS) + "]")
_PREFIXED = re.compile(r"^'+[ \u00a0]*[" + re.escape(TRIGGERS) + "]")
# What XML 1.0 (and so XLSX) cannot hold; openpyxl refuses these characters.
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def is_dangerous(text: str) -> bool:
    """True if a spreadsheet could evaluate this text (or it looks like our escape of one)."""
    return bool(text) and _NEEDS_PREFIX.match(text) is not None


def neutralise(text: str) -> str:
    """The text as a CSV cell that no spreadsheet evaluates."""
    if text and _NEEDS_PREFIX.match(text):
        return "'" + text
    return text


def restore(text: str) -> str:
    """The inverse of `neutralise`, for cells read back from a spreadsheet file."""
    if text and text[0] == "'" and _PREFIXED.match(text):
        return text[1:]
    return text


def xml_safe(text: str) -> str:
    """Characters XLSX cannot store are dropped (validation already keeps them out of records)."""
    return _NOT_XML.sub("", text) if _NOT_XML.search(text) else text
