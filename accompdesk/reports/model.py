"""The document model: what a document says, before any format is chosen.

Builders produce a `Document`; the Word and PDF renderers draw the same one, so the
two files say the same. Every piece of text sits in a plain string field, which lets
`Document.map_text` redact all of it at once and `Document.texts` hand all of it to
the withheld-name scan.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields, is_dataclass, replace
from typing import Callable, Iterator, Union
from ..domain import clock


@dataclass
class Run:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass
class Paragraph:
    runs: list[Run]
    style: str = "body"  # body, small, lead

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass
class Heading:
    text: str
    level: int = 1


@dataclass
class TitleBlock:
    title: str
    subtitle: str = ""
    facts: list[tuple[str, str]] = field(default_factory=list)  # (label, value) lines


@dataclass
class Table:
    header: list[str]
    rows: list[list[str]]
    widths: list[float] | None = None  # relative column widths
    caption: str = ""
    numeric: list[int] = field(default_factory=list)  # columns aligned right


@dataclass
class Image:
    png: bytes
    width_cm: float
    height_cm: float
    caption: str = ""
    alt: str = ""


@dataclass
class Note:
    """A boxed passage: an editable text for staff, or a warning."""
    runs: list[Run]
    title: str = ""


@dataclass
class PageBreak:
    pass


Block = Union[Paragraph, Heading, TitleBlock, Table, Image, Note, PageBreak]


@dataclass
class Document:
    kind: str  # briefing, alert, stats, roster
    title: str
    classification: str  # the line printed at the top of every page
    office: str  # the only name in the file's metadata, beside AccompDesk
    audience: str
    language: str = "en"
    page_size: str = "A4"  # A4 or Letter
    date: dt.date = field(default_factory=clock.today)
    landscape: bool = False
    blocks: list[Block] = field(default_factory=list)

    def add(self, *blocks: Block) -> "Document":
        self.blocks.extend(blocks)
        return self

    def texts(self) -> Iterator[str]:
        """Every string the document will print, headers and metadata included."""
        yield from (self.title, self.classification, self.office)
        for block in self.blocks:
            yield from _strings(block)

    def map_text(self, fn: Callable[[str], str]) -> "Document":
        """A copy with every printed string passed through `fn` (office and audience kept)."""
        return replace(self, title=fn(self.title), classification=fn(self.classification),
                       blocks=[_map(block, fn) for block in self.blocks])


def _strings(value) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item)
    elif is_dataclass(value):
        for f in fields(value):
            yield from _strings(getattr(value, f.name))


def _map(value, fn):
    if isinstance(value, str):
        return fn(value)
    if isinstance(value, list):
        return [_map(v, fn) for v in value]
    if isinstance(value, tuple):
        return tuple(_map(v, fn) for v in value)
    if is_dataclass(value):
        return replace(value, **{f.name: _map(getattr(value, f.name), fn) for f in fields(value)
                                 if isinstance(getattr(value, f.name), (str, list, tuple))
                                 or is_dataclass(getattr(value, f.name))})
    return value


def para(*parts: "str | Run", style: str = "body") -> Paragraph:
    """A paragraph from plain strings and runs: para("Seen by ", Run("two", bold=True), ".")."""
    return Paragraph([p if isinstance(p, Run) else Run(p) for p in parts if p != ""], style)


def bold(text: str) -> Run:
    return Run(text, bold=True)


def italic(text: str) -> Run:
    return Run(text, italic=True)
