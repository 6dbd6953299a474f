"""Timestamps for the vault: the one clock lives in `accompdesk.domain.clock`."""

from __future__ import annotations

from ..domain.clock import now, now_utc, today

__all__ = ["now", "now_utc", "today"]
