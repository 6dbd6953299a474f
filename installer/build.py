"""Build the AccompDesk bundle: dist/AccompDesk/ and a compressed archive of it.

    python installer/build.py [--archive xz|gz|zip|none] [--self-test] [--baseline] [--installer]

Steps: draw the icons from accompdesk/resources/icons/app.svg; run PyInstaller on
installer/accompdesk.spec (one folder, a windowed and a console program, Qt modules and
files the program does not use left out); on Linux add the .desktop entry, the icons
and install.sh; check that every library in the bundle finds what it links to; pack the
archive; write dist/AccompDesk-build.json with the sizes, the time and what was left out.

--self-test   then run `AccompDesk-console --self-test` offscreen, as CI does
--baseline    also build once with nothing left out (in build/baseline/), to measure
              what the exclusions save; takes a second build's time
--installer   Windows: then compile installer/accompdesk.iss with Inno Setup

PyInstaller comes from PyPI: pip install -e '.[build]'.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import exclusions  # noqa: E402

NAME = "AccompDesk"
DIST = ROOT / "dist"
BUILD = ROOT / "build"
BUNDLE = DIST / NAME
WINDOWS = sys.platform == "win32"
EXE = ".exe" if WINDOWS else ""


def version() -> str:
    text = (ROOT / "accompdesk" / "__init__.py").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith("__version__"):
            return line.split("=", 1)[1].strip().strip("\"'")
    return "0"


def platform_tag() -> str:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
    machine = platform.machine().lower().replace("amd64", "x86_64")
    return f"{system}-{machine}"


def folder_size(folder: Path) -> tuple[int, int]:
    """Bytes and number of files under `folder` (links not followed)."""
    total = count = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
            count += 1
    return total, count


def mib(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MiB"


def pyinstaller(dist: Path, work: Path, env: dict) -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        sys.exit("PyInstaller is not installed here: pip install -e '.[build]' "
                 "(or pip install 'pyinstaller>=6').")
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
               "--distpath", str(dist), "--workpath", str(work), str(HERE / "accompdesk.spec")]
    subprocess.run(command, cwd=ROOT, env=env, check=True)


def desktop_integration(bundle: Path, icons: Path) -> None:
    """Linux: the menu entry, the icons in the hicolor layout and install.sh, inside the folder."""
    shutil.copy2(HERE / "accompdesk.desktop", bundle / "accompdesk.desktop")
    shutil.copytree(icons / "hicolor", bundle / "icons" / "hicolor", dirs_exist_ok=True)
    target = bundle / "install.sh"
    shutil.copy2(HERE / "linux-install.sh", target)
    target.chmod(0o755)
    shutil.copy2(HERE / "README-install.md", bundle / "README-install.md")


def strip_debug_information(bundle: Path) -> tuple[int, int]:
    """Linux: remove debug information from the libraries that carry it (the Python
    library and the SQLCipher module come with tens of MB of it); returns (files, bytes
    saved). Only `--strip-debug`, and only under _internal/: the programs themselves
    carry PyInstaller's archive after their code, which strip would cut off.
    """
    if sys.platform != "linux" or not (shutil.which("strip") and shutil.which("readelf")):
        return 0, 0
    files = saved = 0
    for path in sorted((bundle / "_internal").rglob("*")):
        if not path.is_file() or path.is_symlink():
            continue
        with path.open("rb") as f:
            if f.read(4) != b"\x7fELF":
                continue
        sections = subprocess.run(["readelf", "-S", "--wide", str(path)], capture_output=True, text=True)
        if ".debug_info" not in sections.stdout:
            continue
        before = path.stat().st_size
        subprocess.run(["strip", "--strip-debug", str(path)], check=True)
        files += 1
        saved += before - path.stat().st_size
    return files, saved


def unresolved_libraries(bundle: Path) -> dict[str, list[str]]:
    """Linux: for each shared library or program in the bundle, what ldd cannot find.

    Libraries the system is expected to provide (GTK for the GTK theme plugin, for
    instance) show up here too; a library that the exclusions dropped must not.
    """
    if sys.platform != "linux" or not shutil.which("ldd"):
        return {}
    internal = bundle / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=str(internal))
    missing = {}
    for path in sorted(bundle.rglob("*")):
        if not path.is_file() or path.is_symlink():
            continue
        with path.open("rb") as f:
            if f.read(4) != b"\x7fELF":
                continue
        result = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env)
        lost = [line.split("=>")[0].strip() for line in result.stdout.splitlines() if "not found" in line]
        if lost:
            missing[str(path.relative_to(bundle))] = lost
    return missing


def archive(bundle: Path, kind: str) -> Path | None:
    if kind == "none":
        return None
    stem = DIST / f"{NAME}-{version()}-{platform_tag()}"
    if kind == "zip":
        target = stem.with_name(stem.name + ".zip")
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
            for path in sorted(bundle.rglob("*")):
                z.write(path, Path(NAME) / path.relative_to(bundle))
        return target
    target = stem.with_name(stem.name + (".tar.xz" if kind == "xz" else ".tar.gz"))
    compressor = "xz" if kind == "xz" else "gzip"
    if shutil.which("tar") and shutil.which(compressor):
        # The system's tools are several times faster than Python's (xz on every core).
        env = dict(os.environ, XZ_OPT="-6 -T0")
        flag = "-cJf" if kind == "xz" else "-czf"
        subprocess.run(["tar", "-C", str(bundle.parent), flag, str(target), NAME], check=True, env=env)
        return target
    mode = "w:xz" if kind == "xz" else "w:gz"
    with tarfile.open(target, mode) as tar:
        tar.add(bundle, arcname=NAME)
    return target


def inno_setup() -> Path:
    """Windows: compile installer/accompdesk.iss with Inno Setup 6.3+ (iscc) into the setup program."""
    candidates = [shutil.which("iscc"),
                  Path(os.environ.get("ProgramFiles(x86)", "C:/Program Files (x86)")) / "Inno Setup 6" / "ISCC.exe",
                  Path(os.environ.get("LOCALAPPDATA", "")) / "Programs" / "Inno Setup 6" / "ISCC.exe"]
    iscc = next((str(c) for c in candidates if c and Path(c).is_file()), None)
    if iscc is None:
        sys.exit("Inno Setup 6 (iscc) is not installed; the bundle is in dist/AccompDesk.")
    subprocess.run([iscc, "/Q", f"/DAppVersion={version()}", str(HERE / "accompdesk.iss")], check=True)
    return DIST / f"{NAME}-{version()}-setup.exe"


def self_test(bundle: Path) -> int:
    program = bundle / f"{NAME}-console{EXE}"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    print(f"$ QT_QPA_PLATFORM=offscreen {program.relative_to(ROOT)} --self-test", flush=True)
    return subprocess.run([str(program), "--self-test"], env=env, timeout=600).returncode


def excluded_summary(dropped: list[dict]) -> list[dict]:
    by_reason: dict[str, dict] = {}
    for entry in dropped:
        row = by_reason.setdefault(entry["why"], {"why": entry["why"], "files": 0, "bytes": 0})
        row["files"] += 1
        row["bytes"] += entry["bytes"]
    return sorted(by_reason.values(), key=lambda row: -row["bytes"])


def build_baseline(env: dict) -> dict:
    """Build once with nothing left out and compare its size with the real bundle's."""
    dist, work = BUILD / "baseline" / "dist", BUILD / "baseline" / "work"
    started = time.monotonic()
    pyinstaller(dist, work, dict(env, ACCOMPDESK_BASELINE="1", ACCOMPDESK_DROPPED=""))
    size, files = folder_size(dist / NAME)
    only_there = []
    for path in (dist / NAME).rglob("*"):
        twin = BUNDLE / path.relative_to(dist / NAME)
        if path.is_file() and not twin.exists():
            only_there.append((path.stat().st_size, str(path.relative_to(dist / NAME))))
    only_there.sort(reverse=True)
    return {"bytes": size, "files": files, "seconds": round(time.monotonic() - started),
            "largest_left_out": [{"file": name, "bytes": n} for n, name in only_there[:25]],
            "left_out_bytes": sum(n for n, _ in only_there), "left_out_files": len(only_there)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the AccompDesk bundle and its archive.")
    parser.add_argument("--archive", choices=("xz", "gz", "zip", "none"),
                        default="zip" if WINDOWS else "xz")
    parser.add_argument("--self-test", action="store_true", help="run the bundle's self-test after building")
    parser.add_argument("--installer", action="store_true",
                        help="Windows: also compile the Inno Setup installer (needs iscc)")
    parser.add_argument("--baseline", action="store_true",
                        help="also build with nothing left out, to measure what the exclusions save")
    args = parser.parse_args(argv)

    started = time.monotonic()
    icons = BUILD / "icons"
    dropped_file = BUILD / "dropped.json"
    BUILD.mkdir(exist_ok=True)
    subprocess.run([sys.executable, str(HERE / "icons.py"), str(icons)], check=True,
                   stdout=subprocess.DEVNULL, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    env = dict(os.environ, ACCOMPDESK_ICONS=str(icons), ACCOMPDESK_DROPPED=str(dropped_file))
    pyinstaller(DIST, BUILD / "pyinstaller", env)
    if sys.platform.startswith("linux"):
        desktop_integration(BUNDLE, icons)
    stripped_files, stripped_bytes = strip_debug_information(BUNDLE)
    build_seconds = time.monotonic() - started

    missing = unresolved_libraries(BUNDLE)
    dropped = json.loads(dropped_file.read_text(encoding="utf-8")) if dropped_file.exists() else []
    dropped_names = {Path(d["file"]).name for d in dropped}
    broken = {f: libs for f, libs in missing.items() if set(libs) & dropped_names}
    if broken:
        for f, libs in broken.items():
            print(f"error: {f} needs {', '.join(sorted(set(libs) & dropped_names))}, which the exclusions "
                  "dropped; keep it in installer/exclusions.py", file=sys.stderr)
        return 1

    t0 = time.monotonic()
    packed = archive(BUNDLE, args.archive)
    archive_seconds = time.monotonic() - t0

    size, files = folder_size(BUNDLE)
    report = {
        "version": version(), "platform": platform_tag(),
        "bundle": str(BUNDLE.relative_to(ROOT)), "bundle_bytes": size, "bundle_files": files,
        "archive": str(packed.relative_to(ROOT)) if packed else None,
        "archive_bytes": packed.stat().st_size if packed else None,
        "build_seconds": round(build_seconds), "archive_seconds": round(archive_seconds),
        "excluded_modules": list(exclusions.EXCLUDED_MODULES),
        "dropped_files": excluded_summary(dropped),
        "dropped_bytes": sum(d["bytes"] for d in dropped),
        "debug_information_stripped": {"files": stripped_files, "bytes": stripped_bytes},
        "unresolved_libraries": missing,
    }
    if args.baseline:
        report["baseline"] = build_baseline(env)
    if args.installer:
        setup = inno_setup()
        report["installer"], report["installer_bytes"] = str(setup.relative_to(ROOT)), setup.stat().st_size

    print(f"\n{BUNDLE.relative_to(ROOT)}: {mib(size)} in {files} files, built in {build_seconds:.0f} s")
    if packed:
        print(f"{packed.relative_to(ROOT)}: {mib(packed.stat().st_size)}, packed in {archive_seconds:.0f} s")
    print(f"left out: {len(exclusions.EXCLUDED_MODULES)} Python modules (not followed), and "
          f"{len(dropped)} collected files, {mib(report['dropped_bytes'])}:")
    for row in report["dropped_files"]:
        print(f"  {mib(row['bytes']):>10}  {row['files']:4} files  {row['why']}")
    if stripped_files:
        print(f"  {mib(stripped_bytes):>10}  {stripped_files:4} files  debug information (strip --strip-debug)")
    if "baseline" in report:
        base = report["baseline"]
        print(f"with nothing left out the folder would be {mib(base['bytes'])} in {base['files']} files "
              f"({mib(base['bytes'] - size)} more); largest files left out:")
        for row in base["largest_left_out"][:12]:
            print(f"  {mib(row['bytes']):>10}  {row['file']}")
    from_system: dict[str, set[str]] = {}
    for f, libs in missing.items():
        for lib in libs:
            from_system.setdefault(lib, set()).add(f)
    for lib, users in sorted(from_system.items()):
        example = sorted(users)[0]
        print(f"note: {lib} is not on this machine; {len(users)} file(s) in the bundle want it "
              f"from the system (e.g. {example})")
    (DIST / f"{NAME}-build.json").write_text(json.dumps(report, indent=1), encoding="utf-8")

    if args.self_test:
        return self_test(BUNDLE)
    return 0


if __name__ == "__main__":
    sys.exit(main())
