"""What an area of the window is: its key, icon and title. The list of areas is in
`areas/__init__.py`; the packages that build areas import this module, never that list, so no
import order can leave an area out."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


@dataclass(frozen=True)
class Area:
    key: str
    icon: str
    source_title: str
    built: bool  # False: a later version builds it; a placeholder says so

    @property
    def title(self) -> str:
        return QCoreApplication.translate("Areas", self.source_title)
