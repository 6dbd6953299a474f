"""The wheel, built with `python -m build` and installed (not editable) into a fresh
virtual environment, runs: `accompdesk --self-test`, and `accompdesk --screenshot FILE
--view NAME` for every view in English and Spanish.

The fresh environment holds only the wheel; it reaches the third-party libraries
through a .pth line pointing at this interpreter's site-packages, so that the test
needs no network and no second copy of Qt. Sources are copied out of the tree first,
so nothing of the working tree is importable by the installed program.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import sysconfig
import venv
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow

LANGUAGES = ("en", "es")


def _scripts(env: Path) -> Path:
    return env / ("Scripts" if os.name == "nt" else "bin")


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """(fresh environment, wheel): the wheel built from a copy of the sources and installed."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    shutil.copytree(ROOT / "accompdesk", source / "accompdesk",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    built = subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir",
                            str(work / "dist"), str(source)], capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stdout[-2000:] + built.stderr[-2000:]
    [wheel] = (work / "dist").glob("accompdesk-*.whl")

    env = work / "env"
    venv.EnvBuilder(with_pip=False).create(env)
    python = _scripts(env) / ("python.exe" if os.name == "nt" else "python")
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             capture_output=True, text=True, check=True).stdout.strip()
    shared = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    Path(purelib, "shared-libraries.pth").write_text("\n".join(sorted(shared)) + "\n", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps",
                    "--no-index", str(wheel)], check=True, capture_output=True, timeout=300)
    return env, wheel


def _run(env: Path, program: str, *args: str, timeout: int = 180) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items()
             if k not in ("PYTHONPATH", "ACCOMPDESK_RESOURCES", "ACCOMPDESK_VAULT", "ACCOMPDESK_SETTINGS")}
    clean["QT_QPA_PLATFORM"] = "offscreen"
    # Run from an empty folder: nothing of the source tree may be found by accident.
    return subprocess.run([str(_scripts(env) / program), *args], capture_output=True, text=True,
                          env=clean, cwd=env, timeout=timeout)


def test_the_wheel_carries_the_resources(installed):
    _env, wheel = installed
    names = zipfile.ZipFile(wheel).namelist()
    for wanted in ("accompdesk/resources/icons/app.svg", "accompdesk/resources/fonts/NotoSans-Regular.ttf",
                   "accompdesk/resources/translations/accompdesk_es.qm",
                   "accompdesk/resources/translations/safety_es.qm",
                   "accompdesk/resources/forms/incident_form.ui",
                   "accompdesk/resources/guide/guide.es.md", "accompdesk/resources/labels/es.mo"):
        assert wanted in names
    shipped = {n.split("/")[2] for n in names if n.startswith("accompdesk/resources/") and n.count("/") > 2}
    assert shipped == {"icons", "fonts", "translations", "forms", "guide", "labels"}
    # Developer tools stay out of the program.
    assert not [n for n in names if n.startswith("tools/") or n.endswith(("/compile.py", "translations_build.py"))]


def test_the_installed_program_is_the_wheel(installed):
    env, _wheel = installed
    result = _run(env, "python", "-c", "import accompdesk.resources as r; print(r.resource_dir())")
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip()).is_relative_to(env)


def test_the_self_test_passes(installed):
    env, _wheel = installed
    result = _run(env, "accompdesk", "--self-test")
    lines = result.stdout.splitlines()
    assert result.returncode == 0, result.stdout + result.stderr
    assert lines[-1].startswith("all ") and lines[-1].endswith(" checks passed"), lines[-1]
    assert not [line for line in lines if line.startswith("FAIL")]
    assert lines[0].startswith("ok  environment") and ", installed, " in lines[0], lines[0]


def test_the_command_line_answers(installed):
    env, _wheel = installed
    result = _run(env, "accompdesk-cli", "--help")
    assert result.returncode == 0, result.stderr
    assert "usage: accompdesk-cli" in result.stdout


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    return struct.unpack(">II", data[16:24])


def test_every_view_is_drawn_in_english_and_spanish(installed, tmp_path):
    env, _wheel = installed
    listed = _run(env, "accompdesk", "--screenshot", str(tmp_path / "x.png"), "--view", "list")
    assert listed.returncode == 0, listed.stderr
    views = listed.stdout.strip().removeprefix("Views: ").split(", ")
    assert {"unlock", "incidents", "incident-form", "roster", "reports"} <= set(views)

    def shoot(view_language):
        view, language = view_language
        target = tmp_path / f"{view}-{language}.png"
        result = _run(env, "accompdesk", "--screenshot", str(target), "--view", view, "--lang", language)
        return view, language, target, result

    jobs = [(view, language) for view in views for language in LANGUAGES]
    with ThreadPoolExecutor(max_workers=2) as pool:
        shots = list(pool.map(shoot, jobs))
    failed = [f"{view} ({language}): {result.returncode} {result.stderr.strip()[-300:]}"
              for view, language, _target, result in shots
              if result.returncode != 0 or "Traceback" in result.stderr]
    assert failed == []
    for view, language, target, _result in shots:
        width, height = _png_size(target)
        assert width >= 200 and height >= 100, f"{target.name}: {width}x{height}"
    for view in views:
        english, spanish = (tmp_path / f"{view}-{language}.png" for language in LANGUAGES)
        assert english.read_bytes() != spanish.read_bytes(), f"{view} looks the same in Spanish"
