"""Give raise sites written as English sentences a code, for code merged from before codes.

    python -m tools.error_codes accompdesk/cli/report.py ...   # rewrite these files
    python -m tools.labels                                      # then fill in the Spanish

Each `raise UsageError(f"The {document} comes as {x}, not {fmt}.")` (any error built on
AccompDeskError, or `Message(...)`/`Problem(field, ...)`) becomes
`raise UsageError("<module>.<first words>", document=document, ...)`, and its English
sentence is added to ENGLISH in accompdesk/domain/messages.py, so `str()` of the error,
and what the command line prints, stay the same. Review the argument names it picks
(a name, an attribute, or `value` for anything else) and rename where they say little.
Sites it cannot read (a sentence held in a variable) are listed to do by hand.
"""

from __future__ import annotations

import ast
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MESSAGES = ROOT / "accompdesk" / "domain" / "messages.py"
# The argument holding the sentence, for calls that do not take it first.
AT = {"Problem": 1, "BundleError": 1, "Check": 2, "issue": 2}
WRAPPED = {"Problem", "Check", "issue"}  # these take a Message, not a code
STOP = {"the", "a", "an", "is", "of", "this", "to", "it", "its", "and", "be", "in", "with"}


def error_classes() -> set[str]:
    import importlib
    import pkgutil

    import accompdesk
    from accompdesk.domain.messages import AccompDeskError

    for info in pkgutil.walk_packages(accompdesk.__path__, "accompdesk."):
        if ".gui" not in info.name and "selftest" not in info.name and not info.name.endswith("__main__"):
            try:
                importlib.import_module(info.name)
            except Exception:  # noqa: BLE001 - a module that cannot load names no classes
                continue
    found, todo = set(), [AccompDeskError]
    while todo:
        cls = todo.pop()
        found.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    # A name some module also gives a plain exception is left alone (its raises are not sentences).
    modules = [m for name, m in list(sys.modules.items()) if m and name.startswith("accompdesk")]
    plain = {value.__name__ for module in modules for value in vars(module).values()
             if isinstance(value, type) and issubclass(value, Exception) and not issubclass(value, AccompDeskError)}
    return (found - plain) | {"Message"}


def _offsets(src: str):
    lines = src.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    return lambda ln, col: starts[ln - 1] + len(lines[ln - 1].encode()[:col].decode())


def _arg_name(expr: ast.expr) -> str:
    if isinstance(expr, ast.Name):
        return expr.id
    if isinstance(expr, ast.Attribute):
        return expr.attr
    if isinstance(expr, ast.Subscript) and isinstance(expr.slice, ast.Constant) and isinstance(expr.slice.value, str):
        return expr.slice.value
    if isinstance(expr, ast.Call):
        name = expr.func.id if isinstance(expr.func, ast.Name) else getattr(expr.func, "attr", "value")
        if name == "len":
            return "count"
        if name == "join":
            return "items"
        if name in ("str", "repr") and expr.args:
            return _arg_name(expr.args[0])
    return "value"


def _template(node: ast.expr, src: str) -> tuple[str, dict[str, str]] | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value.replace("{", "{{").replace("}", "}}"), {}
    if not isinstance(node, ast.JoinedStr):
        return None
    parts, args, by_source = [], {}, {}
    for value in node.values:
        if isinstance(value, ast.Constant):
            parts.append(value.value.replace("{", "{{").replace("}", "}}"))
            continue
        assert isinstance(value, ast.FormattedValue)
        source = ast.get_source_segment(src, value.value) or "value"
        name = by_source.get(source)
        if name is None:
            base = name = _arg_name(value.value)
            n = 2
            while name in args:
                name, n = f"{base}{n}", n + 1
            args[name], by_source[source] = source, name
        spec = ""
        if value.format_spec is not None:
            if not all(isinstance(x, ast.Constant) for x in value.format_spec.values):
                return None
            spec = ":" + "".join(x.value for x in value.format_spec.values)  # type: ignore[attr-defined]
        conversion = {-1: "", 115: "!s", 114: "!r", 97: "!a"}[value.conversion]
        parts.append("{" + name + conversion + spec + "}")
    return "".join(parts), args


def _slug(text: str) -> str:
    words = re.findall(r"[a-z0-9]+", re.sub(r"\{[^}]*\}", " ", text.lower()))
    return "_".join([w for w in words if w not in STOP][:4] or ["message"])


def convert(path: Path, classes: set[str], english: dict[str, str], prefix: str | None = None) -> list[str]:
    """Rewrite one file; returns the sites left to do by hand."""
    src = path.read_text(encoding="utf-8")
    at = _offsets(src)
    prefix = prefix or ".".join(path.resolve().relative_to(ROOT / "accompdesk").with_suffix("").parts)
    edits, manual = [], []
    for node in ast.walk(ast.parse(src)):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
        if name not in classes and name not in WRAPPED:
            continue
        index = AT.get(name, 0)
        if len(node.args) <= index:
            continue
        sentence = node.args[index]
        if isinstance(sentence, ast.Constant) and sentence.value in english:
            continue  # a code already
        found = _template(sentence, src)
        if found is None:
            if name not in WRAPPED:
                manual.append(f"{path}:{node.lineno}: {ast.get_source_segment(src, node)}")
            continue
        template, args = found
        if " " not in template:
            continue  # a code built at run time (f"office.setting.{code}"), not a sentence
        # A sentence already known keeps its code (and its Spanish), wherever the code moved.
        known = next((c for c, t in english.items() if t == template), None)
        code = base = known or f"{prefix}.{_slug(template)}"
        n = 2
        while english.get(code, template) != template:
            code, n = f"{base}_{n}", n + 1
        english[code] = template
        text = json.dumps(code) + "".join(f", {k}={v}" for k, v in args.items())
        start = at(sentence.lineno, sentence.col_offset)
        end = at(sentence.end_lineno, sentence.end_col_offset)
        if name in WRAPPED:
            edits.append((start, end, f"Message({text})"))
            continue
        rest = node.args[index + 1:]
        if rest and args:  # keyword arguments go after the other positional ones
            last = rest[-1]
            stop = at(last.end_lineno, last.end_col_offset)
            edits.append((start, stop, json.dumps(code) + src[end:stop]
                          + "".join(f", {k}={v}" for k, v in args.items())))
        else:
            edits.append((start, end, text))
    for start, end, text in sorted(edits, reverse=True):
        src = src[:start] + text + src[end:]
    path.write_text(src, encoding="utf-8")
    return manual


def _entry(code: str, text: str) -> str:
    line = f"    {json.dumps(code)}: {json.dumps(text, ensure_ascii=False)},"
    if len(line) <= 118:
        return line
    chunks, current = [], ""
    for word in text.split(" "):
        if current and len(current) + len(word) + 1 > 96:
            chunks.append(current + " ")
            current = word
        else:
            current = f"{current} {word}" if current else word
    chunks.append(current)
    return (f"    {json.dumps(code)}:\n        ("
            + "\n         ".join(json.dumps(c, ensure_ascii=False) for c in chunks) + "),")


def write_english(english: dict[str, str]) -> None:
    src = MESSAGES.read_text(encoding="utf-8")
    start = src.index("ENGLISH: dict[str, str] = {")
    body = "\n".join(_entry(code, english[code]) for code in sorted(english))
    MESSAGES.write_text(src[:start] + "ENGLISH: dict[str, str] = {\n" + body + "\n}\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    from accompdesk.domain.messages import ENGLISH

    english = dict(ENGLISH)
    classes = error_classes()
    manual = []
    for name in argv:
        manual += convert(Path(name), classes, english)
    write_english(english)
    print(f"{len(english) - len(ENGLISH)} new code(s); run python -m tools.labels and translate them.")
    for site in manual:
        print("by hand:", site)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
