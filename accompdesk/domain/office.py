"""Office settings: declared once, typed, with defaults. They live in the vault, since
some (the emergency protocol, the office's name) say who and where the office is."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .catalogue import label
from .dates import FORMATS

# The protocol of an office that has not written its own; shown in the reader's language.
DEFAULT_PROTOCOL = ("1. Call the person again and their named contact.\n"
                    "2. Tell the coordinator.\n"
                    "3. If there is still no news within the hour, activate the emergency network.")
CATALOGUE: list[tuple[str, list]] = [("office", [DEFAULT_PROTOCOL])]


@dataclass
class OfficeSettings:
    office_name: str = "Field office"
    emergency_number: str = ""
    emergency_protocol: str = DEFAULT_PROTOCOL
    minimum_team_size: int = 2
    visa_warning_days: int = 30
    backup_reminder_days: int = 7
    checkin_grace_minutes: int = 30
    # The office's IANA time zone (America/Bogota); empty means this computer's.
    time_zone: str = ""
    # How the office writes dates and numbers (es_CO); empty follows the window's language.
    locale: str = ""
    # dd/mm/yyyy, mm/dd/yyyy or yyyy-mm-dd; empty means the locale's (day first unless en_US).
    date_format: str = ""
    # Printed at the head of the office's documents: name, address, how to reach it.
    letterhead: str = ""
    last_backup_at: str = ""
    last_backup_path: str = ""


# What the office page and `accompdesk-cli office set` change; the backup stamps record themselves.
EDITABLE = ("office_name", "emergency_number", "locale", "date_format", "time_zone", "minimum_team_size",
            "emergency_protocol", "letterhead", "visa_warning_days", "backup_reminder_days",
            "checkin_grace_minutes")
LOCALES = ("es_CO", "es_MX", "es_GT", "es_HN", "es_SV", "es_ES", "en_GB", "en_US")
_LOCALE = re.compile(r"[a-z]{2,3}(_[A-Z]{2})?")
_PHONE = re.compile(r"\+?[0-9][0-9 ().\-/]{2,30}[0-9](\s*\(.{1,40}\))?")
_LIMITS = {"minimum_team_size": (1, 10), "visa_warning_days": (0, 365), "backup_reminder_days": (1, 365),
           "checkin_grace_minutes": (0, 24 * 60)}


def default(name: str):
    return getattr(OfficeSettings(), name)


def emergency_protocol(settings: OfficeSettings, language: str = "en") -> str:
    """The office's emergency protocol to show: the default one in `language`; one the
    office wrote (in any language) as it was written."""
    if settings.emergency_protocol == DEFAULT_PROTOCOL:
        return label("office", DEFAULT_PROTOCOL, language)
    return settings.emergency_protocol


def problem(name: str, value, zones=None) -> tuple[str, tuple] | None:
    """What is wrong with one setting's value, as (code, args), or None. `zones` are the
    known IANA time zone names (the caller asks the system)."""
    if name not in EDITABLE:
        return ("unknown", (name,))
    if isinstance(default(name), int):
        low, high = _LIMITS[name]
        if isinstance(value, bool) or not isinstance(value, int):
            return ("not_a_number", (name,))
        if not low <= value <= high:
            return ("out_of_range", (name, low, high))
        return None
    if not isinstance(value, str):
        return ("not_text", (name,))
    if name == "office_name" and not value.strip():
        return ("empty", (name,))
    if name == "emergency_number" and value.strip() and not _PHONE.fullmatch(value.strip()):
        return ("not_a_phone", (value,))
    if name == "locale" and value and not _LOCALE.fullmatch(value):
        return ("not_a_locale", (value,))
    if name == "date_format" and value and value not in FORMATS:
        return ("not_a_format", (value, tuple(FORMATS)))
    if name == "time_zone" and value and zones is not None and value not in zones:
        return ("not_a_zone", (value,))
    return None


def from_text(name: str, text: str):
    """A value typed on the command line, as the setting's type (int or str); raises ValueError."""
    if name not in EDITABLE:
        raise KeyError(name)
    if isinstance(default(name), int):
        return int(text.strip())
    return text.replace("\\n", "\n") if name in ("emergency_protocol", "letterhead") else text.strip()


def date_order(settings: OfficeSettings) -> str:
    """dmy, mdy or ymd: the office's chosen format, else its locale's, else day first."""
    if settings.date_format in FORMATS:
        return FORMATS[settings.date_format]
    if settings.locale in ("en_US", "en_PH"):
        return "mdy"
    return "dmy"
