"""The office's own texts of a briefing (--context, --requests) hold no control
characters: text pasted from a terminal carried escape codes, which the document printed
as "[U+001B][31m"."""

from __future__ import annotations

import os

import pytest

from accompdesk.reports.briefing import BriefingOptions, check_texts
from accompdesk.vault.errors import InputRejected

from .helpers import cli_env, run
from .test_bad_input_matrix import USER, assert_said_in_one_sentence


@pytest.mark.parametrize("character", ["\x00", "\x07", "\x1b", "\x0b", "\x7f", "\x85", "\u2028"])
@pytest.mark.parametrize("part", ["context", "requests"])
def test_a_control_character_in_the_texts_is_refused_naming_its_line(part, character):
    text = f"First line.\nSecond{character} line.\n"
    options = BriefingOptions(**{"context": "Context.", "requests": "Observe.", part: text})
    with pytest.raises(InputRejected) as refused:
        check_texts(options)
    assert refused.value.message.code == f"reports.briefing.control_characters_{part}"
    assert "line 2 " in str(refused.value)


def test_tabs_and_line_breaks_are_text():
    check_texts(BriefingOptions(context="One\tcolumn.\r\nTwo.\n", requests="Observe.\n\nReport."))


def test_the_command_line_refuses_it_in_one_sentence_and_writes_nothing(tmp_path):
    vault, out = str(tmp_path / "office.vault"), str(tmp_path / "briefing.pdf")
    (tmp_path / "context.txt").write_text("The office works in the north.\n\x1b[31mRed.\n", encoding="utf-8")
    (tmp_path / "requests.txt").write_text("Observe the hearings.\n", encoding="utf-8")
    with cli_env():
        assert run("--vault", vault, "init", "--user", USER)[0] == 0
        code, _out, err = run("--vault", vault, "report", "briefing", "--recipient", "Embassy of Norway",
                              "--context", tmp_path / "context.txt", "--requests", tmp_path / "requests.txt",
                              "--audience", "diplomatic", "--format", "pdf", "-o", out)
    assert code == 4
    assert_said_in_one_sentence(code, err)
    assert "line 2 of the context holds a control character" in err
    assert not os.path.exists(out)
