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
ROOT = pathlib.Path(__file__).resolve().parents[2]


def _inside(room, box) -> bool:
    x, y, w, h = box
    return room[0] <= x and room[1] <= y and x + w <= room[0] + room[2] and y + h <= room[1] + room[3]


@pytest.mark.parametrize("scale", ["1.5", "2.0"])
def test_window_and_toolbar_fit_the_screen(tmp_path, scale):
    screens = tmp_path / "screen.json"
    screens.write_text(json.dumps({"screens": [{"name": "office", "x": 0, "y": 0, "width": 1400,
                                                "height": 900, "logicalDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_SCALE_FACTOR=scale, QT_QPA_PLATFORM=f"offscreen:configfile={screens}",
               PYTHONPATH=str(ROOT))  # the probe runs this checkout's code, not an installed copy
    done = subprocess.run([sys.executable, str(PROBE)], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    room = seen["room"]
    assert room[2] == round(1400 / float(scale))
    assert _inside(room, seen["frame"]), seen
    assert {"New incident", "New person", "Lock", "search"} <= set(seen["controls"])
    for name, (visible, box) in seen["controls"].items():
        assert visible, name
        assert _inside(room, box), (name, box, room)


@pytest.mark.parametrize("area, count, scale", [("checkins", 5, "1.5"), ("checkins", 5, "2.0"),
                                                ("roster", 7, "1.5"),  # the roster at 200 % still scrolls
                                                ("offices", 7, "1.5"), ("incidents", 5, "1.5"),
                                                ("persons", 3, "1.5")])
@pytest.mark.parametrize("language", ["en", "es"])
def test_area_buttons_all_in_view(tmp_path, scale, language, area, count):
    """Issue 19: at 150 % the check-in call buttons (and the roster's) were reached by
    scrolling the area sideways."""
    screens = tmp_path / "screen.json"
    screens.write_text(json.dumps({"screens": [{"name": "office", "x": 0, "y": 0, "width": 1400,
                                                "height": 900, "logicalDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_SCALE_FACTOR=scale, QT_QPA_PLATFORM=f"offscreen:configfile={screens}",
               PYTHONPATH=str(ROOT))  # the probe runs this checkout's code, not an installed copy
    done = subprocess.run([sys.executable, str(PROBE), area, language], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])["area"]
    assert len(seen["buttons"]) == count, seen
    for name, box in seen["buttons"].items():
        assert _inside(seen["viewport"], box), (name, box, seen["viewport"])
