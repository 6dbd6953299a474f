"""Regenerate safety/forms/ui_*.py from ui/{staff,audit,backup,restore}_*.ui.

    python -m accompdesk.gui.safety.forms.compile

The .ui files are the source of truth; see accompdesk.gui.forms.compile.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ...forms.compile import FormSet

FORMS = FormSet("accompdesk.gui.safety.forms.compile", Path(__file__).resolve().parent,
                prefixes=("staff_", "audit_", "backup_", "restore_"))
generate, target_for, ui_files, main = FORMS.generate, FORMS.target_for, FORMS.ui_files, FORMS.main

if __name__ == "__main__":
    sys.exit(main())
