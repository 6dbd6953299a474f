#!/usr/bin/env bash
# CI: build the Linux bundle and check it as an office machine would get it.
#
#   1. build dist/AccompDesk/ and its archive with PyInstaller (installer/build.py);
#   2. run the bundle's self-test offscreen, where it was built;
#   3. unpack the archive elsewhere, install it with its install.sh into a throwaway
#      home folder (which runs the self-test again, from the installed copy), check the
#      menu entry, and uninstall.
#
# Uses .venv (made by .ci/run) and installs PyInstaller into it from PyPI. Takes about
# two minutes on two cores. Exits non-zero if any step fails.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
started=$SECONDS

# What a bare Debian machine lacks: Qt's libraries for offscreen drawing (as .ci/run),
# and binutils, whose strip takes the debug information out of the bundle.
need=()
ldconfig -p | grep -q 'libEGL.so.1' || need+=(libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3)
command -v strip >/dev/null && command -v readelf >/dev/null || need+=(binutils)
if [ ${#need[@]} -gt 0 ] && command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
fi

if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv
    .venv/bin/pip install -q -e .
fi
PY=.venv/bin/python
# PyInstaller from PyPI, through the project's `build` extra (or directly, until the
# extra is declared in pyproject.toml).
"$PY" -m pip install -q -e '.[build]' 2>/dev/null || true
"$PY" -c 'import PyInstaller' 2>/dev/null || "$PY" -m pip install -q 'pyinstaller>=6.10'

echo "== build"
"$PY" installer/build.py --archive gz

echo "== self-test of dist/AccompDesk"
timeout 300 dist/AccompDesk/AccompDesk-console --self-test

echo "== install from the archive into a throwaway home"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
archive=$(ls dist/AccompDesk-*-linux-*.tar.gz)
mkdir "$work/unpacked" "$work/home"
tar -xzf "$archive" -C "$work/unpacked"
HOME="$work/home" XDG_DATA_HOME="$work/home/.local/share" timeout 300 "$work/unpacked/AccompDesk/install.sh"
entry="$work/home/.local/share/applications/accompdesk.desktop"
installed="$work/home/.local/opt/AccompDesk/AccompDesk"
grep -qx "Exec=\"$installed\"" "$entry" || { echo "the menu entry does not start $installed" >&2; exit 1; }
[ -f "$work/home/.local/share/icons/hicolor/256x256/apps/accompdesk.png" ] || { echo "no icon installed" >&2; exit 1; }
[ "$(readlink "$work/home/.local/bin/accompdesk")" = "$installed" ] || { echo "no accompdesk command" >&2; exit 1; }
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$entry"; fi
HOME="$work/home" XDG_DATA_HOME="$work/home/.local/share" "$work/home/.local/opt/AccompDesk/install.sh" --uninstall
[ ! -e "$entry" ] && [ ! -e "$installed" ] || { echo "uninstall left files behind" >&2; exit 1; }

echo "== bundle built, self-tested, installed and removed in $((SECONDS - started)) s"
"$PY" - <<'EOF'
import json
r = json.load(open("dist/AccompDesk-build.json"))
mib = lambda n: f"{n / 2**20:.1f} MiB"
print(f"folder {mib(r['bundle_bytes'])} ({r['bundle_files']} files), archive {mib(r['archive_bytes'])}, "
      f"PyInstaller {r['build_seconds']} s; left out {mib(r['dropped_bytes'])} of collected files and "
      f"{mib(r['debug_information_stripped']['bytes'])} of debug information")
EOF
