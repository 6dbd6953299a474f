"""When to remind the office to back up: the last backup is older than the office's
configured number of days, or there has never been one."""

from __future__ import annotations

import datetime as dt
from ...domain import clock


def days_since_backup(last_backup_at: str, now: dt.datetime | None = None) -> int | None:
    """Whole days since the last backup; None if there has never been one."""
    if not last_backup_at:
        return None
    try:
        when = dt.datetime.strptime(last_backup_at[:19], "%Y-%m-%dT%H:%M:%S").replace(tzinfo=dt.timezone.utc)
    except ValueError:
        return None
    now = now or clock.now()
    return max(0, (now - when).days)


def backup_due(office_settings, now: dt.datetime | None = None) -> bool:
    days = days_since_backup(office_settings.last_backup_at, now)
    return days is None or days >= max(1, office_settings.backup_reminder_days)
