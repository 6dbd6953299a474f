"""The areas of the record, in the order the navigation shows them.

Each area's code is in its own package here (`areas/<key>/`: view.py, model.py,
form.py, ui/ for its generated forms); what several areas share is in `gui/common/`."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..area import Area
from ..common.chain import CHAIN_AREAS
from ..common.operations.areas import OPERATIONS_AREAS
from .reports import REPORTS_AREAS


_OWN_AREAS = (
    Area("persons", "person", QT_TRANSLATE_NOOP("Areas", "Defenders"), True),
    Area("organisations", "organisation", QT_TRANSLATE_NOOP("Areas", "Organisations"), True),
    Area("incidents", "incident", QT_TRANSLATE_NOOP("Areas", "Incidents"), True),
    Area("authorities", "authority", QT_TRANSLATE_NOOP("Areas", "Authorities"), False),
    Area("meetings", "meeting", QT_TRANSLATE_NOOP("Areas", "Meetings"), False),
    Area("volunteers", "volunteer", QT_TRANSLATE_NOOP("Areas", "Volunteers"), False),
    Area("roster", "roster", QT_TRANSLATE_NOOP("Areas", "Roster"), False),
    Area("reports", "reports", QT_TRANSLATE_NOOP("Areas", "Reports"), False),
    Area("offices", "offices", QT_TRANSLATE_NOOP("Areas", "Offices"), True),
    Area("trash", "trash", QT_TRANSLATE_NOOP("Areas", "Trash"), True),
)

# Where areas from the other packages of the window go: the chain of command after the
# meetings, operations at the end, the Trash last.
ORDER = ("persons", "organisations", "incidents", "authorities", "meetings", "escalation", "followups",
         "reports", "offices", "volunteers", "roster", "checkins", "alerts", "trash")


def _contributed() -> list[Area]:
    return [*CHAIN_AREAS, *OPERATIONS_AREAS, *REPORTS_AREAS]


def _merged() -> tuple[Area, ...]:
    """Our areas, where another package builds one its entry replaces the placeholder."""
    by_key = {a.key: a for a in _OWN_AREAS}
    by_key.update({a.key: a for a in _contributed()})
    ordered = [by_key.pop(key) for key in ORDER if key in by_key]
    trash = [a for a in ordered if a.key == "trash"]
    return tuple([a for a in ordered if a.key != "trash"] + list(by_key.values()) + trash)


AREAS = _merged()
BY_KEY = {a.key: a for a in AREAS}
