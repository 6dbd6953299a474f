"""tools.error_codes turns a raise written as an English sentence into a code whose
English is the same sentence (for code merged from branches made before codes)."""

from __future__ import annotations

import pytest

from accompdesk.domain.messages import AccompDeskError
from tools.error_codes import convert

SOURCE = '''from accompdesk.vault.errors import InputRejected, UsageError


def refuse(document, formats, fmt, rows):
    if fmt == "x":
        raise UsageError(f"The {document} comes as {' or '.join(formats)}, not {fmt}.")
    if fmt == "y":
        raise InputRejected(f"{len(rows):,} rows were refused.", rows)
    sentence = "held in a variable"
    raise UsageError(sentence)
'''


def test_a_sentence_becomes_a_code_and_says_the_same(tmp_path, monkeypatch):
    from accompdesk.domain import messages

    module = tmp_path / "refusals.py"
    module.write_text(SOURCE, encoding="utf-8")
    english: dict[str, str] = {}
    manual = convert(module, {"UsageError", "InputRejected"}, english, prefix="sample.refusals")
    assert english == {"sample.refusals.comes_as_not": "The {document} comes as {items}, not {fmt}.",
                       "sample.refusals.rows_were_refused": "{count:,} rows were refused."}
    converted = module.read_text(encoding="utf-8")
    assert ('raise UsageError("sample.refusals.comes_as_not", document=document, '
            "items=' or '.join(formats), fmt=fmt)") in converted
    assert 'raise InputRejected("sample.refusals.rows_were_refused", rows, count=len(rows))' in converted
    assert [line.split(": ", 1)[1] for line in manual] == ["UsageError(sentence)"]
    monkeypatch.setattr(messages, "ENGLISH", {**messages.ENGLISH, **english})
    space: dict = {}
    exec(compile(converted, str(module), "exec"), space)  # noqa: S102 - the file just written
    for fmt, said in (("x", "The briefing comes as pdf or docx, not x."), ("y", "1,200 rows were refused.")):
        with pytest.raises(AccompDeskError) as info:
            space["refuse"]("briefing", ["pdf", "docx"], fmt, [0] * 1200)
        assert str(info.value) == said
