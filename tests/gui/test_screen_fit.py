"""A window saved on a big screen, reopened on a 1400×900 screen at 150 % and 200 %:
the window and every toolbar control lie inside the screen."""

from __future__ import annotations

import json
import os
import pathlib
import subprocess
import sys

import pytest
from tests.gui.fixtures.window import qt_warnings_fail, private_settings, settings, session, window  # noqa: F401 - fixtures used by name

PROBE = pathlib.Path(__file__).with_name("screen_fit_probe.py")


def _inside(room, box) -> bool:
    x, y, w, h = box
    return room[0] <= x and room[1] <= y and x + w <= room[0] + room[2] and y + h <= room[1] + room[3]


@pytest.mark.parametrize("scale", ["1.5", "2.0"])
def test_window_and_toolbar_fit_the_screen(tmp_path, scale):
    screens = tmp_path / "screen.json"
    screens.write_text(json.dumps({"screens": [{"name": "office", "x": 0, "y": 0, "width": 1400,
                                                "height": 900, "logicalDpi": 96, "dpr": 1}]}))
    root = pathlib.Path(__file__).resolve().parents[2]
    # The checkout's own package, not whichever one the environment has installed.
    env = dict(os.environ, QT_SCALE_FACTOR=scale, QT_QPA_PLATFORM=f"offscreen:configfile={screens}",
               PYTHONPATH=str(root))
    done = subprocess.run([sys.executable, str(PROBE)], capture_output=True, text=True, env=env,
                          cwd=root, timeout=120)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    room = seen["room"]
    assert room[2] == round(1400 / float(scale))
    assert _inside(room, seen["frame"]), seen
    assert {"New incident", "New person", "Lock", "search"} <= set(seen["controls"])
    for name, (visible, box) in seen["controls"].items():
        assert visible, name
        assert _inside(room, box), (name, box, room)
