"""Office settings: declared once, typed, with defaults. They live in the vault, since
some (the emergency protocol, the office's name) say who and where the office is."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class OfficeSettings:
    office_name: str = "Field office"
    emergency_number: str = ""
    emergency_protocol: str = ("1. Call the person again and their named contact.\n"
                               "2. Tell the coordinator.\n"
                               "3. If there is still no news within the hour, activate the emergency network.")
    minimum_team_size: int = 2
    visa_warning_days: int = 30
    backup_reminder_days: int = 7
    checkin_grace_minutes: int = 30
    # The office's IANA time zone (America/Bogota); empty means this computer's.
    time_zone: str = ""
    last_backup_at: str = ""
    last_backup_path: str = ""
