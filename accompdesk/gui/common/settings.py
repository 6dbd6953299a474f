"""Preferences and window layout, kept in QSettings.

Only preferences and layout live here, never anything that names a person, place or
incident (DESIGN.md "The vault"): those stay inside the encrypted vault.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QLocale, QSettings

ORGANISATION = "AccompDesk"
APPLICATION = "AccompDesk"
PAGE_SIZES = ("A4", "Letter")


@dataclass(frozen=True)
class Option:
    key: str
    default: Any
    type: type
    choices: tuple = ()
    minimum: int | None = None
    maximum: int | None = None


LANGUAGE = Option("preferences/language", "", str, choices=("", "en", "es"))  # "" follows the system
IDLE_LOCK_MINUTES = Option("preferences/idle_lock_minutes", 10, int, minimum=0, maximum=240)  # 0: never
PAGE_SIZE = Option("preferences/page_size", "", str, choices=("",) + PAGE_SIZES)  # "" from the locale

OPTIONS = (LANGUAGE, IDLE_LOCK_MINUTES, PAGE_SIZE)


class Settings:
    def __init__(self, qsettings: QSettings):
        self.q = qsettings

    def get(self, option: Option):
        raw = self.q.value(option.key, option.default)
        try:
            value = option.type(raw) if option.type is not bool else str(raw).lower() in ("1", "true")
        except (TypeError, ValueError):
            return option.default
        if option.choices and value not in option.choices:
            return option.default
        if option.minimum is not None and value < option.minimum:
            return option.minimum
        if option.maximum is not None and value > option.maximum:
            return option.maximum
        return value

    def set(self, option: Option, value) -> None:
        self.q.setValue(option.key, option.type(value))

    def page_size(self) -> str:
        chosen = self.get(PAGE_SIZE)
        if chosen:
            return chosen
        # North America uses Letter; the rest of the world A4.
        return "Letter" if QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem \
            else "A4"

    # -- layout: geometry, header states, chosen columns ---------------------------------

    def layout(self, name: str):
        return self.q.value(f"layout/{name}")

    def set_layout(self, name: str, value) -> None:
        self.q.setValue(f"layout/{name}", value)

    def sync(self) -> None:
        self.q.sync()


def open_settings() -> Settings:
    """The user's settings; ACCOMPDESK_SETTINGS names an INI file instead (tests, demos)."""
    path = os.environ.get("ACCOMPDESK_SETTINGS")
    if path:
        return Settings(QSettings(path, QSettings.Format.IniFormat))
    return Settings(QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                              ORGANISATION, APPLICATION))
