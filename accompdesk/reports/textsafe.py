"""Text from the vault is data, never markup: cleaning it for each format."""

from __future__ import annotations

import re

# XML 1.0 allows tab, newline, carriage return and everything from space up, less the
# surrogates and U+FFFE/U+FFFF; python-docx refuses the rest with an error.
_XML_FORBIDDEN = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# Other controls are legal XML but print as boxes or move the pen (C1, bidi overrides
# that could reorder what a reader sees).
_INVISIBLE = re.compile("[\u007f-\u009f\u202a-\u202e\u2066-\u2069]")


def clean(text: str) -> str:
    """Printable text: forbidden and control characters gone, line ends as '\\n'."""
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _XML_FORBIDDEN.sub("", text)
    return _INVISIBLE.sub("", text)


def escape_markup(text: str) -> str:
    """For reportlab's paragraph parser: '<img src=…>' and '&amp;' must print as typed."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def shorten(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a word where possible, with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip(",;:.") + "…"
