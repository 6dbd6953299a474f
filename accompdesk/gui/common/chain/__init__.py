"""The chain of command in the office window: authorities, meetings, escalation, follow-up.

Wiring into the main window (tests/gui/common/chain/test_wiring.py does exactly this):

- areas/__init__.py: the entries of `CHAIN_AREAS` replace the "authorities" and "meetings"
  placeholders, and "escalation" and "followups" join the list (before the Trash).
- workspace.py, `Workspace._build(key)`: first
      factories = chain.areas(self.window_)
      if key in factories: return factories[key](self)
- main_window.py, `open_record` / `edit_record`: for a table in `FORM_TABLES`, call
  `chain.open_record(self, table, record_id)` (search results, the defender's page).
- anywhere an incident, person, organisation or region is shown:
  `chain.show_escalation(window, "incidents" | "persons" | "organisations" | "regions", key)`.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from ...area import Area

CHAIN_AREAS = (
    Area("authorities", "authority", QT_TRANSLATE_NOOP("Areas", "Authorities"), True),
    Area("meetings", "meeting", QT_TRANSLATE_NOOP("Areas", "Meetings"), True),
    Area("escalation", "chain-escalation", QT_TRANSLATE_NOOP("Areas", "Escalation"), True),
    Area("followups", "chain-followups", QT_TRANSLATE_NOOP("Areas", "Follow-up"), True),
)
FORM_TABLES = ("authorities", "officials", "meetings", "commitments")


def areas(window) -> dict[str, Callable[[QWidget], QWidget]]:
    """Factories for the chain areas. `window` is the main window (or anything with its
    `session`, and optionally `open_record`, `notify`, `undo_stack`, `move_to_trash`)."""
    from ..catalogues import chain as translations
    from .form_opener import chain_forms

    translations.ensure()
    forms = chain_forms(window)

    def authorities(parent: QWidget) -> QWidget:
        from ...areas.authorities.view import AuthoritiesView
        return AuthoritiesView(window, forms, parent)

    def meetings(parent: QWidget) -> QWidget:
        from ...areas.meetings.view import MeetingsView
        return MeetingsView(window, forms, parent)

    def escalation(parent: QWidget) -> QWidget:
        from ...areas.escalation.view import EscalationView
        return EscalationView(window, forms, parent)

    def followups(parent: QWidget) -> QWidget:
        from ...areas.followups.view import FollowUpsView
        return FollowUpsView(window, forms, parent)

    return {"authorities": authorities, "meetings": meetings, "escalation": escalation, "followups": followups}


def open_record(window, table: str, record_id: str) -> None:
    """Open a chain record (authority, official, meeting, commitment) in its form."""
    from .form_opener import chain_forms

    chain_forms(window).open_record(table, record_id)


def show_escalation(window, scope: str, key: str) -> None:
    """Show the escalation area for an incident, person, organisation (ids) or region (a name)."""
    if window.workspace is None:  # locked
        return
    window.workspace.show_area("escalation")
    window.workspace.view("escalation").show_scope(scope, key)
