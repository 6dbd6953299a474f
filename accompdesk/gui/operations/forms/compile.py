"""Regenerate operations/forms/ui_*.py from ui/{volunteer,accompaniment,checkin,alert}*.ui.

    python -m accompdesk.gui.operations.forms.compile

The .ui files are the source of truth; see accompdesk.gui.forms.compile.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ...forms.compile import FormSet

FORMS = FormSet("accompdesk.gui.operations.forms.compile", Path(__file__).resolve().parent,
                prefixes=("volunteer", "accompaniment", "checkin", "alert"))
generate, target_for, ui_files, main = FORMS.generate, FORMS.target_for, FORMS.ui_files, FORMS.main

if __name__ == "__main__":
    sys.exit(main())
