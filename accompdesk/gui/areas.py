"""The areas of the record, in the order the navigation shows them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Area:
    key: str
    icon: str
    source_title: str
    built: bool  # False: a later version builds it; a placeholder says so

    @property
    def title(self) -> str:
        return QCoreApplication.translate("Areas", self.source_title)


AREAS = (
    Area("persons", "person", QT_TRANSLATE_NOOP("Areas", "Defenders"), True),
    Area("organisations", "organisation", QT_TRANSLATE_NOOP("Areas", "Organisations"), True),
    Area("incidents", "incident", QT_TRANSLATE_NOOP("Areas", "Incidents"), True),
    Area("authorities", "authority", QT_TRANSLATE_NOOP("Areas", "Authorities"), False),
    Area("meetings", "meeting", QT_TRANSLATE_NOOP("Areas", "Meetings"), False),
    Area("volunteers", "volunteer", QT_TRANSLATE_NOOP("Areas", "Volunteers"), False),
    Area("roster", "roster", QT_TRANSLATE_NOOP("Areas", "Roster"), False),
    Area("reports", "reports", QT_TRANSLATE_NOOP("Areas", "Reports"), False),
    Area("trash", "trash", QT_TRANSLATE_NOOP("Areas", "Trash"), True),
)

BY_KEY = {a.key: a for a in AREAS}
