"""Timestamps: UTC, ISO 8601, to the microsecond so that entries sort in order."""

from __future__ import annotations

import datetime as dt


def now_utc() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
