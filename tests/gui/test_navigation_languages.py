"""Every area is in the navigation, named in the chosen language, however the program
starts (a fresh process: import order is what broke this once)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from tests.gui.fixtures.window import qt_warnings_fail, private_settings, settings, session, window  # noqa: F401 - fixtures used by name

PROBE = """
import json
from PySide6.QtWidgets import QApplication
app = QApplication([])
from accompdesk.gui.common import i18n
i18n.install("es")
from accompdesk.gui.areas import AREAS
print(json.dumps({a.key: a.title for a in AREAS}))
"""


def test_all_areas_named_in_spanish_from_a_fresh_start():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=120)
    titles = json.loads(out.stdout.strip().splitlines()[-1])
    assert list(titles) == ["persons", "organisations", "incidents", "authorities", "meetings", "escalation",
                            "followups", "reports", "offices", "volunteers", "roster", "checkins", "alerts", "trash"]
    assert titles["escalation"] == "Escalamiento" and titles["checkins"] == "Llamadas de seguridad"
    assert titles["offices"] == "Oficinas"
