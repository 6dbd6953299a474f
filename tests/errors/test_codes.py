"""Errors and problems carry a known code; every code has its English and its Spanish."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from accompdesk.domain import catalogue
from accompdesk.domain.messages import CONTEXT, ENGLISH, AccompDeskError, Message

PACKAGE = Path(__file__).resolve().parents[2] / "accompdesk"
# Sentences that read the same in Spanish (they only join other sentences).
SAME_IN_SPANISH = {"services.offices.message", "exchange.importer.two_problems", "exchange.importer.three_problems"}
# Calls whose code is not written where they are, each checked below by what it can hold.
DYNAMIC = {
    ("domain/messages.py", "Message"),  # rebuilding a pickled message
    ("cli/office.py", "InputRejected"),  # office.setting.<code of domain.office.problem>
    ("reports/briefing.py", "Message"),  # the hint's code, given by the caller
    ("gui/common/messages.py", "Message"),  # _PROBLEM_AS
}


def _holes(text: str) -> list[str]:
    return sorted(re.findall(r"\{[^}]*\}", text))


@pytest.mark.parametrize("code", sorted(ENGLISH))
def test_every_code_has_its_english_and_its_spanish(code):
    english = ENGLISH[code]
    spanish = catalogue.label(CONTEXT, english, "es")
    assert spanish != english or code in SAME_IN_SPANISH
    assert _holes(spanish) == _holes(english)


def test_a_message_is_its_english_sentence_and_remembers_its_code():
    message = Message("vault.store.there_no_vault_at", path="/tmp/x.vault")
    assert message == "There is no vault at /tmp/x.vault; create one with 'accompdesk-cli init'."
    assert (message.code, message.params) == ("vault.store.there_no_vault_at", {"path": "/tmp/x.vault"})
    assert message.text("es") == "No hay ninguna bóveda en /tmp/x.vault; cree una con 'accompdesk-cli init'."
    import pickle

    again = pickle.loads(pickle.dumps(message))
    assert (again, again.code, again.params) == (message, message.code, message.params)


def test_an_error_is_its_english_sentence():
    from accompdesk.vault.errors import InputRejected

    exc = InputRejected("exchange.canonical.file_was_rejected_problem", [(3, "kind", "x")], table="incidents",
                        count=1)
    assert str(exc) == "The incidents file was rejected: 1 problem(s); nothing was imported."
    assert exc.report == [(3, "kind", "x")]
    assert exc.text("es") == "Se rechazó el archivo de incidents: 1 problema(s); no se importó nada."


def test_an_argument_that_is_a_message_follows_the_language():
    inner = Message("domain.validation.required")
    outer = Message("services.offices.message", label_en="Summary", exc=inner)
    assert outer == "Summary: is required."
    assert outer.text("es") == "Summary: es obligatorio."


def _sources():
    return sorted(p for p in PACKAGE.rglob("*.py") if "ui_" not in p.name)


def _module_name(path: Path) -> str:
    return ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)


def _error_classes() -> dict[tuple[str, str], bool]:
    """(module, class) -> whether its calls take the code first (False: it builds its own)."""
    classes = {("accompdesk.domain.messages", "AccompDeskError"): True}
    definitions = []
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                definitions.append((_module_name(path), node))
    changed = True
    while changed:
        changed = False
        names = {name for _module, name in classes}
        for module, node in definitions:
            bases = {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases}
            if (module, node.name) not in classes and bases & names:
                init = next((f for f in node.body if isinstance(f, ast.FunctionDef) and f.name == "__init__"),
                            None)
                first = init.args.args[1].arg if init and len(init.args.args) > 1 else "code"
                classes[(module, node.name)] = first in ("code", "reason")
                changed = True
    return classes


def _imported(module: str, tree: ast.Module) -> dict[str, str]:
    """Name -> the module it is imported from."""
    out = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            parts = module.split(".")
            base = parts[:len(parts) - node.level] if node.level else []
            for alias in node.names:
                out[alias.asname or alias.name] = ".".join(base + ([node.module] if node.module else []))
    return out


def _resolve(module: str, imported: dict[str, str], name: str, classes) -> tuple[str, str] | None:
    """Which class `name` is in `module`: its own, one it imports, or the only one so called."""
    if (module, name) in classes:
        return module, name
    if (imported.get(name), name) in classes:
        return imported[name], name
    found = [key for key in classes if key[1] == name]
    return found[0] if len(found) == 1 else None


def _calls():
    """(module, class or Message, the code argument, line) for every construction."""
    classes = _error_classes()
    for path in _sources():
        module = _module_name(path)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = _imported(module, tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
            if name is None:
                continue
            key = _resolve(module, imported, name, classes) if name != "Message" else None
            if name == "Message" or (key is not None and classes[key]):
                index = 1 if name == "BundleError" else 0
                code = node.args[index] if len(node.args) > index else None
                yield str(path.relative_to(PACKAGE)), name, code, node.lineno


def test_every_error_and_message_is_made_with_a_known_code():
    unknown, dynamic = [], set()
    for module, name, code, line in _calls():
        # `"a" if … else "b"` names two codes
        choices = [code.body, code.orelse] if isinstance(code, ast.IfExp) else [code]
        if all(isinstance(c, ast.Constant) and isinstance(c.value, str) for c in choices):
            unknown += [f"{module}:{line} {name}({c.value!r})" for c in choices if c.value not in ENGLISH]
        elif (module, name) in DYNAMIC:
            dynamic.add((module, name))
        else:
            unknown.append(f"{module}:{line} {name}(…) with no written code")
    assert unknown == [], "\n".join(unknown)
    assert dynamic == DYNAMIC


def test_the_errors_that_make_their_own_codes_use_known_ones():
    # TooSoon, the documents' WithheldNameFound: their super().__init__ names the code.
    found = []
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "__init__"
                    and isinstance(node.func.value, ast.Call) and getattr(node.func.value.func, "id", "") == "super"
                    and node.args and isinstance(node.args[0], ast.Constant)):
                found.append(node.args[0].value)
    assert {"vault.attempts.too_soon", "vault.attempts.too_soon_for_user",
            "reports.export.withheld_name_found_one", "reports.export.withheld_names_found"} <= set(found)
    assert [code for code in found if code not in ENGLISH] == []


def test_every_code_is_used():
    written = set()
    for path in _sources():
        if path.name == "messages.py" and path.parent.name == "domain":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                written.add(node.value)
    office = {c for c in ENGLISH if c.startswith("office.setting.")}
    assert sorted(set(ENGLISH) - written - office) == []


def test_every_office_setting_problem_has_its_sentence():
    from accompdesk.cli import office as cli_office
    from accompdesk.domain import office

    source = Path(office.__file__).read_text(encoding="utf-8")
    codes = set(re.findall(r'return \("(\w+)", \(', source)) - {"unknown"}
    assert codes == set(cli_office._PARAMS)
    for code, names in cli_office._PARAMS.items():
        english = ENGLISH[f"office.setting.{code}"]
        assert sorted(re.findall(r"\{(\w+)\}", english)) == sorted(names)
    refused = cli_office.refused("out_of_range", ("reminder_days", 1, 30))
    assert str(refused) == "reminder_days must be between 1 and 30."
    assert refused.text("es") == "reminder_days debe estar entre 1 y 30."


def test_the_window_says_a_missing_link_without_an_id():
    from accompdesk.gui.common import messages as gui_messages

    for code in gui_messages._PROBLEM_AS.values():
        assert code in ENGLISH


def test_the_hints_of_the_briefing_refusal_are_known():
    import inspect

    from accompdesk.reports.briefing import check_placeholders

    assert inspect.signature(check_placeholders).parameters["hint"].default in ENGLISH
    assert "gui.reports.work.hint_window" in ENGLISH


def test_no_errors_module_reads_english_back():
    # The window's edge looks codes up; it never matches the English with a pattern.
    for module in ("gui/common/messages.py", "gui/common/safety_texts.py", "gui/dialogs/damaged.py"):
        source = (PACKAGE / module).read_text(encoding="utf-8")
        assert "import re" not in source
        assert "in str(exc)" not in source


def test_an_error_is_an_accompdesk_error():
    from accompdesk.domain.codec import FieldValueError
    from accompdesk.exchange.bundle import BundleError
    from accompdesk.vault.errors import VaultError

    for kind in (VaultError, FieldValueError, BundleError):
        assert issubclass(kind, AccompDeskError)


def test_a_list_argument_and_a_capitalised_message_follow_the_language():
    import pickle

    several = Message("exchange.links.name_of_several", text="Ana", count=2, nouns="persons",
                      where=[Message("exchange.links.row_of_file", row=3), "abc"])
    assert several == "'Ana' is the name of 2 persons (row 3 of this file, abc); write the id instead."
    assert several.text("es") == ("'Ana' es el nombre de 2 registros de persons (fila 3 de este archivo, abc); "
                                  "escriba el id en su lugar.")
    missing = Message("exchange.links.no_such_name", noun="person", text="X").capitalised()
    assert missing == "There is no person called 'X'."
    assert missing.text("es") == "No hay ningún registro de person llamado 'X'."
    again = pickle.loads(pickle.dumps(missing))
    assert (again, again.text("es")) == (missing, missing.text("es"))
