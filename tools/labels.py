"""Keep the catalogue of document and domain labels in step with the code.

    python -m tools.labels          # es.po gains the code's new labels, loses the gone ones; es.mo is rebuilt

The labels are the words of the documents (reports/labels.py, reports/roster.py), of
the domain (vocabulary terms, field names) and the sentences of errors and problems
(domain/messages.py, context "message"). The code holds the English; the Spanish lives
only in `accompdesk/resources/labels/es.po` (a gettext catalogue: edit it in any PO editor
or by hand), compiled to `es.mo`, which the program reads with the standard library's
gettext. A new label arrives with an empty translation; a test fails until it is filled.
"""

from __future__ import annotations

import struct
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LABELS_DIR = ROOT / "accompdesk" / "resources" / "labels"
LANGUAGES = ("es",)
HEADER = {"es": ("Content-Type: text/plain; charset=UTF-8\n"
                 "Language: es\n"
                 "Plural-Forms: nplurals=2; plural=(n != 1);\n")}


@dataclass
class Entry:
    context: str
    msgid: str
    plural: str | None = None
    strings: list[str] = field(default_factory=list)  # msgstr, or msgstr[0], msgstr[1]
    fuzzy: bool = False
    comment: str = ""

    @property
    def key(self) -> tuple[str, str, str | None]:
        return self.context, self.msgid, self.plural

    @property
    def translated(self) -> bool:
        return bool(self.strings) and all(self.strings) and not self.fuzzy


def wanted() -> list[Entry]:
    """Every label the code asks the catalogue for, in a stable order."""
    import dataclasses

    from accompdesk.domain import dates, messages, office, records, vocab
    from accompdesk.exchange import export
    from accompdesk.reports import labels, roster

    entries: dict[tuple, Entry] = {}

    def add(context: str, msgid: str, plural: str | None = None, comment: str = "") -> None:
        entries.setdefault((context, msgid, plural), Entry(context, msgid, plural, comment=comment))

    for vocabulary in vocab.VOCABULARIES:
        for term in vocabulary:
            add(vocabulary.name, term.en, comment=term.code)
    for record_type in records.ALL_TYPES.values():
        for f in dataclasses.fields(record_type):
            spec = f.metadata.get("spec")
            if spec is not None:
                add(spec.CONTEXT, spec.label_en)
    for context, texts in (*labels.CATALOGUE, *roster.CATALOGUE, *dates.CATALOGUE, *export.CATALOGUE,
                           *office.CATALOGUE):
        for text in texts:
            if isinstance(text, tuple):
                add(context, text[0], text[1])
            else:
                add(context, text)
    for code, english in sorted(messages.ENGLISH.items()):
        add(messages.CONTEXT, english, comment=code)
    return list(entries.values())


# -- .po -----------------------------------------------------------------------------------

def _quote(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t")
    if "\n" not in escaped:
        return f'"{escaped}"'.replace("\n", "\\n")
    lines = escaped.split("\n")
    parts = [line + "\\n" for line in lines[:-1]] + ([lines[-1]] if lines[-1] else [])
    return '""\n' + "\n".join(f'"{p}"' for p in parts)


def _unquote(text: str) -> str:
    text = text.strip()
    if not (text.startswith('"') and text.endswith('"')):
        raise ValueError(f"not a quoted string: {text}")
    out, i, body = [], 0, text[1:-1]
    while i < len(body):
        ch = body[i]
        if ch == "\\" and i + 1 < len(body):
            nxt = body[i + 1]
            out.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\"}.get(nxt, nxt))
            i += 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def read_po(path: Path) -> tuple[str, list[Entry]]:
    """The header and the entries of a .po file (the subset of the format this project writes)."""
    header = ""
    entries: list[Entry] = []
    blocks = path.read_text(encoding="utf-8").split("\n\n")
    for block in blocks:
        fields_: dict[str, str] = {}
        flags: set[str] = set()
        comment = ""
        current = None
        for line in block.splitlines():
            if line.startswith("#,"):
                flags |= {f.strip() for f in line[2:].split(",")}
            elif line.startswith("#."):
                comment = line[2:].strip()
            elif line.startswith("#~"):
                raise ValueError(f"{path.name} holds an obsolete entry; run python -m tools.labels")
            elif line.startswith("#") or not line.strip():
                continue
            elif line.startswith('"'):
                if current is None:
                    raise ValueError(f"{path.name}: a string continues nothing: {line}")
                fields_[current] += _unquote(line)
            else:
                keyword, _, rest = line.partition(" ")
                current = keyword
                fields_[current] = _unquote(rest)
        if not fields_:
            continue
        if fields_.get("msgid") == "" and "msgctxt" not in fields_:
            header = fields_.get("msgstr", "")
            continue
        plural = fields_.get("msgid_plural")
        strings = ([fields_.get("msgstr[0]", ""), fields_.get("msgstr[1]", "")] if plural is not None
                   else [fields_.get("msgstr", "")])
        entries.append(Entry(fields_.get("msgctxt", ""), fields_["msgid"], plural, strings,
                             fuzzy="fuzzy" in flags, comment=comment))
    return header, entries


def write_po(path: Path, header: str, entries: list[Entry]) -> None:
    blocks = [f'msgid ""\nmsgstr {_quote(header)}']
    for e in entries:
        lines = []
        if e.comment:
            lines.append(f"#. {e.comment}")
        if e.fuzzy:
            lines.append("#, fuzzy")
        lines.append(f"msgctxt {_quote(e.context)}")
        lines.append(f"msgid {_quote(e.msgid)}")
        if e.plural is not None:
            lines.append(f"msgid_plural {_quote(e.plural)}")
            strings = (e.strings + ["", ""])[:2]
            lines += [f"msgstr[{i}] {_quote(s)}" for i, s in enumerate(strings)]
        else:
            lines.append(f"msgstr {_quote(e.strings[0] if e.strings else '')}")
        blocks.append("\n".join(lines))
    path.write_text("\n\n".join(blocks) + "\n", encoding="utf-8")


# -- .mo -----------------------------------------------------------------------------------

def compile_mo(header: str, entries: list[Entry]) -> bytes:
    """The GNU .mo file gettext reads; untranslated and fuzzy entries are left out (English shows)."""
    messages = {b"": header.encode("utf-8")}
    for e in entries:
        if not e.translated:
            continue
        msgid = e.msgid if e.plural is None else f"{e.msgid}\0{e.plural}"
        key = f"{e.context}\x04{msgid}" if e.context else msgid
        messages[key.encode("utf-8")] = "\0".join(e.strings).encode("utf-8")
    keys = sorted(messages)
    ids = strs = b""
    spans = []
    for k in keys:
        spans.append((len(ids), len(k), len(strs), len(messages[k])))
        ids += k + b"\0"
        strs += messages[k] + b"\0"
    key_start = 7 * 4 + 16 * len(keys)
    value_start = key_start + len(ids)
    key_table = b"".join(struct.pack("<II", length, offset + key_start) for offset, length, _, _ in spans)
    value_table = b"".join(struct.pack("<II", length, offset + value_start) for _, _, offset, length in spans)
    head = struct.pack("<7I", 0x950412DE, 0, len(keys), 7 * 4, 7 * 4 + 8 * len(keys), 0, 0)
    return head + key_table + value_table + ids + strs


def po_file(language: str) -> Path:
    return LABELS_DIR / f"{language}.po"


def mo_file(language: str) -> Path:
    return LABELS_DIR / f"{language}.mo"


def update(language: str) -> list[Entry]:
    """Bring <language>.po in step with the code and rebuild the .mo; returns the untranslated."""
    path = po_file(language)
    header, old = read_po(path) if path.exists() else (HEADER[language], [])
    known = {e.key: e for e in old}
    entries = []
    for e in wanted():
        found = known.get(e.key)
        if found is not None:
            found.comment = e.comment
            entries.append(found)
        else:
            entries.append(e)
    write_po(path, header or HEADER[language], entries)
    mo_file(language).write_bytes(compile_mo(header or HEADER[language], entries))
    return [e for e in entries if not e.translated]


def main(argv: list[str]) -> int:
    LABELS_DIR.mkdir(parents=True, exist_ok=True)
    status = 0
    for language in argv or LANGUAGES:
        missing = update(language)
        print(f"{po_file(language).relative_to(ROOT)}: {len(missing)} label(s) without a translation")
        for e in missing:
            print(f"  [{e.context}] {e.msgid}")
        status = status or (1 if missing else 0)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
