"""The unlock window comes up without the heavy libraries (they load after the vault opens)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from tests.gui.fixtures.window import qt_warnings_fail, private_settings, settings, session, window  # noqa: F401 - fixtures used by name


def probe(*args, env_extra=None):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env_extra or {}))
    result = subprocess.run([sys.executable, "-m", "accompdesk.app", "--startup-probe", *args],
                            capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_unlock_window_loads_no_heavy_library(vault, tmp_path):
    vault.close()
    report = probe("--vault", vault.path, env_extra={"ACCOMPDESK_SETTINGS": str(tmp_path / "s.ini")})
    assert report["shown"] and report["title"] == "AccompDesk — locked"
    assert report["heavy"] == []


def test_first_run_shows_the_wizard(tmp_path):
    report = probe("--vault", str(tmp_path / "new.vault"),
                   env_extra={"ACCOMPDESK_SETTINGS": str(tmp_path / "s.ini")})
    assert report["shown"] and report["title"] == "Create the vault — AccompDesk"
    assert report["heavy"] == []
    assert not (tmp_path / "new.vault").exists()
