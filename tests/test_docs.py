"""README.md and docs/ARCHITECTURE.md say what is true of the code.

A person who clones the repository has only these two pages. Each test reads them and
checks one kind of claim against the code: the paths they name exist, the command line
they describe parses with the real parser, the options and exit codes they list are the
ones the program has. A change to the code that makes a page wrong fails here.
"""

from __future__ import annotations

import argparse
import re
import shlex
from pathlib import Path

import pytest

from accompdesk import cli
from accompdesk.cli.main import build_parser

from .conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
ARCHITECTURE = (ROOT / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
DOCS = {"README.md": README, "docs/ARCHITECTURE.md": ARCHITECTURE}

# Where a path written in the docs may start: the checkout, the package, its window and
# its resources (the docs write `gui/main.py` for accompdesk/gui/main.py, `es.po` for
# accompdesk/resources/labels/es.po).
BASES = ("", "accompdesk", "accompdesk/gui", "accompdesk/gui/dialogs", "accompdesk/resources",
         "accompdesk/resources/labels", "accompdesk/resources/translations", "installer", "tests/gui")
# Named in the docs but not in a checkout: made by a build, an install, a run, or the user's.
NOT_IN_A_CHECKOUT = {"dist", ".venv", "~", "%LOCALAPPDATA%", "tests/perf/.cache", "install.sh", "/Lang"}
PATH_LIKE = re.compile(r"^[\w.%~/-]+$")


def _section(text: str, heading: str) -> str:
    start = text.index(heading)
    rest = text[start + len(heading):]
    end = re.search(r"^#{1,3} ", rest, re.M)
    return rest[:end.start()] if end else rest


def _fences(text: str) -> list[str]:
    return re.findall(r"^```[^\n]*\n(.*?)^```", text, re.M | re.S)


def _exists(token: str) -> bool:
    token = token.rstrip("/")
    return any((ROOT / base / token).exists() for base in BASES)


def _named_paths(text: str) -> set[str]:
    """Every `code span` that is a file or folder of the project."""
    found = set()
    for span in re.findall(r"`([^`\n]+)`", text):
        if not PATH_LIKE.match(span) or "<" in span or "*" in span or re.fullmatch(r"\.\w+", span):
            continue
        if not ("/" in span or re.search(r"\.(py|md|ui|ts|po|mo|svg|spec|iss|sh|toml)$", span)):
            continue
        if re.fullmatch(r"[dmy]+/[dmy]+/[dmy]+", span):  # a date format, not a path
            continue
        if any(span == skip or span.startswith(skip + "/") for skip in NOT_IN_A_CHECKOUT):
            continue
        found.add(span)
    return found


@pytest.mark.parametrize("doc", sorted(DOCS))
def test_every_path_the_docs_name_exists(doc):
    missing = sorted(p for p in _named_paths(DOCS[doc]) if not _exists(p))
    assert not missing, f"{doc} names paths that are not in the repository: {missing}"


@pytest.mark.parametrize("doc", sorted(DOCS))
def test_every_picture_and_link_in_the_docs_exists(doc):
    base = (ROOT / doc).parent
    targets = re.findall(r"\]\(([^)#\s]+)\)", DOCS[doc])
    assert targets or doc != "README.md"
    missing = sorted(t for t in targets if "://" not in t and not (base / t).exists())
    assert not missing, f"{doc} links to files that are not there: {missing}"


def test_the_layer_map_names_modules_that_exist():
    """The `accompdesk/` block of ARCHITECTURE.md: each `x.py` under its folder's heading."""
    block = next(b for b in _fences(ARCHITECTURE) if b.startswith("accompdesk/\n"))
    folder, missing = "", []
    for line in block.splitlines()[1:]:
        heading = re.match(r"^  (\w+/|\w+\.py)\s", line)
        if heading:
            folder = heading.group(1) if heading.group(1).endswith("/") else ""
        elif re.match(r"^\S", line):  # tools/, installer/, docs/, tests/: outside the package
            folder = None
        if folder is None:
            continue
        for module in re.findall(r"\b([a-z_]+\.py)\b", line):
            if not (ROOT / "accompdesk" / folder / module).exists():
                missing.append(f"accompdesk/{folder}{module}")
    assert not missing, f"ARCHITECTURE.md's layer map names modules that do not exist: {missing}"


def test_the_window_map_names_modules_that_exist_and_every_area():
    block = next(b for b in _fences(ARCHITECTURE) if b.startswith("gui/\n"))
    gui = ROOT / "accompdesk" / "gui"
    known = {p.name for p in gui.rglob("*.py")} | {p.name for p in gui.rglob("*") if p.is_dir()}
    named = set(re.findall(r"\b([a-z_]+\.py)\b", block))
    assert named, block
    assert not sorted(named - known), f"the gui/ map names modules that do not exist: {sorted(named - known)}"
    words = set(re.findall(r"[a-z_]+", block))
    areas = [p.name for p in (gui / "areas").iterdir() if (p / "__init__.py").exists()]
    assert areas
    assert not [a for a in areas if a not in words], \
        f"areas missing from ARCHITECTURE.md's gui/ map: {[a for a in areas if a not in words]}"


def test_every_test_folder_is_in_the_table_of_where_tests_live():
    table = _section(ARCHITECTURE, "Where tests live:")
    folders = sorted(p.name for p in (ROOT / "tests").iterdir()
                     if p.is_dir() and (p / "__init__.py").exists())
    assert folders
    assert not [f for f in folders if f"`tests/{f}/`" not in table], \
        f"test folders missing from ARCHITECTURE.md: {[f for f in folders if f'`tests/{f}/`' not in table]}"


def test_every_fenced_path_of_the_development_map_exists():
    block = next(b for b in _fences(_section(README, "## Development")) if "accompdesk/domain/" in b)
    paths = re.findall(r"^(\S+)", block, re.M)
    assert len(paths) > 5
    missing = [p for p in paths if not (ROOT / p.rstrip("/")).exists()]
    assert not missing, f"README.md's Development map names paths that do not exist: {missing}"


# -- the command line --------------------------------------------------------------------

def _parser_synopsis() -> str:
    usage = " ".join(build_parser().format_usage().split())
    return usage.removeprefix("usage: ").replace(" [-h]", "").replace("COMMAND ...", "COMMAND")


@pytest.mark.parametrize("doc", sorted(DOCS))
def test_the_synopsis_of_the_command_line_is_the_parsers(doc):
    written = [" ".join(m.split()) for m in re.findall(r"accompdesk-cli \[--vault[^`\n]*(?:\n[^`\n]*)?COMMAND",
                                                        DOCS[doc])]
    assert written, f"{doc} has no synopsis of accompdesk-cli"
    assert set(written) == {_parser_synopsis()}


def _command_table() -> list[tuple[str, str]]:
    section = _section(README, "## The command line")
    rows = [line for line in section.splitlines() if line.startswith("| `")]
    assert len(rows) > 15
    out = []
    for row in rows:
        first, rest = row[1:].split(" | ", 1)
        out.append((first.strip(), rest))
    return out


SAMPLES = {"TABLE": "persons", "FILE.csv": "f.csv", "FILE": "f.pdf", "TEXT": "words", "DEST": "d",
           "BACKUP": "b.vault", "NAME": "ana", "R": "staff", "N": "10", "KEY": "office_name",
           "VALUE": "v", "FILE.card": "o.card", "PEER": "p", "FILE.adx": "b.adx", "ID": "1",
           "S": "0.8", "ID1": "a", "ID2": "b", "KEEP": "a", "OTHER": "b", "MERGE_ID": "m",
           "FIELD=other": "region=other", "ACTION": "export", "DATE": "2026-01-01", "FILE.pdf": "a.pdf",
           "CODE": "NO"}


def _invocations(cell: str) -> list[list[str]]:
    """The commands of one table cell, with sample values for its placeholders, optional
    parts given and the first of each choice taken."""
    calls, command = [], []
    for span in re.findall(r"`([^`]+)`", cell):
        span = span.replace("\\|", "|")
        words = [w for w in shlex.split(re.sub(r"[\[\]]", " ", span)) if w not in ("options", "…")]
        if words[0].startswith("-"):  # "or `--value TEXT`": other options of the command before
            words = command + words
        else:
            command = words[:next((i for i, w in enumerate(words) if w.startswith("-")), len(words))]
        # `report briefing|alert|…`: each document; elsewhere `a|b` is a choice, the first taken.
        second = words[1].split("|") if len(words) > 1 and not words[1].startswith("-") else [None]
        for choice in second:
            call = words[:1] + ([choice] if choice else []) + words[1 + bool(choice):]
            calls.append([SAMPLES.get(w.split("|")[0], w.split("|")[0]) for w in call])
    return calls


def _parse(call: list[str]) -> argparse.Namespace:
    try:
        return build_parser().parse_args(call)
    except SystemExit as exc:
        raise AssertionError(f"the README's `{' '.join(call)}` does not parse (exit {exc.code})") from None


def test_every_command_in_the_readme_table_parses():
    for first, _rest in _command_table():
        for call in _invocations(first):
            _parse(call)


def test_every_command_of_the_parser_is_in_the_readme_table():
    documented = {first_word for first, _ in _command_table()
                  for first_word in re.findall(r"`(\w[\w-]*)", first)}
    parser = build_parser()
    commands = set(parser._subparsers._group_actions[0].choices)  # noqa: SLF001
    assert commands
    assert not sorted(commands - documented), f"commands not in the README: {sorted(commands - documented)}"


OPTION = r"(?<![\w-])(--[a-z][a-z-]*)"


def _options(parser: argparse.ArgumentParser) -> set[str]:
    return {s for action in parser._actions for s in action.option_strings}  # noqa: SLF001


def _subparser(*names: str) -> argparse.ArgumentParser:
    parser = build_parser()
    for name in names:
        parser = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).choices[name]  # noqa: SLF001
    return parser


def test_every_option_the_readme_gives_a_document_exists():
    report_rows = [rest for first, rest in _command_table() if first.startswith("`report ")]
    options = _options(_subparser("report"))
    named = {o for row in report_rows for o in re.findall(OPTION, row)}
    text = _section(README, "## Documents")
    named |= set(re.findall(OPTION, text))
    assert {"--recipient", "--context", "--actions-file"} <= named
    assert not sorted(named - options), f"options of `report` the README names but the parser lacks: " \
                                        f"{sorted(named - options)}"


def test_every_document_is_named_in_the_help_of_report():
    from accompdesk.services.documents import DOCUMENTS

    parser = build_parser()
    sub = parser._subparsers._group_actions[0]  # noqa: SLF001
    help_text = next(a.help for a in sub._choices_actions if a.dest == "report")  # noqa: SLF001
    assert not [d for d in DOCUMENTS if d not in help_text], help_text
    assert "internal for the audit log" in _subparser("report").format_help()
    assert "roster" in " ".join(_subparser("report").format_help().split()).split("--audience", 2)[2]


def test_the_office_settings_the_readme_names_exist():
    from accompdesk.domain import dates, office

    row = next(rest for first, rest in _command_table() if first.startswith("`office get"))
    keys = re.findall(r"`([a-z_]+)`", row)
    assert "emergency_number" in keys
    assert not [k for k in keys if k not in office.EDITABLE], keys
    formats = re.findall(r"`([dmy]+[/-][dmy]+[/-][dmy]+)`", row)
    assert sorted(formats) == sorted(dates.FORMATS)


def test_the_window_options_the_docs_name_parse():
    from accompdesk.app import parse_args

    for doc, text in DOCS.items():
        for line in re.findall(r"`accompdesk (--[^`]+)`", text):
            words = [SAMPLES.get(w, w) for w in shlex.split(re.sub(r"[\[\]]", " ", line))]
            try:
                parse_args(words)
            except SystemExit:
                raise AssertionError(f"{doc}: `accompdesk {line}` does not parse") from None
    assert "--self-test" in README and parse_args(["--self-test"]).self_test


# -- exit codes --------------------------------------------------------------------------

def _readme_exit_codes() -> set[int]:
    paragraph = _section(README, "## The command line").split("Exit codes:", 1)[1].split("\n\n")[0]
    return {int(c) for c in re.findall(r"\*\*(\d+)\*\*", paragraph)}


def _architecture_exit_codes() -> set[int]:
    table = _section(ARCHITECTURE, "## The command line")
    return {int(c) for c in re.findall(r"^\| (\d+) \|", table, re.M)}


def test_both_pages_list_the_same_exit_codes():
    assert _readme_exit_codes() == _architecture_exit_codes()
    assert {0, 2, 3, 4, 5} <= _readme_exit_codes()


def test_every_exit_code_of_an_error_is_documented():
    from accompdesk.domain import errors

    codes = {cls.exit_code for cls in vars(errors).values()
             if isinstance(cls, type) and issubclass(cls, errors.VaultError)}
    assert codes
    assert codes <= _readme_exit_codes()
    # The codes the command line returns itself, beyond those of the errors.
    source = (ROOT / "accompdesk" / "cli" / "main.py").read_text(encoding="utf-8")
    literal = {int(c) for c in re.findall(r"return (\d+)\b", source)}
    assert literal <= _readme_exit_codes(), sorted(literal - _readme_exit_codes())


def test_a_file_the_system_refuses_exits_with_the_documented_code(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("ACCOMPDESK_FAST_KDF", "1")
    monkeypatch.setenv("ACCOMPDESK_PASSPHRASE", PASSPHRASE)
    vault = tmp_path / "office.vault"
    assert cli.main(["--vault", str(vault), "init", "--user", "ana"]) == 0
    capsys.readouterr()
    code = cli.main(["--vault", str(vault), "export", "persons", "-o", str(tmp_path / "no" / "such" / "p.csv")])
    err = capsys.readouterr().err
    assert code not in (0, 2, 3, 4, 5), err
    assert code in _readme_exit_codes(), (code, err)
    assert not (tmp_path / "no").exists()


def test_the_folders_the_docs_say_mypy_checks_are_its_configuration():
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    checked = {Path(f).name for f in config["files"]}
    assert "domain" in checked
    readme = re.search(r"`\.venv/bin/mypy` \(for ([^)]*)\)", README).group(1)
    architecture = re.search(r"^\.venv/bin/mypy +# types of (.*)$", ARCHITECTURE, re.M).group(1)
    for doc, said in (("README.md", readme), ("docs/ARCHITECTURE.md", architecture)):
        assert set(re.findall(r"(\w+)/", said)) == checked, f"{doc} says mypy checks {said}"
