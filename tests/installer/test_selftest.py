"""`accompdesk --self-test`, run in-process on the source tree: every check passes, a
failing check is one line and does not stop the others, and nothing is left on disk.

The bundle built by installer/build.py runs the same code (installer/ci-smoke.sh);
building it is not part of the test run.
"""

from __future__ import annotations

import os
import re
import runpy
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QtMsgType, qInstallMessageHandler

from accompdesk import resources, selftest
from accompdesk.domain.records import ALL_TYPES

ROOT = Path(__file__).resolve().parents[2]
LINE = re.compile(r"^(ok  \S.*|FAIL \S[^:]*: .+)$")

# A translation with one message, for when the source tree has no compiled one yet.
SMALL_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context><name>SelfTest</name>
<message><source>Vault</source><translation>Bóveda</translation></message>
</context>
</TS>
"""


def lrelease() -> str:
    import PySide6

    here = Path(PySide6.__file__).parent
    for candidate in (here / "lrelease", here / "lrelease.exe",
                      Path(sys.executable).parent / "pyside6-lrelease"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which("pyside6-lrelease")
    if not found:
        pytest.fail("PySide6's lrelease is missing")
    return found


def use_resources(monkeypatch, folder: Path) -> None:
    monkeypatch.setenv("ACCOMPDESK_RESOURCES", str(folder))
    resources.resource_dir.cache_clear()


@pytest.fixture(autouse=True)
def fresh_resource_dir():
    resources.resource_dir.cache_clear()
    yield
    resources.resource_dir.cache_clear()


@pytest.fixture
def temp_root(tmp_path, monkeypatch):
    """The temporary folder the self-test works in, to see that it leaves nothing there."""
    root = tmp_path / "tmp"
    root.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(root))
    return root


@pytest.fixture
def translated_resources(tmp_path, monkeypatch):
    """The source tree's resources; if they have no compiled Spanish translation yet (it
    belongs to the office window's work), a copy with a small one made by lrelease."""
    real = resources.resource_dir()
    if (real / "translations" / "accompdesk_es.qm").is_file():
        return real
    copy = tmp_path / "resources"
    shutil.copytree(real, copy)
    (copy / "translations").mkdir(exist_ok=True)
    source = copy / "translations" / "accompdesk_es.ts"
    source.write_text(SMALL_TS, encoding="utf-8")
    subprocess.run([lrelease(), "-silent", str(source), "-qm", str(source.with_suffix(".qm"))], check=True)
    use_resources(monkeypatch, copy)
    return copy


@pytest.fixture
def qt_warnings(qapp):
    caught: list[str] = []

    def handler(kind, _context, message):
        if kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            caught.append(message)

    previous = qInstallMessageHandler(handler)
    yield caught
    qInstallMessageHandler(previous)


def run_self_test(capsys, *extra: str) -> tuple[int, list[str]]:
    code = selftest.run(["accompdesk", "--self-test", *extra])
    return code, capsys.readouterr().out.splitlines()


def source_forms() -> list[str]:
    return sorted(p.stem for p in (ROOT / "accompdesk" / "gui").glob("**/ui/ui_*.py"))


def test_every_check_passes_and_nothing_is_left(capsys, temp_root, translated_resources, qt_warnings,
                                                 tmp_path):
    report = tmp_path / "report.txt"
    code, lines = run_self_test(capsys, "--report", str(report))

    assert code == 0, "\n".join(lines)
    *checks, summary = lines
    assert summary == f"all {len(checks)} checks passed"
    assert all(LINE.match(line) and line.startswith("ok  ") for line in checks), lines
    names = {line[4:].split(" (")[0] for line in checks}
    assert {f"record {table}" for table in ALL_TYPES} <= names
    assert {"vault create", "vault encrypted on disk", "vault reopen", "briefing pdf", "briefing docx",
            "translation accompdesk_es", "translation qtbase_es", "cleanup"} <= names
    # Forms found by the self-test's own discovery are every generated form in the tree.
    assert {f"form {stem}" for stem in source_forms()} <= names
    assert report.read_text(encoding="utf-8").splitlines() == lines
    assert list(temp_root.iterdir()) == []
    assert not qt_warnings, qt_warnings


def test_a_failing_check_is_one_line_and_the_rest_still_run(capsys, temp_root, tmp_path, monkeypatch,
                                                             qt_warnings):
    copy = tmp_path / "resources"
    shutil.copytree(resources.resource_dir(), copy)
    for qm in (copy / "translations").glob("*_es.qm"):
        qm.unlink()
    use_resources(monkeypatch, copy)

    def broken(ctx, fmt):
        raise RuntimeError(f"no {fmt} today\nsecond line")

    monkeypatch.setattr(selftest, "render_briefing", broken)
    code, lines = run_self_test(capsys)

    assert code == 1
    assert all(LINE.match(line) for line in lines[:-1]), lines
    failed = [line for line in lines if line.startswith("FAIL")]
    assert failed == [
        "FAIL briefing pdf: RuntimeError: no pdf today second line",
        "FAIL briefing docx: RuntimeError: no docx today second line",
        f"FAIL translation accompdesk_es: FileNotFoundError: "
        f"{copy / 'translations' / 'accompdesk_es.qm'} is missing",
    ]
    assert lines[-1] == (f"3 of {len(lines) - 1} checks failed: "
                         "briefing pdf, briefing docx, translation accompdesk_es")
    assert "ok  cleanup" in lines and "ok  search (2 hits)" in lines
    assert list(temp_root.iterdir()) == []


def test_a_record_type_without_a_sample_is_still_written(capsys, temp_root, translated_resources,
                                                         monkeypatch):
    """A record type added later is written from its field declarations alone."""
    samples = selftest.sample_records

    def without_alerts(today):
        found = samples(today)
        del found["alerts"]
        return found

    monkeypatch.setattr(selftest, "sample_records", without_alerts)
    code, lines = run_self_test(capsys)
    assert code == 0, "\n".join(lines)
    assert "ok  record alerts (1 read back)" in lines


def test_the_entry_point_runs_the_self_test_before_any_gui_module(tmp_path):
    """accompdesk/app.py, run as a script as the frozen program runs it: --self-test
    imports no GUI module before the self-test chooses the Qt platform."""
    probe = (
        "import runpy, sys\n"
        "import accompdesk.selftest as s\n"
        "seen = []\n"
        "def fake(argv):\n"
        "    seen.append([m for m in sys.modules if m.startswith(('accompdesk.gui', 'PySide6.QtWidgets'))])\n"
        "    return 7\n"
        "s.run = fake\n"
        f"sys.argv = ['AccompDesk', '--self-test']\n"
        "try:\n"
        f"    runpy.run_path({str(ROOT / 'accompdesk' / 'app.py')!r}, run_name='__main__')\n"
        "except SystemExit as exc:\n"
        "    print(exc.code, seen)\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env,
                            cwd=tmp_path, timeout=60)
    assert result.stdout.strip() == "7 [[]]", result.stdout + result.stderr


def test_the_entry_point_starts_the_window_without_the_flag(monkeypatch):
    import accompdesk.gui.main

    calls = []
    monkeypatch.setattr(accompdesk.gui.main, "run", lambda args, argv: calls.append((args, argv)) or 0)
    monkeypatch.setattr(sys, "argv", ["AccompDesk", "--demo", "--lang", "es"])
    with pytest.raises(SystemExit) as stopped:
        runpy.run_path(str(ROOT / "accompdesk" / "app.py"), run_name="__main__")
    assert stopped.value.code == 0
    [(args, argv)] = calls
    assert (args.demo, args.lang, args.vault, args.self_test) == (True, "es", None, False)
    assert argv == ["AccompDesk", "--demo", "--lang", "es"]
